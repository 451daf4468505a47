"""Concurrency primitives for the async client (the sync tree has a hand-kept twin)."""

from __future__ import annotations

import asyncio
import inspect
import os
from collections.abc import Awaitable, Callable, Iterable
from typing import TypeVar

import httpx

T = TypeVar("T")
R = TypeVar("R")

_PROXY_VARIABLES = (
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "ALL_PROXY",
    "http_proxy",
    "https_proxy",
    "all_proxy",
)

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
    URL re-parsing and cookie scan; with many requests in flight that is several times
    faster than httpx's default pool (``bench/sms_bench.py``). When proxy variables are
    set, it is httpx's own client, which routes through the proxy.
    """
    if any(os.environ.get(name) for name in _PROXY_VARIABLES):
        # The lean transport speaks to servers directly; httpx's own pool honours
        # HTTP(S)_PROXY / ALL_PROXY / NO_PROXY.
        return httpx.AsyncClient()

    from sipgateio._asyncio_transport import AsyncioTransport
    from sipgateio._lean_httpx import LeanAsyncClient

    return LeanAsyncClient(transport=AsyncioTransport())


# --- starting a call ahead of its use ----------------------------------------------------------
# Kept at the end of the module with its own imports, apart from the primitives above.

from collections.abc import Coroutine  # noqa: E402
from typing import Any, Generic, ParamSpec  # noqa: E402

P = ParamSpec("P")


class Pending(Generic[R]):
    """A call started ahead of its use by ``spawn``: ask for its ``result()`` or ``cancel()`` it."""

    def __init__(self, task: asyncio.Task[R]) -> None:
        self._task = task

    async def result(self) -> R:
        """Wait for the call and return what it returned, or raise what it raised."""
        return await self._task

    async def cancel(self) -> None:
        """Stop the call if it is still under way and wait until it has stopped.

        Its result, or error, is dropped: nobody asked for it.
        """
        task = self._task
        task.cancel()
        await asyncio.wait((task,))
        if not task.cancelled():
            task.exception()  # mark an error as seen, so asyncio does not log it as lost


async def spawn(
    func: Callable[P, Coroutine[Any, Any, R]], *args: P.args, **kwargs: P.kwargs
) -> Pending[R]:
    """Start ``func(*args, **kwargs)`` as a task and let the event loop run once.

    That one run takes the task to its first real wait, so a request it makes is sent
    before the caller goes on with other work (e.g. converting the previous page).
    """
    task = asyncio.get_running_loop().create_task(func(*args, **kwargs))
    await asyncio.sleep(0)
    return Pending(task)


def request_extensions() -> dict[str, Any]:
    """``httpx`` request extensions for a request a call started by ``spawn`` makes: none.

    (The sync twin adds a ``trace`` that tells when the request is sent; here the one
    run of the event loop in ``spawn`` sends it.)
    """
    return {}
