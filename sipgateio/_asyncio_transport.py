"""A lean HTTP/1.1 transport for ``httpx.AsyncClient``, on asyncio's own protocols.

``AsyncSipgateIO`` sends through it by default (``_async/_io.py``). The generated
client and the retry policy only need an ``httpx.AsyncClient``; what sits under it
decides how much CPU each request costs. httpx's own async pool (httpcore on anyio)
and aiohttp's client both spend several times more per request than parsing a small
JSON answer takes, which caps a single event loop at a few thousand requests a second
(``bench/sms_bench.py`` measures them side by side). This transport does only what an
API client needs: HTTP/1.1 over TCP or TLS, a keep-alive pool, and httpx's semantics.

Answers are parsed by llhttp, Node's HTTP parser, through ``httptools`` (as uvicorn uses
it). llhttp decides the framing (Content-Length, chunked, until close), interim answers,
keep-alive, and what is malformed: bare LF line ends, obs-fold, a chunk size such as
``0_c``, conflicting lengths. Measured on the same path (``bench/parser_bench.py``: SMS
through ``AsyncSipgateIO``, 200 in flight, nine runs), h11, the parser under httpx's own
pool, costs about 70 µs more CPU per SMS than llhttp (about 230 µs against 160 µs) and
sends 20 to 40 % fewer SMS a second; llhttp costs what the parser written here before did.
Three things llhttp decides from outside are not exposed by httptools, so they are here:

* an answer to HEAD ends with its head (llhttp's skip-body flag); as where the head
  ended in the bytes received is then unknown, that connection is not reused;
* a body delimited by the connection closing ends when it closes (llhttp's ``finish``);
* a status code below 100, which llhttp reads as any three digits, is refused, as h11
  refuses it (RFC 9110, section 15).

A head larger than 64 KiB is refused too (llhttp sets no limit of its own).

* Timeouts: ``pool`` bounds the wait for a free connection (``httpx.PoolTimeout``),
  ``connect`` opening one (``httpx.ConnectTimeout``), ``write`` every wait to send
  (``httpx.WriteTimeout``) and ``read`` every wait for the answer (``httpx.ReadTimeout``).
* Errors say whether the request can have reached the server: ``httpx.ConnectError``
  (a failed TLS handshake included), ``httpx.ConnectTimeout`` and ``httpx.PoolTimeout``
  mean it did not; ``httpx.WriteError``, ``httpx.WriteTimeout``, ``httpx.ReadTimeout``
  and ``httpx.RemoteProtocolError`` mean it may have.
* TLS trusts what ``httpx.AsyncClient`` trusts with the same ``verify`` and
  ``trust_env``: ``SSL_CERT_FILE`` or ``SSL_CERT_DIR`` when set, else certifi.
* Request and response bodies stream; a response that is read to its end gives its
  connection back to the pool, one closed early closes it.

Redirects, cookies, decompression, proxies and authentication stay httpx's job.
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
import time
from collections import deque
from collections.abc import AsyncIterator
from typing import Final

import httptools
import httpx

__all__ = ["AsyncioTransport"]

DEFAULT_LIMITS: Final = httpx.Limits(max_connections=100, keepalive_expiry=5.0)

_MAX_HEAD: Final = 64 * 1024  # bytes received before the head of an answer is complete
_READ_HIGH_WATER: Final = 256 * 1024  # stop reading from the socket above this many bytes

_HTTP_VERSIONS: Final = {"1.1": b"HTTP/1.1", "1.0": b"HTTP/1.0"}

_Origin = tuple[bytes, bytes, int]


class AsyncioTransport(httpx.AsyncBaseTransport):
    """Send ``httpx`` requests over a pool of kept-alive HTTP/1.1 connections.

    ``limits.max_connections`` caps the open connections (``None``: no cap) and
    ``limits.keepalive_expiry`` is how long an idle connection is kept. ``verify``
    and ``trust_env`` choose the TLS trust store as ``httpx.AsyncClient`` does.
    """

    def __init__(
        self,
        *,
        limits: httpx.Limits = DEFAULT_LIMITS,
        verify: ssl.SSLContext | bool = True,
        trust_env: bool = True,
    ) -> None:
        self._max_connections = limits.max_connections
        self._keepalive_expiry = limits.keepalive_expiry
        self._verify = verify
        self._trust_env = trust_env
        self._ssl_context: ssl.SSLContext | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._idle: dict[_Origin, list[_Connection]] = {}
        self._connections: set[_Connection] = set()
        self._waiters: deque[asyncio.Future[bool]] = deque()
        self._connection_type = _Connection  # bench/parser_bench.py swaps the parser

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` and return the answer, its body still to be read."""
        timeouts = request.extensions.get("timeout", {})
        read_timeout = timeouts.get("read")
        connection = await self._acquire(request, timeouts)
        try:
            await connection.send(request, timeouts.get("write"))
            await connection.receive_head(read_timeout)
            status, headers = connection.status, connection.headers
            extensions = {
                "http_version": connection.http_version,
                "reason_phrase": connection.reason,
            }
            stream: httpx.AsyncByteStream
            if connection.complete:
                stream = _BufferedStream(connection.take_body())
                self._release(connection)
            else:
                stream = _ResponseStream(self, connection, read_timeout)
        except BaseException:
            self._discard(connection)
            raise
        return httpx.Response(status, headers=headers, stream=stream, extensions=extensions)

    async def aclose(self) -> None:
        """Close every connection, idle or not."""
        for connection in list(self._connections):
            connection.close()
        self._connections.clear()
        self._idle.clear()
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(True)

    # --- the pool ------------------------------------------------------------------------------

    async def _acquire(
        self, request: httpx.Request, timeouts: dict[str, float | None]
    ) -> _Connection:
        loop = asyncio.get_running_loop()
        if loop is not self._loop:
            self._forget_loop(loop)
        url = request.url
        origin = (url.raw_scheme, url.raw_host, url.port or (443 if url.scheme == "https" else 80))
        deadline = None
        while True:
            connection = self._take_idle(origin)
            if connection is not None:
                return connection
            if self._max_connections is None or len(self._connections) < self._max_connections:
                return await self._connect(request, origin, timeouts.get("connect"))
            if self._close_an_idle_connection():
                continue
            pool_timeout = timeouts.get("pool")
            if deadline is None and pool_timeout is not None:
                deadline = loop.time() + pool_timeout
            await self._wait_for_room(loop, deadline)

    def _take_idle(self, origin: _Origin) -> _Connection | None:
        idle = self._idle.get(origin)
        if not idle:
            return None
        now = time.monotonic()
        while idle:
            connection = idle.pop()
            if connection.reusable(now, self._keepalive_expiry):
                connection.idle_since = None
                return connection
            self._discard(connection)
        return None

    def _close_an_idle_connection(self) -> bool:
        for idle in self._idle.values():
            if idle:
                self._discard(idle.pop(0))
                return True
        return False

    async def _wait_for_room(self, loop: asyncio.AbstractEventLoop, deadline: float | None) -> None:
        waiter: asyncio.Future[bool] = loop.create_future()
        self._waiters.append(waiter)
        handle = None if deadline is None else loop.call_at(deadline, _expire, waiter)
        try:
            woken = await waiter
        except BaseException:
            if waiter.done() and not waiter.cancelled() and waiter.result():
                self._wake_a_waiter()  # pass on the room this request will not use
            raise
        finally:
            if handle is not None:
                handle.cancel()
            with contextlib.suppress(ValueError):
                self._waiters.remove(waiter)
        if not woken:
            raise httpx.PoolTimeout("timed out waiting for a free connection")

    async def _connect(
        self, request: httpx.Request, origin: _Origin, connect_timeout: float | None
    ) -> _Connection:
        scheme, host, port = origin
        if scheme not in (b"http", b"https"):
            raise httpx.UnsupportedProtocol(f"cannot send to a {scheme.decode()!r} URL")
        loop = asyncio.get_running_loop()
        connection = self._connection_type(loop, origin)
        self._connections.add(connection)
        tls = None
        server_hostname = None
        if scheme == b"https":
            tls = self._tls_context()
            server_hostname = request.extensions.get("sni_hostname") or host.decode("ascii")
        try:
            async with asyncio.timeout(connect_timeout):
                await loop.create_connection(
                    lambda: connection,
                    host.decode("ascii"),
                    port,
                    ssl=tls,
                    server_hostname=server_hostname,
                    happy_eyeballs_delay=0.25,
                )
        except BaseException as error:
            self._discard(connection)
            if isinstance(error, TimeoutError):
                raise httpx.ConnectTimeout(f"timed out connecting to {_netloc(origin)}") from None
            if isinstance(error, OSError | ssl.CertificateError):
                message = f"could not connect to {_netloc(origin)}: {error}"
                raise httpx.ConnectError(message) from error
            raise
        return connection

    def _tls_context(self) -> ssl.SSLContext:
        if self._ssl_context is None:
            context = httpx.create_ssl_context(verify=self._verify, trust_env=self._trust_env)
            context.set_alpn_protocols(["http/1.1"])
            self._ssl_context = context
        return self._ssl_context

    def _release(self, connection: _Connection) -> None:
        """Take back a connection whose answer was read to the end."""
        if (
            connection.keep_alive
            and connection.complete
            and not connection.closed
            and connection in self._connections
        ):
            connection.idle_since = time.monotonic()
            self._idle.setdefault(connection.origin, []).append(connection)
        else:
            self._discard(connection)
        self._wake_a_waiter()

    def _discard(self, connection: _Connection) -> None:
        connection.close()
        if connection in self._connections:
            self._connections.discard(connection)
            self._wake_a_waiter()

    def _wake_a_waiter(self) -> None:
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(True)
                return

    def _forget_loop(self, loop: asyncio.AbstractEventLoop) -> None:
        """Drop connections made in another event loop: they cannot be used in this one."""
        for connection in self._connections:
            connection.close()
        self._connections.clear()
        self._idle.clear()
        self._waiters.clear()
        self._loop = loop


