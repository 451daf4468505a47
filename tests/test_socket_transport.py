"""The blocking-socket HTTP/1.1 transport under ``SipgateIO``, over real HTTP on 127.0.0.1.

Most tests talk to the recording server; those that need exact bytes on the wire use the
scripted asyncio server of ``test_asyncio_transport.py``, run on an event loop in another
thread, with the same answers the async transport is tested with.
"""

from __future__ import annotations

import asyncio
import select
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractAsyncContextManager
from typing import Any

import httpx
import pytest

import sipgateio
from sipgateio._socket_transport import SocketTransport
from sipgateio._sync._io import new_http_client
from sipgateio._sync._lean_client import LeanClient
from tests._server import Recorded, RecordingServer, Reply
from tests.conftest import TOKEN, TOKEN_ID, EventLoopThread
from tests.test_asyncio_transport import (
    FRAMING_TIMEOUT,
    GARBLED_ANSWERS,
    UNFRAMABLE_ANSWERS,
    Handler,
    _closed_port,
    answering,
    assert_round_trip,
    counting,
    head_or_get,
    read_request,
    scripted_server,
    unanswered_port,
)
from tests.tls._checks import reason

NO_CONTENT = b"HTTP/1.1 204 No Content\r\n\r\n"
MOBILE = "+4915799912345"


def client_for(
    base_url: str = "", *, timeout: float | httpx.Timeout = 5.0, **transport_options: Any
) -> httpx.Client:
    transport = SocketTransport(**transport_options)
    return httpx.Client(base_url=base_url, transport=transport, timeout=timeout)


@pytest.fixture
def serve(loop_thread: EventLoopThread) -> Iterator[Callable[[Handler], str]]:
    """Start a scripted server for a handler (run on the event loop thread); its base URL."""
    running: list[AbstractAsyncContextManager[str]] = []

    def start(handler: Handler) -> str:
        server = scripted_server(handler)
        running.append(server)
        return str(loop_thread.run(server.__aenter__()))

    yield start
    for server in reversed(running):
        loop_thread.run(server.__aexit__(None, None, None))


# --- round trips ---------------------------------------------------------------------------


def test_status_headers_and_body_make_the_round_trip(server: RecordingServer) -> None:
    server.on("POST", "/echo", Reply(201, {"id": "s0"}, headers={"X-Answer": "yes"}))
    with client_for(server.base_url) as http:
        response = http.post("/echo", content=b'{"message":"hi"}', headers={"X-Question": "why"})

    assert_round_trip(response, server)


def test_head_and_body_leave_in_one_write(serve: Callable[[Handler], str]) -> None:
    reads: list[bytes] = []

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        # The first read returns what one write of the client delivered (on 127.0.0.1).
        reads.append(await reader.read(65536))
        writer.write(NO_CONTENT)
        await writer.drain()
        await reader.read()

    body = b'{"smsId":"s0","recipient":"+4915799912345","message":"hi"}'
    with client_for(serve(handle)) as http:
        assert http.post("/sessions/sms", content=body).status_code == 204

    assert reads[0].startswith(b"POST /sessions/sms HTTP/1.1\r\n")
    assert reads[0].endswith(b"\r\n\r\n" + body)


def test_a_large_answer_streams_in_pieces(server: RecordingServer) -> None:
    payload = bytes(range(256)) * 8192  # 2 MiB
    server.on("GET", "/big", Reply(200, payload))
    with client_for(server.base_url) as http, http.stream("GET", "/big") as response:
        pieces = list(response.iter_raw())

    assert b"".join(pieces) == payload
    assert len(pieces) > 1


def test_a_streamed_request_body_is_sent_chunked(serve: Callable[[Handler], str]) -> None:
    received: list[tuple[bytes, bytes]] = []

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        received.append(await read_request(reader))
        writer.write(NO_CONTENT)
        await writer.drain()
        await reader.read()

    def body() -> Iterator[bytes]:
        yield from (b"%PDF-1.4 ", b"", b"page " * 1000, b"%%EOF")

    with client_for(serve(handle)) as http:
        assert http.post("/sessions/fax", content=body()).status_code == 204

    head, sent = received[0]
    assert b"transfer-encoding: chunked" in head.lower()
    assert sent == b"%PDF-1.4 " + b"page " * 1000 + b"%%EOF"


