"""A lean HTTP/1.1 transport for ``httpx.AsyncClient``, on asyncio's own protocols.

``AsyncSipgateIO`` sends through it by default (``_async/_io.py``). The generated
client and the retry policy only need an ``httpx.AsyncClient``; what sits under it
decides how much CPU each request costs. httpx's own async pool (httpcore on anyio)
and aiohttp's client both spend several times more per request than parsing a small
JSON answer takes, which caps a single event loop at a few thousand requests a second
(``bench/sms_bench.py`` measures them side by side). This transport does only what an
API client needs: HTTP/1.1 over TCP or TLS, a keep-alive pool, and httpx's semantics.

* Timeouts: ``pool`` bounds the wait for a free connection (``httpx.PoolTimeout``),
  ``connect`` opening one (``httpx.ConnectTimeout``), ``write`` every wait to send
  (``httpx.WriteTimeout``) and ``read`` every wait for the answer (``httpx.ReadTimeout``).
* Errors say whether the request can have reached the server: ``httpx.ConnectError``
  and the two timeouts above mean it did not; ``httpx.WriteError``,
  ``httpx.RemoteProtocolError`` and ``httpx.ReadError`` mean it may have.
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

import httpx

__all__ = ["AsyncioTransport"]

DEFAULT_LIMITS: Final = httpx.Limits(max_connections=100, keepalive_expiry=5.0)

_MAX_HEAD: Final = 64 * 1024  # status line and headers of one answer
_MAX_CHUNK_LINE: Final = 4 * 1024
_READ_HIGH_WATER: Final = 256 * 1024  # stop reading from the socket above this many bytes
_NO_BODY_STATUSES: Final = frozenset({204, 304})

_Origin = tuple[bytes, bytes, int]

# How an answer's body is delimited (RFC 9112, section 6.3).
_EMPTY, _LENGTH, _CHUNKED, _UNTIL_CLOSE = range(4)


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

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` and return the answer, its body still to be read."""
        timeouts = request.extensions.get("timeout", {})
        connection = await self._acquire(request, timeouts)
        try:
            await connection.send(request, timeouts.get("write"))
            version, status, reason, headers = await connection.receive_head(
                request.method, timeouts.get("read")
            )
            stream: httpx.AsyncByteStream
            if connection.body_buffered():
                stream = _BufferedStream(connection.read_buffered_body())
                self._release(connection)
            else:
                stream = _ResponseStream(self, connection, timeouts.get("read"))
        except BaseException:
            self._discard(connection)
            raise
        extensions = {"http_version": version, "reason_phrase": reason}
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
        connection = _Connection(loop, origin)
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
        if connection.keep_alive and not connection.closed and connection in self._connections:
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


