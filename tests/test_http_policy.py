"""Auth, headers, timeouts, retries and error mapping: the policy every request follows.

The SMS cases go through raw generated calls on ``client.api`` to show that the
policy is shared by the facade and the generated client alike.
"""

from __future__ import annotations

import base64
import logging
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import sipgateio
from tests._server import RecordingServer, Reply
from tests.conftest import TOKEN, TOKEN_ID, Blocking

USERINFO = {"sub": "w0", "domain": "sipgate.de", "masterSipId": "1234567", "locale": "de_DE"}


def send_raw_sms(client: Any) -> Any:
    """POST /sessions/sms through the generated endpoint, on either kind of client."""
    from sipgate_api.api.sms import send_sms
    from sipgate_api.models import SendSmsRequest

    body = SendSmsRequest(sms_id="s0", recipient="+4915799912345", message="Hello")
    if isinstance(client, Blocking):
        runner = client._runner
        return runner.run(send_sms.asyncio_detailed(client=client.unwrapped.api, body=body))
    return send_sms.sync_detailed(client=client.api, body=body)


# --- credentials and headers ------------------------------------------------------------


def test_requests_carry_basic_auth_for_a_personal_access_token(
    client: Any, server: RecordingServer
) -> None:
    server.on("GET", "/authorization/userinfo", Reply(200, USERINFO))

    assert client.get_authenticated_webuser_id() == "w0"

    expected = base64.b64encode(f"{TOKEN_ID}:{TOKEN}".encode()).decode()
    assert server.requests[0].headers["authorization"] == f"Basic {expected}"


def test_requests_carry_a_bearer_header_for_an_oauth_token(
    make_client: Any, server: RecordingServer
) -> None:
    server.on("GET", "/authorization/userinfo", Reply(200, USERINFO))
    client = make_client(
        token_id=None, token="eyJhbGciOi.eyJzdWIiOiJ3MCJ9.c2ln", base_url=server.base_url
    )

    client.get_authenticated_webuser_id()

    assert server.requests[0].headers["authorization"] == "Bearer eyJhbGciOi.eyJzdWIiOiJ3MCJ9.c2ln"


def test_requests_name_the_library_and_python_but_not_the_operating_system(
    client: Any, server: RecordingServer
) -> None:
    server.on("GET", "/authorization/userinfo", Reply(200, USERINFO))

    client.get_authenticated_webuser_id()

    headers = server.requests[0].headers
    assert headers["x-sipgate-version"] == sipgateio.__version__
    assert headers["x-sipgate-client"].startswith(f"sipgateio-python/{sipgateio.__version__} (")
    assert "Python" in headers["x-sipgate-client"]
    assert "linux" not in headers["x-sipgate-client"].lower()


def test_userinfo_is_asked_once_per_client(client: Any, server: RecordingServer) -> None:
    server.on("GET", "/authorization/userinfo", Reply(200, USERINFO))

    assert client.get_authenticated_webuser_id() == "w0"
    assert client.get_authenticated_webuser_id() == "w0"

    assert len(server.calls("GET", "/authorization/userinfo")) == 1


def test_credentials_come_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, server: RecordingServer
) -> None:
    server.on("GET", "/authorization/userinfo", Reply(200, USERINFO))
    monkeypatch.setenv("SIPGATE_TOKEN_ID", TOKEN_ID)
    monkeypatch.setenv("SIPGATE_TOKEN", TOKEN)
    monkeypatch.setenv("SIPGATE_BASE_URL", server.base_url)

    with sipgateio.SipgateIO() as client:
        assert client.get_authenticated_webuser_id() == "w0"

    assert server.requests[0].headers["authorization"].startswith("Basic ")


@pytest.mark.parametrize(
    ("kwargs", "argument"),
    [
        ({}, "token"),
        ({"token_id": TOKEN_ID}, "token"),
        ({"token_id": "ABC123", "token": TOKEN}, "token_id"),
        ({"token_id": TOKEN_ID, "token": "not-a-uuid"}, "token"),
        ({"token": "has space"}, "token"),
        ({"token": TOKEN, "base_url": "api.sipgate.com/v2"}, "base_url"),
        ({"token": TOKEN, "timeout": -1}, "timeout"),
        ({"token": TOKEN, "max_retries": -1}, "max_retries"),
    ],
)
@pytest.mark.parametrize("client_class", [sipgateio.SipgateIO, sipgateio.AsyncSipgateIO])
def test_bad_settings_raise_a_validation_error_naming_the_argument(
    monkeypatch: pytest.MonkeyPatch,
    client_class: type[Any],
    kwargs: dict[str, Any],
    argument: str,
) -> None:
    for name in ("SIPGATE_TOKEN_ID", "SIPGATE_TOKEN", "SIPGATE_BASE_URL"):
        monkeypatch.delenv(name, raising=False)

    with pytest.raises(sipgateio.ValidationError) as caught:
        client_class(**kwargs)

    assert caught.value.argument == argument
    assert argument in str(caught.value)


