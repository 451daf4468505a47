"""Running the webhook app in-process: ``create_server`` and the fluent builder.

``create_server`` serves the package's pipeline with uvicorn on a background thread, through
a small ASGI callable of its own (``_WebhooksASGI``) rather than the Falcon app: a push is
one POST with a tiny form body, and Falcon's request and response objects cost more CPU per
push than everything else the app does without the RSA check. uvicorn and httptools are
dependencies of the package, so a plain install serves with llhttp (httptools) on asyncio;
with ``sipgateio[speedups]`` (uvloop) ``loop="auto"`` picks the faster loop.

Why uvicorn, and with what (``python bench/webhooks_bench.py``: one core, wrk with 32
keep-alive connections, the real push sipgate signed on every request): the standard
library's threaded ``wsgiref`` server answered about 2,000 pushes/s with a p99 near 2 s (a
listen backlog of 5, a thread per connection, no timeouts). uvicorn with httptools and
uvloop and this ASGI callable answers about 8,000 signed (145 µs of CPU each, 60 of them the
RSA check) and 24,000 unsigned pushes/s with a p99 under 10 ms; the Node SDK's
``createServer`` about 2,650 and 14,500 on a quiet machine. With h11 and asyncio it is
4,800 and 8,000. The figures are in ``docs/guides/performance.md``.

What the server adds to uvicorn:

- the socket is bound and listening (backlog 2048) when ``create_server`` returns, so
  ``port=0`` is resolved and a port in use raises at once;
- a read deadline: a client has ``read_timeout`` seconds from connecting (or from the first
  byte of its next request) to send a whole request, headers and body, or it is dropped;
  uvicorn itself times out only idle keep-alive connections (``keep_alive_timeout``);
- ``stop()`` closes the listener and idle connections at once, lets requests in flight be
  answered for up to ``shutdown_timeout`` seconds, then drops whatever is left, so it
  returns within a few seconds whatever clients do;
- plain function handlers run in a thread pool, coroutine handlers on the server's loop;
  follow-up hang-ups and transfers wait on that loop once the reply has been sent.

Chunked request bodies are decoded by uvicorn before the signature is checked.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import socket
import threading
import time
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, Self, TypedDict, Unpack, cast

from sipgateio.errors import ValidationError
from sipgateio_webhooks._core import H, Handler, Reply, Webhooks, WebhooksOptions

if TYPE_CHECKING:
    from sipgateio import AsyncSipgateIO, SipgateIO
    from sipgateio_webhooks._enums import EventType
    from sipgateio_webhooks._follow_up import CallFollowUp
    from sipgateio_webhooks._replay import ReplayStore

__all__ = ["FluentWebhookServer", "ServerOptions", "WebhookServer", "create_server"]

logger = logging.getLogger("sipgateio_webhooks")

HttpParser = Literal["auto", "httptools", "h11"]
EventLoop = Literal["auto", "uvloop", "asyncio"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

# the request headers the pipeline reads, as ASGI spells them -> as the pipeline does
_HEADERS = {
    b"content-type": "content-type",
    b"content-length": "content-length",
    b"x-sipgate-signature": "x-sipgate-signature",
    b"x-forwarded-for": "x-forwarded-for",
    b"host": "host",
}
_NOT_ALLOWED = Reply.text(405, "only POST is served")


class ServerOptions(TypedDict, total=False):
    """How the in-process server runs (keyword arguments of ``create_server``)."""

    keep_alive_timeout: float
    read_timeout: float
    shutdown_timeout: float
    backlog: int
    http: HttpParser
    loop: EventLoop


class _WebhooksASGI:
    """The pipeline as a bare ASGI callable: headers and body in, the reply out."""

    def __init__(self, webhooks: Webhooks) -> None:
        self.webhooks = webhooks
        self.follow_up_tasks: set[asyncio.Task[None]] = set()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":  # lifespan is off and websockets are not served
            return
        webhooks = self.webhooks
        headers: dict[str, str] = {}
        for raw_name, raw_value in scope["headers"]:
            name = _HEADERS.get(raw_name)
            if name is not None:
                value = raw_value.decode("latin-1")
                headers[name] = f"{headers[name]}, {value}" if name in headers else value
        client = scope.get("client")
        peer = client[0] if client else None
        if scope["method"] != "POST":
            await _send(send, _NOT_ALLOWED, [(b"allow", b"POST")])
            return
        reply = webhooks.precheck(headers, peer)
        if reply is None:
            body = await _read_body(receive, webhooks.max_body_size)
            if body is None:  # the client went away, or was dropped for being too slow
                return
            reply = await webhooks._handle_async(body, headers, peer, _target(scope))
        await _send(send, reply)
        for follow_up in reply.follow_ups:
            self._start(follow_up)

    def _start(self, follow_up: CallFollowUp) -> None:
        task = asyncio.get_running_loop().create_task(follow_up.run())
        self.follow_up_tasks.add(task)
        task.add_done_callback(self.follow_up_tasks.discard)


async def _read_body(receive: Receive, limit: int) -> bytes | None:
    message = await receive()
    if message["type"] != "http.request":
        return None
    body: bytes = message.get("body", b"")
    if not message.get("more_body"):
        return body
    chunks = [body]
    size = len(body)
    while size <= limit:  # one byte past the limit is enough to refuse it
        message = await receive()
        if message["type"] != "http.request":
            return None
        chunk = message.get("body", b"")
        chunks.append(chunk)
        size += len(chunk)
        if not message.get("more_body"):
            break
    return b"".join(chunks)


def _target(scope: Scope) -> str:
    raw_path = scope.get("raw_path")
    path = raw_path.decode("latin-1") if raw_path else scope["path"]
    query = scope.get("query_string")
    return f"{path}?{query.decode('latin-1')}" if query else str(path)


async def _send(send: Send, reply: Reply, extra: list[tuple[bytes, bytes]] | None = None) -> None:
    headers = [
        (b"content-type", reply.content_type.encode("latin-1")),
        (b"content-length", str(len(reply.body)).encode("latin-1")),
    ]
    if extra:
        headers.extend(extra)
    await send({"type": "http.response.start", "status": reply.status, "headers": headers})
    await send({"type": "http.response.body", "body": reply.body})


class _CoalescingTransport:
    """A transport that sends what is written in one turn of the event loop in one piece.

    uvicorn writes a response's head and its body separately, so a push's short reply went
    out in two ``send`` calls and two TCP segments. Joined, the in-process server answers
    about 40 % more unsigned pushes per second on one core (18,800 -> 26,000 with wrk,
    32 connections), since on loopback each segment costs the sender as much as the app.
    Everything but ``write`` and ``close`` goes to the real transport.
    """

    def __init__(self, transport: asyncio.Transport, loop: asyncio.AbstractEventLoop) -> None:
        self._transport = transport
        self._loop = loop
        self._pending: list[bytes] | None = None

    def write(self, data: bytes | bytearray | memoryview) -> None:
        if self._pending is None:
            self._pending = [bytes(data)]
            self._loop.call_soon(self._flush)
        else:
            self._pending.append(bytes(data))

    def close(self) -> None:
        self._flush()
        self._transport.close()

    def _flush(self) -> None:
        pending, self._pending = self._pending, None
        if pending and not self._transport.is_closing():
            self._transport.write(pending[0] if len(pending) == 1 else b"".join(pending))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._transport, name)


class _ReadDeadline:
    """Mixed into uvicorn's HTTP protocol classes: drops a client that takes longer than
    ``read_timeout`` to send a whole request, counted from connecting or from the first byte
    of the request. uvicorn's own timer covers only idle keep-alive connections."""

    read_timeout = 10.0
    _read_timer: asyncio.TimerHandle | None = None

    # the attributes below are uvicorn's (both HttpToolsProtocol and H11Protocol have them)
    loop: asyncio.AbstractEventLoop
    transport: asyncio.Transport
    cycle: Any

    def connection_made(self, transport: asyncio.Transport) -> None:
        coalescing = cast(asyncio.Transport, _CoalescingTransport(transport, self.loop))
        super().connection_made(coalescing)  # type: ignore[misc]
        self._arm()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)  # type: ignore[misc]
        cycle = self.cycle
        if cycle is None or cycle.response_complete:
            if self._read_timer is None and not self.transport.is_closing():
                self._arm()  # the first bytes of a request: its headers must follow in time
        elif not cycle.more_body:
            self._disarm()  # the whole request is in; the handler may take its time

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)  # type: ignore[misc]

    def _arm(self) -> None:
        self._read_timer = self.loop.call_later(self.read_timeout, self._drop)

    def _disarm(self) -> None:
        if self._read_timer is not None:
            self._read_timer.cancel()
            self._read_timer = None

    def _drop(self) -> None:
        self._read_timer = None
        if not self.transport.is_closing():
            logger.debug("dropped a client that sent no complete request in %ss", self.read_timeout)
            self.transport.close()