class _Connection(asyncio.Protocol):
    """One HTTP/1.1 connection: sends a request, then parses its answer from ``buffer``."""

    def __init__(self, loop: asyncio.AbstractEventLoop, origin: _Origin) -> None:
        self.loop = loop
        self.origin = origin
        self.transport: asyncio.Transport | None = None
        self.buffer = bytearray()
        self.eof = False
        self.closed = False
        self.lost_error: BaseException | None = None
        self.idle_since: float | None = None
        self.keep_alive = False
        self.framing = _EMPTY
        self.remaining = 0  # bytes of the body, or of the current chunk, still to come
        self._chunk_state = 0  # 0: at a size line, 1: in data, 2: at its CRLF, 3: done
        self._waiter: asyncio.Future[bool] | None = None
        self._write_paused = False
        self._read_paused = False

    # asyncio.Protocol

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        if len(self.buffer) > _READ_HIGH_WATER and self.transport is not None:
            self.transport.pause_reading()
            self._read_paused = True
        self._wake()

    def eof_received(self) -> bool:
        self.eof = True
        self._wake()
        return False

    def connection_lost(self, exc: Exception | None) -> None:
        self.eof = True
        self.closed = True
        self.lost_error = exc
        self._wake()

    def pause_writing(self) -> None:
        self._write_paused = True

    def resume_writing(self) -> None:
        self._write_paused = False
        self._wake()

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
        if self.closed or self.eof or self.buffer:
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
        self.keep_alive = "close" not in request.headers.get("connection", "").lower()

    async def _write(self, data: bytes, write_timeout: float | None) -> None:
        if self.closed or self.transport is None or self.transport.is_closing():
            raise httpx.WriteError(_lost_message(self.lost_error, "while sending the request"))
        self.transport.write(data)
        while self._write_paused and not self.closed:
            if not await self._wait(write_timeout):
                raise httpx.WriteTimeout("timed out sending the request")

    # receiving

    async def receive_head(
        self, method: str, read_timeout: float | None
    ) -> tuple[bytes, int, bytes, list[tuple[bytes, bytes]]]:
        """Read the head of the answer: HTTP version, status, reason and headers."""
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                if len(self.buffer) > _MAX_HEAD:
                    raise httpx.RemoteProtocolError("the answer's headers are too large")
                if self.eof:
                    raise httpx.RemoteProtocolError(
                        _lost_message(self.lost_error, "without sending an answer")
                    )
                if not await self._wait(read_timeout):
                    raise httpx.ReadTimeout("timed out waiting for the answer")
                continue
            head = bytes(self.buffer[:end])
            del self.buffer[: end + 4]
            self._resume_reading()
            version, status, reason, headers = _parse_head(head)
            if 100 <= status < 200:
                if status == 101:
                    raise httpx.RemoteProtocolError("the server switched protocols unasked")
                continue  # an interim answer such as 100 Continue; the real one follows
            self._frame(method, version, status, headers)
            return version, status, reason, headers

    def _frame(
        self, method: str, version: bytes, status: int, headers: list[tuple[bytes, bytes]]
    ) -> None:
        """Decide from the head how the body is delimited and whether to keep the connection."""
        connection = b""
        transfer_encoding = b""
        lengths: list[bytes] = []
        for name, value in headers:
            lowered = name.lower()
            if lowered == b"content-length":
                lengths.extend(v.strip() for v in value.split(b","))
            elif lowered == b"transfer-encoding":
                transfer_encoding += value.lower() + b","
            elif lowered == b"connection":
                connection += value.lower() + b","
        if version != b"HTTP/1.1" or b"close" in connection:
            self.keep_alive = False
        if method == "HEAD" or status in _NO_BODY_STATUSES:
            self.framing = _EMPTY
        elif transfer_encoding:
            codings = [c.strip() for c in transfer_encoding.split(b",") if c.strip()]
            if codings[-1:] == [b"chunked"]:
                self.framing, self._chunk_state = _CHUNKED, 0
                if lengths:
                    self.keep_alive = False  # both framings given: do not trust the rest
            else:
                self.framing, self.keep_alive = _UNTIL_CLOSE, False
        elif lengths:
            if any(not v.isdigit() for v in lengths) or len(set(lengths)) != 1:
                raise httpx.RemoteProtocolError(f"invalid Content-Length {lengths!r}")
            self.remaining = int(lengths[0])
            self.framing = _LENGTH if self.remaining else _EMPTY
        else:
            self.framing, self.keep_alive = _UNTIL_CLOSE, False

    def body_buffered(self) -> bool:
        """Whether the whole body is in ``buffer`` already (none, or a Content-Length one)."""
        return self.framing == _EMPTY or (
            self.framing == _LENGTH and len(self.buffer) >= self.remaining
        )

    def read_buffered_body(self) -> bytes:
        if self.framing == _EMPTY:
            body = b""
        else:
            body = bytes(self.buffer[: self.remaining])
            del self.buffer[: self.remaining]
            self.remaining = 0
        if self.buffer:
            self.keep_alive = False  # more bytes than the answer holds: the stream is garbled
        return body

    async def read_body(self, read_timeout: float | None) -> bytes:
        """The next piece of the body; ``b""`` at its end."""
        while True:
            piece = self._next_piece()
            if piece is not None:
                self._resume_reading()
                return piece
            if self.eof:
                if self.framing == _UNTIL_CLOSE:
                    return b""
                raise httpx.RemoteProtocolError(
                    _lost_message(self.lost_error, "before the end of the answer's body")
                )
            if not await self._wait(read_timeout):
                raise httpx.ReadTimeout("timed out reading the answer's body")

    def _next_piece(self) -> bytes | None:
        """A piece of the body taken from ``buffer``, ``b""`` at the end, ``None``: wait."""
        buffer = self.buffer
        if self.framing == _LENGTH:
            if not self.remaining:
                return b""
            if not buffer:
                return None
            piece = bytes(buffer[: self.remaining])
            del buffer[: len(piece)]
            self.remaining -= len(piece)
            return piece
        if self.framing == _UNTIL_CLOSE:
            if not buffer:
                return None
            piece = bytes(buffer)
            buffer.clear()
            return piece
        if self.framing == _CHUNKED:
            return self._next_chunk_piece()
        return b""

    def _next_chunk_piece(self) -> bytes | None:
        buffer = self.buffer
        while True:
            if self._chunk_state == 3:
                return b""
            if self._chunk_state == 1:
                if not buffer:
                    return None
                piece = bytes(buffer[: self.remaining])
                del buffer[: len(piece)]
                self.remaining -= len(piece)
                if not self.remaining:
                    self._chunk_state = 2
                return piece
            end = buffer.find(b"\r\n")
            if end < 0:
                if len(buffer) > _MAX_CHUNK_LINE:
                    raise httpx.RemoteProtocolError("invalid chunked body")
                return None
            line = bytes(buffer[:end])
            del buffer[: end + 2]
            if self._chunk_state == 2:  # the CRLF after a chunk's data
                if line:
                    raise httpx.RemoteProtocolError("invalid chunked body")
                self._chunk_state = 0
            elif self._chunk_state == 0:
                size = line.split(b";", 1)[0].strip()
                try:
                    self.remaining = int(size, 16)
                except ValueError:
                    raise httpx.RemoteProtocolError("invalid chunk size") from None
                if size.startswith((b"-", b"+", b"0x", b"0X")):
                    raise httpx.RemoteProtocolError("invalid chunk size")
                self._chunk_state = 1 if self.remaining else 4
            elif not line:  # state 4: trailers, up to an empty line
                self._chunk_state = 3

    def _resume_reading(self) -> None:
        if self._read_paused and len(self.buffer) < _READ_HIGH_WATER and self.transport:
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
        if connection.buffer:
            connection.keep_alive = False
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


