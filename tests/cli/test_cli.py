"""The ``sipgateio`` command, driven as a subprocess against a sandbox."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx

import sipgateio
from sipgateio.sandbox import Sandbox
from tests.cli.conftest import RunCli, cli_environment

ROOT = Path(__file__).resolve().parents[2]

PDF = b"%PDF-1.4\n1 0 obj << /Type /Page >> endobj\ntrailer << >>\n%%EOF\n"
COMMANDS = [
    [],
    ["demo"],
    ["sandbox"],
    ["sms"],
    ["sms", "send"],
    ["fax"],
    ["fax", "send"],
    ["call"],
    ["history"],
    ["history", "export"],
    ["contacts"],
    ["contacts", "import"],
    ["contacts", "export"],
    ["numbers"],
    ["webhooks"],
    ["webhooks", "serve"],
]


def test_every_command_has_help(cli: RunCli) -> None:
    for command in COMMANDS:
        result = cli(*command, "--help")
        assert result.returncode == 0, (command, result.stderr)
        assert result.stdout.startswith("usage: sipgateio"), command


def test_a_command_without_its_action_shows_help_and_fails(cli: RunCli) -> None:
    result = cli("fax")
    assert result.returncode == 2
    assert "usage: sipgateio fax" in result.stderr


def test_demo_runs_everything_end_to_end(cli: RunCli) -> None:
    result = cli("demo", credentials=False)

    assert result.returncode == 0, result.stderr
    out = result.stdout
    for expected in [
        "1. SMS",
        "PENDING -> SENDING -> SENT",
        "newCall push",
        "the caller types '1'",
        "dtmf '1': reply <Dial>",
        "hangup (normalClearing)",
        "4. History",
    ]:
        assert expected in out, expected
    assert "http://127.0.0.1:" in out


def test_sandbox_runs_in_the_foreground_and_prints_its_credentials() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "sipgateio", "sandbox", "--port", "0"],
        env=cli_environment(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        printed: dict[str, str] = {}
        deadline = time.monotonic() + 20
        while "token" not in printed and time.monotonic() < deadline:
            line = process.stdout.readline()
            if not line:
                break
            key, _, value = line.strip().partition("  ")
            printed[key] = value.strip()
        assert printed["base_url"].startswith("http://127.0.0.1:")
        with sipgateio.SipgateIO(
            base_url=printed["base_url"], token_id=printed["token_id"], token=printed["token"]
        ) as client:
            assert client.get_authenticated_webuser_id() == "w0"
    finally:
        stop(process)
    assert process.returncode == 0


def test_sms_send(cli: RunCli, sandbox: Sandbox) -> None:
    result = cli("sms", "send", "--to", "+4915112345678", "--message", "Hi from the shell")
    assert result.returncode == 0, result.stderr
    assert "SMS to +4915112345678 sent (from s0)" in result.stdout
    assert [sms["message"] for sms in sandbox.sent_sms] == ["Hi from the shell"]


def test_fax_send_waits_until_the_fax_is_sent(
    cli: RunCli, sandbox: Sandbox, tmp_path: Path
) -> None:
    document = tmp_path / "letter.pdf"
    document.write_bytes(PDF)
    result = cli("fax", "send", str(document), "--to", "+4930987654321", "--poll-interval", "0.05")
    assert result.returncode == 0, result.stderr
    session_id = result.stdout.split()[2]
    assert result.stdout.splitlines() == [
        f"fax queued: {session_id}",
        f"fax {session_id} sent to +4930987654321",
    ]
    with sipgateio.SipgateIO(**sandbox.client_options()) as client:
        assert client.fax.get_fax_status(session_id) == sipgateio.FaxStatus.SENT


def test_a_failed_fax_exits_1(cli: RunCli, tmp_path: Path) -> None:
    document = tmp_path / "letter.pdf"
    document.write_bytes(PDF)
    result = cli("fax", "send", str(document), "--to", "+4930666666", "--poll-interval", "0.05")
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1].endswith("to +4930666666 failed")


def test_call_starts_an_established_call(cli: RunCli, sandbox: Sandbox) -> None:
    result = cli("call", "--to", "+4930987654321", "--from", "e0")
    assert result.returncode == 0, result.stderr
    assert len(sandbox.account.calls) == 1


def test_history_export_writes_csv_with_progress(cli: RunCli, tmp_path: Path) -> None:
    target = tmp_path / "history.csv"
    result = cli("history", "export", "--output", str(target), "--type", "CALL")
    assert result.returncode == 0, result.stderr
    lines = target.read_text().splitlines()
    assert lines[0].startswith("id,created,")
    assert len(lines) == 3
    assert "exported 2 entries" in result.stderr


def test_contacts_import_and_export(cli: RunCli, tmp_path: Path) -> None:
    source = tmp_path / "team.csv"
    source.write_text("firstname,lastname,number\nKonrad,Zuse,+4930555555\n")
    imported = cli("contacts", "import", str(source))
    assert imported.returncode == 0, imported.stderr
    exported = cli("contacts", "export", "--scope", "PRIVATE", "--format", "json")
    assert exported.returncode == 0, exported.stderr
    names = [contact["name"] for contact in json.loads(exported.stdout)["contacts"]]
    assert names == ["Grace Hopper", "Konrad Zuse"]


def test_numbers_lists_the_account_numbers(cli: RunCli) -> None:
    result = cli("numbers")
    assert result.returncode == 0, result.stderr
    assert "+4921112345670" in result.stdout and "Ada Lovelace" in result.stdout


def test_missing_credentials_are_a_usage_error(cli: RunCli) -> None:
    result = cli("numbers", credentials=False)
    assert result.returncode == 2
    assert result.stderr.startswith("sipgateio: error: no credentials")


def test_wrong_credentials_fail_in_one_line_without_the_token(
    cli: RunCli, sandbox: Sandbox
) -> None:
    wrong = "e68ead46-a7db-46cd-8a1a-44aed1e4e372"
    result = cli("numbers", "--token", wrong)
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert "401" in result.stderr
    assert wrong not in result.stderr + result.stdout
    assert sandbox.token not in result.stderr + result.stdout


def test_bad_input_is_a_usage_error(cli: RunCli) -> None:
    result = cli("sms", "send", "--to", "12", "--message", "x")
    assert result.returncode == 2
    assert result.stderr.startswith("sipgateio: error: to must be a phone number")


def test_webhooks_serve_logs_the_sandbox_pushes(sandbox: Sandbox, tmp_path: Path) -> None:
    key = tmp_path / "sandbox.pem"
    key.write_text(httpx.get(sandbox.url + "/public-key.pem").text)
    port = _free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "sipgateio",
            "webhooks",
            "serve",
            "--port",
            str(port),
            "--public-key",
            str(key),
        ],
        env=cli_environment(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        assert "listening" in process.stdout.readline()
        sandbox.set_webhook_urls(incoming=f"http://127.0.0.1:{port}/")
        flow = sandbox.simulate_incoming_call(from_="+4915112345678")
        assert flow.pushes[0].status == 200
        line = process.stdout.readline()
    finally:
        stop(process)
    assert line.startswith("newCall")
    assert "from +4915112345678" in line
    assert process.returncode == 0


def stop(process: subprocess.Popen[str]) -> None:
    """Stop a foreground server command as a service manager does; kill it if it hangs."""
    process.send_signal(signal.SIGTERM)
    try:
        process.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        raise


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_the_command_parser_loads_neither_the_sandbox_nor_webhooks() -> None:
    code = (
        "import sys; from sipgateio.cli import build_parser; build_parser(); "
        "print(sorted(m for m in sys.modules "
        "if m.startswith(('sipgateio.sandbox', 'sipgateio_webhooks'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_sandbox_commands_name_the_extra_they_need_when_it_is_missing(tmp_path: Path) -> None:
    blocker = tmp_path / "openapi_schema_validator.py"
    blocker.write_text("raise ImportError('not installed here')\n")
    result = subprocess.run(
        [sys.executable, "-m", "sipgateio", "demo"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": f"{tmp_path}{os.pathsep}{ROOT}"},
        check=False,
    )
    assert result.returncode == 1
    assert "pip install 'sipgateio[sandbox]'" in result.stderr
    assert "Traceback" not in result.stderr
