"""A lean HTTP/1.1 transport for ``httpx.AsyncClient``, on asyncio's own protocols.

``AsyncSipgateIO`` sends through it by default (``_async/_io.py``). The generated
client and the retry policy only need an ``httpx.AsyncClient``; what sits under it
decides how much CPU each request costs. httpx's own async pool (httpcore on anyio)
and aiohttp's client both spend several times more per request than parsing a small
JSON answer takes, which caps a single event loop at a few thousand requests a second
(``bench/sms_bench.py`` measures them side by side). This transport does only what an
API client needs: HTTP/1.1 over TCP or TLS, a keep-alive pool, and httpx's semantics.

Requests are written and answers parsed (by llhttp, through ``httptools``) in
``_http11.py``, which ``_socket_transport.py`` (under ``SipgateIO``) shares; it says
what llhttp decides and why it was chosen.

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
from collections import deque
from collections.abc import AsyncIterator
from typing import Any, Final, Unpack, cast

import httpx

from sipgateio import _http11
from sipgateio._http11 import NO_ANSWER, AnswerReader, BodyStream, ConnectionPool, PoolOptions
from sipgateio._http11 import Origin as _Origin

__all__ = ["AsyncioTransport"]

_READ_HIGH_WATER: Final = 256 * 1024  # stop reading from the socket above this many bytes


class AsyncioTransport(ConnectionPool["_Connection"], httpx.AsyncBaseTransport):
    """Send ``httpx`` requests over a pool of kept-alive HTTP/1.1 connections."""

    def __init__(self, **options: Unpack[PoolOptions]) -> None:
        """Options as ``ConnectionPool`` takes them: ``limits``, ``verify``, ``trust_env``."""
        super().__init__(**options)
        self._loop: asyncio.AbstractEventLoop | None = None
        # Requests waiting for a connection, first come first served: each future gets a
        # connection to the waiter's origin handed over, or None when there is room to open one.
        self._waiters: deque[tuple[asyncio.Future[_Connection | None], _Origin]] = deque()
        self._connection_type = _Connection  # bench/parser_bench.py swaps the parser

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` and return the answer, its body still to be read."""
        timeouts = request.extensions.get("timeout", {})
        read_timeout = timeouts.get("read")
        connection = await self._acquire(request, timeouts)
        try:
            await connection.send(request, timeouts.get("write"))
            await connection.receive_head(read_timeout)
            return self._answer(
                connection, _BufferedStream, lambda: _ResponseStream(self, connection, read_timeout)
            )
        except BaseException:
            self._discard(connection)
            raise

    async def aclose(self) -> None:
        """Close every connection, idle or not."""
        self._close_all()
        while self._waiters:
            self._wake_a_waiter()

    # --- the pool ------------------------------------------------------------------------------

    async def _acquire(
        self, request: httpx.Request, timeouts: dict[str, float | None]
    ) -> _Connection:
        loop = asyncio.get_running_loop()
        if loop is not self._loop:
            self._forget_loop(loop)
        origin = _http11.origin_of(request.url)
        deadline = None
        woken = False
        while True:
            # Requests that wait already go first: a connection freed goes to the first of them.
            if woken or not self._waiters:
                connection = self._take_idle(origin)
                if connection is not None:
                    return connection
                if self._has_room():
                    return await self._connect(request, origin, timeouts.get("connect"))
                if self._close_an_idle_connection():
                    continue
            pool_timeout = timeouts.get("pool")
            if deadline is None and pool_timeout is not None:
                deadline = loop.time() + pool_timeout
            handed = await self._wait_for_room(loop, origin, deadline)
            if handed is not None:
                return handed
            woken = True

    async def _wait_for_room(
        self, loop: asyncio.AbstractEventLoop, origin: _Origin, deadline: float | None
    ) -> _Connection | None:
        """Wait for a connection to ``origin`` handed over, or for room to open one (``None``)."""
        waiter: asyncio.Future[_Connection | None] = loop.create_future()
        entry = (waiter, origin)
        self._waiters.append(entry)
        handle = None if deadline is None else loop.call_at(deadline, _time_out, waiter)
        try:
            return await waiter
        except BaseException:
            if waiter.done() and not waiter.cancelled() and waiter.exception() is None:
                handed = waiter.result()  # and not used: pass it on
                if handed is None:
                    self._wake_a_waiter()
                else:
                    self._release(handed)
            else:
                with contextlib.suppress(ValueError):
                    self._waiters.remove(entry)
            raise
        finally:
            if handle is not None:
                handle.cancel()

    async def _connect(
        self, request: httpx.Request, origin: _Origin, connect_timeout: float | None
    ) -> _Connection:
        scheme, host, port = origin
        loop = asyncio.get_running_loop()
        tls = None
        server_hostname = None
        if scheme == b"https":
            tls = self._tls_context()  # before the connection counts: it may fail
            server_hostname = request.extensions.get("sni_hostname") or host.decode("ascii")
        connection = self._connection_type(loop, origin)
        self._connections.add(connection)
        # uvloop's create_connection has no happy_eyeballs_delay: it tries one address after
        # the other, as asyncio does without the option.
        racing: dict[str, Any] = {}
        if isinstance(loop, asyncio.BaseEventLoop):
            racing["happy_eyeballs_delay"] = 0.25
        try:
            async with asyncio.timeout(connect_timeout):
                await loop.create_connection(
                    lambda: connection,
                    host.decode("ascii"),
                    port,
                    ssl=tls,
                    server_hostname=server_hostname,
                    **racing,
                )
        except BaseException as error:
            self._discard(connection)
            failure = _http11.connect_failure(origin, error)
            if failure is None:
                raise
            raise failure from None if isinstance(error, TimeoutError) else error
        return connection

    def _release(self, connection: _Connection) -> None:
        if not self._can_keep(connection) or connection.eof:
            self._discard(connection)
            return
        while self._waiters:
            waiter, origin = self._waiters[0]
            if waiter.done():
                self._waiters.popleft()
            elif origin == connection.origin:
                self._waiters.popleft()
                waiter.set_result(connection)
                return
            else:
                break
        self._keep_idle(connection)
        self._wake_a_waiter()  # one waiting for another origin may close it to make room

    def _discard(self, connection: _Connection) -> None:
        if self._forget(connection):
            self._wake_a_waiter()

    def _wake_a_waiter(self) -> None:
        """Tell the first waiter there is room (it looks for an idle connection first)."""
        while self._waiters:
            waiter, _ = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                return

    def _forget_loop(self, loop: asyncio.AbstractEventLoop) -> None:
        """Drop connections made in another event loop: they cannot be used in this one."""
        self._close_all()
        self._waiters.clear()
        self._loop = loop


