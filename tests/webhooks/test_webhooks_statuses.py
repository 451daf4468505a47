"""Every request is answered, quickly, with a status that says what went wrong."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from sipgateio_webhooks import Webhooks, testing
from webhook_support import post_raw


@pytest.fixture
def app_url(make_webhooks: Callable[..., Webhooks], serve: Callable[[Webhooks], str]) -> str:
    webhooks = make_webhooks(max_body_size=4096)
    webhooks.on_new_call(lambda event: None)
    return serve(webhooks)


def signed(body: bytes, content_type: str = "application/x-www-form-urlencoded") -> dict[str, str]:
    return {"Content-Type": content_type, "X-Sipgate-Signature": testing.test_key().sign(body)}


@pytest.mark.parametrize(
    "content_type", ["application/json", "text/plain", "multipart/form-data; boundary=x"]
)
def test_a_body_that_is_not_form_encoded_gets_415(app_url: str, content_type: str) -> None:
    body = b'{"event": "newCall"}'
    response = httpx.post(app_url, content=body, headers=signed(body, content_type))
    assert response.status_code == 415
    assert "application/x-www-form-urlencoded" in response.text


def test_a_request_without_content_type_gets_415(app_url: str) -> None:
    body = testing.encode(testing.new_call())
    response = httpx.post(app_url, content=body, headers={"X-Sipgate-Signature": "x"})
    assert response.status_code == 415


def test_the_content_type_may_carry_a_charset_in_any_case(app_url: str) -> None:
    body = testing.encode(testing.new_call())
    headers = signed(body, "Application/X-WWW-Form-URLEncoded; charset=UTF-8")
    assert httpx.post(app_url, content=body, headers=headers).status_code == 200


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"", "no 'event' field"),
        (b"event=ringing&callId=1", "unknown event 'ringing'"),
        (b"event=newCall&callId=1&to=49&direction=in", "lacks the 'from' field"),
        (b"event=newCall&event=hangup&callId=1", "more than once"),
        (b"event=dtmf&callId=1&callId=2", "more than once"),
        (b"event=dtmf&callId=\xff", "not UTF-8"),
        (b"event=dtmf&callId=%ff", "not form data"),
        (b"event=hangup&callId=1&from=1&to=2&direction=in", "lacks the 'cause' field"),
    ],
)
def test_a_malformed_body_or_unknown_event_gets_400(
    app_url: str, body: bytes, message: str
) -> None:
    response = httpx.post(app_url, content=body, headers=signed(body))
    assert response.status_code == 400
    assert message in response.text


def test_a_body_over_the_size_cap_gets_413_by_its_declared_length(app_url: str) -> None:
    body = b"event=dtmf&callId=1&pad=" + b"x" * 5000
    response = httpx.post(app_url, content=body, headers=signed(body))
    assert response.status_code == 413


def test_a_chunked_body_over_the_size_cap_gets_413_under_asgi(
    make_webhooks: Callable[..., Webhooks], uvicorn_host: Any
) -> None:
    # the stdlib server behind create_server() reads only bodies with a Content-Length
    host, switch = uvicorn_host
    switch.app = make_webhooks(max_body_size=4096).asgi_app()
    body = b"event=dtmf&callId=1&pad=" + b"x" * 5000
    response = httpx.post(host.url, content=iter([body[:100], body[100:]]), headers=signed(body))
    assert response.status_code == 413


def test_a_handler_that_raises_gets_500_and_is_logged(
    make_webhooks: Callable[..., Webhooks],
    serve: Callable[[Webhooks], str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    def broken(event: Any) -> None:
        raise RuntimeError("database down")

    webhooks = make_webhooks()
    webhooks.on_new_call(broken)
    with caplog.at_level(logging.ERROR, logger="sipgateio_webhooks"):
        reply = testing.post_event(serve(webhooks), testing.new_call(call_id="c-42"))
    assert reply.status_code == 500
    assert "database down" not in reply.text  # no internals leak to the caller
    assert "newCall handler failed for call c-42" in caplog.text
    assert "database down" in caplog.text


def test_an_async_handler_that_raises_gets_500(
    make_webhooks: Callable[..., Webhooks], serve: Callable[[Webhooks], str]
) -> None:
    async def broken(event: Any) -> None:
        raise RuntimeError("boom")

    webhooks = make_webhooks()
    webhooks.on_new_call(broken)
    assert testing.post_event(serve(webhooks), testing.new_call()).status_code == 500


def test_async_handlers_work_on_both_servers(
    make_webhooks: Callable[..., Webhooks], serve: Callable[[Webhooks], str]
) -> None:
    async def reject(event: Any) -> Any:
        from sipgateio_webhooks import WebhookResponse

        return WebhookResponse.reject_call("busy")

    webhooks = make_webhooks()
    webhooks.on_new_call(reject)
    reply = testing.post_event(serve(webhooks), testing.new_call())
    assert reply.actions[0].attrib == {"reason": "busy"}


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE"])
def test_methods_other_than_post_get_405(app_url: str, method: str) -> None:
    response = httpx.request(method, app_url)
    assert response.status_code == 405
    assert "POST" in response.headers["allow"]


def test_any_path_is_served(app_url: str) -> None:
    reply = testing.post_event(app_url + "deep/path/hook?customer=1", testing.new_call())
    assert reply.status_code == 200


def test_an_event_without_a_handler_gets_an_empty_response(
    make_webhooks: Callable[..., Webhooks], serve: Callable[[Webhooks], str]
) -> None:
    reply = testing.post_event(serve(make_webhooks()), testing.dtmf("1"))
    assert reply.status_code == 200
    assert reply.actions == []


def test_refusals_are_quick(app_url: str) -> None:
    started = time.monotonic()
    for body, headers in [
        (b"x", {"Content-Type": "text/plain"}),
        (b"event=x", {"Content-Type": "application/x-www-form-urlencoded"}),
        (b"event=dtmf&callId=1", signed(b"event=nope")),
    ]:
        assert httpx.post(app_url, content=body, headers=headers).status_code in (403, 415)
    assert time.monotonic() - started < 2


def test_an_unsigned_request_gets_403_before_any_parsing(app_url: str) -> None:
    assert post_raw(app_url, b"garbage").status_code == 403