class _Stop(Exception):
    """Raised in a parser callback to end parsing; the connection's fields say why."""


class _Connection(asyncio.Protocol):
    """One HTTP/1.1 connection: sends a request, and llhttp parses the answer as it arrives.

    The parser calls the ``on_*`` methods; they fill in the answer being read (status,
    reason, headers, body pieces) and ``data_received`` turns a parse error into
    ``httpx.RemoteProtocolError``.
    """

    def __init__(self, loop: asyncio.AbstractEventLoop, origin: _Origin) -> None:
        self.loop = loop
        self.origin = origin
        self.transport: asyncio.Transport | None = None
        self.parser = httptools.HttpResponseParser(self)
        self.eof = False
        self.closed = False
        self.lost_error: BaseException | None = None
        self.idle_since: float | None = None
        self.keep_alive = False
        self.awaiting_answer = False  # a request went out; its answer is not complete yet
        # the answer being read
        self.status = 0
        self.reason = b""
        self.http_version = b"HTTP/1.1"
        self.headers: list[tuple[bytes, bytes]] = []
        self.head_done = False
        self.complete = False
        self.body: list[bytes] = []
        self.buffered = 0  # bytes in ``body``
        self.error: httpx.RemoteProtocolError | None = None
        self._stopped = False
        self._head_request = False
        self._head_size = 0  # bytes received while the head was incomplete
        self._header_size = 0  # bytes of the headers parsed
        self._waiter: asyncio.Future[bool] | None = None
        self._write_paused = False
        self._read_paused = False

    # asyncio.Protocol

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        if not self.awaiting_answer:
            # Bytes nobody asked for: what follows on this connection cannot be trusted.
            self.keep_alive = False
            self.close()
            return
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserUpgrade:
            self._fail("an answer switching protocols, unasked")
        except httptools.HttpParserError as error:
            if not self._stopped:
                self._fail(f"an invalid answer ({error})")
        if not self.head_done:
            self._head_size += len(data)
            if self._head_size > _MAX_HEAD:  # and still no end of it
                self._fail("an answer whose head is too large")
        if self.error is not None or self.buffered > _READ_HIGH_WATER:
            self._pause_reading()
        self._wake()

    def eof_received(self) -> bool:
        self.eof = True
        self._end_at_close()
        self._wake()
        return False

    def connection_lost(self, exc: Exception | None) -> None:
        self.eof = True
        self.closed = True
        self.lost_error = exc
        if exc is None:
            self._end_at_close()
        self._wake()

    def pause_writing(self) -> None:
        self._write_paused = True

    def resume_writing(self) -> None:
        self._write_paused = False
        self._wake()

    # llhttp's callbacks

    def on_message_begin(self) -> None:
        if self.complete:  # a second answer to one request
            self.keep_alive = False
            self._stop()
        self.reason = b""
        self.headers = []
        self._header_size = 0

    def on_status(self, reason: bytes) -> None:
        self.reason += reason  # in pieces when the status line arrives in pieces

    def on_header(self, name: bytes, value: bytes) -> None:
        self.headers.append((name, value))
        self._header_size += len(name) + len(value)
        if self._header_size > _MAX_HEAD:
            self._fail("an answer whose head is too large")
            self._stop()

    def on_headers_complete(self) -> None:
        status = self.parser.get_status_code()
        if status < 100:
            self._fail(f"an invalid status code ({status:03d})")
            self._stop()
        if status == 101:
            self._fail("an answer switching protocols, unasked")
            self._stop()
        if status < 200:
            return  # an interim answer such as 100 Continue; the real one follows
        self.status = status
        version = self.parser.get_http_version()
        self.http_version = _HTTP_VERSIONS.get(version) or b"HTTP/" + version.encode("ascii")
        self.head_done = True
        self.keep_alive = self.keep_alive and self.parser.should_keep_alive()
        if self._head_request:
            # llhttp would expect a body of Content-Length bytes; an answer to HEAD has none.
            # Where the head ended in the bytes is not known, so the connection is not reused.
            self.complete, self.keep_alive, self.awaiting_answer = True, False, False
            self._stop()

    def on_body(self, body: bytes) -> None:
        self.body.append(body)
        self.buffered += len(body)

    def on_message_complete(self) -> None:
        if self.head_done:  # else an interim answer ended
            self.complete = True
            self.awaiting_answer = False

    def _stop(self) -> None:
        self._stopped = True
        raise _Stop

    def _fail(self, message: str) -> None:
        if self.error is None:
            self.error = httpx.RemoteProtocolError(f"{_netloc(self.origin)} sent {message}")
        self.keep_alive = False

    def _end_at_close(self) -> None:
        """An answer delimited by the connection closing ends here (llhttp's ``finish``)."""
        if (
            self.head_done
            and not self.complete
            and self.error is None
            and _ends_at_close(self.headers)
        ):
            self.complete, self.keep_alive, self.awaiting_answer = True, False, False

    # waiting

    def _wake(self) -> None:
        waiter = self._waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(True)

    async def _wait(self, seconds: float | None) -> bool:
        """Wait for news from the socket; ``False`` when ``seconds`` passed first."""
        waiter: asyncio.Future[bool] = self.loop.create_future()
        self._waiter = waiter
        handle = None if seconds is None else self.loop.call_later(seconds, _expire, waiter)
        try:
            return await waiter
        finally:
            self._waiter = None
            if handle is not None:
                handle.cancel()

    # pool bookkeeping

    def reusable(self, now: float, expiry: float | None) -> bool:
        if self.closed or self.eof:
            return False
        return expiry is None or self.idle_since is None or now - self.idle_since < expiry

    def close(self) -> None:
        self.closed = True
        if self.transport is not None:
            # A connection of an event loop that is closed went with it.
            with contextlib.suppress(RuntimeError):
                self.transport.close()

    # sending

    async def send(self, request: httpx.Request, write_timeout: float | None) -> None:
        head = _request_head(request)
        self._expect_answer(request)
        try:
            body = request.content
        except httpx.RequestNotRead:
            await self._write(head, write_timeout)
            chunked = request.headers.get("transfer-encoding", "").lower() == "chunked"
            assert isinstance(request.stream, httpx.AsyncByteStream)
            async for chunk in request.stream:
                if chunked and chunk:
                    chunk = b"%x\r\n%b\r\n" % (len(chunk), chunk)
                await self._write(chunk, write_timeout)
            if chunked:
                await self._write(b"0\r\n\r\n", write_timeout)
        else:
            await self._write(head + body if body else head, write_timeout)

    def _expect_answer(self, request: httpx.Request) -> None:
        self.status, self.reason, self.headers = 0, b"", []
        self.head_done = self.complete = False
        self.body, self.buffered = [], 0
        self._head_size = 0
        self._head_request = request.method == "HEAD"
        self.keep_alive = "close" not in request.headers.get("connection", "").lower()
        self.awaiting_answer = True

    async def _write(self, data: bytes, write_timeout: float | None) -> None:
        if self.closed or self.transport is None or self.transport.is_closing():
            raise httpx.WriteError(_lost_message(self.lost_error, "while sending the request"))
        self.transport.write(data)
        while self._write_paused and not self.closed:
            if not await self._wait(write_timeout):
                raise httpx.WriteTimeout("timed out sending the request")

    # receiving

    async def receive_head(self, read_timeout: float | None) -> None:
        """Wait until the head of the answer (status, reason and headers) is parsed."""
        while not self.head_done:
            await self._more(read_timeout, "without sending an answer", "waiting for the answer")

    def take_body(self) -> bytes:
        """The body parsed so far, taken out of the connection."""
        body = self.body[0] if len(self.body) == 1 else b"".join(self.body)
        self.body, self.buffered = [], 0
        self._resume_reading()
        return body

    async def read_body(self, read_timeout: float | None) -> bytes:
        """The next piece of the body; ``b""`` at its end."""
        while not self.body and not self.complete:
            await self._more(
                read_timeout, "before the end of the answer's body", "reading the answer's body"
            )
        return self.take_body()

    async def _more(self, read_timeout: float | None, closed_when: str, waiting_for: str) -> None:
        """Wait for more of the answer; raise what stops it from coming."""
        if self.error is not None:
            raise self.error
        if self.eof:
            raise httpx.RemoteProtocolError(_lost_message(self.lost_error, closed_when))
        if not await self._wait(read_timeout):
            raise httpx.ReadTimeout(f"timed out {waiting_for}")

    def _pause_reading(self) -> None:
        if not self._read_paused and self.transport is not None:
            self._read_paused = True
            self.transport.pause_reading()

    def _resume_reading(self) -> None:
        if self._read_paused and self.error is None and self.transport is not None:
            self._read_paused = False
            self.transport.resume_reading()


