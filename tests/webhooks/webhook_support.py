"""Helpers for the webhook tests: a uvicorn thread, multi-worker servers as subprocesses, the
sipgate stand-in's client side, generated WAV files and small HTTP utilities."""

from __future__ import annotations

import contextlib
import io
import json
import os
import signal
import socket
import socketserver
import struct
import subprocess
import sys
import threading
import time
import wave
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import httpx
import uvicorn

SERVER_ADDRESS = "https://hooks.example.com/sipgate"
FORM = "application/x-www-form-urlencoded"
HERE = Path(__file__).resolve().parent
PROCESS_GUARD = 30.0


def wait_until(condition: Callable[[], Any], timeout: float = 5.0) -> Any:
    """Poll ``condition`` until it is truthy (bounded); return its last value."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(0.01)


class UvicornThread:
    """A uvicorn server for an ASGI app on a free port of 127.0.0.1, in a daemon thread."""

    def __init__(self, app: Any) -> None:
        # proto=IPPROTO_TCP so asyncio sets TCP_NODELAY on accepted connections; without it
        # a keep-alive request waits ~40 ms (Nagle + delayed ACK), as under `uvicorn --workers`
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(
            app, log_level="warning", lifespan="off", proxy_headers=False, access_log=False
        )
        self.server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self.server.run, kwargs={"sockets": [sock]}, daemon=True
        )
        self._thread.start()
        if not wait_until(lambda: self.server.started, timeout=10):
            raise RuntimeError("uvicorn did not start")
        self.url = f"http://127.0.0.1:{self.port}/"

    def stop(self) -> None:
        self.server.should_exit = True
        self._thread.join(10)


class WsgiThread:
    """A WSGI app on the standard library's threaded server, on a free port of 127.0.0.1."""

    def __init__(self, app: Any) -> None:
        class Server(socketserver.ThreadingMixIn, WSGIServer):
            daemon_threads = True

        class Quiet(WSGIRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = make_server("127.0.0.1", 0, app, server_class=Server, handler_class=Quiet)
        self.url = f"http://127.0.0.1:{self.httpd.server_port}/"
        self._thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self._thread.join(10)


def post_raw(url: str, body: bytes, headers: dict[str, str] | None = None) -> httpx.Response:
    """POST ``body`` as a form with the given extra headers, unsigned."""
    return httpx.post(url, content=body, headers={"Content-Type": FORM, **(headers or {})})


@dataclass
class RecordedCall:
    method: str
    path: str
    body: bytes
    at: float  # time.monotonic() when it arrived


@dataclass
class SipgateStandIn:
    """Records ``DELETE /calls/{id}`` and ``POST /calls/{id}/transfer``; answers ``status``."""

    status: int = 204
    delay: float = 0.0  # seconds before answering
    gate: threading.Event | None = None  # when given, answers wait until it is set
    calls: list[RecordedCall] = field(default_factory=list)
    base_url: str = ""

    def wait_for(self, count: int = 1, timeout: float = 5.0) -> list[RecordedCall]:
        wait_until(lambda: len(self.calls) >= count, timeout)
        return list(self.calls)


class RtcmStandIn:
    """``client.rtcm`` with the two calls the helpers use, talking to the stand-in."""

    def __init__(self, base_url: str) -> None:
        self._base_url = base_url

    def hang_up(self, call_id: str) -> None:
        httpx.delete(f"{self._base_url}/calls/{call_id}").raise_for_status()

    def transfer(self, call_id: str, options: Any) -> None:
        body = {"attended": options.attended, "phoneNumber": options.phone_number}
        httpx.post(f"{self._base_url}/calls/{call_id}/transfer", json=body).raise_for_status()


class AsyncRtcmStandIn:
    """The coroutine flavour of ``RtcmStandIn``, as ``AsyncSipgateIO.rtcm`` has it."""

    def __init__(self, base_url: str) -> None:
        self._base_url = base_url

    async def hang_up(self, call_id: str) -> None:
        async with httpx.AsyncClient() as client:
            (await client.delete(f"{self._base_url}/calls/{call_id}")).raise_for_status()

    async def transfer(self, call_id: str, options: Any) -> None:
        body = {"attended": options.attended, "phoneNumber": options.phone_number}
        async with httpx.AsyncClient() as client:
            url = f"{self._base_url}/calls/{call_id}/transfer"
            (await client.post(url, json=body)).raise_for_status()


class StandInClient:
    """A minimal sipgateio client: only ``.rtcm``."""

    def __init__(self, rtcm: Any) -> None:
        self.rtcm = rtcm


def make_wav(
    *,
    sample_rate: int = 8000,
    channels: int = 1,
    sample_width: int = 2,
    seconds: float = 0.25,
    format_tag: int | None = None,
) -> bytes:
    """A WAV of silence; ``format_tag`` overrides the header's format (3 = float, ...)."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as wav:
        wav.setnchannels(channels)
        wav.setsampwidth(sample_width)
        wav.setframerate(sample_rate)
        wav.writeframes(b"\0" * int(sample_rate * seconds) * channels * sample_width)
    data = buffer.getvalue()
    if format_tag is not None:
        data = data[:20] + struct.pack("<H", format_tag) + data[22:]
    return data


@dataclass
class FileServer:
    """Serves ``files`` (path -> bytes) on 127.0.0.1 and counts the GETs per path."""

    files: dict[str, bytes] = field(default_factory=dict)
    hits: dict[str, int] = field(default_factory=dict)
    stall: float = 0.0  # seconds to wait between headers and body
    base_url: str = ""

    def url(self, path: str) -> str:
        return self.base_url + path


def transfer_body(call: RecordedCall) -> Any:
    return json.loads(call.body)


def free_port() -> int:
    """A TCP port of 127.0.0.1 that was free a moment ago."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def uvicorn_command(port: int, app: str = "deployed_app") -> list[str]:
    """``uvicorn --workers 2`` serving ``app``'s ``asgi`` (a module in this folder)."""
    return [sys.executable, "-m", "uvicorn", f"{app}:asgi", "--workers", "2",
            "--host", "127.0.0.1", "--port", str(port), "--app-dir", str(HERE),
            "--no-proxy-headers", "--no-access-log", "--log-level", "warning"]  # fmt: skip


def gunicorn_command(port: int, app: str = "deployed_app") -> list[str]:
    """``gunicorn -w 2`` (threaded workers) serving ``app``'s ``wsgi``."""
    return [sys.executable, "-m", "gunicorn", f"{app}:wsgi", "--workers", "2",
            "--worker-class", "gthread", "--threads", "4", "--bind", f"127.0.0.1:{port}",
            "--chdir", str(HERE), "--log-level", "warning"]  # fmt: skip


def _worker_count(pid: int) -> int:
    children = Path(f"/proc/{pid}/task/{pid}/children")
    return len(children.read_text().split()) if children.exists() else -1


@contextlib.contextmanager
def serving(command: list[str], port: int, env: Mapping[str, str]) -> Iterator[str]:
    """Run a multi-worker server; yield its base URL once two workers answer, then stop it."""
    process = subprocess.Popen(
        command, env={**os.environ, **env}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        deadline = time.monotonic() + PROCESS_GUARD
        while time.monotonic() < deadline and process.poll() is None:
            if _worker_count(process.pid) >= 2:
                try:
                    if httpx.get(f"http://127.0.0.1:{port}/", timeout=1).status_code == 405:
                        break
                except httpx.TransportError:
                    pass
            time.sleep(0.1)
        else:
            process.kill()
            _, errors = process.communicate(timeout=PROCESS_GUARD)
            raise RuntimeError(f"{command[2]} did not start: {errors.decode()[-2000:]}")
        yield f"http://127.0.0.1:{port}"
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.communicate(timeout=PROCESS_GUARD)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