def _protocol_class(http: HttpParser, read_timeout: float) -> type[asyncio.Protocol]:
    base: type[asyncio.Protocol]
    if http == "auto":
        try:
            import httptools  # noqa: F401
        except ImportError:
            http = "h11"
        else:
            http = "httptools"
    if http == "httptools":
        from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

        base = HttpToolsProtocol
    elif http == "h11":
        from uvicorn.protocols.http.h11_impl import H11Protocol

        base = H11Protocol
    else:
        raise ValidationError(
            f"http must be 'auto', 'httptools' or 'h11', got {http!r}", argument="http", value=http
        )
    return type(f"Deadline{base.__name__}", (_ReadDeadline, base), {"read_timeout": read_timeout})


def _loop_factory(loop: EventLoop) -> Callable[[], asyncio.AbstractEventLoop]:
    if loop in ("auto", "uvloop"):
        try:
            import uvloop
        except ImportError:
            if loop == "uvloop":
                raise ValidationError(
                    "loop='uvloop' needs uvloop installed (pip install 'sipgateio[speedups]')",
                    argument="loop",
                    value=loop,
                ) from None
        else:
            return uvloop.new_event_loop
    elif loop != "asyncio":
        raise ValidationError(
            f"loop must be 'auto', 'uvloop' or 'asyncio', got {loop!r}", argument="loop", value=loop
        )
    return asyncio.new_event_loop


