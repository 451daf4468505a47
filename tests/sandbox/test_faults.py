"""Fault injection: the client retries reads, never repeats an SMS, and says when it cannot know."""

from __future__ import annotations

import time
from typing import Any

import httpx
import pytest

import sipgateio
from sipgateio.sandbox import Faults, Sandbox


def _requests(sandbox: Sandbox, method: str, path: str) -> list[tuple[int, str | None]]:
    return [(r.status, r.fault) for r in sandbox.requests if (r.method, r.path) == (method, path)]


def test_reads_are_retried_through_server_errors_and_rate_limits(
    sbx: Any, sandbox: Sandbox
) -> None:
    sandbox.faults.script(status=503, method="GET", path="/numbers", retry_after=0)
    sandbox.faults.script(status=429, method="GET", path="/numbers", retry_after=0)

    assert len(sbx.numbers.get_all_numbers()) == 7

    assert [status for status, _ in _requests(sandbox, "GET", "/numbers")] == [503, 429, 200]


def test_a_dropped_read_is_retried(sbx: Any, sandbox: Sandbox) -> None:
    sandbox.faults.script(drop=True, method="GET", path="/voicemails")

    assert [box.id for box in sbx.voicemails.get_voicemails()] == ["v0", "v1"]
    assert [fault for _, fault in _requests(sandbox, "GET", "/voicemails")] == ["dropped", None]


def test_an_sms_answered_with_a_server_error_is_not_repeated(sbx: Any, sandbox: Sandbox) -> None:
    sandbox.faults.script(status=503, method="POST", path="/sessions/sms", retry_after=0)

    with pytest.raises(sipgateio.ServerError):
        sbx.sms.send(to="+4915112345678", message="once", sms_id="s0")

    assert len(_requests(sandbox, "POST", "/sessions/sms")) == 1
    assert sandbox.sent_sms == []


def test_an_sms_whose_answer_is_lost_is_sent_once_and_reported_as_unknown(
    sbx: Any, sandbox: Sandbox
) -> None:
    sandbox.faults.script(drop=True, method="POST", path="/sessions/sms")

    with pytest.raises(sipgateio.OutcomeUnknownError) as caught:
        sbx.sms.send(to="+4915112345678", message="once", sms_id="s0")

    assert "may have been" in str(caught.value)
    assert len(_requests(sandbox, "POST", "/sessions/sms")) == 1
    assert [sms["message"] for sms in sandbox.sent_sms] == ["once"]


def test_random_faults_are_survived_by_reads_and_never_duplicate_sms(make_client: Any) -> None:
    faults = Faults(error_rate=0.2, rate_limit_rate=0.1, drop_rate=0.1, retry_after=0, seed=7)
    with Sandbox(faults=faults, check_responses=True) as sandbox:
        client = make_client(**sandbox.client_options(), max_retries=8)
        for _ in range(8):
            assert len(client.numbers.get_all_numbers()) == 7
        outcomes = []
        for index in range(8):
            try:
                client.sms.send(to="+4915112345678", message=f"#{index}", sms_id="s0")
                outcomes.append("sent")
            except (sipgateio.ServerError, sipgateio.RateLimitError):
                outcomes.append("refused")
            except sipgateio.OutcomeUnknownError:
                outcomes.append("unknown")
        injected = [r.fault for r in sandbox.requests if r.fault]
        posts = _requests(sandbox, "POST", "/sessions/sms")
        messages = [sms["message"] for sms in sandbox.sent_sms]
    assert injected, "the seed should inject some faults"
    assert len(posts) == 8
    assert len(messages) == len(set(messages))
    assert messages == [f"#{i}" for i, outcome in enumerate(outcomes) if outcome != "refused"]


def test_fault_draws_repeat_with_the_same_seed() -> None:
    def draws(seed: int) -> list[str]:
        faults = Faults(error_rate=0.3, rate_limit_rate=0.2, drop_rate=0.1, seed=seed)
        return [repr(faults.draw("GET", "/numbers")) for _ in range(50)]

    assert draws(3) == draws(3)
    assert draws(3) != draws(4)


def test_rate_limits_carry_retry_after(sandbox: Sandbox) -> None:
    sandbox.faults = Faults(rate_limit_rate=1.0, retry_after=2)
    response = httpx.get(sandbox.base_url + "/numbers", auth=(sandbox.token_id, sandbox.token))
    assert response.status_code == 429
    assert response.headers["Retry-After"] == "2"


def test_latency_slows_every_answer(sandbox: Sandbox) -> None:
    sandbox.faults = Faults(latency=0.2)
    started = time.monotonic()
    httpx.get(sandbox.base_url + "/numbers", auth=(sandbox.token_id, sandbox.token))
    assert time.monotonic() - started >= 0.2


def test_fault_rates_outside_zero_to_one_are_refused() -> None:
    with pytest.raises(ValueError, match="error_rate"):
        Faults(error_rate=1.5)
    with pytest.raises(ValueError, match="status= or drop=True"):
        Faults().script()
