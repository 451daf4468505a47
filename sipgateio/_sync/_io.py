"""Concurrency primitives for the sync client (the async tree has a hand-kept twin)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

import httpx

T = TypeVar("T")
R = TypeVar("R")

sleep = time.sleep
Lock = threading.Lock


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

    It skips httpx's per-request URL re-parsing and cookie scan (``_lean_httpx.py``).
    """
    from sipgateio._lean_httpx import LeanClient

    return LeanClient()
