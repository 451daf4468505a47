"""Fixtures for the webhook tests: the app served over real HTTP on 127.0.0.1 (WSGI or ASGI),
a local sipgate stand-in that records RTCM calls, and a file server for generated WAVs."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from redis_support import RedisServer
from sipgateio_webhooks import Webhooks, testing
from webhook_support import (
    SERVER_ADDRESS,
    AsyncRtcmStandIn,
    FileServer,
    RecordedCall,
    RtcmStandIn,
    SipgateStandIn,
    StandInClient,
    UvicornThread,
    WsgiThread,
)


class SwitchableApp:
    """An ASGI app that forwards to whichever app the current test set."""

    def __init__(self) -> None:
        self.app: Any = None

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await self.app(scope, receive, send)


@pytest.fixture(scope="session")
def uvicorn_host() -> Iterator[tuple[UvicornThread, SwitchableApp]]:
    """One uvicorn server for the whole run; each test plugs its own app in."""
    switch = SwitchableApp()
    host = UvicornThread(switch)
    yield host, switch
    host.stop()


@pytest.fixture(params=["in-process", "wsgi", "asgi"])
def serve(
    request: pytest.FixtureRequest, uvicorn_host: tuple[UvicornThread, SwitchableApp]
) -> Iterator[Callable[[Webhooks], str]]:
    """Serve a ``Webhooks`` over HTTP: in-process (``serve()``), as the Falcon WSGI app (on
    the standard library's threaded server) and as the Falcon ASGI app (uvicorn)."""
    running: list[Any] = []

    def start(webhooks: Webhooks) -> str:
        if request.param == "in-process":
            server = webhooks.serve(port=0, hostname="127.0.0.1")
            running.append(server)
            return server.url
        if request.param == "wsgi":
            wsgi = WsgiThread(webhooks.wsgi_app())
            running.append(wsgi)
            return wsgi.url
        host, switch = uvicorn_host
        switch.app = webhooks.asgi_app()
        return host.url

    yield start
    for server in running:
        server.stop()


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    """A real redis-server on 127.0.0.1 for the whole run (the test skips without one)."""
    server = RedisServer(tmp_path_factory.mktemp("redis"))
    yield server
    server.stop()


@pytest.fixture(scope="session")
def test_key() -> testing.TestKey:
    return testing.test_key()


@pytest.fixture
def make_webhooks(test_key: testing.TestKey) -> Callable[..., Webhooks]:
    """``Webhooks`` that trust the test key and know the example server address."""

    def make(**options: Any) -> Webhooks:
        options.setdefault("public_key", test_key.public_key_pem)
        options.setdefault("server_address", SERVER_ADDRESS)
        return Webhooks(**options)

    return make


class QuietHandler(BaseHTTPRequestHandler):
    def log_message(self, *args: Any) -> None:
        pass


@contextlib.contextmanager
def http_server(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    """Serve ``handler`` on a free port of 127.0.0.1 in a thread; yield the base URL."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


@pytest.fixture
def sipgate() -> Iterator[SipgateStandIn]:
    stand_in = SipgateStandIn()

    class Handler(QuietHandler):
        def _record(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            stand_in.calls.append(RecordedCall(self.command, self.path, body, time.monotonic()))
            time.sleep(stand_in.delay)
            if stand_in.gate is not None:
                stand_in.gate.wait(30)
            self.send_response(stand_in.status)
            self.send_header("Content-Length", "0")
            self.end_headers()

        do_DELETE = do_POST = _record

    with http_server(Handler) as stand_in.base_url:
        yield stand_in


@pytest.fixture
def sync_client(sipgate: SipgateStandIn) -> StandInClient:
    return StandInClient(RtcmStandIn(sipgate.base_url))


@pytest.fixture
def async_client(sipgate: SipgateStandIn) -> StandInClient:
    return StandInClient(AsyncRtcmStandIn(sipgate.base_url))


@pytest.fixture
def files() -> Iterator[FileServer]:
    server = FileServer()

    class Handler(QuietHandler):
        def do_GET(self) -> None:
            server.hits[self.path] = server.hits.get(self.path, 0) + 1
            content = server.files.get(self.path)
            if content is None:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", "audio/wav")
            self.send_header("Content-Length", str(len(content)))
            self.end_headers()
            if server.stall:
                time.sleep(server.stall)
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(content)

    with http_server(Handler) as server.base_url:
        yield server
