"""A lean HTTP/1.1 transport for ``httpx.Client``, on blocking sockets.

``SipgateIO`` sends through it by default (``_sync/_io.py``). Profiled sending SMS one
after another (``bench/sms_bench.py``, cProfile), httpx's own pool spent most of a
request's CPU outside sipgateio: httpcore 14 %, h11 17 % (it parses in Python), and
the system calls about 30 %, partly because httpcore writes a request's head and body
in two ``send`` calls and the server wakes up for each. This transport sends head and
body in one call, and the answer is parsed by llhttp through ``httptools``
(``_http11.py``, shared with the async transport, ``_asyncio_transport.py``); what is
left here is the pool and the sockets. Measured with ``bench/sms_bench.py`` (one run,
7 rounds, server and client pinned to their own cores), ``SipgateIO`` sent 6,861 SMS/s
at 112 µs of CPU each over this transport, and 2,227 at 363 µs over httpx's pool; the
Node SDK 4,412 at 175 µs. ``docs/guides/performance.md`` has more figures.

* A keep-alive pool that threads share (``SipgateIO`` runs bulk work on threads): a
  connection serves one request at a time and goes back to the pool when its answer has
  been read to the end; one closed early is closed.
* Timeouts: ``pool`` bounds the wait for a free connection (``httpx.PoolTimeout``),
  ``connect`` opening one, the TLS handshake included (``httpx.ConnectTimeout``),
  ``write`` every wait to send (``httpx.WriteTimeout``) and ``read`` every wait for
  the answer (``httpx.ReadTimeout``).
* Errors say whether the request can have reached the server, as the async transport's
  do: ``httpx.ConnectError`` (a failed TLS handshake included), ``httpx.ConnectTimeout``
  and ``httpx.PoolTimeout`` mean it did not; ``httpx.WriteError``,
  ``httpx.WriteTimeout``, ``httpx.ReadTimeout`` and ``httpx.RemoteProtocolError`` mean
  it may have. A kept-alive connection that has something to read while idle (the
  server closed it, or sent bytes nobody asked for) is not used again; one the server
  closes while the request is on its way fails with ``httpx.WriteError`` or
  ``httpx.RemoteProtocolError``, so a write is never sent twice.
* TLS trusts what ``httpx.Client`` trusts with the same ``verify`` and ``trust_env``:
  ``SSL_CERT_FILE`` or ``SSL_CERT_DIR`` when set, else certifi.
* It reports ``http11.send_request_body.complete`` to a ``trace`` request extension, as
  httpcore does (``_sync/_io.Prefetch`` waits for it).

Redirects, cookies, decompression, proxies and authentication stay httpx's job.
"""

from __future__ import annotations

import contextlib
import select
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from typing import Unpack

import httpx

from sipgateio import _http11
from sipgateio._http11 import (
    NO_ANSWER,
    AnswerReader,
    BodyStream,
    ConnectionPool,
    Origin,
    PoolOptions,
)

__all__ = ["SocketTransport"]

_RECEIVE = 64 * 1024  # bytes asked of the socket at a time


