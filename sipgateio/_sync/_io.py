"""Concurrency primitives for the sync client (the async tree has a hand-kept twin)."""

from __future__ import annotations

import contextvars
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Generic, ParamSpec, Self, TypeVar

import httpx

T = TypeVar("T")
R = TypeVar("R")
P = ParamSpec("P")

sleep = time.sleep
Lock = threading.Lock


def call_back(func: Callable[[T], object], value: T) -> None:
    """Call a user's callback with ``value``."""
    func(value)


def map_bounded(func: Callable[[T], R], items: Iterable[T], limit: int) -> list[R | BaseException]:
    """Run ``func`` over ``items`` on at most ``limit`` threads; results keep their order.

    Failures are returned in place of results, so one failure never hides the others.
    """

    def run(item: T) -> R | BaseException:
        try:
            return func(item)
        except Exception as error:
            return error

    items = list(items)
    if len(items) <= 1 or limit <= 1:
        return [run(item) for item in items]
    with ThreadPoolExecutor(max_workers=min(limit, len(items))) as pool:
        return list(pool.map(run, items))


def new_http_client() -> httpx.Client:
    """The ``httpx`` client a ``SipgateIO`` uses when none is passed in.

    It sends over sipgateio's own HTTP/1.1 transport on blocking sockets
    (``_socket_transport.py``: head and body in one write, answers parsed by llhttp) and
    skips httpx's per-request URL re-parsing and cookie scan (``_lean_client.py``). Both
    trust what httpx trusts (``SSL_CERT_FILE``, ``SSL_CERT_DIR``, else certifi). When a
    proxy is set, the transport is httpx's own pool, which tunnels through it.
    """
    from sipgateio._http11 import proxy_configured
    from sipgateio._sync._lean_client import LeanClient

    if proxy_configured():
        return LeanClient()

    from sipgateio._socket_transport import SocketTransport

    return LeanClient(transport=SocketTransport())


# --- calls started ahead of their use ----------------------------------------------------------

# Set, in the context of a call that ``Prefetch`` started, to the event its request sets when sent.
_request_sent: contextvars.ContextVar[threading.Event | None] = contextvars.ContextVar(
    "sipgateio_request_sent", default=None
)


class Prefetch(Generic[R]):
    """Calls started ahead of their use, one at a time: ``start`` one, later ask for its
    ``result()``. They run on one worker thread, which lives as long as the ``with`` block;
    leaving the block waits for a call still under way (a thread cannot be stopped) and
    drops its result, or error: nobody asked for it.
    """

    def __init__(self) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sipgateio-ahead")
        self._future: Future[R] | None = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._future = None
        self._pool.shutdown(wait=True)

    def start(self, func: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> None:
        """Start ``func(*args, **kwargs)`` on the worker thread; return once its request is
        sent (see ``request_extensions``) or the call has ended.

        Returning at once would let this thread take the GIL back while the worker waits on
        its socket just before sending, and a busy thread (building the previous page, say)
        hands the GIL over only after the switch interval (5 ms): the request would leave
        that much later. The call sees the caller's context variables, as an asyncio task
        does, so what instruments requests through them (tracing, for one) sees it too.
        """
        context = contextvars.copy_context()
        sent = threading.Event()
        context.run(_request_sent.set, sent)
        self._future = self._pool.submit(lambda: context.run(func, *args, **kwargs))
        self._future.add_done_callback(lambda _: sent.set())
        sent.wait()

    def result(self) -> R:
        """Wait for the call started last and return what it returned, or raise what it raised."""
        assert self._future is not None, "start() a call first"
        result = self._future.result()
        self._future = None
        return result


def request_extensions() -> dict[str, Any]:
    """``httpx`` request extensions for a request a call that ``Prefetch`` started makes.

    They hold a ``trace`` that tells ``Prefetch.start`` when the request is sent (httpx's
    own transports report that; with others, ``start`` waits until the call ends). Outside
    such a call there are none.
    """
    sent = _request_sent.get()
    if sent is None:
        return {}

    def trace(event: str, info: dict[str, Any]) -> None:
        if event.endswith("send_request_body.complete"):
            sent.set()

    return {"trace": trace}


# --- a call that cancelling the caller must not cut short ---------------------------------------


def run_to_end(func: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R:
    """Call ``func(*args, **kwargs)``: a sync call cannot be cancelled half-way (the async twin
    shields it from cancellation)."""
    return func(*args, **kwargs)
