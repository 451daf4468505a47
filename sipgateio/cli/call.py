"""``sipgateio call``: click-to-dial through ``client.call.initiate``."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from sipgateio.cli._common import open_client

if TYPE_CHECKING:
    from sipgateio.cli._common import Commands


def add_commands(commands: Commands, credentials: argparse.ArgumentParser) -> None:
    """Add ``call``."""
    call = commands.add_parser(
        "call",
        parents=[credentials],
        help="ring your phone and connect it to a number",
        description="Click-to-dial: sipgate rings --from (a device such as e0, or a number "
        "with --device-id) and connects it to --to.",
    )
    call.add_argument("--to", required=True, metavar="NUMBER", help="the number to call")
    call.add_argument(
        "--from",
        dest="from_",
        required=True,
        metavar="CALLER",
        help="device (e0, p0, ...) or number",
    )
    call.add_argument("--caller-id", metavar="NUMBER", help="number the callee sees")
    call.add_argument("--device-id", metavar="ID", help="device placing the call")
    call.set_defaults(run=run_call)


def run_call(args: argparse.Namespace) -> int:
    """Start the call and print its session id."""
    with open_client(args) as client:
        session = client.call.initiate(
            to=args.to, from_=args.from_, caller_id=args.caller_id, device_id=args.device_id
        )
    print(f"call from {args.from_} to {args.to} started: session {session.session_id}")
    return 0
