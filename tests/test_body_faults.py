"""Failures while an answer's body is read meet the same policy as every other transport failure.

A raw-socket server stages each fault over real HTTP on 127.0.0.1: a body shorter than its
``Content-Length``, a chunked body cut off before its last chunk, a body that stalls past
the read timeout, and a body that claims gzip compression but cannot be decompressed. Reads are retried and, when they keep failing, raise ``APIConnectionError``
or ``APITimeoutError``; an SMS whose answer breaks off raises ``OutcomeUnknownError`` and is
sent once. Each case runs on ``SipgateIO``, on ``AsyncSipgateIO`` with its own transport and
on ``AsyncSipgateIO`` over an ``httpx.AsyncClient`` passed in, through the facade and through
raw generated calls on ``client.api``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

import sipgateio
from tests._raw_server import FAULTS, RawAnswer, RawServer, good
from tests.conftest import TOKEN, TOKEN_ID, Blocking, EventLoopThread

USERINFO = {"sub": "w0", "domain": "sipgate.de", "masterSipId": "1234567", "locale": "de_DE"}
USERINFO_PATH = "GET /v2/authorization/userinfo"
SMS_PATH = "POST /v2/sessions/sms"
# Long enough for a loaded machine to deliver the head in time, short enough for the tests.
READ_TIMEOUT = 0.5

Fault = Callable[..., RawAnswer]


@pytest.fixture
def raw() -> Iterator[RawServer]:
    server = RawServer().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(params=list(FAULTS))
def fault(request: pytest.FixtureRequest) -> Fault:
    return FAULTS[request.param]


@pytest.fixture(params=["sync", "async", "async over httpx.AsyncClient"])
def make(request: pytest.FixtureRequest, raw: RawServer, loop_thread: EventLoopThread) -> Any:
    """Build a client of one kind for the raw server; each is closed after the test."""
    kind = str(request.param)
    closers: list[Callable[[], None]] = []

    def build(**options: Any) -> Any:
        options = {
            "token_id": TOKEN_ID,
            "token": TOKEN,
            "base_url": raw.base_url,
            "timeout": httpx.Timeout(5.0, read=READ_TIMEOUT),
            **options,
        }
        if kind == "sync":
            client = sipgateio.SipgateIO(**options)
            closers.append(client.close)
            return client

        async def open_async() -> sipgateio.AsyncSipgateIO:
            if kind == "async":
                return sipgateio.AsyncSipgateIO(**options)
            http = httpx.AsyncClient()
            closers.append(lambda: loop_thread.run(http.aclose()))
            return sipgateio.AsyncSipgateIO(http_client=http, **options)

        client = loop_thread.run(open_async())
        closers.append(lambda: loop_thread.run(client.close()))
        return Blocking(client, loop_thread)

    yield build
    for close in reversed(closers):
        close()


def raw_call(client: Any, endpoint: Any, **kwargs: Any) -> Any:
    """Call a generated endpoint module through ``client.api`` (sync or async)."""
    if isinstance(client, Blocking):
        api = client.unwrapped.api
        return client._runner.run(endpoint.asyncio_detailed(client=api, **kwargs))
    return endpoint.sync_detailed(client=client.api, **kwargs)


def send_raw_sms(client: Any) -> Any:
    from sipgate_api.api.sms import send_sms
    from sipgate_api.models import SendSmsRequest

    body = SendSmsRequest(sms_id="s0", recipient="+4915799912345", message="Hello")
    return raw_call(client, send_sms, body=body)


def expected_error(fault: Fault) -> type[sipgateio.APIConnectionError]:
    return (
        sipgateio.APITimeoutError if fault.__name__ == "stalled" else sipgateio.APIConnectionError
    )


# --- reads ----------------------------------------------------------------------------------


def test_a_read_whose_body_breaks_off_is_retried_and_succeeds(
    make: Any, raw: RawServer, fault: Fault
) -> None:
    client = make()
    raw.on(USERINFO_PATH, fault(USERINFO), good(USERINFO))

    assert client.get_authenticated_webuser_id() == "w0"

    assert raw.count(USERINFO_PATH) == 2


def test_a_read_whose_body_keeps_breaking_off_raises_a_sipgateio_error(
    make: Any, raw: RawServer, fault: Fault
) -> None:
    client = make(max_retries=1)
    raw.on(USERINFO_PATH, fault(USERINFO))

    with pytest.raises(sipgateio.APIConnectionError) as caught:
        client.get_authenticated_webuser_id()

    error = caught.value
    assert type(error) is expected_error(fault)
    assert error.method == "GET"
    assert error.path == "/v2/authorization/userinfo"
    assert "GET /v2/authorization/userinfo" in str(error)
    assert "body of the answer (200)" in str(error)
    assert raw.count(USERINFO_PATH) == 2


def test_an_error_answer_whose_body_breaks_off_is_retried_too(
    make: Any, raw: RawServer, fault: Fault
) -> None:
    client = make()
    raw.on(USERINFO_PATH, fault({"message": "upstream failed"}, status=503), good(USERINFO))

    assert client.get_authenticated_webuser_id() == "w0"

    assert raw.count(USERINFO_PATH) == 2


def test_a_raw_read_through_client_api_is_retried_after_its_body_breaks_off(
    make: Any, raw: RawServer, fault: Fault
) -> None:
    from sipgate_api.api.authorization import get_userinfo

    client = make()
    raw.on(USERINFO_PATH, fault(USERINFO), good(USERINFO))

    response = raw_call(client, get_userinfo)

    assert response.status_code == 200
    assert response.parsed.sub == "w0"
    assert raw.count(USERINFO_PATH) == 2


# --- writes ---------------------------------------------------------------------------------


def test_an_sms_whose_answer_breaks_off_says_it_may_have_been_sent_and_is_sent_once(
    make: Any, raw: RawServer, fault: Fault
) -> None:
    client = make()
    raw.on(SMS_PATH, fault({"sent": True}), good(b"", status=204))

    with pytest.raises(sipgateio.OutcomeUnknownError) as caught:
        client.sms.send(to="+4915799912345", message="Hello", sms_id="s0")

    assert "may have been" in str(caught.value)
    assert caught.value.method == "POST"
    assert raw.count(SMS_PATH) == 1


def test_a_raw_sms_through_client_api_whose_answer_breaks_off_is_sent_once(
    make: Any, raw: RawServer, fault: Fault
) -> None:
    client = make()
    raw.on(SMS_PATH, fault({"sent": True}), good(b"", status=204))

    with pytest.raises(sipgateio.OutcomeUnknownError):
        send_raw_sms(client)

    assert raw.count(SMS_PATH) == 1


def test_a_good_answer_after_a_fault_leaves_the_client_usable(make: Any, raw: RawServer) -> None:
    client = make(max_retries=0)
    raw.on(USERINFO_PATH, FAULTS["cut_short"](USERINFO), good(USERINFO))

    with pytest.raises(sipgateio.APIConnectionError):
        client.get_authenticated_webuser_id()
    assert client.get_authenticated_webuser_id() == "w0"

    assert raw.count(USERINFO_PATH) == 2