class _Connection(AnswerReader, asyncio.Protocol):
    """One HTTP/1.1 connection: sends a request; llhttp parses the answer as it arrives."""

    def __init__(self, loop: asyncio.AbstractEventLoop, origin: _Origin) -> None:
        super().__init__(origin)
        self.loop = loop
        self.transport: asyncio.Transport | None = None
        self._waiter: asyncio.Future[bool] | None = None
        self._write_paused = False
        self._read_paused = False

    # asyncio.Protocol

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        # a TCP transport: asyncio's is an asyncio.Transport, uvloop's only behaves like one
        self.transport = cast(asyncio.Transport, transport)

    def data_received(self, data: bytes) -> None:
        if not self.awaiting_answer:
            # Bytes nobody asked for: what follows on this connection cannot be trusted.
            self.keep_alive = False
            self.close()
            return
        self.feed(data)
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

    def close(self) -> None:
        self.closed = True
        if self.transport is not None:
            # A connection of an event loop that is closed went with it.
            with contextlib.suppress(RuntimeError):
                self.transport.close()

    # sending

    async def send(self, request: httpx.Request, write_timeout: float | None) -> None:
        head = _http11.request_head(request)
        self._expect_answer(request, head)
        whole = _http11.whole_request(request, head)
        if whole is not None:
            await self._write(whole, write_timeout)
            return
        await self._write(head, write_timeout)
        chunked = _http11.is_chunked(request)
        assert isinstance(request.stream, httpx.AsyncByteStream)
        async for chunk in request.stream:
            await self._write(_http11.frame_chunk(chunk, chunked), write_timeout)
        if chunked:
            await self._write(_http11.CHUNKED_END, write_timeout)

    async def _write(self, data: bytes, write_timeout: float | None) -> None:
        if self.closed or self.transport is None or self.transport.is_closing():
            raise httpx.WriteError(
                _http11.lost_message(self.lost_error, "while sending the request")
            )
        self.transport.write(data)
        while self._write_paused and not self.closed:
            if not await self._wait(write_timeout):
                raise httpx.WriteTimeout("timed out sending the request")

    # receiving

    async def receive_head(self, read_timeout: float | None) -> None:
        """Wait until the head of the answer (status, reason and headers) is parsed."""
        while not self.head_done:
            await self._more(read_timeout, NO_ANSWER, "waiting for the answer")

    def take_body(self) -> bytes:
        """The body parsed so far, taken out of the connection."""
        body = super().take_body()
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
        self._no_more(closed_when)
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


class _ResponseStream(BodyStream["_Connection"], httpx.AsyncByteStream):
    """A body read from the connection as it arrives."""

    async def __aiter__(self) -> AsyncIterator[bytes]:
        connection = self._borrowed()
        try:
            while piece := await connection.read_body(self._read_timeout):
                yield piece
        except BaseException:
            self._give_back(whole=False)
            raise
        self._give_back(whole=True)

    async def aclose(self) -> None:
        self._give_back(whole=False)


def _time_out(waiter: asyncio.Future[_Connection | None]) -> None:
    if not waiter.done():
        waiter.set_exception(httpx.PoolTimeout("timed out waiting for a free connection"))


def _expire(waiter: asyncio.Future[bool]) -> None:
    if not waiter.done():
        waiter.set_result(False)