def _parse_head(head: bytes) -> tuple[bytes, int, bytes, list[tuple[bytes, bytes]]]:
    lines = head.split(b"\r\n")
    status_line = lines[0]
    version = status_line[:8]
    status_code = status_line[9:12]
    if (
        version not in (b"HTTP/1.1", b"HTTP/1.0")
        or status_line[8:9] != b" "
        or not status_code.isdigit()
        or status_line[12:13] not in (b"", b" ")
    ):
        raise httpx.RemoteProtocolError(f"invalid status line {status_line[:100]!r}")
    headers = []
    for line in lines[1:]:
        name, colon, value = line.partition(b":")
        if not colon or not name or name != name.strip() or line[:1] in (b" ", b"\t"):
            raise httpx.RemoteProtocolError(f"invalid header line {line[:100]!r}")
        headers.append((name, value.strip(b" \t")))
    return version, int(status_code), status_line[13:], headers


def _expire(waiter: asyncio.Future[bool]) -> None:
    if not waiter.done():
        waiter.set_result(False)


def _lost_message(error: BaseException | None, when: str) -> str:
    cause = f" ({error})" if error else ""
    return f"the server closed the connection {when}{cause}"


def _netloc(origin: _Origin) -> str:
    return f"{origin[1].decode('ascii')}:{origin[2]}"
