"""Progress of long work: drawn by rich on a terminal, absent when piped or without rich."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from sipgateio.sandbox import Sandbox
from tests.cli.conftest import (
    ESCAPE,
    RunCli,
    blocked_modules,
    cli_environment,
    run_in_terminal,
)

ROOT = Path(__file__).resolve().parents[2]
PDF = b"%PDF-1.4\n1 0 obj << /Type /Page >> endobj\ntrailer << >>\n%%EOF\n"
VCARDS = "".join(
    f"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Person {n}\r\nN:{n};Person;;;\r\n"
    f"TEL:+49301234560{n}\r\nEND:VCARD\r\n"
    for n in range(3)
)


@pytest.fixture
def slow_fax_sandbox() -> Iterator[Sandbox]:
    """A sandbox whose faxes stay PENDING and then SENDING long enough to be seen."""
    with Sandbox(fax_step_seconds=0.5) as running:
        yield running


def test_fax_send_shows_each_status_on_a_terminal(
    slow_fax_sandbox: Sandbox, tmp_path: Path
) -> None:
    document = tmp_path / "letter.pdf"
    document.write_bytes(PDF)

    run = run_in_terminal(
        "fax",
        "send",
        str(document),
        "--to",
        "+4930987654321",
        "--poll-interval",
        "0.05",
        env=cli_environment(slow_fax_sandbox),
    )

    assert run.returncode == 0, run.text
    session_id = run.stdout.split()[2]
    assert f"fax {session_id}: PENDING -> SENDING -> SENT" in run.text
    assert ESCAPE.search(run.terminal)  # drawn in place, not printed line by line


def test_history_export_counts_the_entries_on_a_terminal(sandbox: Sandbox, tmp_path: Path) -> None:
    target = tmp_path / "history.csv"

    run = run_in_terminal(
        "history",
        "export",
        "--type",
        "CALL",
        "--output",
        str(target),
        env=cli_environment(sandbox),
    )

    assert run.returncode == 0, run.text
    assert "exporting the history" in run.text
    assert "2 entries" in run.text
    assert run.text.rstrip().endswith(f"exported 2 entries to {target}")


def test_contacts_export_shows_read_of_total_on_a_terminal(sandbox: Sandbox) -> None:
    run = run_in_terminal("contacts", "export", "--format", "json", env=cli_environment(sandbox))

    assert run.returncode == 0, run.text
    assert "exporting ALL contacts" in run.text
    assert "4 of 4 contacts" in run.text
    assert json.loads(run.stdout)["totalCount"] == 4  # the document went to stdout, undisturbed


def test_vcard_import_counts_the_contacts_created_on_a_terminal(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    cards = tmp_path / "people.vcf"
    cards.write_text(VCARDS)

    run = run_in_terminal("contacts", "import", str(cards), env=cli_environment(sandbox))

    assert run.returncode == 0, run.text
    assert "3 of 3 contacts" in run.text
    assert f"imported 3 vCard contacts into PRIVATE from {cards}" in run.text


def test_no_progress_when_stderr_is_piped(cli: RunCli, tmp_path: Path) -> None:
    document = tmp_path / "letter.pdf"
    document.write_bytes(PDF)
    target = tmp_path / "history.csv"

    fax = cli("fax", "send", str(document), "--to", "+4930987654321", "--poll-interval", "0.05")
    history = cli("history", "export", "--type", "CALL", "--output", str(target))
    contacts = cli("contacts", "export", "--format", "json")

    assert fax.returncode == history.returncode == contacts.returncode == 0
    assert fax.stderr == ""
    assert history.stderr == f"exported 2 entries to {target}\n"
    assert contacts.stderr == ""


def test_no_progress_on_a_terminal_without_rich(sandbox: Sandbox, tmp_path: Path) -> None:
    target = tmp_path / "history.csv"
    env = cli_environment(sandbox)
    env["PYTHONPATH"] = blocked_modules(tmp_path, "rich") + ":" + str(ROOT)

    run = run_in_terminal("history", "export", "--type", "CALL", "--output", str(target), env=env)

    assert run.returncode == 0, run.text
    assert run.terminal.strip() == f"exported 2 entries to {target}"
    assert len(target.read_text().splitlines()) == 3


def test_rich_is_imported_only_to_draw_progress(sandbox: Sandbox, tmp_path: Path) -> None:
    # httpx loads rich for its own command line when click is installed too; without click,
    # as where only sipgateio[cli] brings rich, any rich module loaded is sipgateio's doing.
    code = (
        "import sys\n"
        "from sipgateio.cli import build_parser, main\n"
        "build_parser().format_help()\n"
        "assert main(['history', 'export', '--type', 'CALL', '-o', sys.argv[1]]) == 0\n"
        "print(sorted(name for name in sys.modules if name.split('.')[0] == 'rich'))\n"
    )
    env = cli_environment(sandbox)
    env["PYTHONPATH"] = blocked_modules(tmp_path, "click") + ":" + str(ROOT)

    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "history.csv")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )

    assert result.stdout.strip() == "[]"
