"""The examples of the client's guide pages (docs/guides/client.md, sms.md, ...) against the sandbox.

They run page after page, top to bottom, in one sandbox, as a reader would try them, and after
each one the test checks what the example promises: what it prints, what it leaves in its
variables, and what the sandbox (standing in for sipgate) was asked to do.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import sipgateio
import sipgateio._sync._io
from sipgateio.sandbox import Sandbox
from tests.docs._markdown import example_code, path_of
from tests.facade.conftest import PDF

# In the order they run: the calls placed on calls.md are the ones live-calls.md steers.
EXAMPLES = example_code(
    "guides/client.md",
    "guides/sms.md",
    "guides/fax.md",
    "guides/calls.md",
    "guides/live-calls.md",
    "guides/webhook-settings.md",
    "guides/numbers.md",
    "guides/voicemails.md",
    "guides/devices.md",
)

Check = Callable[[Sandbox, dict[str, Any], str, float], None]


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    # Faxes move on every 50 ms, and answers are checked against the API description too.
    with Sandbox(fax_step_seconds=0.05, check_responses=True) as running:
        yield running


def new_requests(sandbox: Sandbox, since: int) -> list[str]:
    return [f"{r.method} {r.path}" for r in sandbox.requests[since:]]


def check_sms(sandbox: Sandbox, names: dict[str, Any], printed: str, started: float) -> None:
    sent = sandbox.sent_sms[names["sms_before"] :]
    assert [(s["message"], s["recipient"]) for s in sent] == [
        ("Your table is ready", "+4915799912345"),
        ("Sent as my mobile", "+4915799912345"),
        ("Reminder", "+4915799912345"),
    ]
    # sms_id: the extension's default sender; from_: the number asked for, and the
    # previous default sender is back afterwards.
    assert [s["sender"] for s in sent] == ["+4915799912345", "+4921112345670", "+4915799912345"]
    assert sandbox.account.sms_extensions["w0"][0]["callerId"] == "+4915799912345"
    assert sent[0]["sendAt"] is None and sent[1]["sendAt"] is None
    in_two_hours = names["in_two_hours"].timestamp()
    assert in_two_hours - started >= 2 * 3600
    assert sent[2]["sendAt"] == pytest.approx(in_two_hours, abs=1)  # whole seconds, rounded up
    assert printed.startswith("[SmsExtension(id='s0', alias=\"Ada's SMS\", caller_id=")


def check_fax(sandbox: Sandbox, names: dict[str, Any], printed: str, started: float) -> None:
    assert names["status"] is sipgateio.FaxStatus.SENT
    status, again, faxlines = printed.splitlines()
    assert (status, again) == ("SENT", "SENT")
    assert faxlines.startswith("[Faxline(id='f0', ")
    assert "can_send=True" in faxlines
    fax = sandbox.account.fax_documents[names["session"].session_id]
    assert fax[1] == PDF  # the PDF read from letter.pdf went out
    assert fax[0].startswith("Fax_") and fax[0].endswith(".pdf")


def check_calls(sandbox: Sandbox, names: dict[str, Any], printed: str, started: float) -> None:
    desk, mobile = sandbox.call_flows
    # Both calls go to the customer from Ada's line (the line of e0, and its number).
    assert (desk.from_, desk.to) == ("4921112345670", "4921112345678")
    assert (mobile.from_, mobile.to) == ("4921112345670", "4921112345678")
    assert desk.state == mobile.state == "established"
    assert printed == ""


def check_rtcm(sandbox: Sandbox, names: dict[str, Any], printed: str, started: float) -> None:
    calls = [flow.call_id for flow in sandbox.call_flows]
    asked = new_requests(sandbox, names["requests_before"])
    for call_id in calls:
        for request in (
            f"PUT /calls/{call_id}/recording",
            f"POST /calls/{call_id}/dtmf",
            f"PUT /calls/{call_id}/muted",
            f"DELETE /calls/{call_id}",
        ):
            assert request in asked
    assert all(flow.state == "ended" for flow in sandbox.call_flows)
    assert sandbox.account.calls == {}  # none established any more
    assert all(r.status < 400 for r in sandbox.requests[names["requests_before"] :])


def check_webhook_settings(
    sandbox: Sandbox, names: dict[str, Any], printed: str, started: float
) -> None:
    assert printed.strip() == (
        "WebhookSettings(incoming_url='https://example.com/sipgate/incoming', "
        "outgoing_url='', log=True, whitelist=['p0', 'g0'])"
    )
    assert sandbox.account.webhook_settings == {
        "incomingUrl": "https://example.com/sipgate/incoming",
        "outgoingUrl": "",
        "log": True,
        "whitelist": None,  # every phoneline and group again
    }


def check_numbers(sandbox: Sandbox, names: dict[str, Any], printed: str, started: float) -> None:
    numbers = [item["number"] for item in sandbox.account.numbers]
    assert printed.splitlines() == [
        f"{item['number']} {item['type']} {item['endpointId']}" for item in sandbox.account.numbers
    ]
    assert [n.number for n in names["first_page"]] == numbers[:10]


def check_voicemails(sandbox: Sandbox, names: dict[str, Any], printed: str, started: float) -> None:
    assert printed.startswith("[Voicemail(id='v0', ") and "Voicemail(id='v1', " in printed


def check_devices(sandbox: Sandbox, names: dict[str, Any], printed: str, started: float) -> None:
    assert printed.startswith("[Device(id='e0', ")
    assert "id='e1'" not in printed  # w1's device: only the authenticated user's are listed


def check_credentials(
    sandbox: Sandbox, names: dict[str, Any], printed: str, started: float
) -> None:
    assert printed == "w0\n"  # the token from the environment is the sandbox's, Ada's
    assert new_requests(sandbox, names["requests_before"]) == ["GET /authorization/userinfo"]


def check_async(sandbox: Sandbox, names: dict[str, Any], printed: str, started: float) -> None:
    sent = sandbox.sent_sms[names["sms_before"] :]
    assert sorted(s["message"] for s in sent) == sorted(f"No. {n}" for n in range(10))
    assert {s["smsId"] for s in sent} == {"s0"}
    assert printed.startswith("[Faxline(id='f0', ")


# (page, a text its example holds, the check of what it promises), in the order of EXAMPLES
CHECKS: list[tuple[str, str, Check]] = [
    ("guides/client.md", "sipgateio.SipgateIO() as client", check_credentials),
    ("guides/client.md", "AsyncSipgateIO", check_async),
    ("guides/sms.md", "client.sms.send(", check_sms),
    ("guides/fax.md", "client.fax.send(", check_fax),
    ("guides/calls.md", "client.call.initiate(", check_calls),
    ("guides/live-calls.md", "client.rtcm.get_established_calls()", check_rtcm),
    ("guides/webhook-settings.md", "client.webhook_settings.", check_webhook_settings),
    ("guides/numbers.md", "client.numbers.", check_numbers),
    ("guides/voicemails.md", "client.voicemails.", check_voicemails),
    ("guides/devices.md", "client.devices.", check_devices),
]


def in_order() -> list[tuple[str, str]]:
    """(page, example) of every example of the pages, in the order they run."""
    return [(page, example) for page, examples in EXAMPLES.items() for example in examples]


def test_every_example_has_its_check_in_order() -> None:
    assert len(in_order()) == len(CHECKS)
    for (page, example), (checked_page, marker, _) in zip(in_order(), CHECKS, strict=True):
        assert page == checked_page
        assert marker in example, (page, marker)


def test_the_examples_run_in_order_and_do_what_they_say(
    sandbox: Sandbox,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
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

    for (page, example), (_, _, check) in zip(in_order(), CHECKS, strict=True):
        names: dict[str, Any] = {
            "sipgateio": sipgateio,
            "requests_before": len(sandbox.requests),
            "sms_before": len(sandbox.sent_sms),
        }
        started = time.time()
        with sipgateio.SipgateIO() as client:
            names["client"] = client
            exec(compile(example, str(path_of(page)), "exec"), names)
        check(sandbox, names, capsys.readouterr().out, started)


def test_the_pages_have_an_example_per_module() -> None:
    text = "\n".join(example for _, example in in_order())
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
