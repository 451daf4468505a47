"""Each command is the SDK call it stands for: the same requests, the same document.

A command runs against the sandbox, then the SDK method it delegates to runs against the same
sandbox; both must have sent the same requests (method and path, in order), and where the
command writes a document, it must be the one the SDK method returns.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest

import sipgateio
from sipgateio.models import (
    BaseHistoryFilter,
    ExportScope,
    HistoryDirection,
    HistoryEntryType,
    Scope,
)
from sipgateio.sandbox import Sandbox
from tests.cli.conftest import RunCli

PDF = b"%PDF-1.4\n1 0 obj << /Type /Page >> endobj\ntrailer << >>\n%%EOF\n"
CSV_CONTACTS = "firstname,lastname,number\nKonrad,Zuse,+4930555555\n"
VCARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Grace Murray\r\nN:Murray;Grace;;;\r\n"
    "TEL:+4930555556\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Alan Turing\r\nN:Turing;Alan;;;\r\n"
    "TEL:+4930555557\r\nEND:VCARD\r\n"
)


@attrs.frozen
class Case:
    """A command line and the SDK call it must amount to (``sdk(client, files)``)."""

    arguments: list[str]
    sdk: Callable[[sipgateio.SipgateIO, dict[str, Path]], Any]
    writes_document: bool = False


def _sms_from_own_extension(client: sipgateio.SipgateIO) -> None:
    extension = client.sms.get_own_sms_extension()
    assert extension is not None
    client.sms.send(to="+4915112345678", message="Hi", sms_id=extension.id)


CASES = {
    "sms send --sms-id": Case(
        ["sms", "send", "--to", "+4915112345678", "--message", "Hi", "--sms-id", "s0"],
        lambda client, files: client.sms.send(to="+4915112345678", message="Hi", sms_id="s0"),
    ),
    "sms send (own extension)": Case(
        ["sms", "send", "--to", "+4915112345678", "--message", "Hi"],
        lambda client, files: _sms_from_own_extension(client),
    ),
    "sms send --from": Case(
        ["sms", "send", "--to", "+4915112345678", "--message", "Hi", "--from", "+4921112345670"],
        lambda client, files: client.sms.send(
            to="+4915112345678", message="Hi", from_="+4921112345670"
        ),
    ),
    "fax send --no-wait": Case(
        ["fax", "send", "{pdf}", "--to", "+4930987654321", "--no-wait"],
        lambda client, files: client.fax.send(
            to="+4930987654321", file_content=PDF, filename="letter.pdf"
        ),
    ),
    "call": Case(
        ["call", "--to", "+4930987654321", "--from", "e0"],
        lambda client, files: client.call.initiate(to="+4930987654321", from_="e0"),
    ),
    "history export": Case(
        ["history", "export", "--type", "CALL", "--direction", "incoming", "--output", "{out}"],
        lambda client, files: client.history.export_as_csv_string(
            BaseHistoryFilter(types=[HistoryEntryType.CALL], directions=[HistoryDirection.INCOMING])
        ),
        writes_document=True,
    ),
    "contacts export csv": Case(
        ["contacts", "export", "--scope", "PRIVATE", "--delimiter", ";", "--output", "{out}"],
        lambda client, files: client.contacts.export_as_csv(ExportScope.PRIVATE, ";"),
        writes_document=True,
    ),
    "contacts export json": Case(
        ["contacts", "export", "--format", "json", "--output", "{out}"],
        lambda client, files: client.contacts.export_as_json(ExportScope.ALL),
        writes_document=True,
    ),
    "contacts export vcard": Case(
        ["contacts", "export", "--format", "vcard", "--scope", "shared", "--output", "{out}"],
        lambda client, files: client.contacts.export_as_single_vcard(ExportScope.SHARED),
        writes_document=True,
    ),
    "contacts import csv": Case(
        ["contacts", "import", "{csv}"],
        lambda client, files: client.contacts.import_from_csv_string(CSV_CONTACTS),
    ),
    "contacts import vcard": Case(
        ["contacts", "import", "{vcf}", "--scope", "SHARED"],
        lambda client, files: client.contacts.import_vcard_string(VCARDS, Scope.SHARED),
    ),
    "numbers": Case(["numbers"], lambda client, files: client.numbers.get_all_numbers()),
}


@pytest.mark.parametrize("name", list(CASES))
def test_the_command_sends_what_the_sdk_method_sends(
    name: str, cli: RunCli, sandbox: Sandbox, tmp_path: Path
) -> None:
    case = CASES[name]
    files = {
        "pdf": tmp_path / "letter.pdf",
        "csv": tmp_path / "team.csv",
        "vcf": tmp_path / "people.vcf",
        "out": tmp_path / "output",
    }
    files["pdf"].write_bytes(PDF)
    files["csv"].write_text(CSV_CONTACTS)
    files["vcf"].write_text(VCARDS, newline="")
    arguments = [argument.format(**files) for argument in case.arguments]

    before = len(sandbox.requests)
    result = cli(*arguments)
    assert result.returncode == 0, result.stderr
    by_command = sandbox.requests[before:]

    before = len(sandbox.requests)
    with sipgateio.SipgateIO(**sandbox.client_options()) as client:
        returned = case.sdk(client, files)
    by_sdk = sandbox.requests[before:]

    assert [(r.method, r.path, r.status) for r in by_command] == [
        (r.method, r.path, r.status) for r in by_sdk
    ]
    assert by_command, "the command sent nothing"
    if case.writes_document:
        written = files["out"].read_bytes().decode("utf-8")
        assert written.rstrip("\r\n") == returned.rstrip("\r\n")


def test_fax_send_waits_through_the_sdk_polling_the_status(
    cli: RunCli, sandbox: Sandbox, tmp_path: Path
) -> None:
    document = tmp_path / "letter.pdf"
    document.write_bytes(PDF)

    before = len(sandbox.requests)
    result = cli("fax", "send", str(document), "--to", "+4930987654321", "--poll-interval", "0.05")
    assert result.returncode == 0, result.stderr
    session_id = result.stdout.split()[2]
    paths = [(r.method, r.path) for r in sandbox.requests[before:]]

    queued = paths.index(("POST", "/sessions/fax"))
    polls = paths[queued + 1 :]
    assert polls and set(polls) == {("GET", f"/history/{session_id}")}
    # Polled until final, then stopped: the fax is SENT.
    with sipgateio.SipgateIO(**sandbox.client_options()) as client:
        assert client.fax.get_fax_status(session_id) == sipgateio.FaxStatus.SENT