def test_a_malformed_token_is_described_but_never_echoed() -> None:
    secret = "0123456789abcdef-not-a-uuid"
    with pytest.raises(sipgateio.ValidationError) as caught:
        sipgateio.SipgateIO(token_id=TOKEN_ID, token=secret)

    assert secret not in str(caught.value)
    assert secret not in repr(caught.value)


def test_creating_a_client_sends_nothing(make_client: Any, server: RecordingServer) -> None:
    make_client(base_url=server.base_url)

    assert server.requests == []


def test_client_repr_shows_no_credentials(client: Any) -> None:
    assert TOKEN not in repr(client)
    assert TOKEN_ID not in repr(client)


# --- error mapping ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (400, sipgateio.BadRequestError),
        (401, sipgateio.AuthenticationError),
        (402, sipgateio.InsufficientFundsError),
        (403, sipgateio.PermissionDeniedError),
        (404, sipgateio.NotFoundError),
        (409, sipgateio.APIStatusError),
        (429, sipgateio.RateLimitError),
        (500, sipgateio.ServerError),
        (503, sipgateio.ServerError),
    ],
)
def test_error_statuses_map_to_error_classes_with_status_body_method_and_path(
    make_client: Any, server: RecordingServer, status: int, error_class: type[Exception]
) -> None:
    client = make_client(base_url=server.base_url, max_retries=0)
    server.on("GET", "/authorization/userinfo", Reply(status, {"message": "nope"}))

    with pytest.raises(error_class) as caught:
        client.get_authenticated_webuser_id()

    error = caught.value
    assert isinstance(error, sipgateio.APIStatusError)
    assert error.status_code == status
    assert error.body == {"message": "nope"}
    assert error.method == "GET"
    assert error.path == "/v2/authorization/userinfo"
    assert f"GET /v2/authorization/userinfo returned {status}" in str(error)
    assert "nope" in str(error)


def test_an_error_body_that_is_not_json_is_kept_as_text(
    make_client: Any, server: RecordingServer
) -> None:
    client = make_client(base_url=server.base_url, max_retries=0)
    server.on("GET", "/authorization/userinfo", Reply(500, "upstream exploded"))

    with pytest.raises(sipgateio.ServerError) as caught:
        client.get_authenticated_webuser_id()

    assert caught.value.body == "upstream exploded"


def test_api_of_each_client_refuses_the_other_kind_of_call(client: Any) -> None:
    from sipgate_api.api.numbers import list_numbers

    if isinstance(client, Blocking):
        with pytest.raises(TypeError, match="asyncio_detailed"):
            list_numbers.sync_detailed(client=client.unwrapped.api)
    else:
        with pytest.raises(TypeError, match="sync_detailed"):
            import asyncio

            asyncio.run(list_numbers.asyncio_detailed(client=client.api))


def test_raw_generated_calls_raise_the_same_errors(client: Any, server: RecordingServer) -> None:
    server.on("POST", "/sessions/sms", Reply(402))

    with pytest.raises(sipgateio.InsufficientFundsError):
        send_raw_sms(client)


# --- retries ------------------------------------------------------------------------------


def test_a_read_answered_503_then_200_succeeds(client: Any, server: RecordingServer) -> None:
    server.on("GET", "/authorization/userinfo", Reply(503), Reply(200, USERINFO))

    assert client.get_authenticated_webuser_id() == "w0"

    assert len(server.calls("GET", "/authorization/userinfo")) == 2


def test_a_read_gives_up_after_max_retries(make_client: Any, server: RecordingServer) -> None:
    client = make_client(base_url=server.base_url, max_retries=1)
    server.on("GET", "/authorization/userinfo", Reply(502))

    with pytest.raises(sipgateio.ServerError):
        client.get_authenticated_webuser_id()

    assert len(server.calls("GET", "/authorization/userinfo")) == 2


