"""Fixtures of the HTTPS tests: a local CA, servers with its certificates, clients of each kind.

Every test runs with an environment free of proxy and CA settings; a test sets what it needs.
"""

from __future__ import annotations

import ssl
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import trustme

import sipgateio
from tests.conftest import TOKEN, TOKEN_ID, Blocking, EventLoopThread
from tests.tls._servers import ConnectProxy, TLSRecordingServer

ENVIRONMENT = (
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "ALL_PROXY",
    "NO_PROXY",
    "SSL_CERT_FILE",
    "SSL_CERT_DIR",
    "PYTHONHTTPSVERIFY",
    "CURL_CA_BUNDLE",
    "REQUESTS_CA_BUNDLE",
)

# How the client under test is made: the sync client, the async client on its default
# transport, and the async client on httpx's own pool (``http_client=httpx.AsyncClient()``).
WAYS = ("sync", "async", "async on httpx's pool")


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ENVIRONMENT:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


@pytest.fixture(scope="session")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture(scope="session")
def ca_file(ca: trustme.CA, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ca") / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return path


@pytest.fixture
def trusting_environment(ca_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``SSL_CERT_FILE`` names the local CA, as a user behind a company CA would set it."""
    monkeypatch.setenv("SSL_CERT_FILE", str(ca_file))


@pytest.fixture
def tls_server(ca: trustme.CA) -> Iterator[TLSRecordingServer]:
    """A recording server whose certificate (for 127.0.0.1 and localhost) the local CA signed."""
    server = TLSRecordingServer(ca.issue_cert("127.0.0.1", "localhost")).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def proxy() -> Iterator[ConnectProxy]:
    running = ConnectProxy()
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture(params=WAYS)
def way(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def connect(way: str, loop_thread: EventLoopThread) -> Iterator[Callable[..., Any]]:
    """Make a client of the current way; ``verify`` passes an ``httpx`` client verifying so.

    Every client made, and every ``httpx`` client passed in, is closed afterwards.
    """
    closing: list[Callable[[], Any]] = []

    def connect(
        base_url: str, *, verify: ssl.SSLContext | bool | None = None, **options: Any
    ) -> Any:
        options.update(token_id=TOKEN_ID, token=TOKEN, base_url=base_url)
        if way == "sync":
            sync_http = None if verify is None else httpx.Client(verify=verify)
            client = sipgateio.SipgateIO(http_client=sync_http, **options)
            closing.append(client.close)
            if sync_http is not None:
                closing.append(sync_http.close)
            return client

        async def build() -> tuple[sipgateio.AsyncSipgateIO, httpx.AsyncClient | None]:
            http = None
            if verify is not None:
                http = httpx.AsyncClient(verify=verify)
            elif way == "async on httpx's pool":
                http = httpx.AsyncClient()
            return sipgateio.AsyncSipgateIO(http_client=http, **options), http

        async_client, async_http = loop_thread.run(build())
        closing.append(lambda: loop_thread.run(async_client.close()))
        if async_http is not None:
            closing.append(lambda: loop_thread.run(async_http.aclose()))
        return Blocking(async_client, loop_thread)

    yield connect
    for close in reversed(closing):
        close()
