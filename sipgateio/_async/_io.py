"""Concurrency primitives for the async client (the sync tree has a hand-kept twin)."""

from __future__ import annotations

import asyncio
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
