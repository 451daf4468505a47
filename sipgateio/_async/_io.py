"""Concurrency primitives for the async client (the sync tree has a hand-kept twin)."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Awaitable, Callable, Coroutine, Iterable
from typing import Any, Generic, ParamSpec, Self, TypeVar

import httpx

T = TypeVar("T")
R = TypeVar("R")
P = ParamSpec("P")

sleep = asyncio.sleep
Lock = asyncio.Lock


async def call_back(func: Callable[[T], object], value: T) -> None:
    """Call a user's callback with ``value``; await what it returns if it is awaitable."""
    result = func(value)
    if inspect.isawaitable(result):
        await result


async def map_bounded(
    func: Callable[[T], Awaitable[R]], items: Iterable[T], limit: int
) -> list[R | BaseException]:
    """Run ``func`` over ``items`` with at most ``limit`` in flight; results keep their order.

    Failures are returned in place of results, so one failure never hides the others.
    """
    semaphore = asyncio.Semaphore(limit)

    async def run(item: T) -> R:
        async with semaphore:
            return await func(item)

    results = await asyncio.gather(*(run(item) for item in items), return_exceptions=True)
    return list(results)


def new_http_client() -> httpx.AsyncClient:
    """The ``httpx`` client an ``AsyncSipgateIO`` uses when none is passed in.

    It sends over sipgateio's own asyncio HTTP/1.1 transport and skips httpx's per-request
    URL re-parsing and cookie scan (``_lean_client.py``); with many requests in flight that
    is several times faster than httpx's default pool (``bench/sms_bench.py``). Both trust
    what httpx trusts (``SSL_CERT_FILE``, ``SSL_CERT_DIR``, else certifi). When a proxy is
    set, the transport is httpx's own pool, which tunnels through it.
    """
    from sipgateio._async._lean_client import AsyncLeanClient
    from sipgateio._http11 import proxy_configured

    if proxy_configured():
        return AsyncLeanClient()

    from sipgateio._asyncio_transport import AsyncioTransport

    return AsyncLeanClient(transport=AsyncioTransport())


# --- calls started ahead of their use ----------------------------------------------------------


class Prefetch(Generic[R]):
    """Calls started ahead of their use, one at a time: ``start`` one, later ask for its
    ``result()``. Leaving the ``async with`` block cancels a call still under way and waits
    until it has stopped; its result, or error, is dropped then: nobody asked for it.
    """

    def __init__(self) -> None:
        self._task: asyncio.Task[R] | None = None

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            await asyncio.wait((task,))
            if not task.cancelled():
                task.exception()  # mark an error as seen, so asyncio does not log it as lost

    async def start(
        self, func: Callable[P, Coroutine[Any, Any, R]], *args: P.args, **kwargs: P.kwargs
    ) -> None:
        """Start ``func(*args, **kwargs)`` as a task and let the event loop run once.

        That one run takes the task to its first real wait, so a request it makes is sent
        before the caller goes on with other work (e.g. building the previous page).
        """
        self._task = asyncio.get_running_loop().create_task(func(*args, **kwargs))
        await asyncio.sleep(0)

    async def result(self) -> R:
        """Wait for the call started last and return what it returned, or raise what it raised."""
        assert self._task is not None, "start() a call first"
        result = await self._task
        self._task = None
        return result


def request_extensions() -> dict[str, Any]:
    """``httpx`` request extensions for a request a call that ``Prefetch`` started makes: none.

    (The sync twin adds a ``trace`` that tells when the request is sent; here the one run
    of the event loop in ``Prefetch.start`` sends it.)
    """
    return {}


# --- a call that cancelling the caller must not cut short ---------------------------------------


async def run_to_end(
    func: Callable[P, Coroutine[Any, Any, R]], *args: P.args, **kwargs: P.kwargs
) -> R:
    """Await ``func(*args, **kwargs)`` to its end even when the caller is cancelled meanwhile.

    For a write whose outcome must be settled before the next step (an SMS sender switched,
    and switched back): a cancellation that arrives meanwhile is raised once the call has
    ended, and the call's own result or error is dropped then.
    """
    task = asyncio.ensure_future(func(*args, **kwargs))
    cancelled: asyncio.CancelledError | None = None
    while not task.done():
        try:
            await asyncio.wait((task,))  # unlike ``await task``, leaves the task running
        except asyncio.CancelledError as error:
            cancelled = error
    if cancelled is not None:
        if not task.cancelled():
            task.exception()  # mark an error as seen, so asyncio does not log it as lost
        raise cancelled
    return task.result()
