"""Shared fixtures: a recording server on 127.0.0.1 and clients of both kinds.

The ``client`` fixture runs a test twice: with ``SipgateIO`` and with
``AsyncSipgateIO``. The async client is driven through ``Blocking``, which runs
each coroutine on an event loop in a background thread, so one test body checks
both clients through their public API.
"""

from __future__ import annotations

import asyncio
import inspect
import threading
from collections.abc import Iterator
from typing import Any

import pytest

import sipgateio
from tests._server import RecordingServer

TOKEN_ID = "token-ABC123"
TOKEN = "e68ead46-a7db-46cd-8a1a-44aed1e4e372"


class EventLoopThread:
    """An asyncio event loop running in a daemon thread."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self._thread.start()

    def run(self, awaitable: Any, timeout: float = 60.0) -> Any:
        return asyncio.run_coroutine_threadsafe(awaitable, self.loop).result(timeout)

    def stop(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(5)
        self.loop.close()


class Blocking:
    """Call an async object as if it were sync: ``Blocking(obj).x.y(...)`` awaits for you."""

    def __init__(self, target: Any, runner: EventLoopThread) -> None:
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_runner", runner)

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._target, name)
        if inspect.iscoroutinefunction(value) or inspect.isasyncgenfunction(value):
            return self._wrap(value)
        if callable(value) or isinstance(value, int | float | str | bool | bytes | type(None)):
            return value
        if type(value).__module__.startswith(("sipgateio._async", "sipgate_api.api")):
            return Blocking(value, self._runner)
        return value

    def _wrap(self, func: Any) -> Any:
        runner = self._runner

        def call(*args: Any, **kwargs: Any) -> Any:
            result = func(*args, **kwargs)
            if inspect.isasyncgen(result):

                async def collect() -> list[Any]:
                    return [item async for item in result]

                return iter(runner.run(collect()))
            return runner.run(result)

        return call

    @property
    def unwrapped(self) -> Any:
        return self._target


@pytest.fixture
def server() -> Iterator[RecordingServer]:
    srv = RecordingServer().start()
    try:
        yield srv
    finally:
        srv.stop()


@pytest.fixture(scope="session")
def loop_thread() -> Iterator[EventLoopThread]:
    runner = EventLoopThread()
    yield runner
    runner.stop()


@pytest.fixture(params=["sync", "async"])
def client_kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def make_client(client_kind: str, loop_thread: EventLoopThread) -> Iterator[Any]:
    """Build a client of the current kind; every client made is closed afterwards."""
    made: list[Any] = []

    def make(**kwargs: Any) -> Any:
        kwargs.setdefault("token_id", TOKEN_ID)
        kwargs.setdefault("token", TOKEN)
        if client_kind == "sync":
            client = sipgateio.SipgateIO(**kwargs)
            made.append(client.close)
            return client

        async def build() -> sipgateio.AsyncSipgateIO:
            return sipgateio.AsyncSipgateIO(**kwargs)

        client = loop_thread.run(build())
        made.append(lambda: loop_thread.run(client.close()))
        return Blocking(client, loop_thread)

    yield make
    for close in made:
        close()


@pytest.fixture
def client(make_client: Any, server: RecordingServer) -> Any:
    """A client of the current kind talking to the recording server (fast retries)."""
    return make_client(base_url=server.base_url)