class _BufferedStream(httpx.AsyncByteStream):
    """A body that had arrived whole with its head.

    A plain iterator rather than an async generator: the event loop tracks every async
    generator it sees, which costs more than handing over the bytes.
    """

    def __init__(self, body: bytes) -> None:
        self._body = body

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self

    async def __anext__(self) -> bytes:
        body, self._body = self._body, b""
        if not body:
            raise StopAsyncIteration
        return body


class _ResponseStream(httpx.AsyncByteStream):
    """A body read from the connection as it arrives."""

    def __init__(
        self, pool: AsyncioTransport, connection: _Connection, timeout: float | None
    ) -> None:
        self._pool = pool
        self._connection: _Connection | None = connection
        self._timeout = timeout

    async def __aiter__(self) -> AsyncIterator[bytes]:
        connection = self._connection
        if connection is None:
            raise httpx.StreamConsumed()
        try:
            while piece := await connection.read_body(self._timeout):
                yield piece
        except BaseException:
            self._pool._discard(connection)
            self._connection = None
            raise
        self._connection = None
        self._pool._release(connection)

    async def aclose(self) -> None:
        if self._connection is not None:  # closed before its end: the connection cannot be reused
            self._pool._discard(self._connection)
            self._connection = None


def _request_head(request: httpx.Request) -> bytes:
    lines = [b"%b %b HTTP/1.1" % (request.method.encode("ascii"), request.url.raw_path)]
    for name, value in request.headers.raw:
        if not name or b":" in name or b" " in name:
            raise httpx.LocalProtocolError(f"invalid header name {name!r}")
        lines.append(name + b": " + value)
    head = b"\r\n".join(lines)
    breaks = len(lines) - 1
    if head.count(b"\n") != breaks or head.count(b"\r") != breaks or b"\0" in head:
        raise httpx.LocalProtocolError("a request line or header contains CR, LF or NUL")
    return head + b"\r\n\r\n"


def _ends_at_close(headers: list[tuple[bytes, bytes]]) -> bool:
    """Whether the body of an answer with ``headers`` ends when the connection closes.

    It does without Content-Length and without chunked as the last transfer coding
    (RFC 9112, section 6.3); llhttp has checked those headers already.
    """
    codings = b""
    for name, value in headers:
        lowered = name.lower()
        if lowered == b"content-length":
            return False
        if lowered == b"transfer-encoding":
            codings += b"," + value
    return codings.rpartition(b",")[2].strip().lower() != b"chunked"


def _expire(waiter: asyncio.Future[bool]) -> None:
    if not waiter.done():
        waiter.set_result(False)


def _lost_message(error: BaseException | None, when: str) -> str:
    cause = f" ({error})" if error else ""
    return f"the server closed the connection {when}{cause}"


def _netloc(origin: _Origin) -> str:
    return f"{origin[1].decode('ascii')}:{origin[2]}"
