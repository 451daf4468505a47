"""``client.webhook_settings`` over real HTTP, with the sync and the async client."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

import sipgateio
from tests._server import Recorded, RecordingServer, Reply
from tests.facade.conftest import requests_made

STORED = {
    "incomingUrl": "https://example.com/in",
    "outgoingUrl": "https://example.com/out",
    "log": True,
    "whitelist": ["p0"],
    "pushApiVersion": 1,
    "futureField": {"kept": True},
}


@pytest.fixture
def settings(server: RecordingServer) -> RecordingServer:
    """The server keeps the settings: a PUT changes what the next GET returns."""
    stored = dict(STORED)

    def read(request: Recorded) -> Reply:
        # Slow reads make lost updates likely if two read-modify-writes overlap.
        return Reply(200, dict(stored), delay=0.05)

    def write(request: Recorded) -> Reply:
        stored.clear()
        stored.update(request.json())
        return Reply(204)

    server.on("GET", "/settings/sipgateio", read)
    server.on("PUT", "/settings/sipgateio", write)
    return server


def test_get_webhook_settings_returns_typed_settings(
    client: Any, settings: RecordingServer
) -> None:
    assert client.webhook_settings.get_webhook_settings() == sipgateio.WebhookSettings(
        incoming_url="https://example.com/in",
        outgoing_url="https://example.com/out",
        log=True,
        whitelist=["p0"],
    )


def test_get_webhook_settings_tells_a_missing_whitelist_from_an_empty_one(
    client: Any, server: RecordingServer
) -> None:
    server.on(
        "GET", "/settings/sipgateio", Reply(200, {"whitelist": None}), Reply(200, {"whitelist": []})
    )

    assert client.webhook_settings.get_webhook_settings().whitelist is None
    assert client.webhook_settings.get_webhook_settings().whitelist == []


@pytest.mark.parametrize(
    ("action", "arguments", "change"),
    [
        ("set_incoming_url", ("https://test.de",), {"incomingUrl": "https://test.de"}),
        ("clear_incoming_url", (), {"incomingUrl": ""}),
        (
            "set_outgoing_url",
            ("http://newOutgoing.url:8080/x",),
            {"outgoingUrl": "http://newOutgoing.url:8080/x"},
        ),
        ("clear_outgoing_url", (), {"outgoingUrl": ""}),
        ("set_whitelist", (["g0", "p19"],), {"whitelist": ["g0", "p19"]}),
        ("set_whitelist", ([],), {"whitelist": []}),
        ("clear_whitelist", (), {"whitelist": []}),
        ("disable_whitelist", (), {"whitelist": None}),
        ("set_log", (False,), {"log": False}),
    ],
)
def test_each_setter_writes_back_the_whole_object_with_one_field_changed(
    client: Any,
    settings: RecordingServer,
    action: str,
    arguments: tuple[Any, ...],
    change: dict[str, Any],
) -> None:
    getattr(client.webhook_settings, action)(*arguments)

    assert requests_made(settings) == ["GET /settings/sipgateio", "PUT /settings/sipgateio"]
    assert settings.requests[1].json() == {**STORED, **change}


def test_setters_fill_in_urls_sipgate_left_out(client: Any, server: RecordingServer) -> None:
    server.on("GET", "/settings/sipgateio", Reply(200, {"log": False}))
    server.on("PUT", "/settings/sipgateio", Reply(204))

    client.webhook_settings.set_log(True)

    assert server.requests[1].json() == {"incomingUrl": "", "outgoingUrl": "", "log": True}


@pytest.mark.parametrize(
    ("action", "value", "argument", "shown"),
    [
        ("set_incoming_url", "newUrl", "url", "'newUrl'"),
        ("set_incoming_url", "http://", "url", "no host"),
        ("set_incoming_url", "www.url.com", "url", "'www.url.com'"),
        ("set_outgoing_url", "httptest://x.de", "url", "not http or https"),
        ("set_outgoing_url", "ftp://example.com", "url", "'ftp://example.com'"),
        ("set_outgoing_url", "https://exa mple.com", "url", "whitespace"),
        ("set_outgoing_url", "", "url", "empty"),
        ("set_whitelist", ["g0", "greatAgain"], "extensions", "'greatAgain' is not one"),
        ("set_whitelist", ["f19"], "extensions", "'f19'"),
        ("set_whitelist", ["p01"], "extensions", "'p01'"),
        ("set_whitelist", "p0", "extensions", "must be a list"),
        ("set_log", "true", "value", "'true'"),
    ],
)
def test_setters_reject_invalid_values_without_a_request(
    client: Any, server: RecordingServer, action: str, value: Any, argument: str, shown: str
) -> None:
    with pytest.raises(sipgateio.ValidationError) as caught:
        getattr(client.webhook_settings, action)(value)

    assert caught.value.argument == argument
    assert shown in str(caught.value)
    assert server.requests == []


def test_concurrent_setters_on_one_client_keep_both_changes(
    client: Any, settings: RecordingServer
) -> None:
    start = threading.Barrier(2)

    def change(action: tuple[str, Any]) -> None:
        start.wait()
        getattr(client.webhook_settings, action[0])(action[1])

    with ThreadPoolExecutor(2) as pool:
        list(pool.map(change, [("set_incoming_url", "https://a.example"), ("set_log", False)]))

    final = client.webhook_settings.get_webhook_settings()
    assert (final.incoming_url, final.log) == ("https://a.example", False)
    assert [r.method for r in settings.requests[:4]] == ["GET", "PUT", "GET", "PUT"]


def test_a_feature_that_is_not_booked_is_permission_denied(
    client: Any, server: RecordingServer
) -> None:
    server.on("GET", "/settings/sipgateio", Reply(403))

    with pytest.raises(sipgateio.PermissionDeniedError):
        client.webhook_settings.set_log(True)

    assert server.calls("PUT", "/settings/sipgateio") == []
