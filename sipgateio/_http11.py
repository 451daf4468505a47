"""HTTP/1.1 for sipgateio's own transports: the request's bytes and the answer's parsing.

Both transports, ``_asyncio_transport.py`` (under ``AsyncSipgateIO``) and
``_socket_transport.py`` (under ``SipgateIO``), write requests and read answers through
this module; they only differ in how bytes reach the socket and how they wait.

Answers are parsed by llhttp, Node's HTTP parser, through ``httptools`` (as uvicorn uses
it). llhttp decides the framing (Content-Length, chunked, until close), interim answers,
keep-alive, and what is malformed: bare LF line ends, obs-fold, a chunk size such as
``0_c``, conflicting lengths. Measured on the async SMS path (``bench/parser_bench.py``:
200 in flight, nine runs), h11, the parser under httpx's own pool, costs about 70 µs more
CPU per SMS than llhttp (about 230 µs against 160 µs). Three things llhttp decides from
outside are not exposed by httptools, so they are here:

* an answer to HEAD ends with its head (llhttp's skip-body flag); as where the head
  ended in the bytes received is then unknown, that connection is not reused;
* a body delimited by the connection closing ends when it closes (llhttp's ``finish``);
* a status code below 100, which llhttp reads as any three digits, is refused, as h11
  refuses it (RFC 9110, section 15).

A head larger than 64 KiB is refused too (llhttp sets no limit of its own).
"""

from __future__ import annotations

import re
import ssl
import time
from collections.abc import Callable
from typing import Final, Generic, TypedDict, TypeVar
from urllib.request import getproxies

import httptools
import httpx

__all__ = [
    "CHUNKED_END",
    "DEFAULT_LIMITS",
    "MAX_HEAD",
    "NO_ANSWER",
    "AnswerReader",
    "BodyStream",
    "ConnectionPool",
    "Origin",
    "PoolOptions",
    "connect_failure",
    "frame_chunk",
    "is_chunked",
    "lost_message",
    "netloc",
    "origin_of",
    "proxy_configured",
    "request_head",
    "tls_context",
    "whole_request",
]

DEFAULT_LIMITS: Final = httpx.Limits(max_connections=100, keepalive_expiry=5.0)
MAX_HEAD: Final = 64 * 1024  # bytes received before the head of an answer is complete
CHUNKED_END: Final = b"0\r\n\r\n"
NO_ANSWER: Final = "without sending an answer"  # for ``lost_message``

_HTTP_VERSIONS: Final = {"1.1": b"HTTP/1.1", "1.0": b"HTTP/1.0"}
# A request head that asks for its connection to be closed after the answer.
_CLOSING: Final = re.compile(rb"\r\nconnection:[^\r]*close", re.IGNORECASE)

Origin = tuple[bytes, bytes, int]
C = TypeVar("C", bound="AnswerReader")


def origin_of(url: httpx.URL) -> Origin:
    """Scheme, host and port of ``url``; a scheme other than http(s) is refused."""
    scheme = url.raw_scheme
    if scheme not in (b"http", b"https"):
        raise httpx.UnsupportedProtocol(f"cannot send to a {scheme.decode()!r} URL")
    return scheme, url.raw_host, url.port or (443 if scheme == b"https" else 80)


def netloc(origin: Origin) -> str:
    return f"{origin[1].decode('ascii')}:{origin[2]}"


def tls_context(verify: ssl.SSLContext | bool, trust_env: bool) -> ssl.SSLContext:
    """What ``httpx.Client(verify=verify, trust_env=trust_env)`` trusts, for HTTP/1.1.

    ``SSL_CERT_FILE`` or ``SSL_CERT_DIR`` when set (and ``trust_env``), else certifi;
    verification is off only for ``verify=False`` or a context made so.
    """
    try:
        context = httpx.create_ssl_context(verify=verify, trust_env=trust_env)
    except OSError as error:  # ssl.SSLError included
        raise httpx.ConnectError(
            "could not load the certificates to trust (SSL_CERT_FILE or SSL_CERT_DIR when set, "
            f"else certifi's): {error}"
        ) from error
    if not isinstance(verify, ssl.SSLContext):  # a caller's own context stays as it is
        context.set_alpn_protocols(["http/1.1"])
    return context


def connect_failure(origin: Origin, error: BaseException) -> httpx.TransportError | None:
    """The httpx error for a connection (or TLS handshake) that could not be made."""
    if isinstance(error, TimeoutError):
        return httpx.ConnectTimeout(f"timed out connecting to {netloc(origin)}")
    if isinstance(error, OSError | ssl.CertificateError):
        return httpx.ConnectError(f"could not connect to {netloc(origin)}: {error}")
    return None