def _seconds(value: float, argument: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
        raise ValidationError(
            f"{argument} must be a positive number of seconds, got {value!r}",
            argument=argument,
            value=value,
        )
    return float(value)


def _listen(hostname: str, port: int, backlog: int) -> socket.socket:
    infos = socket.getaddrinfo(hostname, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP)
    # IPv4 first: "localhost" means 127.0.0.1 to most clients
    family, _, proto, _, address = min(infos, key=lambda info: info[0] != socket.AF_INET)
    # proto=IPPROTO_TCP makes asyncio set TCP_NODELAY on accepted connections
    sock = socket.socket(family, socket.SOCK_STREAM, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(backlog)
    except BaseException:
        sock.close()
        raise
    return sock


class WebhookServer:
    """The webhook app serving on a background thread; ``stop()`` shuts it down.

    Handlers registered here go to the underlying ``webhooks`` (a ``Webhooks``); they may be
    registered while it runs.

    Args:
        keep_alive_timeout: seconds an idle keep-alive connection stays open.
        read_timeout: seconds a client may take to send a whole request (headers and body),
            counted from connecting or from the first byte of the request.
        shutdown_timeout: seconds ``stop()`` gives requests in flight to be answered.
        backlog: connections the operating system queues before they are accepted.
        http: ``"httptools"`` (fast, from ``sipgateio[speedups]``), ``"h11"`` (pure Python),
            or ``"auto"``: httptools where installed.
        loop: ``"uvloop"``, ``"asyncio"`` or ``"auto"``: uvloop where installed.
    """

    def __init__(
        self,
        webhooks: Webhooks,
        *,
        port: int = 8080,
        hostname: str = "localhost",
        keep_alive_timeout: float = 5.0,
        read_timeout: float = 10.0,
        shutdown_timeout: float = 5.0,
        backlog: int = 2048,
        http: HttpParser = "auto",
        loop: EventLoop = "auto",
    ) -> None:
        if isinstance(port, bool) or not isinstance(port, int) or not 0 <= port <= 65535:
            raise ValidationError(
                f"port must be an integer from 0 (any free port) to 65535, got {port!r}",
                argument="port",
                value=port,
            )
        if isinstance(backlog, bool) or not isinstance(backlog, int) or backlog < 128:
            raise ValidationError(
                f"backlog must be an integer of at least 128, got {backlog!r}",
                argument="backlog",
                value=backlog,
            )
        import uvicorn

        self.webhooks = webhooks
        self.hostname = hostname
        self.shutdown_timeout = _seconds(shutdown_timeout, "shutdown_timeout")
        self._app = _WebhooksASGI(webhooks)
        config = uvicorn.Config(
            self._app,
            http=_protocol_class(http, _seconds(read_timeout, "read_timeout")),
            ws="none",
            lifespan="off",
            interface="asgi3",
            proxy_headers=False,  # the allow-list reads X-Forwarded-For behind trusted proxies
            server_header=False,
            log_config=None,  # leave the application's logging as it is
            access_log=False,
            # both are used as floats (call_later, asyncio.timeout) though typed int
            timeout_keep_alive=_seconds(keep_alive_timeout, "keep_alive_timeout"),  # type: ignore[arg-type]
            timeout_graceful_shutdown=self.shutdown_timeout,  # type: ignore[arg-type]
            backlog=backlog,
        )
        self._new_loop = _loop_factory(loop)
        self._server = uvicorn.Server(config)
        self._socket = _listen(hostname, port, backlog)
        self._address: tuple[str, int] = self._socket.getsockname()[:2]
        self.port: int = self._address[1]
        self._error: BaseException | None = None
        self._stopped = False
        self._thread = threading.Thread(
            target=self._run, name=f"sipgate-webhooks-{self.port}", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + 30
        while not self._server.started and self._thread.is_alive():
            if time.monotonic() > deadline:  # pragma: no cover - a machine far too busy
                break
            time.sleep(0.002)
        if not self._server.started:
            self.stop()
            raise RuntimeError("the webhook server did not start") from self._error
        logger.info(
            "sipgate webhooks listening on %s (server_address %s)",
            self.url,
            webhooks.server_address,
        )

    @property
    def url(self) -> str:
        """The local URL the server listens on, e.g. ``http://127.0.0.1:8080/``."""
        host = self._address[0]
        if ":" in host:
            host = f"[{host}]"
        return f"http://{host}:{self.port}/"

    def on_new_call(self, handler: H) -> H:
        """Call ``handler(NewCallEvent)`` for new calls; it may return the reply's actions."""
        return self.webhooks.on_new_call(handler)

    def on_answer(self, handler: H) -> H:
        """Call ``handler(AnswerEvent)`` when a call is answered."""
        return self.webhooks.on_answer(handler)

    def on_hangup(self, handler: H) -> H:
        """Call ``handler(HangUpEvent)`` when a call ends."""
        return self.webhooks.on_hangup(handler)

    def on_data(self, handler: H) -> H:
        """Call ``handler(DataEvent)`` with gathered DTMF digits; it may return actions."""
        return self.webhooks.on_data(handler)

    def stop(self) -> None:
        """Stop listening and answer the requests in flight, then close every connection.

        Idle clients are disconnected at once; requests in flight get up to
        ``shutdown_timeout`` seconds. Hang-ups and transfers still waiting for their
        announcement are cancelled.
        """
        if self._stopped:
            return
        self._stopped = True
        self._server.should_exit = True
        self._thread.join(self.shutdown_timeout + 5)
        if self._thread.is_alive():  # pragma: no cover - a handler that ignores cancellation
            logger.warning("the webhook server thread did not end within its shutdown timeout")
        self._socket.close()
        self.webhooks._handler_threads.close()  # idle handler threads end; new calls start more

    def _run(self) -> None:
        loop = self._new_loop()
        executor = concurrent.futures.ThreadPoolExecutor(thread_name_prefix="sipgate-handler")
        loop.set_default_executor(executor)
        asyncio.set_event_loop(loop)
        try:
            loop.run_until_complete(self._serve())
        except BaseException as error:  # SystemExit from a failed uvicorn start-up, too
            self._error = error
            if self._server.started:
                logger.exception("the webhook server failed")
        finally:
            try:
                _cancel_all_tasks(loop)
                loop.run_until_complete(loop.shutdown_asyncgens())
            finally:
                asyncio.set_event_loop(None)
                loop.close()
                # a handler thread that never returns must not hold up stop()
                executor.shutdown(wait=False, cancel_futures=True)

    async def _serve(self) -> None:
        await self._server.serve(sockets=[self._socket])
        for connection in list(self._server.server_state.connections):
            connection.shutdown()
            transport = getattr(connection, "transport", None)
            if transport is not None:
                transport.close()
        cancelled = self.webhooks.cancel_follow_ups()
        if self._app.follow_up_tasks:
            await asyncio.wait(set(self._app.follow_up_tasks), timeout=1.0)
        if cancelled:
            logger.warning("stopping cancelled %d pending hang-up/transfer(s)", cancelled)
        if self.webhooks.replay_guard is not None:
            await self.webhooks.replay_guard.aclose()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()


def _cancel_all_tasks(loop: asyncio.AbstractEventLoop) -> None:
    tasks = asyncio.all_tasks(loop)
    for task in tasks:
        task.cancel()
    if tasks:
        loop.run_until_complete(asyncio.gather(*tasks, return_exceptions=True))


class _CreateServerOptions(ServerOptions, WebhooksOptions, total=False):
    pass


def create_server(
    port: int = 8080,
    server_address: str | None = None,
    hostname: str = "localhost",
    skip_signature_verification: bool = False,
    public_key: str | bytes | None = None,
    **options: Unpack[_CreateServerOptions],
) -> WebhookServer:
    """Start a webhook server on a background thread; it is listening when this returns.

    ``port=0`` picks a free port (``server.port`` tells which). ``server_address`` is the
    public URL sipgate posts to. Further keywords configure the server (those of
    ``WebhookServer``: ``keep_alive_timeout``, ``read_timeout``, ``shutdown_timeout``,
    ``backlog``, ``http``, ``loop``) or the app (those of ``Webhooks``: ``allowed_ips``,
    ``trusted_proxies``, ``max_body_size``, ``client`` for ``event.call``, ``replay_store``,
    ``replay_window``, ...).
    """
    server_options: dict[str, Any] = {}
    for name in ServerOptions.__annotations__:
        if name in options:
            server_options[name] = options.pop(name)  # type: ignore[misc]
    webhooks = Webhooks(
        server_address,
        skip_signature_verification=skip_signature_verification,
        public_key=public_key,
        **options,  # type: ignore[misc]
    )
    return webhooks.serve(port=port, hostname=hostname, **server_options)


class FluentWebhookServer:
    """Builds and starts a ``WebhookServer`` through chained setters.

    >>> server = (FluentWebhookServer().set_server_port(0)
    ...           .set_server_address("https://example.com/sipgate")
    ...           .set_on_new_call_listener(lambda event: None).start_server())
    >>> server.stop()
    """

    def __init__(self) -> None:
        self._port: int | None = None
        self._server_address: str | None = None
        self._hostname = "localhost"
        self._skip_signature_verification = False
        self._public_key: str | bytes | None = None
        self._app_options: WebhooksOptions = {}
        self._listeners: dict[str, Handler] = {}

    def set_server_port(self, port: int) -> Self:
        """Listen on ``port`` (0 picks a free one)."""
        self._port = port
        return self

    def set_server_address(self, server_address: str) -> Self:
        """The public URL sipgate posts to."""
        self._server_address = server_address
        return self

    def set_hostname(self, hostname: str) -> Self:
        """The local address to listen on (``localhost`` unless set)."""
        self._hostname = hostname
        return self

    def set_skip_signature_verification(self, skip: bool = True) -> Self:
        """Accept pushes without checking their signature (local tests only)."""
        self._skip_signature_verification = skip
        return self

    def set_public_key(self, public_key: str | bytes) -> Self:
        """Verify signatures with this PEM public key instead of sipgate's."""
        self._public_key = public_key
        return self

    def set_client(self, client: SipgateIO | AsyncSipgateIO) -> Self:
        """Act on calls through ``client`` with ``event.call`` (see ``LiveCall``)."""
        self._app_options["client"] = client
        return self

    def set_replay_store(
        self,
        store: ReplayStore,
        window: float = 86400.0,
        events: Iterable[EventType | str] | None = None,
    ) -> Self:
        """Answer a push handled within ``window`` seconds with its first reply instead of
        handling it again (``MemoryReplayStore()``, or ``RedisReplayStore(url)``); only
        pushes of ``events`` if given."""
        self._app_options["replay_store"] = store
        self._app_options["replay_window"] = window
        self._app_options["replay_events"] = events
        return self

    def set_on_new_call_listener(self, listener: Handler) -> Self:
        """Handle new calls (once only)."""
        return self._listen("new_call", listener)

    def set_on_answer_listener(self, listener: Handler) -> Self:
        """Handle answered calls (once only)."""
        return self._listen("answer", listener)

    def set_on_hangup_listener(self, listener: Handler) -> Self:
        """Handle ended calls (once only)."""
        return self._listen("hangup", listener)

    def set_on_data_listener(self, listener: Handler) -> Self:
        """Handle gathered DTMF digits (once only)."""
        return self._listen("data", listener)

    def _listen(self, event: str, listener: Handler) -> Self:
        if event in self._listeners:
            raise ValidationError(
                f"can only handle one {event.replace('_', ' ')} listener",
                argument="listener",
                value=listener,
            )
        self._listeners[event] = listener
        return self

    def start_server(self) -> WebhookServer:
        """Start the server with the listeners set so far and return it."""
        if self._port is None or isinstance(self._port, bool) or self._port < 0:
            raise ValidationError(
                f"invalid or missing server port {self._port!r}: call set_server_port() with "
                "0 (any free port) to 65535",
                argument="port",
                value=self._port,
            )
        if not self._server_address:
            raise ValidationError(
                "invalid or missing server address: call set_server_address() with the "
                "public URL sipgate posts to",
                argument="server_address",
                value=self._server_address,
            )
        server = create_server(
            port=self._port,
            server_address=self._server_address,
            hostname=self._hostname,
            skip_signature_verification=self._skip_signature_verification,
            public_key=self._public_key,
            **self._app_options,
        )
        try:
            for event, listener in self._listeners.items():
                getattr(server, f"on_{event}")(listener)
        except Exception:
            server.stop()
            raise
        return server