def test_a_chunked_answer_with_trailers_is_decoded_and_framed(
    serve: Callable[[Handler], str],
) -> None:
    answer = (
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: text/plain\r\n\r\n"
        b"5;name=value\r\nhello\r\n1\r\n \r\n5\r\nworld\r\n0\r\nX-Trailer: 1\r\n\r\n"
    )
    with client_for(serve(answering(answer, answer))) as http:
        assert http.get("/a").text == http.get("/b").text == "hello world"


def test_an_answer_without_length_is_read_until_the_server_closes(
    serve: Callable[[Handler], str],
) -> None:
    answer = b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nall of it"
    with client_for(serve(answering(answer, then_close=True))) as http:
        assert http.get("/").content == b"all of it"
        assert http.get("/").content == b"all of it"  # on a new connection


def test_an_interim_100_continue_is_skipped(serve: Callable[[Handler], str]) -> None:
    answer = b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"
    with client_for(serve(answering(answer))) as http:
        response = http.post("/", content=b"x", headers={"Expect": "100-continue"})

    assert (response.status_code, response.content) == (200, b"ok")


@pytest.mark.parametrize(
    "answer", [NO_CONTENT, b"HTTP/1.1 304 Not Modified\r\nContent-Length: 1000\r\n\r\n"]
)
def test_answers_without_a_body_keep_the_connection_usable(
    serve: Callable[[Handler], str], answer: bytes
) -> None:
    follow_up = b"HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nnext"
    handler, connections = counting(answering(answer, follow_up))
    with client_for(serve(handler)) as http:
        assert http.get("/").content == b""
        assert http.get("/").content == b"next"

    assert len(connections) == 1


def test_an_answer_to_head_ends_with_its_head(serve: Callable[[Handler], str]) -> None:
    handler, connections = counting(head_or_get)
    with client_for(serve(handler)) as http:
        first = http.head("/")
        second = http.get("/")

    assert (first.headers["content-length"], first.content) == ("1000", b"")
    assert second.content == b"next"
    assert len(connections) == 2  # the connection of a HEAD request is not reused


def test_the_trace_extension_hears_when_the_request_is_sent(server: RecordingServer) -> None:
    told = threading.Event()
    heard: list[str] = []
    told_before_answering: list[bool] = []

    def answer_once_told(recorded: Recorded) -> Reply:
        told_before_answering.append(told.wait(5))
        return Reply(204)

    def trace(event: str, info: dict[str, Any]) -> None:
        heard.append(event)
        told.set()

    server.on("POST", "/sessions/sms", answer_once_told)
    with client_for(server.base_url) as http:
        http.post("/sessions/sms", content=b"{}", extensions={"trace": trace})

    # told while the answer was still to come: the server answered only once told
    assert heard == ["http11.send_request_body.complete"]
    assert told_before_answering == [True]


# --- keep-alive and closing ----------------------------------------------------------------


def test_sequential_requests_share_one_kept_alive_connection(
    serve: Callable[[Handler], str],
) -> None:
    handler, connections = counting(answering(NO_CONTENT, NO_CONTENT, NO_CONTENT))
    with client_for(serve(handler)) as http:
        assert [http.get("/").status_code for _ in range(3)] == [204, 204, 204]

    assert len(connections) == 1


def test_closing_the_client_closes_its_connections(
    serve: Callable[[Handler], str], loop_thread: EventLoopThread
) -> None:
    closed = threading.Event()

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        writer.write(NO_CONTENT)
        await writer.drain()
        await reader.read()  # returns when the client closes the connection
        closed.set()

    http = client_for(serve(handle))
    http.get("/")
    assert not closed.is_set()
    http.close()
    assert closed.wait(5)


