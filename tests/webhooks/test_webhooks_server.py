"""create_server runs in-process on a background thread; the fluent builder sets it up."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest
from sipgateio_webhooks import FluentWebhookServer, WebhookServer, create_server, testing

from sipgateio import ValidationError


def test_create_server_with_port_zero_listens_on_a_free_port(test_key: testing.TestKey) -> None:
    server = create_server(port=0, hostname="127.0.0.1", public_key=test_key.public_key_pem)
    try:
        assert server.port > 0
        assert server.url == f"http://127.0.0.1:{server.port}/"
        assert testing.post_event(server, testing.new_call()).status_code == 200
    finally:
        server.stop()


def test_stop_closes_the_socket_so_the_port_refuses_connections() -> None:
    server = create_server(port=0)
    port = server.port
    server.stop()
    with pytest.raises(httpx.ConnectError):
        httpx.post(f"http://127.0.0.1:{port}/", content=b"", timeout=2)
    server.stop()  # a second stop is harmless


def test_a_port_in_use_raises_instead_of_serving_nothing() -> None:
    with create_server(port=0) as first, pytest.raises(OSError):
        create_server(port=first.port)


def test_two_servers_on_different_ports_both_answer(test_key: testing.TestKey) -> None:
    with (
        create_server(port=0, public_key=test_key.public_key_pem) as one,
        create_server(port=0, public_key=test_key.public_key_pem) as two,
    ):
        assert one.port != two.port
        for server in (one, two):
            assert testing.post_event(server, testing.new_call()).status_code == 200


def test_the_default_hostname_is_local_only() -> None:
    with create_server(port=0) as server:
        assert server.hostname == "localhost"
        assert server.url.startswith("http://127.0.0.1:")


def test_stop_waits_for_a_request_in_progress(test_key: testing.TestKey) -> None:
    import threading
    import time

    server = create_server(port=0, public_key=test_key.public_key_pem)
    entered = threading.Event()

    def slow(event: Any) -> None:
        entered.set()
        time.sleep(0.3)

    server.on_new_call(slow)
    replies: list[int] = []
    poster = threading.Thread(
        target=lambda: replies.append(testing.post_event(server, testing.new_call()).status_code)
    )
    poster.start()
    assert entered.wait(5)
    server.stop()
    poster.join(5)
    assert replies == [200]


@pytest.mark.parametrize("port", [-1, 70000, "8080", True])
def test_an_invalid_port_is_a_validation_error(port: Any) -> None:
    with pytest.raises(ValidationError) as caught:
        create_server(port=port)
    assert caught.value.argument == "port"


def test_an_invalid_server_address_fails_at_startup_not_per_request() -> None:
    with pytest.raises(ValidationError) as caught:
        create_server(port=0, server_address="example.com/hook")
    assert caught.value.argument == "server_address"


def test_a_request_to_another_address_than_server_address_is_logged_once(
    test_key: testing.TestKey, caplog: pytest.LogCaptureFixture
) -> None:
    with (
        create_server(
            port=0, server_address="https://hooks.example.com/a", public_key=test_key.public_key_pem
        ) as server,
        caplog.at_level(logging.WARNING, logger="sipgateio_webhooks"),
    ):
        for _ in range(3):
            testing.post_event(server.url + "b", testing.new_call())
    warnings = [r for r in caplog.records if "server_address is" in r.getMessage()]
    assert len(warnings) == 1
    assert "/b" in warnings[0].getMessage()


def test_a_request_to_the_server_address_logs_no_mismatch(
    test_key: testing.TestKey, caplog: pytest.LogCaptureFixture
) -> None:
    # the port is not compared: behind a proxy sipgate's port is not the local one
    address = "http://127.0.0.1/hook?customer=1&b=2"
    with (
        create_server(port=0, server_address=address, public_key=test_key.public_key_pem) as server,
        caplog.at_level(logging.WARNING, logger="sipgateio_webhooks"),
    ):
        reply = testing.post_event(server.url + "hook?b=2&customer=1", testing.new_call())
    assert reply.status_code == 200
    assert "server_address is" not in caplog.text


# -- the fluent builder ----------------------------------------------------------------------


def test_the_fluent_builder_starts_a_server_with_its_listeners(test_key: testing.TestKey) -> None:
    seen: list[Any] = []
    server = (
        FluentWebhookServer()
        .set_server_port(0)
        .set_server_address("https://hooks.example.com/sipgate")
        .set_hostname("127.0.0.1")
        .set_public_key(test_key.public_key_pem)
        .set_on_new_call_listener(seen.append)
        .set_on_answer_listener(seen.append)
        .set_on_hangup_listener(seen.append)
        .set_on_data_listener(seen.append)
        .start_server()
    )
    try:
        assert isinstance(server, WebhookServer)
        reply = testing.post_event(server, testing.new_call())
        assert reply.root is not None
        assert reply.root.attrib == {
            "onAnswer": "https://hooks.example.com/sipgate",
            "onHangup": "https://hooks.example.com/sipgate",
        }
        for fields in (testing.answer(), testing.hangup(), testing.dtmf("5")):
            assert testing.post_event(server, fields).status_code == 200
        assert [event.event for event in seen] == ["newCall", "answer", "hangup", "dtmf"]
    finally:
        server.stop()


def test_the_fluent_builder_can_skip_signature_verification() -> None:
    server = (
        FluentWebhookServer()
        .set_server_port(0)
        .set_server_address("https://hooks.example.com/sipgate")
        .set_skip_signature_verification()
        .start_server()
    )
    with server:
        assert testing.post_event(server, testing.new_call(), sign=False).status_code == 200


def test_the_fluent_builder_verifies_signatures_by_default() -> None:
    server = (
        FluentWebhookServer()
        .set_server_port(0)
        .set_server_address("https://hooks.example.com/sipgate")
        .start_server()
    )
    with server:
        assert testing.post_event(server, testing.new_call()).status_code == 403


@pytest.mark.parametrize(
    "setter",
    [
        "set_on_new_call_listener",
        "set_on_answer_listener",
        "set_on_hangup_listener",
        "set_on_data_listener",
    ],
)
def test_the_fluent_builder_takes_one_listener_per_event(setter: str) -> None:
    builder = getattr(FluentWebhookServer(), setter)(lambda event: None)
    with pytest.raises(ValidationError, match="can only handle one"):
        getattr(builder, setter)(lambda event: None)


def test_the_fluent_builder_needs_a_port_and_an_address() -> None:
    with pytest.raises(ValidationError, match="server port"):
        FluentWebhookServer().set_server_address("https://a.example/").start_server()
    with pytest.raises(ValidationError, match="server port"):
        FluentWebhookServer().set_server_port(-1).start_server()
    with pytest.raises(ValidationError, match="server address"):
        FluentWebhookServer().set_server_port(0).start_server()
