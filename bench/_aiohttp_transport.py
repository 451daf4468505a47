"""An ``httpx`` transport that sends requests with aiohttp: the benchmark's comparison.

``bench/sms_bench.py`` runs httpx over this transport next to sipgateio's own
(``sipgateio/_asyncio_transport.py``), to show what the choice of transport is worth.
It keeps the semantics the retry policy relies on: ``connect`` and ``pool`` timeouts
end in ``httpx.ConnectTimeout`` (aiohttp cannot tell the two apart), ``read`` in
``httpx.ReadTimeout`` (aiohttp has no per-write timeout); a failure to connect is
``httpx.ConnectError``, a connection that breaks later ``httpx.RemoteProtocolError``
or ``httpx.ReadError``; aiohttp's own retry of idempotent requests is switched off;
redirects, cookies, decompression, proxies and authentication stay httpx's job. The
aiohttp session is made on the first request, in the running event loop.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from typing import Final, Unpack

import aiohttp
import httpx
from yarl import URL

from sipgateio._http11 import DEFAULT_LIMITS, PoolOptions

__all__ = ["AiohttpTransport"]

# httpx sends exactly the headers it was given; aiohttp must add none of its own.
_NO_AUTO_HEADERS: Final = ("Accept", "Accept-Encoding", "Content-Type", "User-Agent")

_TimeoutKey = tuple[float | None, float | None, float | None]


class AiohttpTransport(httpx.AsyncBaseTransport):
    """Send ``httpx`` requests over an aiohttp connection pool.

    ``limits.max_connections`` caps the open connections (``None``: no cap) and
    ``limits.keepalive_expiry`` is how long an idle connection is kept. ``verify``
    and ``trust_env`` choose the TLS trust store as ``httpx.AsyncClient`` does.
    """

    def __init__(self, **options: Unpack[PoolOptions]) -> None:
        self._limits = options.get("limits", DEFAULT_LIMITS)
        self._verify = options.get("verify", True)
        self._trust_env = options.get("trust_env", True)
        self._session: aiohttp.ClientSession | None = None
        self._stale: aiohttp.ClientSession | None = None
        self._timeouts: dict[_TimeoutKey, aiohttp.ClientTimeout] = {}

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` and return the response with its body still to be read."""
        session = self._session
        if session is None or session._loop is not asyncio.get_running_loop():
            session = self._open_session()
            if self._stale is not None:
                await _close_stale(self._stale)
                self._stale = None
        timeout = request.extensions.get("timeout", {})
        try:
            response = await session.request(
                request.method,
                URL(str(request.url), encoded=True),
                headers=_headers(request),
                data=_body(request),
                allow_redirects=False,
                timeout=self._timeout(timeout),
                server_hostname=request.extensions.get("sni_hostname"),
            )
        except (aiohttp.ClientError, OSError) as error:  # TimeoutError is an OSError
            raise _translate(error) from error
        http_version = b"HTTP/1.0" if response.version == aiohttp.HttpVersion10 else b"HTTP/1.1"
        extensions = {"http_version": http_version}
        if response.reason:
            extensions["reason_phrase"] = response.reason.encode("ascii", "replace")
        return httpx.Response(
            status_code=response.status,
            headers=response.raw_headers,
            stream=_ResponseStream(response),
            extensions=extensions,
        )

    async def aclose(self) -> None:
        """Close every pooled connection."""
        session, self._session = self._session, None
        if session is not None:
            await session.close()

    def _open_session(self) -> aiohttp.ClientSession:
        # A session made in an event loop other than the running one cannot be used here.
        self._stale = self._session
        limits = self._limits
        connector = aiohttp.TCPConnector(
            limit=limits.max_connections or 0,
            keepalive_timeout=limits.keepalive_expiry,
            ssl=httpx.create_ssl_context(verify=self._verify, trust_env=self._trust_env),
        )
        self._session = aiohttp.ClientSession(
            connector=connector,
            cookie_jar=aiohttp.DummyCookieJar(),
            skip_auto_headers=_NO_AUTO_HEADERS,
            auto_decompress=False,
            trust_env=False,  # httpx has already applied proxies and .netrc
        )
        # The retry policy decides what is sent again, not aiohttp.
        self._session._retry_connection = False
        return self._session

    def _timeout(self, timeout: dict[str, float | None]) -> aiohttp.ClientTimeout:
        connect, read, pool = timeout.get("connect"), timeout.get("read"), timeout.get("pool")
        key = (connect, read, pool)
        cached = self._timeouts.get(key)
        if cached is None:
            cached = self._timeouts[key] = aiohttp.ClientTimeout(
                # aiohttp's ``connect`` covers waiting for a pooled connection and
                # opening a new one; ``sock_connect`` only the latter.
                connect=None if connect is None or pool is None else connect + pool,
                sock_connect=connect,
                sock_read=read,
            )
        return cached


class _ResponseStream(httpx.AsyncByteStream):
    """The body of an aiohttp response, read as it arrives."""

    def __init__(self, response: aiohttp.ClientResponse) -> None:
        self._response = response

    async def __aiter__(self) -> AsyncIterator[bytes]:
        content = self._response.content
        try:
            if content.is_eof():
                # The whole body is buffered already (always so for 204).
                chunk = content.read_nowait()
                if chunk:
                    yield chunk
                return
            async for chunk in content.iter_any():
                yield chunk
        except (aiohttp.ClientError, OSError) as error:  # TimeoutError is an OSError
            raise _translate(error) from error

    async def aclose(self) -> None:
        # Back to the pool when the body was read to the end, else the connection closes.
        self._response.release()


def _headers(request: httpx.Request) -> list[tuple[str, str]]:
    headers = request.headers.multi_items()
    if request.stream is not None and not isinstance(request.stream, httpx.ByteStream):
        # aiohttp frames a streamed body itself and refuses a preset chunked header.
        headers = [(name, value) for name, value in headers if name != "transfer-encoding"]
    return headers


def _body(request: httpx.Request) -> bytes | AsyncIterator[bytes] | None:
    try:
        return request.content or None
    except httpx.RequestNotRead:
        return _stream(request)


async def _stream(request: httpx.Request) -> AsyncIterator[bytes]:
    assert isinstance(request.stream, httpx.AsyncByteStream)
    async for chunk in request.stream:
        yield chunk


def _translate(error: BaseException) -> httpx.TransportError:
    """The httpx error that says the same, especially whether the request went out."""
    message = str(error) or type(error).__name__
    if isinstance(error, aiohttp.ConnectionTimeoutError):
        return httpx.ConnectTimeout(message)
    if isinstance(error, TimeoutError):
        return httpx.ReadTimeout(message)
    if isinstance(error, aiohttp.ClientConnectorError):
        return httpx.ConnectError(message)
    if isinstance(error, aiohttp.InvalidURL):
        return httpx.UnsupportedProtocol(message)
    if isinstance(
        error,
        aiohttp.ServerDisconnectedError | aiohttp.ClientPayloadError | aiohttp.ClientResponseError,
    ):
        return httpx.RemoteProtocolError(message)
    if isinstance(error, aiohttp.UploadAbortedError):
        return httpx.WriteError(message)
    return httpx.ReadError(message)


async def _close_stale(session: aiohttp.ClientSession) -> None:
    """Close a session that belongs to another event loop, from the running one."""
    loop = session._loop
    if not loop.is_closed():
        asyncio.run_coroutine_threadsafe(session.close(), loop)
        return
    with contextlib.suppress(Exception):
        await session.close()  # only marks it closed: its sockets went with the loop
