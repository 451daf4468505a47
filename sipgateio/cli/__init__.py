"""The ``sipgateio`` command: the demo, the local sandbox, and sipgate from the shell.

    sipgateio demo                          everything end to end against an embedded sandbox
    sipgateio sandbox --port 8089           a local sipgate to point clients at
    sipgateio sms send --to +49… --message "Hello"
    sipgateio fax send invoice.pdf --to +49…
    sipgateio history export --output history.csv

User commands read credentials from ``--token-id``/``--token`` or the ``SIPGATE_TOKEN_ID`` /
``SIPGATE_TOKEN`` environment variables, and ``--base-url`` / ``SIPGATE_BASE_URL`` (point it
at a sandbox). Failures print one line to stderr and exit with a code other than 0:
1 when sipgate or the network failed, 2 for bad input, 130 when interrupted.

Each command group is a module of its own (``sms.py``, ``fax.py``, ...): it adds its
commands to the parser and calls the SDK for everything they do. ``_common.py`` holds what
the commands share, ``_arguments.py`` how option values are read, ``_progress.py`` the
progress display. Building the parser imports argparse and sipgateio's enums only; what a
command needs beyond that (the sandbox, the webhook server, rich) is imported when it runs.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from sipgateio._version import __version__
from sipgateio.cli import call, contacts, demo, fax, history, numbers, sandbox, sms, webhooks
from sipgateio.cli._common import (
    EXIT_FAILURE,
    EXIT_INTERRUPTED,
    EXIT_USAGE,
    PROG,
    CommandError,
    credentials_parser,
)
from sipgateio.errors import SipgateIOError, ValidationError

__all__ = ["build_parser", "main"]

# In the order ``sipgateio --help`` lists them.
COMMAND_GROUPS = (demo, sandbox, sms, fax, call, history, contacts, numbers, webhooks)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    run: Callable[[argparse.Namespace], int] | None = getattr(args, "run", None)
    if run is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return run(args)
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except CommandError as error:
        return _fail(str(error), error.exit_code)
    except Exception as error:
        code = _exit_code_for(error)
        if code is None:
            raise
        return _fail(str(error), code)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every command."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="sipgate.io from the command line: a demo, a local sandbox, and "
        "commands that send SMS and faxes, place calls and export data.",
        epilog="Run 'sipgateio demo' first: it needs no credentials. Progress bars on a "
        "terminal need rich: pip install 'sipgateio[cli]'.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    credentials = credentials_parser()
    for group in COMMAND_GROUPS:
        group.add_commands(commands, credentials)
    return parser


def _exit_code_for(error: Exception) -> int | None:
    if isinstance(error, ValidationError):
        return EXIT_USAGE
    # ImportError: a command whose optional extra is not installed says which one.
    if isinstance(error, SipgateIOError | OSError | ImportError):
        return EXIT_FAILURE
    return None


def _fail(message: str, code: int) -> int:
    one_line = " ".join(message.split())
    print(f"{PROG}: error: {one_line}", file=sys.stderr)
    return code
