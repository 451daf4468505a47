"""The examples of docs/readme/client.md (the README's client section) run against the sandbox."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import sipgateio
from sipgateio.sandbox import Sandbox
from tests.facade.conftest import PDF

SECTION = Path(__file__).resolve().parents[2] / "docs" / "readme" / "client.md"
EXAMPLES = re.findall(r"^```python\n(.*?)^```", SECTION.read_text(encoding="utf-8"), re.S | re.M)


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    # Faxes move on every 50 ms, and answers are checked against the API description too.
    with Sandbox(fax_step_seconds=0.05, check_responses=True) as running:
        yield running


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.splitlines()[0][:40] for e in EXAMPLES])
def test_readme_example_runs_against_the_sandbox(
    example: str, sandbox: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "letter.pdf").write_bytes(PDF)
    monkeypatch.setenv("SIPGATE_TOKEN_ID", sandbox.token_id)
    monkeypatch.setenv("SIPGATE_TOKEN", sandbox.token)
    monkeypatch.setenv("SIPGATE_BASE_URL", sandbox.base_url)
    # The examples poll at human pace; the sandbox is faster, so the waits are shortened.
    monkeypatch.setattr(
        sipgateio._sync._io, "sleep", lambda seconds: time.sleep(min(seconds, 0.05))
    )

    with sipgateio.SipgateIO() as client:
        exec(compile(example, str(SECTION), "exec"), {"client": client, "sipgateio": sipgateio})


def test_the_readme_section_has_an_example_per_module() -> None:
    text = "\n".join(EXAMPLES)
    for module in (
        "sms",
        "fax",
        "call",
        "rtcm",
        "webhook_settings",
        "numbers",
        "voicemails",
        "devices",
    ):
        assert f"client.{module}." in text
