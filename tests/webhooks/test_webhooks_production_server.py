"""create_server under conditions production brings: slow, idle and many clients, chunked
bodies, stop() while clients hang on, and handlers that take their time."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from sipgateio_webhooks import WebhookResponse, WebhookServer, create_server, testing
from webhook_support import SERVER_ADDRESS, WsgiThread, wait_until

GUARD = 20.0  # seconds: only a bound on a wait, so a broken server fails instead of hanging


@pytest.fixture
def server_factory(test_key: testing.TestKey) -> Iterator[Any]:
    started: list[WebhookServer] = []

    def start(**options: Any) -> WebhookServer:
        options.setdefault("public_key", test_key.public_key_pem)
        options.setdefault("server_address", SERVER_ADDRESS)
        server = create_server(port=0, hostname="127.0.0.1", **options)
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


def connect(server: WebhookServer) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", server.port), timeout=GUARD)
    return sock


def closed_by_server(sock: socket.socket) -> bool:
    """Whether the server closed the connection (EOF or reset) before the guard ran out."""
    try:
        while data := sock.recv(65536):
            if b"HTTP/1.1" not in data:
                return False
        return True
    except ConnectionResetError:
        return True
    except TimeoutError:
        return False


def signed_request(key: testing.TestKey, fields: dict[str, Any], *, chunked: bool = False) -> bytes:
    body = testing.encode(fields)
    head = [
        "POST /sipgate HTTP/1.1",
        "Host: hooks.example.com",
        "Content-Type: application/x-www-form-urlencoded",
        f"X-Sipgate-Signature: {key.sign(body)}",
    ]
    if chunked:
        half = len(body) // 2
        head.append("Transfer-Encoding: chunked")
        payload = b"".join(
            b"%x\r\n%s\r\n" % (len(part), part) for part in (body[:half], body[half:])
        )
        payload += b"0\r\n\r\n"
    else:
        head.append(f"Content-Length: {len(body)}")
        payload = body
    return ("\r\n".join(head) + "\r\n\r\n").encode() + payload


def read_reply(sock: socket.socket) -> tuple[int, bytes]:
    answer = b""
    while b"\r\n\r\n" not in answer:
        chunk = sock.recv(65536)
        if not chunk:
            raise ConnectionError(f"closed after {answer!r}")
        answer += chunk
    head, _, body = answer.partition(b"\r\n\r\n")
    length = next(
        int(line.split(b":", 1)[1])
        for line in head.split(b"\r\n")
        if line.lower().startswith(b"content-length:")
    )
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            raise ConnectionError("closed in the body")
        body += chunk
    return int(head[9:12]), body


# -- slow and idle clients ------------------------------------------------------------------


def test_a_client_that_connects_and_sends_nothing_is_dropped(server_factory: Any) -> None:
    server = server_factory(read_timeout=0.2, keep_alive_timeout=30)
    with connect(server) as idle:
        assert closed_by_server(idle)
    assert testing.post_event(server, testing.new_call()).status_code == 200


def test_a_client_that_sends_half_its_headers_is_dropped(server_factory: Any) -> None:
    server = server_factory(read_timeout=0.2, keep_alive_timeout=30)
    with connect(server) as slow:
        slow.sendall(b"POST /sipgate HTTP/1.1\r\nHost: hooks.example.com\r\nContent-Ty")
        assert closed_by_server(slow)


def test_a_client_that_trickles_its_body_is_dropped_and_reaches_no_handler(
    server_factory: Any, test_key: testing.TestKey
) -> None:
    seen: list[Any] = []
    server = server_factory(read_timeout=0.3, keep_alive_timeout=30)
    server.on_new_call(seen.append)
    request = signed_request(test_key, testing.new_call())
    with connect(server) as slow:
        slow.sendall(request[:-20])  # the headers and most of the body, never the rest
        assert closed_by_server(slow)
    assert seen == []


def test_an_idle_keep_alive_connection_is_closed_after_the_keep_alive_timeout(
    server_factory: Any, test_key: testing.TestKey
) -> None:
    server = server_factory(keep_alive_timeout=0.2, read_timeout=30)
    with connect(server) as client:
        client.sendall(signed_request(test_key, testing.new_call()))
        assert read_reply(client)[0] == 200
        assert closed_by_server(client)


def test_a_slow_handler_is_not_cut_off_by_the_read_timeout(
    server_factory: Any, test_key: testing.TestKey
) -> None:
    release = threading.Event()
    server = server_factory(read_timeout=0.1)
    server.on_new_call(lambda event: release.wait(GUARD) and None)
    with connect(server) as client:
        client.sendall(signed_request(test_key, testing.new_call()))
        threading.Timer(0.5, release.set).start()  # well past the read timeout
        assert read_reply(client)[0] == 200


# -- stop() -------------------------------------------------------------------------------


def test_stop_returns_with_idle_and_half_sent_clients_and_answers_the_request_in_flight(
    server_factory: Any, test_key: testing.TestKey
) -> None:
    # timeouts far longer than the guard: stop() must not wait for them
    server = server_factory(read_timeout=120, keep_alive_timeout=120, shutdown_timeout=5)
    entered, release = threading.Event(), threading.Event()

    def slow(event: Any) -> Any:
        entered.set()
        release.wait(GUARD)
        return WebhookResponse.redirect_call(["4921100000"])

    server.on_new_call(slow)
    with contextlib.ExitStack() as stack:
        never_sent = [stack.enter_context(connect(server)) for _ in range(5)]
        kept_alive = [stack.enter_context(connect(server)) for _ in range(5)]
        for client in kept_alive:
            client.sendall(signed_request(test_key, testing.dtmf()))
            assert read_reply(client)[0] == 200
        half_sent = stack.enter_context(connect(server))
        half_sent.sendall(b"POST /sipgate HTTP/1.1\r\nHost: hooks")
        in_flight = stack.enter_context(connect(server))
        in_flight.sendall(signed_request(test_key, testing.new_call()))
        assert entered.wait(GUARD)

        stopper = threading.Thread(target=server.stop)
        stopper.start()
        assert wait_until(lambda: not accepts(server.port), GUARD)  # stop() has begun
        release.set()
        status, body = read_reply(in_flight)
        stopper.join(GUARD)

        assert not stopper.is_alive()
        assert (status, b"<Number>4921100000</Number>" in body) == (200, True)
        for client in [*never_sent, *kept_alive, half_sent]:
            assert closed_by_server(client)


def test_stop_returns_while_a_client_is_stuck_in_the_middle_of_its_body(
    server_factory: Any, test_key: testing.TestKey
) -> None:
    server = server_factory(read_timeout=120, keep_alive_timeout=120, shutdown_timeout=0.5)
    with connect(server) as stuck:
        stuck.sendall(signed_request(test_key, testing.new_call())[:-10])
        stopper = threading.Thread(target=server.stop)
        stopper.start()
        stopper.join(GUARD)
        assert not stopper.is_alive()
        assert closed_by_server(stuck)


def accepts(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
    except OSError:
        return False
    return True


# -- chunked bodies -------------------------------------------------------------------------


def test_a_chunked_push_is_decoded_before_the_signature_check(
    server_factory: Any, test_key: testing.TestKey
) -> None:
    seen: list[Any] = []
    server = server_factory()
    server.on_new_call(seen.append)
    with connect(server) as client:
        client.sendall(
            signed_request(test_key, testing.new_call(call_id="chunked-1"), chunked=True)
        )
        assert read_reply(client)[0] == 200
    assert [event.call_id for event in seen] == ["chunked-1"]


def test_a_chunked_push_through_httpx_is_answered(
    server_factory: Any, test_key: testing.TestKey
) -> None:
    server = server_factory()
    server.on_new_call(lambda event: WebhookResponse.redirect_call(["4921100000"]))
    body = testing.encode(testing.new_call())
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "X-Sipgate-Signature": test_key.sign(body),
    }
    reply = httpx.post(server.url, content=iter([body[:40], body[40:]]), headers=headers)
    assert reply.request.headers["transfer-encoding"] == "chunked"
    assert reply.status_code == 200
    assert "<Number>4921100000</Number>" in reply.text


def test_a_chunked_push_larger_than_max_body_size_is_refused(
    server_factory: Any, test_key: testing.TestKey
) -> None:
    server = server_factory(max_body_size=100)
    fields = testing.new_call(padding="x" * 300)
    with connect(server) as client:
        client.sendall(signed_request(test_key, fields, chunked=True))
        assert read_reply(client)[0] == 413


def test_a_wsgi_server_that_does_not_decode_chunked_bodies_gets_411_not_a_misread(
    make_webhooks: Any, test_key: testing.TestKey
) -> None:
    seen: list[Any] = []
    webhooks = make_webhooks()
    webhooks.on_new_call(seen.append)
    wsgi = WsgiThread(webhooks.wsgi_app())  # the standard library's server passes chunks raw
    try:
        port = int(wsgi.url.rsplit(":", 1)[1].strip("/"))
        with socket.create_connection(("127.0.0.1", port), timeout=GUARD) as client:
            client.sendall(signed_request(test_key, testing.new_call(), chunked=True))
            assert read_reply(client)[0] == 411
    finally:
        wsgi.stop()
    assert seen == []


# -- many clients ---------------------------------------------------------------------------


def test_200_connections_opened_at_once_are_all_answered(
    server_factory: Any, test_key: testing.TestKey
) -> None:
    seen: list[str] = []
    server = server_factory()
    server.on_new_call(lambda event: seen.append(event.call_id))
    requests = [
        signed_request(test_key, testing.new_call(call_id=f"burst-{n}")) for n in range(200)
    ]
    with contextlib.ExitStack() as stack:
        clients = [stack.enter_context(connect(server)) for _ in requests]
        for client, request in zip(clients, requests, strict=True):
            client.sendall(request)
        statuses = [read_reply(client)[0] for client in clients]
    assert statuses == [200] * 200
    assert sorted(seen) == sorted(f"burst-{n}" for n in range(200))


# -- handlers that take their time ----------------------------------------------------------


def post_new_call_then_dtmf(server: WebhookServer, order: list[str]) -> list[int]:
    """Post a newCall in the background and, once its handler has begun, a dtmf push.

    Returns the statuses: the dtmf push's, then the newCall's."""
    replies: list[int] = []
    poster = threading.Thread(
        target=lambda: replies.append(testing.post_event(server, testing.new_call()).status_code)
    )
    poster.start()
    assert wait_until(lambda: order, GUARD)
    replies.insert(0, testing.post_event(server, testing.dtmf("1")).status_code)
    poster.join(GUARD)
    return replies


def test_a_blocked_function_handler_does_not_hold_up_a_coroutine_handler(
    server_factory: Any,
) -> None:
    order: list[str] = []
    release = threading.Event()
    server = server_factory()

    def blocking(event: Any) -> None:
        order.append("function handler blocks")
        release.wait(GUARD)
        order.append("function handler ends")

    async def quick(event: Any) -> None:
        order.append("coroutine handler runs")
        release.set()

    server.on_new_call(blocking)
    server.on_data(quick)
    assert post_new_call_then_dtmf(server, order) == [200, 200]
    assert order == ["function handler blocks", "coroutine handler runs", "function handler ends"]


def test_a_waiting_coroutine_handler_does_not_hold_up_a_function_handler(
    server_factory: Any,
) -> None:
    order: list[str] = []
    flag = threading.Event()
    server = server_factory()

    async def waiting(event: Any) -> None:
        order.append("coroutine handler waits")
        for _ in range(int(GUARD / 0.01)):
            if flag.is_set():
                break
            await asyncio.sleep(0.01)
        order.append("coroutine handler ends")

    def quick(event: Any) -> None:
        order.append("function handler runs")
        flag.set()

    server.on_new_call(waiting)
    server.on_data(quick)
    assert post_new_call_then_dtmf(server, order) == [200, 200]
    assert order == ["coroutine handler waits", "function handler runs", "coroutine handler ends"]


def test_function_handlers_run_side_by_side(server_factory: Any) -> None:
    both_inside = threading.Barrier(2, timeout=GUARD)
    server = server_factory()

    @server.on_new_call
    def meet(event: Any) -> None:
        both_inside.wait()

    replies: list[int] = []
    posters = [
        threading.Thread(
            target=lambda: replies.append(
                testing.post_event(server, testing.new_call()).status_code
            )
        )
        for _ in range(2)
    ]
    for poster in posters:
        poster.start()
    for poster in posters:
        poster.join(GUARD)
    assert replies == [200, 200]  # a broken barrier (one at a time) would have made them 500


def test_coroutine_handlers_share_the_servers_loop(server_factory: Any) -> None:
    loops: list[int] = []
    server = server_factory()

    async def record(event: Any) -> None:
        loops.append(id(asyncio.get_running_loop()))

    server.on_new_call(record)
    for _ in range(3):
        assert testing.post_event(server, testing.new_call()).status_code == 200
    assert len(loops) == 3 and len(set(loops)) == 1


def test_handlers_registered_after_start_are_used(server_factory: Any) -> None:
    server = server_factory()
    assert testing.post_event(server, testing.new_call()).root.find("Dial") is None  # type: ignore[union-attr]
    server.on_new_call(lambda event: WebhookResponse.redirect_call(["4921100000"]))
    reply = testing.post_event(server, testing.new_call())
    assert reply.root.find("Dial/Number").text == "4921100000"  # type: ignore[union-attr]


# -- options --------------------------------------------------------------------------------


@pytest.mark.parametrize("http", ["h11", "httptools"])
def test_both_http_parsers_serve_pushes_and_chunked_bodies(
    server_factory: Any, test_key: testing.TestKey, http: str
) -> None:
    pytest.importorskip(http)
    server = server_factory(http=http, loop="asyncio")
    with connect(server) as client:
        client.sendall(signed_request(test_key, testing.new_call()))
        assert read_reply(client)[0] == 200
        client.sendall(signed_request(test_key, testing.new_call(), chunked=True))
        assert read_reply(client)[0] == 200


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("read_timeout", 0),
        ("keep_alive_timeout", -1),
        ("shutdown_timeout", "5"),
        ("backlog", 5),
        ("http", "zttp"),
        ("loop", "trio"),
    ],
)
def test_a_bad_server_option_is_a_validation_error_naming_it(option: str, value: Any) -> None:
    from sipgateio import ValidationError

    with pytest.raises(ValidationError) as caught:
        create_server(port=0, **{option: value})
    assert caught.value.argument == option


def test_an_unknown_keyword_is_refused() -> None:
    with pytest.raises(TypeError, match="no_such_option"):
        create_server(port=0, no_such_option=1)  # type: ignore[call-arg]


def test_under_wsgi_coroutine_handlers_share_one_loop_instead_of_one_per_request(
    make_webhooks: Any,
) -> None:
    loops: list[int] = []
    webhooks = make_webhooks()

    @webhooks.on_new_call
    async def record(event: Any) -> Any:
        loops.append(id(asyncio.get_running_loop()))
        await asyncio.sleep(0)
        return WebhookResponse.redirect_call(["4921100000"])

    wsgi = WsgiThread(webhooks.wsgi_app())
    try:
        replies = [testing.post_event(wsgi.url, testing.new_call()) for _ in range(3)]
    finally:
        wsgi.stop()
    assert [reply.status_code for reply in replies] == [200, 200, 200]
    assert len(loops) == 3 and len(set(loops)) == 1


def test_stop_ends_the_idle_handler_threads(server_factory: Any, test_key: testing.TestKey) -> None:
    def handler_threads() -> int:
        return sum(thread.name.startswith("sipgate-handler_") for thread in threading.enumerate())

    before = handler_threads()
    server = server_factory()
    inside = threading.Barrier(4, timeout=GUARD)

    @server.on_new_call
    def meet(event: Any) -> None:
        inside.wait()  # four handlers at once: the pool must have grown to four threads

    with contextlib.ExitStack() as stack:
        clients = [stack.enter_context(connect(server)) for _ in range(4)]
        for client in clients:
            client.sendall(signed_request(test_key, testing.new_call()))
        assert [read_reply(client)[0] for client in clients] == [200] * 4
    assert handler_threads() >= before + 4
    server.stop()
    assert wait_until(lambda: handler_threads() <= before, GUARD)
