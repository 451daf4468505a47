"""What the commands share: exit codes, errors, credentials, files, commands made of actions."""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, TextIO, TypeAlias

from sipgateio import SipgateIO

if TYPE_CHECKING:
    # What ``ArgumentParser.add_subparsers`` returns; typeshed names it so.
    Commands: TypeAlias = argparse._SubParsersAction[argparse.ArgumentParser]

PROG = "sipgateio"
EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


class CommandError(Exception):
    """A failure reported as one line on stderr, with an exit code."""

    def __init__(self, message: str, exit_code: int = EXIT_FAILURE) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def command_group(commands: Commands, name: str, summary: str) -> Commands:
    """A command made of actions (``sipgateio fax send``); alone it shows its help."""
    group = commands.add_parser(name, help=summary, description=summary.capitalize() + ".")

    def show_help(args: argparse.Namespace) -> int:
        group.print_help(sys.stderr)
        return EXIT_USAGE

    group.set_defaults(run=show_help)
    return group.add_subparsers(title="actions", metavar="ACTION")


def credentials_parser() -> argparse.ArgumentParser:
    """The credential options of every command that talks to sipgate."""
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


def open_client(args: argparse.Namespace) -> SipgateIO:
    """A client for the credentials of ``args``, each falling back to its variable."""
    token_id = args.token_id or os.environ.get("SIPGATE_TOKEN_ID") or None
    token = args.token or os.environ.get("SIPGATE_TOKEN") or None
    if token is None:
        raise CommandError(
            "no credentials: pass --token-id and --token, or set SIPGATE_TOKEN_ID and "
            "SIPGATE_TOKEN (run 'sipgateio sandbox' for local ones)",
            EXIT_USAGE,
        )
    return SipgateIO(token_id=token_id, token=token, base_url=args.base_url)


def read_input(path: str) -> bytes:
    """The bytes of the file ``path``, or of stdin for ``-``."""
    if path == "-":
        return sys.stdin.buffer.read()
    try:
        with open(path, "rb") as file:
            return file.read()
    except OSError as error:
        raise CommandError(f"cannot read {path}: {error.strerror or error}") from None


def read_text(path: str) -> str:
    """The UTF-8 text of the file ``path`` (or stdin for ``-``), a byte order mark dropped."""
    try:
        return read_input(path).decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CommandError(f"{path} is not UTF-8 text", EXIT_USAGE) from None


@contextlib.contextmanager
def open_output(path: str) -> Iterator[TextIO]:
    """The file ``path`` to write text to (stdout for ``-``); opened before the work starts."""
    if path == "-":
        yield sys.stdout
        return
    with open(path, "w", encoding="utf-8", newline="") as file:
        yield file


def write_document(output: TextIO, document: str) -> None:
    """Write ``document``, ending in a line break."""
    output.write(document if document.endswith("\n") else document + "\n")


@contextlib.contextmanager
def stopped_by_sigterm() -> Iterator[None]:
    """Let SIGTERM (``kill``, a service manager) stop a foreground server as Ctrl-C does.

    SIGINT alone is not enough: a process started in the background by a shell without job
    control inherits an ignored SIGINT, and Python then never raises ``KeyboardInterrupt``.
    """

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
