"""``sipgateio fax send``: ``client.fax.send``, then ``wait_for_final_status`` with progress."""

from __future__ import annotations

import argparse
import os
from typing import TYPE_CHECKING

from sipgateio.cli._arguments import positive_float
from sipgateio.cli._common import CommandError, command_group, open_client, read_input
from sipgateio.cli._progress import progress
from sipgateio.models import FaxStatus

if TYPE_CHECKING:
    from sipgateio import SipgateIO
    from sipgateio.cli._common import Commands


def add_commands(commands: Commands, credentials: argparse.ArgumentParser) -> None:
    """Add ``fax send``."""
    actions = command_group(commands, "fax", "send faxes")
    send = actions.add_parser(
        "send",
        parents=[credentials],
        help="send a PDF as a fax and wait until it is sent",
        description="Send a PDF as a fax, then wait until it is SENT or FAILED, showing its "
        "progress on a terminal (exit 1 when it failed).",
    )
    send.add_argument("file", metavar="FILE", help="the PDF ('-' reads stdin)")
    send.add_argument("--to", required=True, metavar="NUMBER", help="fax number of the recipient")
    send.add_argument("--faxline-id", metavar="ID", help="fax line, e.g. f0 (default: first)")
    send.add_argument("--filename", help="name in the history (default: the file's)")
    send.add_argument("--no-wait", action="store_true", help="only queue the fax")
    send.add_argument(
        "--timeout", type=positive_float, default=600.0, metavar="SECONDS", help="default: 600"
    )
    send.add_argument(
        "--poll-interval",
        type=positive_float,
        default=5.0,
        metavar="SECONDS",
        help="how often to check the status (default: 5)",
    )
    send.set_defaults(run=run_send)


def run_send(args: argparse.Namespace) -> int:
    """Queue the fax and, unless ``--no-wait``, wait for its outcome."""
    document = read_input(args.file)
    filename = args.filename or (None if args.file == "-" else os.path.basename(args.file))
    with open_client(args) as client:
        session = client.fax.send(
            to=args.to, file_content=document, filename=filename, faxline_id=args.faxline_id
        )
        print(f"fax queued: {session.session_id}", flush=True)
        if args.no_wait:
            return 0
        status = _wait(client, session.session_id, args)
    if status != FaxStatus.SENT:
        raise CommandError(f"fax {session.session_id} to {args.to} {status.lower()}")
    print(f"fax {session.session_id} sent to {args.to}")
    return 0


def _wait(client: SipgateIO, session_id: str, args: argparse.Namespace) -> FaxStatus:
    """``wait_for_final_status``, showing the statuses seen so far."""
    seen: list[FaxStatus] = []
    with progress(f"fax {session_id}") as task:

        def show(status: FaxStatus) -> None:
            if not seen or seen[-1] != status:
                seen.append(status)
                task.describe(f"fax {session_id}: {' -> '.join(seen)}")

        return client.fax.wait_for_final_status(
            session_id, timeout=args.timeout, poll_interval=args.poll_interval, on_status=show
        )
