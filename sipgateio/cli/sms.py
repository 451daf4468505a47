"""``sipgateio sms send``: ``client.sms.send``, now or at a set time."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from sipgateio.cli._arguments import TIME_EXAMPLES, moment
from sipgateio.cli._common import CommandError, command_group, open_client

if TYPE_CHECKING:
    from sipgateio.cli._common import Commands


def add_commands(commands: Commands, credentials: argparse.ArgumentParser) -> None:
    """Add ``sms send``."""
    actions = command_group(commands, "sms", "send text messages")
    send = actions.add_parser(
        "send",
        parents=[credentials],
        help="send an SMS",
        description="Send an SMS now or at a set time. The sender is the SMS extension "
        "(--sms-id), a verified number (--from), or else your own SMS extension.",
    )
    send.add_argument("--to", required=True, metavar="NUMBER", help="e.g. +4915799912345")
    send.add_argument("--message", required=True, help="the text ('-' reads stdin)")
    sender = send.add_mutually_exclusive_group()
    sender.add_argument("--sms-id", metavar="ID", help="SMS extension, e.g. s0")
    sender.add_argument("--from", dest="from_", metavar="NUMBER", help="verified sender number")
    send.add_argument(
        "--send-at",
        type=moment,
        metavar="TIME",
        help=f"when to send, at most 30 days ahead: {TIME_EXAMPLES} (default zone: local)",
    )
    send.set_defaults(run=run_send)


def run_send(args: argparse.Namespace) -> int:
    """Send (or schedule) the SMS and say so."""
    message = sys.stdin.read() if args.message == "-" else args.message
    with open_client(args) as client:
        sms_id = args.sms_id
        if sms_id is None and args.from_ is None:
            extension = client.sms.get_own_sms_extension()
            if extension is None:
                raise CommandError(
                    "you have no SMS extension to send from; pass --sms-id or --from"
                )
            sms_id = extension.id
        client.sms.send(
            to=args.to, message=message, sms_id=sms_id, from_=args.from_, send_at=args.send_at
        )
    when = f"scheduled for {args.send_at.isoformat()}" if args.send_at else "sent"
    print(f"SMS to {args.to} {when} (from {sms_id or args.from_})")
    return 0
