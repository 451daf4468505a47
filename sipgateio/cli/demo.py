"""``sipgateio demo``: everything end to end against an embedded sandbox, no credentials."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from sipgateio.cli._arguments import positive_float

if TYPE_CHECKING:
    from sipgateio.cli._common import Commands


def add_commands(commands: Commands, credentials: argparse.ArgumentParser) -> None:
    """Add ``demo`` (it needs no credentials)."""
    demo = commands.add_parser(
        "demo",
        help="send an SMS, a fax and a call through an embedded sandbox (no credentials)",
        description="Start a sandbox and a webhook server on 127.0.0.1, send an SMS, send a "
        "fax and wait for it, place a call whose webhooks answer with a Gather, read the "
        "history, and print what happened.",
    )
    demo.add_argument(
        "--fax-step",
        type=positive_float,
        default=0.3,
        metavar="SECONDS",
        help="how long the fax stays PENDING and then SENDING (default: 0.3)",
    )
    demo.set_defaults(run=run_demo)


def run_demo(args: argparse.Namespace) -> int:
    """Run the demo of ``sipgateio.sandbox`` and print its transcript."""
    # Imported here: the sandbox needs the sandbox extra, and is not loaded for other commands.
    from sipgateio.sandbox._demo import run_demo

    return run_demo(sys.stdout, fax_step_seconds=args.fax_step)
