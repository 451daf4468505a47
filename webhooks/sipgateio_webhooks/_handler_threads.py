"""Where handlers run: plain functions on worker threads, so they cannot block an event
loop; coroutines, under WSGI, on one background loop.

Why not ``asyncio.to_thread``: each call there builds a ``concurrent.futures.Future`` (a
``Condition`` round an ``RLock``), chains it to an asyncio future and takes the executor's
shutdown locks. For a handler that returns in microseconds that bookkeeping is the larger
part of the hop: with it the in-process server answered about 13,500 unsigned pushes/s on
one core, with this pool (a ``queue.SimpleQueue`` of jobs, the result handed back with one
``call_soon_threadsafe``) about 15,500, in alternating wrk runs on the same machine (before
replies were sent in one piece; see ``bench/webhooks_bench.py``).
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import queue
import threading
from collections.abc import Awaitable, Callable
from typing import Any

__all__ = ["BackgroundLoop", "HandlerThreads"]

_Job = tuple[
    asyncio.AbstractEventLoop, "asyncio.Future[Any]", Callable[[Any], Any], Any, contextvars.Context
]


class HandlerThreads:
    """Up to ``max_threads`` daemon threads, started as calls need them; a thread idle for
    ``idle_timeout`` seconds ends, and ``close()`` ends the idle ones at once."""

    def __init__(
        self, max_threads: int = 32, idle_timeout: float = 60.0, name: str = "sipgate-handler"
    ) -> None:
        self.max_threads = max_threads
        self.idle_timeout = idle_timeout
        self._name = name
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._threads = 0  # started and not yet ended
        self._idle = 0  # waiting for a job
        self._waiting = 0  # jobs queued and not yet taken

    async def run(self, function: Callable[[Any], Any], argument: Any) -> Any:
        """Call ``function(argument)`` on a worker thread and return what it returns."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[Any] = loop.create_future()
        with self._lock:
            self._waiting += 1
            start = self._claim_thread()
        if start:
            self._start_thread()
        self._jobs.put((loop, future, function, argument, contextvars.copy_context()))
        return await future

    def close(self) -> None:
        """End the threads that are idle; calls still running finish on their own."""
        with self._lock:
            idle = self._idle
        for _ in range(idle):
            self._jobs.put(None)

    def _claim_thread(self) -> bool:
        # called with the lock held: is another thread needed for the jobs queued?
        if self._waiting > self._idle and self._threads < self.max_threads:
            self._threads += 1
            return True
        return False

    def _start_thread(self) -> None:
        name = f"{self._name}_{self._threads}"
        threading.Thread(target=self._work, name=name, daemon=True).start()

    def _work(self) -> None:
        while True:
            with self._lock:
                self._idle += 1
            try:
                job = self._jobs.get(timeout=self.idle_timeout)
            except queue.Empty:
                job = None
            with self._lock:
                self._idle -= 1
                if job is not None:
                    self._waiting -= 1
                elif self._waiting > self._idle:
                    continue  # a job is queued that counted on this thread: stay for it
                else:
                    self._threads -= 1
            if job is None:
                return
            loop, future, function, argument, context = job
            try:
                result = context.run(function, argument)
            except BaseException as error:
                _hand_back(loop, future, None, error)
            else:
                _hand_back(loop, future, result, None)
            del job, loop, future, function, argument, context


def _hand_back(
    loop: asyncio.AbstractEventLoop,
    future: asyncio.Future[Any],
    result: Any,
    error: BaseException | None,
) -> None:
    # a closed loop (the server stopped while the handler ran) raises RuntimeError
    with contextlib.suppress(RuntimeError):
        loop.call_soon_threadsafe(_settle, future, result, error)


def _settle(future: asyncio.Future[Any], result: Any, error: BaseException | None) -> None:
    if future.cancelled():
        return
    if error is not None:
        future.set_exception(error)
    else:
        future.set_result(result)


class BackgroundLoop:
    """One event loop on a daemon thread, for coroutine handlers under a WSGI server.

    Every coroutine runs on the same loop, so an ``AsyncSipgateIO`` a handler keeps between
    requests stays usable (a loop per request would strand its connections).
    """

    def __init__(self, name: str = "sipgate-handler-loop") -> None:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name=name, daemon=True)
        self._thread.start()

    def run(self, awaitable: Awaitable[Any]) -> Any:
        """Run ``awaitable`` on the loop and block until it is done; return its result."""
        return asyncio.run_coroutine_threadsafe(_awaited(awaitable), self._loop).result()


async def _awaited(awaitable: Awaitable[Any]) -> Any:
    return await awaitable