def _closes_after_answering() -> tuple[Handler, list[int], threading.Semaphore]:
    """A server that answers one request per connection, keep-alive, and then closes it;
    the semaphore is released each time it has closed one.
    """
    closed = threading.Semaphore(0)

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        writer.write(NO_CONTENT)
        await writer.drain()
        writer.close()
        await writer.wait_closed()
        closed.release()

    return (*counting(handle), closed)


@pytest.mark.parametrize("poll", [True, False], ids=["poll", "select-only (Windows)"])
def test_a_connection_the_server_closed_while_idle_is_not_reused(
    serve: Callable[[Handler], str],
    poll: bool,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if not poll:
        monkeypatch.delattr(select, "poll")  # as on Windows: select() it is
    handler, connections, closed = _closes_after_answering()
    with client_for(serve(handler)) as http:
        assert http.get("/").status_code == 204
        assert closed.acquire(timeout=5)
        time.sleep(0.01)  # the server's FIN, sent, arrives
        assert http.post("/sessions/sms", content=b"{}").status_code == 204

    assert len(connections) == 2


def test_an_sms_after_the_server_closed_the_idle_connection_is_sent_once(
    serve: Callable[[Handler], str],
) -> None:
    handler, connections, closed = _closes_after_answering()
    base_url = serve(handler)
    with sipgateio.SipgateIO(token_id=TOKEN_ID, token=TOKEN, base_url=base_url + "/v2") as client:
        client.sms.send(to=MOBILE, message="first", sms_id="s0")
        assert closed.acquire(timeout=5)
        time.sleep(0.01)
        client.sms.send(to=MOBILE, message="second", sms_id="s0")

    assert len(connections) == 2  # one request each: nothing was sent twice


@pytest.mark.parametrize("poll", [True, False], ids=["poll", "select-only (Windows)"])
def test_bytes_sent_to_an_idle_connection_retire_it(
    serve: Callable[[Handler], str], poll: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not poll:
        monkeypatch.delattr(select, "poll")  # as on Windows: select() it is
    stray = b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nstray"  # asked by nobody
    fresh = b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nfresh"

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if connections[1:]:
            await answering(fresh)(reader, writer)
            return
        await read_request(reader)
        writer.write(NO_CONTENT)
        await writer.drain()
        await asyncio.sleep(0.05)
        writer.write(stray)
        await writer.drain()
        stray_sent.set()
        await answering(fresh)(reader, writer)

    stray_sent = threading.Event()
    handler, connections = counting(handle)
    with client_for(serve(handler)) as http:
        assert http.get("/").status_code == 204
        assert stray_sent.wait(5)
        time.sleep(0.01)  # the stray answer, sent, arrives
        assert http.get("/").content == b"fresh"

    assert len(connections) == 2


def test_an_answer_closed_before_its_end_gives_up_its_connection(
    serve: Callable[[Handler], str],
) -> None:
    big = b"HTTP/1.1 200 OK\r\nContent-Length: 1000000\r\n\r\n" + b"x" * 1_000_000
    small = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"
    served: list[int] = []

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        served.append(1)
        await answering(big if len(served) == 1 else small)(reader, writer)

    transport = SocketTransport()
    with httpx.Client(base_url=serve(handle), transport=transport) as http:
        with http.stream("GET", "/big") as response:
            for _ in response.iter_raw():
                break
        assert not transport._connections  # closed, not back in the pool
        assert http.get("/small").content == b"ok"

    assert len(served) == 2


def test_many_threads_share_the_pool_and_each_gets_its_own_answer(
    server: RecordingServer,
) -> None:
    def echo(recorded: Recorded) -> Reply:
        return Reply(200, {"echo": recorded.json()["n"]}, delay=0.002 * (recorded.json()["n"] % 3))

    server.on("POST", "/echo", echo)
    transport = SocketTransport(limits=httpx.Limits(max_connections=4))
    with httpx.Client(base_url=server.base_url, transport=transport, timeout=10) as http:

        def send(n: int) -> int:
            return int(http.post("/echo", json={"n": n}).json()["echo"])

        with ThreadPoolExecutor(max_workers=16) as pool:
            answers = list(pool.map(send, range(400)))
        assert len(transport._connections) <= 4

    assert answers == list(range(400))
    assert sorted(call.json()["n"] for call in server.calls("POST", "/echo")) == list(range(400))


# --- errors and timeouts --------------------------------------------------------------------


def test_a_refused_connection_is_a_connect_error() -> None:
    with (
        client_for(f"http://127.0.0.1:{_closed_port()}") as http,
        pytest.raises(httpx.ConnectError),
    ):
        http.get("/")


def test_a_connect_timeout_is_a_connect_timeout() -> None:
    timeout = httpx.Timeout(5.0, connect=0.3)
    with (
        unanswered_port() as port,
        client_for(f"http://127.0.0.1:{port}", timeout=timeout) as http,
        pytest.raises(httpx.ConnectTimeout),
    ):
        http.get("/")


def test_a_slow_answer_is_a_read_timeout(server: RecordingServer) -> None:
    server.on("GET", "/slow", Reply(200, {}, delay=1.0))
    with (
        client_for(server.base_url, timeout=httpx.Timeout(5.0, read=0.2)) as http,
        pytest.raises(httpx.ReadTimeout),
    ):
        http.get("/slow")


def test_a_body_that_stalls_is_a_read_timeout(serve: Callable[[Handler], str]) -> None:
    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhalf")
        await writer.drain()
        await asyncio.sleep(5)

    with (
        client_for(serve(handle), timeout=httpx.Timeout(5.0, read=0.2)) as http,
        pytest.raises(httpx.ReadTimeout),
    ):
        http.get("/")


def test_waiting_too_long_for_a_free_connection_is_a_pool_timeout(
    server: RecordingServer,
) -> None:
    server.on("GET", "/slow", Reply(200, {}, delay=1.0))
    limits = httpx.Limits(max_connections=1)
    with (
        client_for(server.base_url, timeout=httpx.Timeout(5.0, pool=0.2), limits=limits) as http,
        ThreadPoolExecutor(max_workers=1) as pool,
    ):
        slow = pool.submit(http.get, "/slow")
        while not server.requests and not slow.done():
            time.sleep(0.01)  # the slow request holds the one connection
        with pytest.raises(httpx.PoolTimeout):
            http.get("/slow")
        assert slow.result().status_code == 200


def test_a_server_that_reads_nothing_is_a_write_timeout(serve: Callable[[Handler], str]) -> None:
    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await asyncio.sleep(5)

    with (
        client_for(serve(handle), timeout=httpx.Timeout(5.0, write=0.3)) as http,
        pytest.raises(httpx.WriteTimeout),
    ):
        http.post("/", content=b"x" * 64_000_000)


def test_a_dropped_connection_is_a_maybe_sent_error(server: RecordingServer) -> None:
    server.on("POST", "/sessions/sms", Reply(drop=True))
    with client_for(server.base_url) as http, pytest.raises(httpx.RemoteProtocolError):
        http.post("/sessions/sms", json={"message": "hi"})


@pytest.mark.parametrize("answer", GARBLED_ANSWERS)
def test_a_garbled_answer_is_a_remote_protocol_error(
    serve: Callable[[Handler], str], answer: bytes
) -> None:
    with (
        client_for(serve(answering(answer, then_close=True))) as http,
        pytest.raises(httpx.RemoteProtocolError),
    ):
        http.get("/")


@pytest.mark.parametrize("answer", UNFRAMABLE_ANSWERS)
def test_an_answer_the_parser_cannot_frame_fails_at_once(
    serve: Callable[[Handler], str], answer: bytes
) -> None:
    # The server keeps the connection open: waiting for more would end in a ReadTimeout.
    with (
        client_for(serve(answering(answer)), timeout=FRAMING_TIMEOUT) as http,
        pytest.raises(httpx.RemoteProtocolError),
    ):
        http.get("/")


def test_an_answer_that_overflows_its_head_limit_fails(serve: Callable[[Handler], str]) -> None:
    answer = b"HTTP/1.1 200 OK\r\n" + b"X-Filler: " + b"a" * 100_000 + b"\r\n\r\n"
    with (
        client_for(serve(answering(answer)), timeout=FRAMING_TIMEOUT) as http,
        pytest.raises(httpx.RemoteProtocolError, match="head is too large"),
    ):
        http.get("/")


def test_a_second_answer_to_one_request_closes_the_connection(
    serve: Callable[[Handler], str],
) -> None:
    answer = b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nfirst"
    surplus = b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nextra"
    handler, connections = counting(answering(answer + surplus, answer + surplus))
    with client_for(serve(handler)) as http:
        assert http.get("/").content == http.get("/").content == b"first"

    assert len(connections) == 2


def test_a_chunked_answer_cut_off_at_close_is_a_remote_protocol_error(
    serve: Callable[[Handler], str],
) -> None:
    answer = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhel"
    with (
        client_for(serve(answering(answer, then_close=True))) as http,
        pytest.raises(httpx.RemoteProtocolError, match="before the end"),
    ):
        http.get("/")


def test_a_status_line_in_pieces_keeps_its_reason_and_headers(
    serve: Callable[[Handler], str],
) -> None:
    pieces = [b"HTTP/1.1 20", b"1 Cre", b"ated\r\nX-Lo", b"ng: a", b"b\r\nContent-Length: 2\r\n"]

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        for piece in [*pieces, b"\r\nok"]:
            writer.write(piece)
            await writer.drain()
            await asyncio.sleep(0.01)
        await reader.read()

    with client_for(serve(handle)) as http:
        response = http.get("/")

    assert (response.status_code, response.reason_phrase) == (201, "Created")
    assert (response.headers["x-long"], response.content) == ("ab", b"ok")


def test_a_header_that_would_split_the_request_is_refused(server: RecordingServer) -> None:
    with client_for(server.base_url) as http, pytest.raises(httpx.LocalProtocolError):
        http.get("/x", headers={"X-Evil": "a\r\nX-Injected: 1"})
    assert server.requests == []


def test_an_unsupported_scheme_is_refused() -> None:
    with pytest.raises(httpx.UnsupportedProtocol):
        SocketTransport().handle_request(httpx.Request("GET", "ftp://127.0.0.1/x"))


# --- through SipgateIO ---------------------------------------------------------------------


def test_sipgateio_sends_through_this_transport(server: RecordingServer) -> None:
    server.on("POST", "/sessions/sms", Reply(204))
    with sipgateio.SipgateIO(token_id=TOKEN_ID, token=TOKEN, base_url=server.base_url) as client:
        assert isinstance(client.http_client, LeanClient)
        client.sms.send(to=MOBILE, message="hi", sms_id="s0")

    assert server.calls("POST", "/sessions/sms")[0].json() == {
        "smsId": "s0",
        "recipient": MOBILE,
        "message": "hi",
    }


def test_a_proxy_in_the_environment_leaves_the_sending_to_httpx(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")
    assert not isinstance(new_http_client()._transport, SocketTransport)
    monkeypatch.delenv("HTTPS_PROXY")
    monkeypatch.delenv("https_proxy", raising=False)
    monkeypatch.delenv("ALL_PROXY", raising=False)
    monkeypatch.delenv("all_proxy", raising=False)
    monkeypatch.delenv("HTTP_PROXY", raising=False)
    monkeypatch.delenv("http_proxy", raising=False)
    assert isinstance(new_http_client()._transport, SocketTransport)


def test_an_sms_answered_with_an_unparsable_answer_may_have_been_sent(
    serve: Callable[[Handler], str],
) -> None:
    handler, connections = counting(answering(b"HTTP/1.1 099 Odd\r\nContent-Length: 0\r\n\r\n"))
    base_url = serve(handler) + "/v2"
    with (
        sipgateio.SipgateIO(token_id=TOKEN_ID, token=TOKEN, base_url=base_url) as client,
        pytest.raises(sipgateio.OutcomeUnknownError, match="may have been") as raised,
    ):
        client.sms.send(to=MOBILE, message="hi", sms_id="s0")

    assert len(connections) == 1  # one connection, one request: not sent again
    assert "invalid status code (099)" in reason(raised.value)