def proxy_configured() -> bool:
    """Whether httpx would send requests through a proxy.

    It reads proxies as httpx does: ``HTTP_PROXY``, ``HTTPS_PROXY``, ``ALL_PROXY`` (in
    either case) and, on macOS and Windows, the system's settings. ``NO_PROXY`` is left
    to httpx's pool, which honours it.
    """
    proxies = getproxies()
    return any(proxies.get(scheme) for scheme in ("http", "https", "all"))


# --- the request ------------------------------------------------------------------------------


def request_head(request: httpx.Request) -> bytes:
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


def whole_request(request: httpx.Request, head: bytes) -> bytes | None:
    """``head`` and the body, to be sent in one write; ``None`` when the body is a stream.

    A streamed body follows its head piece by piece, each through ``frame_chunk``, and,
    when it is chunked, ``CHUNKED_END`` after the last.
    """
    try:
        body = request.content
    except httpx.RequestNotRead:
        return None
    return head + body if body else head


def is_chunked(request: httpx.Request) -> bool:
    coding: str = request.headers.get("transfer-encoding", "")
    return coding.lower() == "chunked"


def frame_chunk(chunk: bytes, chunked: bool) -> bytes:
    return b"%x\r\n%b\r\n" % (len(chunk), chunk) if chunked and chunk else chunk


# --- the pool ---------------------------------------------------------------------------------


class PoolOptions(TypedDict, total=False):
    """How a transport's pool is made (see ``ConnectionPool``)."""

    limits: httpx.Limits
    verify: ssl.SSLContext | bool
    trust_env: bool


class ConnectionPool(Generic[C]):
    """What the transports' pools share: limits, trust, and the idle connections by origin.

    ``limits.max_connections`` caps the open connections (``None``: no cap) and
    ``limits.keepalive_expiry`` is how long an idle connection is kept. ``verify`` and
    ``trust_env`` choose the TLS trust store as ``httpx.Client`` and ``httpx.AsyncClient``
    do. ``_connections`` holds every connection open or being opened; ``_idle`` those
    among them free for another request, newest last. Each transport adds its own
    waiting and locking around these.
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
        self._idle: dict[Origin, list[C]] = {}
        self._connections: set[C] = set()

    def _release(self, connection: C) -> None:
        """Take back a connection whose answer was read to the end."""
        raise NotImplementedError

    def _discard(self, connection: C) -> None:
        """Close a connection that cannot carry another request."""
        raise NotImplementedError

    def _answer(
        self,
        connection: C,
        whole: Callable[[bytes], httpx.SyncByteStream | httpx.AsyncByteStream],
        rest: Callable[[], httpx.SyncByteStream | httpx.AsyncByteStream],
    ) -> httpx.Response:
        """The answer whose head ``connection`` read: its body ``whole`` when it came with
        the head (and the connection back in the pool), else the ``rest`` still to read.
        """
        if connection.complete:
            response = connection.response(whole(connection.take_body()))
            self._release(connection)  # may hand it to another request at once
            return response
        return connection.response(rest())

    def _has_room(self) -> bool:
        return self._max_connections is None or len(self._connections) < self._max_connections

    def _take_idle(self, origin: Origin) -> C | None:
        idle = self._idle.get(origin)
        if not idle:
            return None
        now = time.monotonic()
        while idle:
            connection = idle.pop()
            if connection.reusable(now, self._keepalive_expiry):
                connection.idle_since = None
                return connection
            self._forget(connection)
        return None

    def _close_an_idle_connection(self) -> bool:
        for idle in self._idle.values():
            if idle:
                self._forget(idle.pop(0))
                return True
        return False

    def _can_keep(self, connection: C) -> bool:
        """Whether ``connection``, its answer read to the end, can carry another request."""
        return (
            connection.keep_alive
            and connection.complete
            and not connection.closed
            and connection in self._connections
        )

    def _keep_idle(self, connection: C) -> bool:
        """Put ``connection`` among the idle ones, if it can carry another request."""
        if not self._can_keep(connection):
            return False
        connection.idle_since = time.monotonic()
        self._idle.setdefault(connection.origin, []).append(connection)
        return True

    def _forget(self, connection: C) -> bool:
        """Close ``connection``; whether that made room for another."""
        connection.close()
        if connection in self._connections:
            self._connections.discard(connection)
            return True
        return False

    def _close_all(self) -> None:
        for connection in self._connections:
            connection.close()
        self._connections.clear()
        self._idle.clear()

    def _tls_context(self) -> ssl.SSLContext:
        if self._ssl_context is None:
            self._ssl_context = tls_context(self._verify, self._trust_env)
        return self._ssl_context


class BodyStream(Generic[C]):
    """What the transports' streams of an answer's body share: their connection's return.

    The connection goes back to the pool when the body was read to its end, and is
    closed when reading failed or the stream was closed before its end.
    """

    def __init__(self, pool: ConnectionPool[C], connection: C, timeout: float | None) -> None:
        self._pool = pool
        self._connection: C | None = connection
        self._read_timeout = timeout

    def _borrowed(self) -> C:
        if self._connection is None:
            raise httpx.StreamConsumed()
        return self._connection

    def _give_back(self, whole: bool) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            (self._pool._release if whole else self._pool._discard)(connection)


# --- the answer -------------------------------------------------------------------------------


class _Stop(Exception):
    """Raised in a parser callback to end parsing; the connection's fields say why."""


