"""The asyncio HTTP/1.1 transport under ``AsyncSipgateIO``, over real HTTP on 127.0.0.1.

Most tests talk to the recording server; those that need exact bytes on the wire
(chunked bodies, interim answers, broken answers) use a scripted asyncio server.
"""

from __future__ import annotations

import asyncio
import socket
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager

import httpx
import pytest

import sipgateio
from sipgateio._async._io import new_http_client
from sipgateio._async._lean_client import AsyncLeanClient
from sipgateio._asyncio_transport import AsyncioTransport
from sipgateio._sync._lean_client import LeanClient
from tests._server import RecordingServer, Reply
from tests.tls._checks import reason

TOKEN_ID = "token-ABC123"
TOKEN = "e68ead46-a7db-46cd-8a1a-44aed1e4e372"

Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


def client_for(
    base_url: str = "", *, timeout: float | httpx.Timeout = 5.0, **transport_options: object
) -> httpx.AsyncClient:
    transport = AsyncioTransport(**transport_options)  # type: ignore[arg-type]
    return httpx.AsyncClient(base_url=base_url, transport=transport, timeout=timeout)


@asynccontextmanager
async def scripted_server(handler: Handler) -> AsyncIterator[str]:
    """An asyncio server on 127.0.0.1 running ``handler`` for each connection."""
    tasks: set[asyncio.Task[None]] = set()

    async def run(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        tasks.add(task)
        try:
            await handler(reader, writer)
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(run, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.close()
        for task in tasks:
            task.cancel()
        await server.wait_closed()


async def read_request(reader: asyncio.StreamReader) -> tuple[bytes, bytes]:
    """One request from ``reader``: its head and its body (Content-Length or chunked)."""
    head = await reader.readuntil(b"\r\n\r\n")
    lowered = head.lower()
    if b"transfer-encoding: chunked" in lowered:
        body = b""
        while True:
            size = int((await reader.readuntil(b"\r\n")).strip(), 16)
            chunk = await reader.readexactly(size + 2)
            if not size:
                return head, body
            body += chunk[:-2]
    length = 0
    for line in lowered.split(b"\r\n"):
        if line.startswith(b"content-length:"):
            length = int(line.split(b":")[1])
    return head, await reader.readexactly(length)


def answering(*answers: bytes, then_close: bool = False) -> Handler:
    """A handler that answers the requests of a connection with ``answers`` in turn."""

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        for answer in answers:
            await read_request(reader)
            writer.write(answer)
            await writer.drain()
        if then_close:
            return
        await reader.read()  # keep the connection open until the client closes it

    return handle


# --- round trips ---------------------------------------------------------------------------


async def test_status_headers_and_body_make_the_round_trip(server: RecordingServer) -> None:
    server.on("POST", "/echo", Reply(201, {"id": "s0"}, headers={"X-Answer": "yes"}))
    async with client_for(server.base_url) as http:
        response = await http.post(
            "/echo", content=b'{"message":"hi"}', headers={"X-Question": "why"}
        )

    assert_round_trip(response, server)


def assert_round_trip(response: httpx.Response, server: RecordingServer) -> None:
    """What the round-trip tests expect of the POST /echo they made and its answer."""
    assert (response.status_code, response.reason_phrase) == (201, "Created")
    assert response.http_version == "HTTP/1.1"
    assert response.headers["x-answer"] == "yes"
    assert response.json() == {"id": "s0"}
    recorded = server.calls("POST", "/echo")[0]
    assert recorded.body == b'{"message":"hi"}'
    assert recorded.headers["x-question"] == "why"
    assert recorded.headers["content-length"] == "16"


async def test_query_strings_reach_the_server(server: RecordingServer) -> None:
    server.on("GET", "/history", Reply(200, {"items": []}))
    async with client_for(server.base_url) as http:
        await http.get("/history", params={"types": ["SMS", "FAX"], "q": "a b"})

    assert server.calls("GET", "/history")[0].query == {"types": ["SMS", "FAX"], "q": ["a b"]}


async def test_a_large_answer_streams_in_pieces(server: RecordingServer) -> None:
    payload = bytes(range(256)) * 8192  # 2 MiB
    server.on("GET", "/big", Reply(200, payload))
    async with client_for(server.base_url) as http, http.stream("GET", "/big") as response:
        pieces = [piece async for piece in response.aiter_raw()]

    assert b"".join(pieces) == payload
    assert len(pieces) > 1


async def test_a_streamed_request_body_is_sent_chunked() -> None:
    received: list[tuple[bytes, bytes]] = []

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        received.append(await read_request(reader))
        writer.write(b"HTTP/1.1 204 No Content\r\n\r\n")
        await writer.drain()
        await reader.read()

    async def body() -> AsyncIterator[bytes]:
        for part in (b"%PDF-1.4 ", b"", b"page " * 1000, b"%%EOF"):
            yield part

    async with scripted_server(handle) as base_url, client_for(base_url) as http:
        response = await http.post("/sessions/fax", content=body())

    assert response.status_code == 204
    head, sent = received[0]
    assert b"transfer-encoding: chunked" in head.lower()
    assert sent == b"%PDF-1.4 " + b"page " * 1000 + b"%%EOF"


async def test_a_chunked_answer_with_extensions_and_trailers_is_decoded() -> None:
    answer = (
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: text/plain\r\n\r\n"
        b"5;name=value\r\nhello\r\n1\r\n \r\n5\r\nworld\r\n0\r\nX-Trailer: 1\r\n\r\n"
    )
    async with (
        scripted_server(answering(answer, answer)) as base_url,
        client_for(base_url) as http,
    ):
        first = await http.get("/a")
        second = await http.get("/b")  # the same connection, framed correctly

    assert first.text == second.text == "hello world"


@pytest.mark.parametrize(
    "answer",
    [
        b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nall of it",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: identity\r\n\r\nall of it",
    ],
    ids=["no length", "a transfer coding other than chunked"],
)
async def test_an_answer_without_length_is_read_until_the_server_closes(answer: bytes) -> None:
    async with (
        scripted_server(answering(answer, then_close=True)) as base_url,
        client_for(base_url) as http,
    ):
        response = await http.get("/")
        assert response.content == b"all of it"
        # the closed connection is not used again
        response = await http.get("/")
        assert response.content == b"all of it"


async def test_an_interim_100_continue_is_skipped() -> None:
    answer = b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"
    async with scripted_server(answering(answer)) as base_url, client_for(base_url) as http:
        response = await http.post("/", content=b"x", headers={"Expect": "100-continue"})

    assert (response.status_code, response.content) == (200, b"ok")


@pytest.mark.parametrize(
    "answer",
    [
        b"HTTP/1.1 204 No Content\r\n\r\n",
        b"HTTP/1.1 304 Not Modified\r\nContent-Length: 1000\r\n\r\n",
    ],
)
async def test_answers_without_a_body_keep_the_connection_usable(answer: bytes) -> None:
    follow_up = b"HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nnext"
    async with (
        scripted_server(answering(answer, follow_up)) as base_url,
        client_for(base_url) as http,
    ):
        first = await http.get("/")
        second = await http.get("/")

    assert first.content == b""
    assert second.content == b"next"


async def head_or_get(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """A handler answering HEAD with a Content-Length of 1000 and no body, GET with ``next``."""
    while True:
        head, _ = await read_request(reader)
        if head.startswith(b"HEAD "):
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n")
        else:
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nnext")
        await writer.drain()


def counting(handler: Handler) -> tuple[Handler, list[int]]:
    """``handler``, and a list that gets one item per connection it is run for."""
    connections: list[int] = []

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        connections.append(1)
        await handler(reader, writer)

    return handle, connections


async def test_an_answer_to_head_ends_with_its_head() -> None:
    handle, connections = counting(head_or_get)
    async with scripted_server(handle) as base_url, client_for(base_url) as http:
        first = await http.head("/")
        second = await http.get("/")

    assert (first.status_code, first.headers["content-length"], first.content) == (200, "1000", b"")
    assert second.content == b"next"
    # Where the head ended in the bytes is not known to the parser's binding: the
    # connection of a HEAD request is not reused.
    assert len(connections) == 2


# --- keep-alive and closing ----------------------------------------------------------------


async def test_sequential_requests_share_one_kept_alive_connection() -> None:
    connections = 0
    answer = b"HTTP/1.1 204 No Content\r\n\r\n"

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal connections
        connections += 1
        await answering(answer, answer, answer)(reader, writer)

    async with scripted_server(handle) as base_url, client_for(base_url) as http:
        for _ in range(3):
            assert (await http.get("/")).status_code == 204

    assert connections == 1


async def test_closing_the_client_closes_its_connections() -> None:
    closed = asyncio.Event()

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        writer.write(b"HTTP/1.1 204 No Content\r\n\r\n")
        await writer.drain()
        await reader.read()  # returns when the client closes the connection
        closed.set()

    async with scripted_server(handle) as base_url:
        http = client_for(base_url)
        await http.get("/")
        assert not closed.is_set()
        await http.aclose()
        await asyncio.wait_for(closed.wait(), 5)


async def test_a_connection_the_server_closed_while_idle_is_not_reused() -> None:
    connections = 0

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal connections
        connections += 1
        await read_request(reader)
        writer.write(b"HTTP/1.1 204 No Content\r\n\r\n")  # keep-alive, then closes anyway
        await writer.drain()

    async with scripted_server(handle) as base_url, client_for(base_url) as http:
        await http.get("/")
        await asyncio.sleep(0.1)  # the server's FIN arrives
        assert (await http.get("/")).status_code == 204

    assert connections == 2


async def test_an_answer_closed_before_its_end_gives_up_its_connection() -> None:
    big = b"HTTP/1.1 200 OK\r\nContent-Length: 1000000\r\n\r\n" + b"x" * 1_000_000
    small = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"
    connections = 0

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal connections
        connections += 1
        await answering(big if connections == 1 else small)(reader, writer)

    transport = AsyncioTransport()
    async with (
        scripted_server(handle) as base_url,
        httpx.AsyncClient(base_url=base_url, transport=transport) as http,
    ):
        async with http.stream("GET", "/big") as response:
            async for _ in response.aiter_raw():
                break
        assert not transport._connections  # closed, not back in the pool
        assert (await http.get("/small")).content == b"ok"

    assert connections == 2


async def test_requests_waiting_for_a_connection_get_it_first_come_first_served(
    server: RecordingServer,
) -> None:
    server.on("GET", "/first", Reply(200, {}, delay=0.2))
    for path in ("/again", "/second", "/third"):
        server.on("GET", path, Reply(200, {}))
    async with client_for(server.base_url, limits=httpx.Limits(max_connections=1)) as http:

        async def first_then_again() -> None:
            await http.get("/first")
            await http.get("/again")  # asked at once, but after the two that waited

        first = asyncio.create_task(first_then_again())
        await asyncio.sleep(0.05)
        waiting = [asyncio.create_task(http.get(path)) for path in ("/second", "/third")]
        await asyncio.gather(first, *waiting)

    assert [r.path for r in server.requests] == ["/first", "/second", "/third", "/again"]


async def test_a_request_cancelled_while_it_waits_for_a_connection_leaves_its_turn(
    server: RecordingServer,
) -> None:
    server.on("GET", "/first", Reply(200, {}, delay=0.2))
    server.on("GET", "/third", Reply(200, {"third": True}))
    async with client_for(server.base_url, limits=httpx.Limits(max_connections=1)) as http:
        first = asyncio.create_task(http.get("/first"))
        await asyncio.sleep(0.05)
        second = asyncio.create_task(http.get("/second"))
        third = asyncio.create_task(http.get("/third"))
        await asyncio.sleep(0.01)
        second.cancel()
        assert (await first).status_code == 200
        assert (await third).json() == {"third": True}
        with pytest.raises(asyncio.CancelledError):
            await second

    assert [r.path for r in server.requests] == ["/first", "/third"]


async def test_a_cancelled_request_leaves_the_pool_usable(server: RecordingServer) -> None:
    server.on("GET", "/slow", Reply(200, {"late": True}, delay=1.0))
    server.on("GET", "/fast", Reply(200, {"fast": True}))
    async with client_for(server.base_url, limits=httpx.Limits(max_connections=1)) as http:
        task = asyncio.create_task(http.get("/slow"))
        await asyncio.sleep(0.1)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert (await http.get("/fast")).json() == {"fast": True}


async def test_a_transport_serves_one_event_loop_after_another(server: RecordingServer) -> None:
    server.on("GET", "/ping", Reply(200, {"pong": True}))
    http = client_for(server.base_url)

    def in_a_new_loop() -> int:
        return asyncio.run(http.get("/ping")).status_code

    loop = asyncio.get_running_loop()
    assert await loop.run_in_executor(None, in_a_new_loop) == 200
    assert await loop.run_in_executor(None, in_a_new_loop) == 200
    assert (await http.get("/ping")).status_code == 200
    await http.aclose()


def test_a_transport_serves_uvloop_too() -> None:
    # the loop of create_server and of uvicorn[standard] where uvloop is installed
    uvloop = pytest.importorskip("uvloop")
    connections = 0
    answer = b"HTTP/1.1 204 No Content\r\n\r\n"

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal connections
        connections += 1
        await answering(answer, answer)(reader, writer)

    async def twice() -> list[int]:
        async with scripted_server(handle) as base_url, client_for(base_url) as http:
            return [(await http.get("/")).status_code for _ in range(2)]

    assert uvloop.run(twice()) == [204, 204]
    assert connections == 1


# --- errors and timeouts --------------------------------------------------------------------


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_a_refused_connection_is_a_connect_error() -> None:
    async with client_for(f"http://127.0.0.1:{_closed_port()}") as http:
        with pytest.raises(httpx.ConnectError):
            await http.get("/")


@contextmanager
def unanswered_port() -> Iterator[int]:
    """A port on 127.0.0.1 whose listener's accept queue is full: handshakes go unanswered."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(0)
        port = listener.getsockname()[1]
        fillers = []
        try:
            for _ in range(4):
                filler = socket.socket()
                fillers.append(filler)
                filler.setblocking(False)
                filler.connect_ex(("127.0.0.1", port))
            time.sleep(0.1)
            yield int(port)
        finally:
            for filler in fillers:
                filler.close()


async def test_a_connect_timeout_is_a_connect_timeout() -> None:
    timeout = httpx.Timeout(5.0, connect=0.3)
    with unanswered_port() as port:
        async with client_for(f"http://127.0.0.1:{port}", timeout=timeout) as http:
            started = time.monotonic()
            with pytest.raises(httpx.ConnectTimeout):
                await http.get("/")
            assert time.monotonic() - started < 3


async def test_a_slow_answer_is_a_read_timeout(server: RecordingServer) -> None:
    server.on("GET", "/slow", Reply(200, {}, delay=1.0))
    async with client_for(server.base_url, timeout=httpx.Timeout(5.0, read=0.2)) as http:
        started = time.monotonic()
        with pytest.raises(httpx.ReadTimeout):
            await http.get("/slow")
        assert time.monotonic() - started < 0.9


async def test_a_body_that_stalls_is_a_read_timeout() -> None:
    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhalf")
        await writer.drain()
        await asyncio.sleep(5)

    timeout = httpx.Timeout(5.0, read=0.2)
    async with scripted_server(handle) as base_url, client_for(base_url, timeout=timeout) as http:
        with pytest.raises(httpx.ReadTimeout):
            await http.get("/")


async def test_waiting_too_long_for_a_free_connection_is_a_pool_timeout(
    server: RecordingServer,
) -> None:
    server.on("GET", "/slow", Reply(200, {}, delay=1.0))
    timeout = httpx.Timeout(5.0, pool=0.2)
    limits = httpx.Limits(max_connections=1)
    async with client_for(server.base_url, timeout=timeout, limits=limits) as http:
        slow = asyncio.create_task(http.get("/slow"))
        await asyncio.sleep(0.05)
        with pytest.raises(httpx.PoolTimeout):
            await http.get("/slow")
        assert (await slow).status_code == 200


async def test_a_server_that_reads_nothing_is_a_write_timeout() -> None:
    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await asyncio.sleep(5)

    timeout = httpx.Timeout(5.0, write=0.3)
    async with scripted_server(handle) as base_url, client_for(base_url, timeout=timeout) as http:
        with pytest.raises(httpx.WriteTimeout):
            await http.post("/", content=b"x" * 64_000_000)


async def test_a_dropped_connection_is_a_maybe_sent_error(server: RecordingServer) -> None:
    server.on("POST", "/sessions/sms", Reply(drop=True))
    async with client_for(server.base_url) as http:
        with pytest.raises(httpx.RemoteProtocolError):
            await http.post("/sessions/sms", json={"message": "hi"})


GARBLED_ANSWERS = [
    b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhalf",  # cut short
    b"SMTP/1.0 200 OK\r\n\r\n",
    b"HTTP/1.1 2OO OK\r\n\r\n",
    b"HTTP/1.1 200 OK\r\nContent-Length: 3, 4\r\n\r\nabcd",
    b"HTTP/1.1 200 OK\r\nbroken header line\r\n\r\n",
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
    b"HTTP/1.1 101 Switching Protocols\r\n\r\n",
]


@pytest.mark.parametrize("answer", GARBLED_ANSWERS)
async def test_a_garbled_answer_is_a_remote_protocol_error(answer: bytes) -> None:
    async with (
        scripted_server(answering(answer, then_close=True)) as base_url,
        client_for(base_url) as http,
    ):
        with pytest.raises(httpx.RemoteProtocolError):
            await http.get("/")


async def test_a_header_that_would_split_the_request_is_refused(server: RecordingServer) -> None:
    async with client_for(server.base_url) as http:
        with pytest.raises(httpx.LocalProtocolError):
            await http.get("/x", headers={"X-Evil": "a\r\nX-Injected: 1"})
    assert server.requests == []


async def test_an_unsupported_scheme_is_refused() -> None:
    transport = AsyncioTransport()
    with pytest.raises(httpx.UnsupportedProtocol):
        await transport.handle_async_request(httpx.Request("GET", "ftp://127.0.0.1/x"))


# --- framing, as llhttp decides -------------------------------------------------------------
# Each answer is sent on a connection the server keeps open: an answer the parser cannot
# frame must fail at once with RemoteProtocolError, not wait for the read timeout.

FRAMING_TIMEOUT = httpx.Timeout(5.0, read=2.0)


UNFRAMABLE_ANSWERS = [
    pytest.param(b"HTTP/1.1 200 OK\nContent-Length: 2\n\nok", id="bare LF line ends"),
    pytest.param(b"HTTP/1.1 200 OK\r\nContent-Length: 2\n\r\nok", id="bare LF after a header"),
    pytest.param(b"HTTP/1.1 099 Odd\r\nContent-Length: 2\r\n\r\nok", id="status 099"),
    pytest.param(b"HTTP/1.1 1000 OK\r\nContent-Length: 2\r\n\r\nok", id="status 1000"),
    pytest.param(
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0_c\r\n\r\n",
        id="chunk size 0_c",
    ),
    pytest.param(
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2_0\r\nok\r\n0\r\n\r\n",
        id="chunk size 2_0",
    ),
    pytest.param(
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n-2\r\nok\r\n0\r\n\r\n",
        id="negative chunk size",
    ),
    pytest.param(
        b"HTTP/1.1 200 OK\r\nX-Folded: one\r\n two\r\nContent-Length: 2\r\n\r\nok",
        id="obs-fold",
    ),
    pytest.param(
        b"HTTP/1.1 200 OK\r\nContent-Length:\r\n 2\r\n\r\nok", id="obs-fold Content-Length"
    ),
    pytest.param(
        b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n"
        b"2\r\nok\r\n0\r\n\r\n",
        id="Content-Length and chunked",
    ),
    pytest.param(
        b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\nok",
        id="Content-Length twice",
    ),
    pytest.param(
        b"HTTP/1.1 200 OK\r\nX-Nul: a\x00b\r\nContent-Length: 2\r\n\r\nok",
        id="NUL in a header",
    ),
    pytest.param(
        b"HTTP/1.1 200 OK\r\nX-Space : b\r\nContent-Length: 2\r\n\r\nok",
        id="space before colon",
    ),
]


@pytest.mark.parametrize("answer", UNFRAMABLE_ANSWERS)
async def test_an_answer_the_parser_cannot_frame_fails_at_once(answer: bytes) -> None:
    async with (
        scripted_server(answering(answer)) as base_url,
        client_for(base_url, timeout=FRAMING_TIMEOUT) as http,
    ):
        with pytest.raises(httpx.RemoteProtocolError):
            await http.get("/")


async def test_an_answer_that_overflows_its_head_limit_fails() -> None:
    answer = b"HTTP/1.1 200 OK\r\n" + b"X-Filler: " + b"a" * 100_000 + b"\r\n\r\n"
    async with (
        scripted_server(answering(answer)) as base_url,
        client_for(base_url, timeout=FRAMING_TIMEOUT) as http,
    ):
        with pytest.raises(httpx.RemoteProtocolError, match="head is too large"):
            await http.get("/")


async def test_a_second_answer_to_one_request_closes_the_connection() -> None:
    connections = 0
    answer = b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nfirst"
    surplus = b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nextra"

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal connections
        connections += 1
        while True:
            await read_request(reader)
            writer.write(answer + surplus)  # one write: the surplus arrives with the answer
            await writer.drain()

    async with scripted_server(handle) as base_url, client_for(base_url) as http:
        first = await http.get("/")
        second = await http.get("/")

    assert first.content == second.content == b"first"  # never the surplus
    assert connections == 2


async def test_a_chunked_answer_cut_off_at_close_is_a_remote_protocol_error() -> None:
    answer = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhel"
    async with (
        scripted_server(answering(answer, then_close=True)) as base_url,
        client_for(base_url) as http,
    ):
        with pytest.raises(httpx.RemoteProtocolError, match="before the end"):
            await http.get("/")


async def test_a_status_line_in_pieces_keeps_its_reason_and_headers() -> None:
    pieces = [
        b"HTTP/1.1 20",
        b"1 Cre",
        b"ated\r\nX-Lo",
        b"ng: a",
        b"b\r\nContent-Length: 2\r\n",
        b"\r\nok",
    ]

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        for piece in pieces:
            writer.write(piece)
            await writer.drain()
            await asyncio.sleep(0.01)
        await reader.read()

    async with scripted_server(handle) as base_url, client_for(base_url) as http:
        response = await http.get("/")

    assert (response.status_code, response.reason_phrase) == (201, "Created")
    assert response.headers["x-long"] == "ab"
    assert response.content == b"ok"


async def test_an_sms_answered_with_an_unparsable_answer_may_have_been_sent() -> None:
    requests = 0

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal requests
        await read_request(reader)
        requests += 1
        writer.write(b"HTTP/1.1 099 Odd\r\nContent-Length: 0\r\n\r\n")
        await writer.drain()
        await reader.read()

    async with scripted_server(handle) as base_url, sipgate_client(base_url + "/v2") as client:
        with pytest.raises(sipgateio.OutcomeUnknownError, match="may have been") as raised:
            await client.sms.send(to="+4915799912345", message="hi", sms_id="s0")

    assert requests == 1  # not sent again
    # the error stands for the refused status line, not for a wait that timed out
    assert "invalid status code (099)" in reason(raised.value)


# --- through AsyncSipgateIO --------------------------------------------------------------------


def sipgate_client(base_url: str) -> sipgateio.AsyncSipgateIO:
    return sipgateio.AsyncSipgateIO(token_id=TOKEN_ID, token=TOKEN, base_url=base_url)


async def test_async_sipgateio_sends_through_this_transport(server: RecordingServer) -> None:
    server.on("POST", "/sessions/sms", Reply(204))
    async with sipgate_client(server.base_url) as client:
        assert isinstance(client.http_client, AsyncLeanClient)
        await client.sms.send(to="+4915799912345", message="hi", sms_id="s0")

    assert server.calls("POST", "/sessions/sms")[0].json() == {
        "smsId": "s0",
        "recipient": "+4915799912345",
        "message": "hi",
    }


def test_a_client_made_outside_an_event_loop_opens_nothing() -> None:
    http = new_http_client()
    transport = http._transport
    assert isinstance(transport, AsyncioTransport)
    assert transport._loop is None and not transport._connections


async def test_an_sms_whose_connection_drops_may_have_been_sent(server: RecordingServer) -> None:
    server.on("POST", "/sessions/sms", Reply(drop=True))
    async with sipgate_client(server.base_url) as client:
        with pytest.raises(sipgateio.OutcomeUnknownError, match="may have been"):
            await client.sms.send(to="+4915799912345", message="hi", sms_id="s0")

    assert len(server.calls("POST", "/sessions/sms")) == 1  # not sent again


async def test_an_sms_that_cannot_connect_is_retried_and_not_called_maybe_sent() -> None:
    client = sipgateio.AsyncSipgateIO(
        token_id=TOKEN_ID,
        token=TOKEN,
        base_url=f"http://127.0.0.1:{_closed_port()}/v2",
        max_retries=1,
    )
    async with client:
        with pytest.raises(sipgateio.APIConnectionError) as raised:
            await client.sms.send(to="+4915799912345", message="hi", sms_id="s0")

    assert not isinstance(raised.value, sipgateio.OutcomeUnknownError)


async def test_an_sms_answered_too_slowly_is_a_timeout_of_unknown_outcome(
    server: RecordingServer,
) -> None:
    server.on("POST", "/sessions/sms", Reply(204, delay=1.0))
    client = sipgateio.AsyncSipgateIO(
        token_id=TOKEN_ID, token=TOKEN, base_url=server.base_url, timeout=0.2
    )
    async with client:
        with pytest.raises(sipgateio.OutcomeUnknownError):
            await client.sms.send(to="+4915799912345", message="hi", sms_id="s0")


# --- the lean httpx client --------------------------------------------------------------------


async def test_the_lean_client_joins_paths_to_the_current_base_url(
    server: RecordingServer,
) -> None:
    server.on("GET", "/a", Reply(200, {"at": "a"}))
    server.on("GET", "/b", Reply(200, {"at": "b"}))
    async with AsyncLeanClient(base_url=server.base_url, transport=AsyncioTransport()) as http:
        assert (await http.get("/a")).json() == {"at": "a"}
        assert (await http.get("b")).json() == {"at": "b"}
        assert (await http.get("/a")).json() == {"at": "a"}
        http.base_url = httpx.URL(server.base_url.removesuffix("/v2") + "/other")
        assert (await http.get("/a")).status_code == 404  # /other/a: not served
        assert server.requests[-1].path == "/other/a"


async def test_the_lean_client_still_keeps_cookies_the_server_sets(
    server: RecordingServer,
) -> None:
    server.on("GET", "/login", Reply(200, {}, headers={"Set-Cookie": "session=abc; Path=/"}))
    server.on("GET", "/me", Reply(200, {}))
    async with AsyncLeanClient(base_url=server.base_url, transport=AsyncioTransport()) as http:
        await http.get("/login")
        await http.get("/me")
        assert http.cookies["session"] == "abc"

    assert server.calls("GET", "/me")[0].headers["cookie"] == "session=abc"


def test_the_lean_sync_client_joins_paths_and_keeps_cookies(server: RecordingServer) -> None:
    server.on("GET", "/login", Reply(200, {}, headers={"Set-Cookie": "session=abc; Path=/"}))
    server.on("GET", "/me", Reply(200, {"me": True}))
    with LeanClient(base_url=server.base_url) as http:
        http.get("/login")
        assert http.get("me").json() == {"me": True}
        assert http.get("/me").json() == {"me": True}
        http.base_url = httpx.URL(server.base_url.removesuffix("/v2") + "/other")
        assert http.get("/me").status_code == 404

    assert [r.path for r in server.requests] == ["/login", "/me", "/me", "/other/me"]
    assert server.calls("GET", "/me")[0].headers["cookie"] == "session=abc"
