"""Concurrency primitives for the sync client (the async tree has a hand-kept twin)."""

from __future__ import annotations

import contextvars
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Generic, ParamSpec, TypeVar

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

    It skips httpx's per-request URL re-parsing and cookie scan (``_lean_client.py``).
    """
    from sipgateio._sync._lean_client import LeanClient

    return LeanClient()


# --- starting a call ahead of its use ----------------------------------------------------------

# Set, in the context of a call that ``spawn`` started, to the event its request sets when sent.
_request_sent: contextvars.ContextVar[threading.Event | None] = contextvars.ContextVar(
    "sipgateio_request_sent", default=None
)


class Pending(Generic[R]):
    """A call started ahead of its use by ``spawn``: ask for its ``result()`` or ``cancel()`` it."""

    def __init__(self, call: Callable[[], R], sent: threading.Event) -> None:
        self._value: R | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(call, sent), name="sipgateio-ahead")
        self._thread.start()

    def _run(self, call: Callable[[], R], sent: threading.Event) -> None:
        try:
            self._value = call()
        except BaseException as error:
            self._error = error
        finally:
            sent.set()  # if its request never said so (or was never made)

    def result(self) -> R:
        """Wait for the call and return what it returned, or raise what it raised."""
        self._thread.join()
        error, self._error = self._error, None
        if error is not None:
            raise error
        value, self._value = self._value, None
        return value  # type: ignore[return-value]  # what func returned

    def cancel(self) -> None:
        """Wait until the call has ended (a thread cannot be stopped) and drop its result."""
        self._thread.join()
        self._value = self._error = None


def spawn(func: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> Pending[R]:
    """Start ``func(*args, **kwargs)`` on a thread of its own, which ends when the call does.

    Returns once the call's request is sent (see ``request_extensions``) or the call has
    ended. Returning at once would let this thread take the GIL back while the new one
    waits on its socket just before sending, and a busy thread (converting a page, say)
    hands the GIL over only after the switch interval (5 ms): the request would leave that
    much later. The call sees the caller's context variables, as an asyncio task does, so
    what instruments requests through them (tracing, for one) sees this request too.
    """
    context = contextvars.copy_context()
    sent = threading.Event()
    context.run(_request_sent.set, sent)
    pending = Pending(lambda: context.run(func, *args, **kwargs), sent)
    sent.wait()
    return pending


def request_extensions() -> dict[str, Any]:
    """``httpx`` request extensions for a request a call started by ``spawn`` makes.

    They hold a ``trace`` that tells ``spawn`` when the request is sent (httpx's own
    transports report that; with others, ``spawn`` waits until the call ends). Outside
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
