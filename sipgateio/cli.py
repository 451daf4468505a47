"""The ``sipgateio`` command: the demo, the local sandbox, and sipgate from the shell.

    sipgateio demo                          everything end to end against an embedded sandbox
    sipgateio sandbox --port 8089           a local sipgate to point clients at
    sipgateio sms send --to +49… --message "Hello"
    sipgateio fax send invoice.pdf --to +49…
    sipgateio history export --output history.csv

User commands read credentials from ``--token-id``/``--token`` or the ``SIPGATE_TOKEN_ID`` /
``SIPGATE_TOKEN`` environment variables, and ``--base-url`` / ``SIPGATE_BASE_URL`` (point it
at a sandbox). Failures print one line to stderr and exit with a code other than 0:
1 when sipgate or the network failed, 2 for bad input.

Only ``argparse`` is imported up front; each command imports what it needs.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from sipgateio import SipgateIO

PROG = "sipgateio"
EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
HISTORY_PAGE = 1000
FAX_FINAL = ("SENT", "FAILED")


class CommandError(Exception):
    """A failure reported as one line on stderr, with an exit code."""

    def __init__(self, message: str, exit_code: int = EXIT_FAILURE) -> None:
        super().__init__(message)
        self.exit_code = exit_code


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


def _exit_code_for(error: Exception) -> int | None:
    from sipgateio.errors import SipgateIOError, ValidationError

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


# ------------------------------------------------------------------- parser
def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every command."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="sipgate.io from the command line: a demo, a local sandbox, and "
        "commands that send SMS and faxes, place calls and export data.",
        epilog="Run 'sipgateio demo' first: it needs no credentials.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    demo = commands.add_parser(
        "demo",
        help="send an SMS, a fax and a call through an embedded sandbox (no credentials)",
        description="Start a sandbox and a webhook server on 127.0.0.1, send an SMS, send a "
        "fax and wait for it, place a call whose webhooks answer with a Gather, read the "
        "history, and print what happened.",
    )
    demo.add_argument(
        "--fax-step",
        type=_positive_float,
        default=0.3,
        metavar="SECONDS",
        help="how long the fax stays PENDING and then SENDING (default: 0.3)",
    )
    demo.set_defaults(run=_run_demo)

    _add_sandbox_command(commands)
    credentials = _credentials_parser()
    _add_sms_command(commands, credentials)
    _add_fax_command(commands, credentials)
    _add_call_command(commands, credentials)
    _add_history_command(commands, credentials)
    _add_contacts_command(commands, credentials)
    numbers = commands.add_parser(
        "numbers",
        parents=[credentials],
        help="list the phone numbers of the account",
        description="List the phone numbers of the account and where they route to.",
    )
    numbers.add_argument("--json", action="store_true", help="print JSON instead of a table")
    numbers.set_defaults(run=_run_numbers)
    _add_webhooks_command(commands)
    return parser


def _version() -> str:
    from sipgateio._version import __version__

    return __version__


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r} must not be negative")
    return value


def _rate(text: str) -> float:
    value = _positive_float(text)
    if value > 1:
        raise argparse.ArgumentTypeError(f"{text!r} must be between 0 and 1")
    return value


def _port(text: str) -> int:
    if not text.isdigit() or not 0 <= int(text) <= 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port (0 to 65535)")
    return int(text)


def _timestamp(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not an ISO 8601 time such as 2024-01-31T08:00:00+01:00"
        ) from None
    return moment if moment.tzinfo is not None else moment.astimezone()


def _command_group(commands: Any, name: str, summary: str) -> Any:
    """A command made of actions (``sipgateio fax send``); alone it shows its help."""
    group = commands.add_parser(name, help=summary, description=summary.capitalize() + ".")

    def show_help(args: argparse.Namespace) -> int:
        group.print_help(sys.stderr)
        return EXIT_USAGE

    group.set_defaults(run=show_help)
    return group.add_subparsers(title="actions", metavar="ACTION")


def _credentials_parser() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    group = parent.add_argument_group("credentials")
    group.add_argument(
        "--token-id",
        metavar="ID",
        help="personal access token id, e.g. token-ABC123 (default: $SIPGATE_TOKEN_ID)",
    )
    group.add_argument(
        "--token",
        metavar="TOKEN",
        help="personal access token or OAuth token (default: $SIPGATE_TOKEN)",
    )
    group.add_argument(
        "--base-url",
        metavar="URL",
        help="API base URL, e.g. a sandbox's http://127.0.0.1:8089/v2 "
        "(default: $SIPGATE_BASE_URL or sipgate's)",
    )
    return parent


def _client(args: argparse.Namespace) -> SipgateIO:
    token_id = args.token_id or os.environ.get("SIPGATE_TOKEN_ID") or None
    token = args.token or os.environ.get("SIPGATE_TOKEN") or None
    if token is None:
        raise CommandError(
            "no credentials: pass --token-id and --token, or set SIPGATE_TOKEN_ID and "
            "SIPGATE_TOKEN (run 'sipgateio sandbox' for local ones)",
            EXIT_USAGE,
        )
    from sipgateio import SipgateIO

    return SipgateIO(token_id=token_id, token=token, base_url=args.base_url)


def _open_output(path: str) -> TextIO:
    if path == "-":
        return sys.stdout
    return open(path, "w", encoding="utf-8", newline="")


def _read_input(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    try:
        with open(path, "rb") as file:
            return file.read()
    except OSError as error:
        raise CommandError(f"cannot read {path}: {error.strerror or error}") from None


class _Progress:
    """A status line on stderr: rewritten in place on a terminal, else one line per change."""

    def __init__(self) -> None:
        self._tty = sys.stderr.isatty()
        self._last = ""

    def update(self, message: str) -> None:
        if self._tty:
            print(f"\r\033[K{message}", end="", file=sys.stderr, flush=True)
        elif message != self._last:
            print(message, file=sys.stderr, flush=True)
        self._last = message

    def done(self, message: str) -> None:
        self.update(message)
        if self._tty:
            print(file=sys.stderr, flush=True)


# ------------------------------------------------------------------ sandbox
def _add_sandbox_command(commands: Any) -> None:
    sandbox = commands.add_parser(
        "sandbox",
        help="run a local sipgate sandbox in the foreground",
        description="Serve the sipgate REST API on 127.0.0.1 with a seeded in-memory "
        "account, until interrupted. Point a client at the printed base URL and "
        "credentials.",
    )
    sandbox.add_argument(
        "--port", type=_port, default=8089, help="port to listen on, 0 for any (default: 8089)"
    )
    sandbox.add_argument("--token-id", default="token-SBX123", metavar="ID")
    sandbox.add_argument("--token", metavar="UUID", help="the token to accept (default: fixed)")
    sandbox.add_argument(
        "--fax-step",
        type=_positive_float,
        default=2.0,
        metavar="SECONDS",
        help="how long a fax stays PENDING and then SENDING (default: 2)",
    )
    sandbox.add_argument(
        "--fax-failure-rate", type=_rate, default=0.0, metavar="RATE", help="0 to 1"
    )
    faults = sandbox.add_argument_group("fault injection")
    faults.add_argument("--latency", type=_positive_float, default=0.0, metavar="SECONDS")
    faults.add_argument("--error-rate", type=_rate, default=0.0, metavar="RATE", help="5xx")
    faults.add_argument(
        "--rate-limit-rate", type=_rate, default=0.0, metavar="RATE", help="429 + Retry-After"
    )
    faults.add_argument(
        "--drop-rate", type=_rate, default=0.0, metavar="RATE", help="closed connections"
    )
    faults.add_argument("--seed", type=int, default=0, help="seed of the fault draws")
    sandbox.add_argument(
        "--allow-remote-webhooks",
        action="store_true",
        help="also send pushes to webhook URLs that are not on this machine",
    )
    sandbox.set_defaults(run=_run_sandbox)


def _run_sandbox(args: argparse.Namespace) -> int:
    from sipgateio.sandbox import Faults, Sandbox

    faults = Faults(
        latency=args.latency,
        error_rate=args.error_rate,
        rate_limit_rate=args.rate_limit_rate,
        drop_rate=args.drop_rate,
        seed=args.seed,
    )
    sandbox = Sandbox(
        port=args.port,
        token_id=args.token_id,
        token=args.token,
        faults=faults,
        fax_step_seconds=args.fax_step,
        fax_failure_rate=args.fax_failure_rate,
        allow_remote_webhooks=args.allow_remote_webhooks,
        seed=args.seed,
    )
    sandbox.bind()
    print(f"sipgate sandbox listening on {sandbox.url} (Ctrl-C stops it)")
    print(f"base_url  {sandbox.base_url}")
    print(f"token_id  {sandbox.token_id}")
    print(f"token     {sandbox.token}")
    print(f"push key  {sandbox.url}/public-key.pem")
    print()
    print("export \\")
    print(f"  SIPGATE_BASE_URL={sandbox.base_url} \\")
    print(f"  SIPGATE_TOKEN_ID={sandbox.token_id} \\")
    print(f"  SIPGATE_TOKEN={sandbox.token}", flush=True)
    try:
        sandbox.serve_forever()
    except KeyboardInterrupt:
        print("sandbox stopped", file=sys.stderr)
    return 0


# ---------------------------------------------------------------------- demo
def _run_demo(args: argparse.Namespace) -> int:
    from sipgateio.sandbox._demo import run_demo

    return run_demo(sys.stdout, fax_step_seconds=args.fax_step)


# ----------------------------------------------------------------------- sms
def _add_sms_command(commands: Any, credentials: argparse.ArgumentParser) -> None:
    actions = _command_group(commands, "sms", "send text messages")
    send = actions.add_parser(
        "send",
        parents=[credentials],
        help="send an SMS",
        description="Send an SMS now or at a set time. The sender is the SMS extension "
        "(--sms-id), a verified number (--from), or else your first SMS extension.",
    )
    send.add_argument("--to", required=True, metavar="NUMBER", help="e.g. +4915799912345")
    send.add_argument("--message", required=True, help="the text ('-' reads stdin)")
    sender = send.add_mutually_exclusive_group()
    sender.add_argument("--sms-id", metavar="ID", help="SMS extension, e.g. s0")
    sender.add_argument("--from", dest="from_", metavar="NUMBER", help="verified sender number")
    send.add_argument(
        "--send-at", type=_timestamp, metavar="TIME", help="ISO 8601 time, up to 30 days ahead"
    )
    send.set_defaults(run=_run_sms_send)


def _run_sms_send(args: argparse.Namespace) -> int:
    message = sys.stdin.read() if args.message == "-" else args.message
    with _client(args) as client:
        sms_id = args.sms_id
        if sms_id is None and args.from_ is None:
            webuser_id = client.get_authenticated_webuser_id()
            extensions = client.sms.get_sms_extensions(webuser_id)
            if not extensions:
                raise CommandError(f"user {webuser_id} has no SMS extension")
            sms_id = extensions[0].id
        client.sms.send(
            to=args.to, message=message, sms_id=sms_id, from_=args.from_, send_at=args.send_at
        )
    when = f"scheduled for {args.send_at.isoformat()}" if args.send_at else "sent"
    print(f"SMS to {args.to} {when} (from {sms_id or args.from_})")
    return 0


# ----------------------------------------------------------------------- fax
def _add_fax_command(commands: Any, credentials: argparse.ArgumentParser) -> None:
    actions = _command_group(commands, "fax", "send faxes")
    send = actions.add_parser(
        "send",
        parents=[credentials],
        help="send a PDF as a fax and wait until it is sent",
        description="Send a PDF as a fax, then show its progress until it is SENT or FAILED "
        "(exit 1 when it failed).",
    )
    send.add_argument("file", metavar="FILE", help="the PDF ('-' reads stdin)")
    send.add_argument("--to", required=True, metavar="NUMBER", help="fax number of the recipient")
    send.add_argument("--faxline-id", metavar="ID", help="fax line, e.g. f0 (default: first)")
    send.add_argument("--filename", help="name in the history (default: the file's)")
    send.add_argument("--no-wait", action="store_true", help="only queue the fax")
    send.add_argument(
        "--timeout", type=_positive_float, default=600.0, metavar="SECONDS", help="default: 600"
    )
    send.add_argument(
        "--poll-interval",
        type=_positive_float,
        default=5.0,
        metavar="SECONDS",
        help="how often to check the status (default: 5)",
    )
    send.set_defaults(run=_run_fax_send)


def _run_fax_send(args: argparse.Namespace) -> int:
    document = _read_input(args.file)
    filename = args.filename or (None if args.file == "-" else os.path.basename(args.file))
    with _client(args) as client:
        session = client.fax.send(
            to=args.to, file_content=document, filename=filename, faxline_id=args.faxline_id
        )
        print(f"fax queued: {session.session_id}")
        if args.no_wait:
            return 0
        status = _watch_fax(client, session.session_id, args.timeout, args.poll_interval)
    if status != "SENT":
        raise CommandError(f"fax {session.session_id} to {args.to} {status.lower()}")
    print(f"fax {session.session_id} sent to {args.to}")
    return 0


def _watch_fax(client: SipgateIO, session_id: str, timeout: float, interval: float) -> str:
    started = time.monotonic()
    seen: list[str] = []
    progress = _Progress()
    while True:
        status = str(client.fax.get_fax_status(session_id))
        if not seen or seen[-1] != status:
            seen.append(status)
        elapsed = time.monotonic() - started
        line = f"fax {session_id}: {' -> '.join(seen)} ({elapsed:.0f} s)"
        if status in FAX_FINAL:
            progress.done(line)
            return status
        progress.update(line)
        if elapsed >= timeout:
            progress.done(line)
            raise CommandError(f"fax {session_id} is still {status} after {timeout:g} s")
        time.sleep(min(interval, max(timeout - elapsed, 0.0)) or interval)


# ---------------------------------------------------------------------- call
def _add_call_command(commands: Any, credentials: argparse.ArgumentParser) -> None:
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
    call.set_defaults(run=_run_call)


def _run_call(args: argparse.Namespace) -> int:
    with _client(args) as client:
        session = client.call.initiate(
            to=args.to, from_=args.from_, caller_id=args.caller_id, device_id=args.device_id
        )
    print(f"call from {args.from_} to {args.to} started: session {session.session_id}")
    return 0


# ------------------------------------------------------------------- history
def _add_history_command(commands: Any, credentials: argparse.ArgumentParser) -> None:
    actions = _command_group(commands, "history", "export the call history")
    export = actions.add_parser(
        "export",
        parents=[credentials],
        help="export history entries as CSV",
        description="Export the history entries the filters select as CSV, page by page "
        "(progress on stderr).",
    )
    export.add_argument("--output", "-o", default="-", metavar="FILE", help="default: stdout")
    export.add_argument(
        "--type",
        dest="types",
        action="append",
        choices=["CALL", "VOICEMAIL", "SMS", "FAX"],
        help="repeat for several",
    )
    export.add_argument(
        "--direction",
        dest="directions",
        action="append",
        choices=["INCOMING", "OUTGOING", "MISSED_INCOMING", "MISSED_OUTGOING"],
        help="repeat for several",
    )
    export.add_argument("--connection-id", dest="connection_ids", action="append", metavar="ID")
    export.add_argument("--archived", action="store_true", help="archived entries instead")
    starred = export.add_mutually_exclusive_group()
    starred.add_argument("--starred", dest="starred", action="store_true", default=None)
    starred.add_argument("--unstarred", dest="starred", action="store_false")
    export.add_argument("--since", type=_timestamp, metavar="TIME", help="ISO 8601 time")
    export.add_argument("--until", type=_timestamp, metavar="TIME", help="ISO 8601 time")
    export.set_defaults(run=_run_history_export)


def _run_history_export(args: argparse.Namespace) -> int:
    import csv
    import io

    from sipgateio.models import (
        BaseHistoryFilter,
        HistoryDirection,
        HistoryEntryType,
        Pagination,
    )

    history_filter = BaseHistoryFilter(
        connection_ids=args.connection_ids,
        types=[HistoryEntryType(value) for value in args.types] if args.types else None,
        directions=(
            [HistoryDirection(value) for value in args.directions] if args.directions else None
        ),
        archived=True if args.archived else None,
        starred=args.starred,
        start_date=args.since,
        end_date=args.until,
    )
    exported = 0
    progress = _Progress()
    with _client(args) as client:
        output = _open_output(args.output)
        try:
            writer = csv.writer(output, lineterminator="\r\n")
            while True:
                page = client.history.export_as_csv_string(
                    history_filter, Pagination(offset=exported, limit=HISTORY_PAGE)
                )
                rows = list(csv.reader(io.StringIO(page)))
                header, records = (rows[0], rows[1:]) if rows else ([], [])
                if exported == 0 and header:
                    writer.writerow(header)
                writer.writerows(records)
                exported += len(records)
                progress.update(f"exported {exported} entries")
                if len(records) < HISTORY_PAGE:
                    break
        finally:
            if output is not sys.stdout:
                output.close()
    progress.done(f"exported {exported} entries")
    return 0


# ------------------------------------------------------------------ contacts
def _add_contacts_command(commands: Any, credentials: argparse.ArgumentParser) -> None:
    actions = _command_group(commands, "contacts", "import and export contacts")
    imports = actions.add_parser(
        "import",
        parents=[credentials],
        help="import contacts from CSV or vCard",
        description="Import a CSV file (columns firstname, lastname, number) or a vCard "
        "file (.vcf, vCard 3.0 or 4.0).",
    )
    imports.add_argument("file", metavar="FILE", help="'-' reads stdin")
    imports.add_argument(
        "--scope",
        choices=["PRIVATE", "SHARED"],
        default="PRIVATE",
        help="address book for vCards (default: PRIVATE)",
    )
    imports.set_defaults(run=_run_contacts_import)
    export = actions.add_parser(
        "export",
        parents=[credentials],
        help="export contacts as CSV, JSON or vCard",
        description="Export the contacts of an address book.",
    )
    export.add_argument("--scope", choices=["ALL", "PRIVATE", "SHARED", "INTERNAL"], default="ALL")
    export.add_argument("--format", choices=["csv", "json", "vcard"], default="csv")
    export.add_argument("--delimiter", default=",", help="CSV delimiter (default: ,)")
    export.add_argument("--output", "-o", default="-", metavar="FILE", help="default: stdout")
    export.set_defaults(run=_run_contacts_export)


def _run_contacts_import(args: argparse.Namespace) -> int:
    from sipgateio.models import Scope

    raw = _read_input(args.file)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CommandError(f"{args.file} is not UTF-8 text", EXIT_USAGE) from None
    is_vcard = args.file.lower().endswith((".vcf", ".vcard")) or text.lstrip().upper().startswith(
        "BEGIN:VCARD"
    )
    with _client(args) as client:
        if is_vcard:
            client.contacts.import_vcard_string(text, Scope(args.scope))
            kind = f"vCard contacts into {args.scope}"
        else:
            client.contacts.import_from_csv_string(text)
            kind = "CSV contacts"
    print(f"imported {kind} from {args.file}", file=sys.stderr)
    return 0


def _run_contacts_export(args: argparse.Namespace) -> int:
    from sipgateio.models import ExportScope

    scope = ExportScope(args.scope)
    with _client(args) as client:
        if args.format == "csv":
            document = client.contacts.export_as_csv(scope, args.delimiter)
        elif args.format == "json":
            document = client.contacts.export_as_json(scope)
        else:
            document = client.contacts.export_as_single_vcard(scope)
    output = _open_output(args.output)
    try:
        output.write(document if document.endswith("\n") else document + "\n")
    finally:
        if output is not sys.stdout:
            output.close()
    return 0


# ------------------------------------------------------------------- numbers
def _run_numbers(args: argparse.Namespace) -> int:
    with _client(args) as client:
        numbers = client.numbers.get_all_numbers()
    if args.json:
        import json

        rows = [
            {
                "number": item.number,
                "type": str(item.type) if item.type else None,
                "endpointId": item.endpoint_id,
                "endpointAlias": item.endpoint_alias,
            }
            for item in numbers
        ]
        print(json.dumps(rows, indent=2))
        return 0
    table = [("NUMBER", "TYPE", "ENDPOINT", "ALIAS")]
    table += [
        (
            _display_number(item.number),
            str(item.type or ""),
            item.endpoint_id or "",
            item.endpoint_alias or "",
        )
        for item in numbers
    ]
    widths = [max(len(row[column]) for row in table) for column in range(3)]
    for row in table:
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False))
            + "  "
            + row[3]
        )
    return 0


def _display_number(number: str | None) -> str:
    if not number:
        return ""
    return number if number.startswith("+") or not number.isdigit() else "+" + number


# ------------------------------------------------------------------ webhooks
def _add_webhooks_command(commands: Any) -> None:
    actions = _command_group(commands, "webhooks", "run a webhook server")
    serve = actions.add_parser(
        "serve",
        help="run a webhook server that logs every call event",
        description="Receive sipgate's call pushes and print one line per event. Signatures "
        "are verified with sipgate's key unless --public-key names another (e.g. a "
        "sandbox's) or --skip-signature-verification is given.",
    )
    serve.add_argument("--port", type=_port, default=8080, help="default: 8080")
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1)")
    serve.add_argument(
        "--server-address",
        metavar="URL",
        help="public URL sipgate posts to; needed to receive answer, hangup and dtmf events",
    )
    serve.add_argument("--public-key", metavar="FILE", help="PEM file of the signing key")
    serve.add_argument("--skip-signature-verification", action="store_true")
    serve.set_defaults(run=_run_webhooks_serve)


def _run_webhooks_serve(args: argparse.Namespace) -> int:
    import threading

    import sipgateio_webhooks

    public_key = None if args.public_key is None else _read_input(args.public_key)
    server = sipgateio_webhooks.create_server(
        port=args.port,
        server_address=args.server_address,
        hostname=args.host,
        skip_signature_verification=args.skip_signature_verification,
        public_key=public_key,
    )

    def log(event: Any) -> None:
        print(_describe_event(event), flush=True)

    server.on_new_call(log)
    if args.server_address:
        server.on_answer(log)
        server.on_hangup(log)
        server.on_data(log)
    print(f"webhook server listening on {server.url} (Ctrl-C stops it)", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        print("webhook server stopped", file=sys.stderr)
    finally:
        server.stop()
    return 0


def _describe_event(event: Any) -> str:
    kind = str(getattr(event, "event", "event"))
    parts = [f"{kind:<8}", f"call {event.call_id}"]
    for label, attribute in (
        ("from", "from_"),
        ("to", "to"),
        ("direction", "direction"),
        ("answered by", "answering_number"),
        ("cause", "cause"),
        ("dtmf", "dtmf"),
    ):
        value = getattr(event, attribute, None)
        if value not in (None, ""):
            parts.append(f"{label} {value}")
    return "  ".join(parts)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