def test_max_retries_zero_sends_a_read_once(make_client: Any, server: RecordingServer) -> None:
    client = make_client(base_url=server.base_url, max_retries=0)
    server.on("GET", "/authorization/userinfo", Reply(503), Reply(200, USERINFO))

    with pytest.raises(sipgateio.ServerError):
        client.get_authenticated_webuser_id()

    assert len(server.requests) == 1


# Retries wait no wall time here: ``waits`` records each wait instead (the delay asked for and
# how many requests the server had seen by then), with the jitter and the clock pinned.
NOW = 1_445_412_467.5  # 07:27:47.5 GMT on 21 Oct 2015
JITTER = 0.5  # the middle of the backoff's jittered range


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch, server: RecordingServer) -> list[tuple[float, int]]:
    import sipgateio._async._io
    import sipgateio._policy
    import sipgateio._sync._io

    asked: list[tuple[float, int]] = []

    def record(seconds: float) -> None:
        asked.append((seconds, len(server.requests)))

    async def record_async(seconds: float) -> None:
        record(seconds)

    monkeypatch.setattr(sipgateio._sync._io, "sleep", record)
    monkeypatch.setattr(sipgateio._async._io, "sleep", record_async)
    monkeypatch.setattr(sipgateio._policy, "_jitter", lambda: JITTER)
    monkeypatch.setattr(sipgateio._policy, "_clock", lambda: NOW)
    return asked


def retry_after_then_userinfo(server: RecordingServer, status: int, retry_after: str) -> None:
    """Answer the first userinfo request ``status`` with ``Retry-After``, the next with 200."""
    server.on(
        "GET",
        "/authorization/userinfo",
        Reply(status, headers={"Retry-After": retry_after}),
        Reply(200, USERINFO),
    )


@pytest.mark.parametrize("status", [429, 503])
@pytest.mark.parametrize(("retry_after", "seconds"), [("7", 7.0), ("1.5", 1.5), ("0", 0.0)])
def test_a_read_waits_as_long_as_retry_after_asks(
    client: Any,
    server: RecordingServer,
    waits: list[tuple[float, int]],
    status: int,
    retry_after: str,
    seconds: float,
) -> None:
    retry_after_then_userinfo(server, status, retry_after)

    assert client.get_authenticated_webuser_id() == "w0"

    assert waits == [(seconds, 1)]  # after the first answer, before the second request
    assert len(server.requests) == 2


@pytest.mark.parametrize(
    "retry_after",
    ["3600", "61", "Wed, 21 Oct 2015 09:00:00 GMT"],
    ids=["an-hour", "just-over", "date-hours-ahead"],
)
def test_retry_after_is_capped_at_60_seconds(
    client: Any, server: RecordingServer, waits: list[tuple[float, int]], retry_after: str
) -> None:
    retry_after_then_userinfo(server, 503, retry_after)

    assert client.get_authenticated_webuser_id() == "w0"

    assert waits == [(60.0, 1)]


