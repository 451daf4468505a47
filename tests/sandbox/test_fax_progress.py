"""A fax moves PENDING -> SENDING -> SENT (or FAILED) over time, as the history shows."""

from __future__ import annotations

import time
from typing import Any

import pytest

from sipgateio.models import FaxStatus
from sipgateio.sandbox import Sandbox

PDF = b"%PDF-1.4\n1 0 obj << /Type /Page >> endobj\ntrailer << >>\n%%EOF\n"


def _statuses_until_final(client: Any, session_id: str, limit: float = 5.0) -> list[FaxStatus]:
    seen: list[FaxStatus] = []
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        status = client.fax.get_fax_status(session_id)
        if not seen or seen[-1] != status:
            seen.append(status)
        if status in (FaxStatus.SENT, FaxStatus.FAILED):
            return seen
        time.sleep(0.02)
    raise AssertionError(f"no final status within {limit} s: {seen}")


def test_fax_passes_through_pending_and_sending_before_it_is_sent(make_client: Any) -> None:
    with Sandbox(fax_step_seconds=0.25, check_responses=True) as sandbox:
        client = make_client(**sandbox.client_options())
        started = time.monotonic()
        session = client.fax.send(to="+4930987654321", file_content=PDF)

        seen = _statuses_until_final(client, session.session_id)

    assert seen == [FaxStatus.PENDING, FaxStatus.SENDING, FaxStatus.SENT]
    assert time.monotonic() - started >= 0.5


@pytest.mark.parametrize(
    "options",
    [{"failing_fax_recipients": ["+4930987654321"]}, {"fax_failure_rate": 1.0}],
)
def test_configured_failures_end_in_failed(make_client: Any, options: dict[str, Any]) -> None:
    with Sandbox(fax_step_seconds=0.05, **options) as sandbox:
        client = make_client(**sandbox.client_options())
        session = client.fax.send(to="+4930987654321", file_content=PDF)
        final = client.fax.wait_for_final_status(session.session_id, timeout=5, poll_interval=0.05)
        other = client.fax.send(to="+4930111111", file_content=PDF)
        other_final = client.fax.wait_for_final_status(
            other.session_id, timeout=5, poll_interval=0.05
        )

    assert final == FaxStatus.FAILED
    expected_other = FaxStatus.FAILED if "fax_failure_rate" in options else FaxStatus.SENT
    assert other_final == expected_other


def test_history_shows_when_the_status_last_changed(http: Any, sandbox: Sandbox) -> None:
    import base64

    body = {
        "faxlineId": "f0",
        "recipient": "+4930987654321",
        "filename": "a.pdf",
        "base64Content": base64.b64encode(PDF).decode(),
    }
    session_id = http.post("sessions/fax", json=body).json()["sessionId"]
    pending = http.get(f"history/{session_id}").json()
    time.sleep(0.35)
    sent = http.get(f"history/{session_id}").json()

    assert pending["faxStatusType"] == "PENDING"
    assert sent["faxStatusType"] == "SENT"
    assert sent["lastModified"] > pending["lastModified"]
    assert sent["created"] == pending["created"]
