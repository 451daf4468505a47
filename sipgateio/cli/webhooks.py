"""``sipgateio webhooks serve``: a ``sipgateio_webhooks`` server that prints each call event."""

from __future__ import annotations

import argparse
import sys
import threading
from typing import TYPE_CHECKING, Any

from sipgateio.cli._arguments import port
from sipgateio.cli._common import command_group, read_input, stopped_by_sigterm

if TYPE_CHECKING:
    from sipgateio.cli._common import Commands

# What an event line shows, label and attribute, when the event has it.
EVENT_FIELDS = (
    ("from", "from_"),
    ("to", "to"),
    ("direction", "direction"),
    ("answered by", "answering_number"),
    ("cause", "cause"),
    ("dtmf", "dtmf"),
)


def add_commands(commands: Commands, credentials: argparse.ArgumentParser) -> None:
    """Add ``webhooks serve`` (it takes pushes rather than credentials)."""
    actions = command_group(commands, "webhooks", "run a webhook server")
    serve = actions.add_parser(
        "serve",
        help="run a webhook server that logs every call event",
        description="Receive sipgate's call pushes and print one line per event. Signatures "
        "are verified with sipgate's key unless --public-key names another (e.g. a "
        "sandbox's) or --skip-signature-verification is given.",
    )
    serve.add_argument("--port", type=port, default=8080, help="default: 8080")
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1)")
    serve.add_argument(
        "--server-address",
        metavar="URL",
        help="public URL sipgate posts to; needed to receive answer, hangup and dtmf events",
    )
    serve.add_argument("--public-key", metavar="FILE", help="PEM file of the signing key")
    serve.add_argument("--skip-signature-verification", action="store_true")
    serve.set_defaults(run=run_serve)


def run_serve(args: argparse.Namespace) -> int:
    """Serve until interrupted, printing one line per event."""
    # Imported here: the webhook package is loaded only by the command that serves pushes.
    import sipgateio_webhooks

    public_key = None if args.public_key is None else read_input(args.public_key)
    server = sipgateio_webhooks.create_server(
        port=args.port,
        server_address=args.server_address,
        hostname=args.host,
        skip_signature_verification=args.skip_signature_verification,
        public_key=public_key,
    )

    def log(event: Any) -> None:
        print(describe_event(event), flush=True)

    server.on_new_call(log)
    if args.server_address:
        server.on_answer(log)
        server.on_hangup(log)
        server.on_data(log)
    print(f"webhook server listening on {server.url} (Ctrl-C or SIGTERM stops it)", flush=True)
    try:
        with stopped_by_sigterm():
            threading.Event().wait()
    except KeyboardInterrupt:
        print("webhook server stopped", file=sys.stderr)
    finally:
        server.stop()
    return 0


def describe_event(event: Any) -> str:
    """One line for a call event: its kind, the call, and what else it carries."""
    kind = str(getattr(event, "event", "event"))
    parts = [f"{kind:<8}", f"call {event.call_id}"]
    for label, attribute in EVENT_FIELDS:
        value = getattr(event, attribute, None)
        if value not in (None, ""):
            parts.append(f"{label} {value}")
    return "  ".join(parts)