@pytest.fixture
def far_from_gmt(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Local time is New York time, so a date read as local time would be hours off."""
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize(
    ("retry_after", "seconds"),
    [
        ("Wed, 21 Oct 2015 07:28:00 GMT", 12.5),
        ("Wed, 21 Oct 2015 07:28:47 -0000", 59.5),
        ("Wed, 21 Oct 2015 07:00:00 GMT", 0.0),  # already past
    ],
    ids=["gmt", "minus-zero", "past"],
)
def test_retry_after_as_an_http_date_waits_until_that_moment(
    client: Any,
    server: RecordingServer,
    waits: list[tuple[float, int]],
    far_from_gmt: None,
    retry_after: str,
    seconds: float,
) -> None:
    retry_after_then_userinfo(server, 429, retry_after)

    assert client.get_authenticated_webuser_id() == "w0"

    assert waits == [(seconds, 1)]


def test_without_retry_after_the_wait_doubles_up_to_8_seconds(
    make_client: Any, server: RecordingServer, waits: list[tuple[float, int]]
) -> None:
    client = make_client(base_url=server.base_url, max_retries=6)
    server.on("GET", "/authorization/userinfo", *[Reply(503)] * 6, Reply(200, USERINFO))

    assert client.get_authenticated_webuser_id() == "w0"

    # Ceilings 0.5, 1, 2, 4, 8, 8 s; each wait is drawn from the upper half of its ceiling.
    ceilings = [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert waits == [(c / 2 + c / 2 * JITTER, n) for n, c in enumerate(ceilings, start=1)]


def test_a_retry_after_that_is_no_time_falls_back_to_the_backoff(
    client: Any, server: RecordingServer, waits: list[tuple[float, int]]
) -> None:
    retry_after_then_userinfo(server, 503, "soon")

    assert client.get_authenticated_webuser_id() == "w0"

    assert waits == [(0.375, 1)]


@pytest.mark.parametrize("status", [500, 502, 503, 504, 408, 429])
def test_a_read_answered_with_a_passing_failure_is_retried(
    client: Any, server: RecordingServer, waits: list[tuple[float, int]], status: int
) -> None:
    server.on("GET", "/authorization/userinfo", Reply(status), Reply(200, USERINFO))

    assert client.get_authenticated_webuser_id() == "w0"

    assert len(server.requests) == 2
    assert len(waits) == 1


@pytest.mark.parametrize("status", [501, 400, 404])
def test_a_read_answered_with_a_lasting_failure_is_not_retried(
    client: Any, server: RecordingServer, waits: list[tuple[float, int]], status: int
) -> None:
    # 501 Not Implemented: the server does not support the request; asking again won't help.
    server.on("GET", "/authorization/userinfo", Reply(status), Reply(200, USERINFO))

    with pytest.raises(sipgateio.APIStatusError) as caught:
        client.get_authenticated_webuser_id()

    assert caught.value.status_code == status
    assert len(server.requests) == 1
    assert waits == []


def test_an_sms_answered_500_is_sent_once(client: Any, server: RecordingServer) -> None:
    server.on("POST", "/sessions/sms", Reply(500), Reply(204))

    with pytest.raises(sipgateio.ServerError):
        send_raw_sms(client)

    assert len(server.calls("POST", "/sessions/sms")) == 1


def test_an_sms_answered_429_is_not_retried(client: Any, server: RecordingServer) -> None:
    server.on("POST", "/sessions/sms", Reply(429, headers={"Retry-After": "0"}), Reply(204))

    with pytest.raises(sipgateio.RateLimitError):
        send_raw_sms(client)

    assert len(server.calls("POST", "/sessions/sms")) == 1


def test_an_sms_whose_connection_drops_says_it_may_have_been_sent(
    client: Any, server: RecordingServer
) -> None:
    server.on("POST", "/sessions/sms", Reply(drop=True), Reply(204))

    with pytest.raises(sipgateio.OutcomeUnknownError) as caught:
        send_raw_sms(client)

    assert "may have been" in str(caught.value)
    assert len(server.calls("POST", "/sessions/sms")) == 1


def test_an_sms_that_times_out_is_not_sent_again(make_client: Any, server: RecordingServer) -> None:
    client = make_client(base_url=server.base_url, timeout=0.3)
    server.on("POST", "/sessions/sms", Reply(204, delay=1.0))

    with pytest.raises(sipgateio.OutcomeUnknownError):
        send_raw_sms(client)

    time.sleep(0.8)  # let the slow answer finish so a retry would have been recorded
    assert len(server.calls("POST", "/sessions/sms")) == 1


def test_a_read_that_times_out_is_retried_then_raises_a_timeout_error(
    make_client: Any, server: RecordingServer
) -> None:
    client = make_client(base_url=server.base_url, timeout=0.2, max_retries=1)
    server.on("GET", "/authorization/userinfo", Reply(200, USERINFO, delay=0.6))

    with pytest.raises(sipgateio.APITimeoutError):
        client.get_authenticated_webuser_id()

    assert len(server.calls("GET", "/authorization/userinfo")) == 2


def test_a_read_whose_connection_drops_is_retried(client: Any, server: RecordingServer) -> None:
    server.on("GET", "/authorization/userinfo", Reply(drop=True), Reply(200, USERINFO))

    assert client.get_authenticated_webuser_id() == "w0"

    assert len(server.requests) == 2


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_a_refused_connection_is_retried_even_for_an_sms_and_then_reported(
    make_client: Any, caplog: pytest.LogCaptureFixture
) -> None:
    client = make_client(base_url=f"http://127.0.0.1:{free_port()}/v2", max_retries=1)
    caplog.set_level(logging.INFO, logger="sipgateio")

    with pytest.raises(sipgateio.APIConnectionError) as caught:
        send_raw_sms(client)

    assert not isinstance(caught.value, sipgateio.OutcomeUnknownError)
    assert "could not reach sipgate" in str(caught.value)
    retries = [r for r in caplog.records if "retrying POST /v2/sessions/sms" in r.getMessage()]
    assert len(retries) == 1


def call_raw(client: Any, endpoint: Any, **kwargs: Any) -> Any:
    if isinstance(client, Blocking):
        runner = client._runner
        return runner.run(endpoint.asyncio_detailed(client=client.unwrapped.api, **kwargs))
    return endpoint.sync_detailed(client=client.api, **kwargs)


def test_deleting_one_resource_is_retried(client: Any, server: RecordingServer) -> None:
    from sipgate_api.api.rtcm import hang_up_call

    server.on("DELETE", "/calls/abc123", Reply(503), Reply(204))

    call_raw(client, hang_up_call, call_id="abc123")

    assert len(server.calls("DELETE", "/calls/abc123")) == 2


def test_deleting_a_list_of_history_entries_is_not_retried(
    client: Any, server: RecordingServer
) -> None:
    from sipgate_api.api.history import delete_history_entries

    server.on("DELETE", "/history", Reply(503), Reply(204))

    with pytest.raises(sipgateio.ServerError):
        call_raw(client, delete_history_entries, id=["h1", "h2"])

    assert len(server.calls("DELETE", "/history")) == 1


# --- what the logs and errors never show ---------------------------------------------------


def test_no_token_appears_in_any_log_line_or_error(
    client: Any, server: RecordingServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    server.on("GET", "/authorization/userinfo", Reply(503), Reply(401, {"message": "bad token"}))
    server.on("POST", "/sessions/sms", Reply(drop=True))

    errors: list[BaseException] = []
    for action in (client.get_authenticated_webuser_id, lambda: send_raw_sms(client)):
        with pytest.raises(sipgateio.SipgateIOError) as caught:
            action()
        errors.append(caught.value)

    basic = base64.b64encode(f"{TOKEN_ID}:{TOKEN}".encode()).decode()
    texts = [r.getMessage() for r in caplog.records] + [f"{e} {e!r}" for e in errors]
    assert any("retrying GET /v2/authorization/userinfo" in t for t in texts)
    for text in texts:
        assert TOKEN not in text
        assert basic not in text


def test_an_http_client_passed_in_gets_the_same_policy(
    client_kind: str, server: RecordingServer, loop_thread: Any
) -> None:
    server.on("GET", "/authorization/userinfo", Reply(503), Reply(200, USERINFO))
    if client_kind == "sync":
        with (
            httpx.Client() as http,
            sipgateio.SipgateIO(
                token_id=TOKEN_ID, token=TOKEN, base_url=server.base_url, http_client=http
            ) as client,
        ):
            assert client.get_authenticated_webuser_id() == "w0"
    else:

        async def run() -> str:
            async with httpx.AsyncClient() as http:
                client = sipgateio.AsyncSipgateIO(
                    token_id=TOKEN_ID, token=TOKEN, base_url=server.base_url, http_client=http
                )
                return await client.get_authenticated_webuser_id()

        assert loop_thread.run(run()) == "w0"

    assert len(server.requests) == 2
    assert server.requests[1].headers["authorization"].startswith("Basic ")


def test_requests_through_a_proxy_from_the_environment_follow_the_same_policy(
    client_kind: str,
    loop_thread: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The recording server plays the proxy: httpx sends it absolute-form requests.
    proxy = RecordingServer(prefix="").start()
    try:
        proxy.on(
            "GET",
            "/v2/authorization/userinfo",
            Reply(503),
            Reply(200, USERINFO),
        )
        monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{proxy.base_url.rsplit(':', 1)[1]}")
        monkeypatch.delenv("NO_PROXY", raising=False)
        monkeypatch.delenv("no_proxy", raising=False)
        kwargs: dict[str, Any] = {
            "token_id": TOKEN_ID,
            "token": TOKEN,
            "base_url": "http://sipgate.invalid/v2",
        }
        if client_kind == "sync":
            with sipgateio.SipgateIO(**kwargs) as client:
                assert client.get_authenticated_webuser_id() == "w0"
        else:

            async def run() -> str:
                async with sipgateio.AsyncSipgateIO(**kwargs) as client:
                    return await client.get_authenticated_webuser_id()

            assert loop_thread.run(run()) == "w0"
    finally:
        proxy.stop()

    assert len(proxy.requests) == 2
    assert proxy.requests[1].headers["host"] == "sipgate.invalid"
    assert proxy.requests[1].headers["authorization"].startswith("Basic ")