class AnswerReader:
    """The answer being read on one connection, filled in by llhttp as bytes are fed to it.

    The parser calls the ``on_*`` methods; they fill in status, reason, headers and body
    pieces, and ``feed`` turns a parse error into ``error`` (``httpx.RemoteProtocolError``).
    """

    def __init__(self, origin: Origin) -> None:
        self.origin = origin
        self.parser = httptools.HttpResponseParser(self)
        self.closed = False
        self.idle_since: float | None = None  # when it went back to the pool
        self.eof = False
        self.lost_error: BaseException | None = None
        self.keep_alive = False
        self.awaiting_answer = False  # a request went out; its answer is not complete yet
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

    def close(self) -> None:
        raise NotImplementedError

    def reusable(self, now: float, expiry: float | None) -> bool:
        """Whether this idle connection can carry another request (at ``now``)."""
        if self.closed or self.eof:
            return False
        return expiry is None or self.idle_since is None or now - self.idle_since < expiry

    def _expect_answer(self, request: httpx.Request, head: bytes) -> None:
        """Get ready for the answer to ``request`` (whose ``head`` is about to be sent)."""
        self.status, self.reason, self.headers = 0, b"", []
        self.head_done = self.complete = False
        self.body, self.buffered = [], 0
        self._head_size = 0
        self._head_request = request.method == "HEAD"
        self.keep_alive = _CLOSING.search(head) is None
        self.awaiting_answer = True

    def feed(self, data: bytes) -> None:
        """Parse ``data``, bytes of the answer as they arrived."""
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserUpgrade:
            self._fail("an answer switching protocols, unasked")
        except httptools.HttpParserError as error:
            if not self._stopped:
                self._fail(f"an invalid answer ({error})")
        if not self.head_done:
            self._head_size += len(data)
            if self._head_size > MAX_HEAD:  # and still no end of it
                self._fail("an answer whose head is too large")

    def take_body(self) -> bytes:
        """The body parsed so far, taken out of the connection."""
        body = self.body[0] if len(self.body) == 1 else b"".join(self.body)
        self.body, self.buffered = [], 0
        return body

    def response(self, stream: httpx.SyncByteStream | httpx.AsyncByteStream) -> httpx.Response:
        """The ``httpx.Response`` for the head read, its body coming from ``stream``."""
        extensions = {"http_version": self.http_version, "reason_phrase": self.reason}
        return httpx.Response(
            self.status, headers=self.headers, stream=stream, extensions=extensions
        )

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
        if self._header_size > MAX_HEAD:
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
            self.error = httpx.RemoteProtocolError(f"{netloc(self.origin)} sent {message}")
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

    def _no_more(self, closed_when: str) -> None:
        """Raise what stops more of the answer from coming, if anything does."""
        if self.error is not None:
            raise self.error
        if self.eof:
            raise httpx.RemoteProtocolError(lost_message(self.lost_error, closed_when))


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


def lost_message(error: BaseException | None, when: str) -> str:
    """Why the answer stopped: the server closed the connection ``when`` (``NO_ANSWER``:
    before any of it), for ``error``, if any.
    """
    cause = f" ({error})" if error else ""
    if when == NO_ANSWER:
        return f"Server disconnected without sending a response.{cause}"  # as httpcore says it
    return f"the server closed the connection {when}{cause}"