class SocketTransport(ConnectionPool["_Connection"], httpx.BaseTransport):
    """Send ``httpx`` requests over a thread-safe pool of kept-alive HTTP/1.1 connections."""

    def __init__(self, **options: Unpack[PoolOptions]) -> None:
        """Options as ``ConnectionPool`` takes them: ``limits``, ``verify``, ``trust_env``."""
        super().__init__(**options)
        self._lock = threading.Lock()
        self._room = threading.Condition(self._lock)  # notified when a connection is freed

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` and return the answer, its body still to be read."""
        timeouts = request.extensions.get("timeout", {})
        read_timeout = timeouts.get("read")
        connection = self._acquire(request, timeouts)
        try:
            connection.send(request, timeouts.get("write"))
            connection.receive_head(read_timeout)
            return self._answer(
                connection,
                httpx.ByteStream,
                lambda: _ResponseStream(self, connection, read_timeout),
            )
        except BaseException:
            self._discard(connection)
            raise

    def close(self) -> None:
        """Close every connection, idle or not."""
        with self._lock:
            self._close_all()
            self._room.notify_all()

    # --- the pool ------------------------------------------------------------------------------

    def _acquire(self, request: httpx.Request, timeouts: dict[str, float | None]) -> _Connection:
        origin = _http11.origin_of(request.url)
        deadline = None
        with self._lock:
            while True:
                connection = self._take_idle(origin)
                if connection is not None:
                    return connection
                if self._has_room():
                    connection = _Connection(origin)
                    self._connections.add(connection)  # counted while it connects
                    break
                if self._close_an_idle_connection():
                    continue
                pool_timeout = timeouts.get("pool")
                if deadline is None and pool_timeout is not None:
                    deadline = time.monotonic() + pool_timeout
                remaining = None if deadline is None else deadline - time.monotonic()
                if remaining is not None and remaining <= 0:
                    raise httpx.PoolTimeout("timed out waiting for a free connection")
                self._room.wait(remaining)
        try:
            tls = self._tls_context() if origin[0] == b"https" else None
            connection.connect(request, timeouts.get("connect"), tls)
        except BaseException:
            self._discard(connection)
            raise
        return connection

    def _tls_context(self) -> ssl.SSLContext:
        with self._lock:
            return super()._tls_context()

    def _release(self, connection: _Connection) -> None:
        with self._lock:
            if self._keep_idle(connection) or self._forget(connection):
                self._room.notify()

    def _discard(self, connection: _Connection) -> None:
        with self._lock:
            if self._forget(connection):
                self._room.notify()


class _Connection(AnswerReader):
    """One HTTP/1.1 connection on a blocking socket; llhttp parses what ``recv`` returns."""

    def __init__(self, origin: Origin) -> None:
        super().__init__(origin)
        self.sock: socket.socket | None = None
        self._socket_timeout: float | None = None
        # poll() has no limit on descriptor numbers; Windows has only select()
        self._poll = select.poll() if hasattr(select, "poll") else None

    def connect(
        self, request: httpx.Request, timeout: float | None, tls: ssl.SSLContext | None
    ) -> None:
        """Open the TCP connection and, given a ``tls`` context, make the handshake."""
        _, host, port = self.origin
        sock = None
        try:
            sock = socket.create_connection((host.decode("ascii"), port), timeout=timeout)
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            if tls is not None:
                server_hostname = request.extensions.get("sni_hostname") or host.decode("ascii")
                sock = tls.wrap_socket(sock, server_hostname=server_hostname)
        except BaseException as error:
            if sock is not None:
                sock.close()
            failure = _http11.connect_failure(self.origin, error)
            if failure is None:
                raise
            raise failure from None if isinstance(error, TimeoutError) else error
        self.sock = sock
        self._socket_timeout = timeout
        if self._poll is not None:
            self._poll.register(sock.fileno(), select.POLLIN)

    def reusable(self, now: float, expiry: float | None) -> bool:
        """Whether this idle connection can carry another request.

        Not when anything can be read while no answer is due: the server closed the
        connection (or sent bytes nobody asked for, which make what follows untrustworthy).
        """
        if self.sock is None or not super().reusable(now, expiry):
            return False
        if isinstance(self.sock, ssl.SSLSocket) and self.sock.pending():
            return False
        if self._poll is None:
            return not select.select((self.sock,), (), (), 0)[0]
        return not self._poll.poll(0)

    def close(self) -> None:
        self.closed = True
        sock, self.sock = self.sock, None
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.close()

    def _wait_at_most(self, seconds: float | None) -> socket.socket:
        sock = self.sock
        if sock is None:
            raise httpx.WriteError(_http11.lost_message(None, "while sending the request"))
        if seconds != self._socket_timeout:
            sock.settimeout(seconds)
            self._socket_timeout = seconds
        return sock

    # sending

    def send(self, request: httpx.Request, write_timeout: float | None) -> None:
        head = _http11.request_head(request)
        self._expect_answer(request, head)
        whole = _http11.whole_request(request, head)
        if whole is not None:
            self._write(whole, write_timeout)
        else:
            self._write(head, write_timeout)
            chunked = _http11.is_chunked(request)
            assert isinstance(request.stream, httpx.SyncByteStream)
            for chunk in request.stream:
                self._write(_http11.frame_chunk(chunk, chunked), write_timeout)
            if chunked:
                self._write(_http11.CHUNKED_END, write_timeout)
        trace = request.extensions.get("trace")
        if trace is not None:
            trace("http11.send_request_body.complete", {"request": request})

    def _write(self, data: bytes, write_timeout: float | None) -> None:
        sock = self._wait_at_most(write_timeout)
        view = memoryview(data)
        try:
            while view:
                view = view[sock.send(view) :]
        except TimeoutError:
            raise httpx.WriteTimeout("timed out sending the request") from None
        except OSError as error:
            self.eof = True
            raise httpx.WriteError(
                _http11.lost_message(error, "while sending the request")
            ) from error

    # receiving

    def receive_head(self, read_timeout: float | None) -> None:
        """Read until the head of the answer (status, reason and headers) is parsed."""
        while not self.head_done:
            self._more(read_timeout, NO_ANSWER, "waiting for the answer")

    def read_body(self, read_timeout: float | None) -> bytes:
        """The next piece of the body; ``b""`` at its end."""
        while not self.body and not self.complete:
            self._more(
                read_timeout, "before the end of the answer's body", "reading the answer's body"
            )
        return self.take_body()

    def _more(self, read_timeout: float | None, closed_when: str, waiting_for: str) -> None:
        """Read more of the answer; raise what stops it from coming."""
        self._no_more(closed_when)
        sock = self._wait_at_most(read_timeout)
        try:
            data = sock.recv(_RECEIVE)
        except TimeoutError:
            raise httpx.ReadTimeout(f"timed out {waiting_for}") from None
        except OSError as error:
            self.eof, self.lost_error = True, error
            data = b""
        if data:
            self.feed(data)
        else:
            self.eof = True
            self._end_at_close()


class _ResponseStream(BodyStream["_Connection"], httpx.SyncByteStream):
    """A body read from the connection as it is asked for."""

    def __iter__(self) -> Iterator[bytes]:
        connection = self._borrowed()
        try:
            while piece := connection.read_body(self._read_timeout):
                yield piece
        except BaseException:
            self._give_back(whole=False)
            raise
        self._give_back(whole=True)

    def close(self) -> None:
        self._give_back(whole=False)
