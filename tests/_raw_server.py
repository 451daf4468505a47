"""A raw-socket HTTP/1.1 server on 127.0.0.1 that stages faults a well-behaved server cannot.

Each request is answered with scripted bytes, and the connection is then kept, closed, or
held open without another byte (to make the client's read timeout fire). The helpers
build the answers: a good one, a body shorter than its ``Content-Length``, a chunked body
without its last chunk, a body that stalls half-way, and one that claims a compression it
does not have.
"""

from __future__ import annotations

import json
import socket
import socketserver
import threading
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Literal

# Longest a stalled answer holds its connection open (the server's stop ends it sooner).
MAX_STALL = 10.0


@dataclass(frozen=True)
class RawAnswer:
    """Bytes to send, then what to do with the connection."""

    data: bytes
    then: Literal["keep", "close", "stall"] = "keep"


def _head(status: int, headers: dict[str, str]) -> bytes:
    lines = [f"HTTP/1.1 {status} Status"] + [f"{name}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def _encoded(body: Any) -> bytes:
    return body if isinstance(body, bytes) else json.dumps(body).encode()


def good(body: Any = b"", status: int = 200) -> RawAnswer:
    """A complete answer with a JSON (or raw bytes) body."""
    payload = _encoded(body)
    headers = {"Content-Type": "application/json", "Content-Length": str(len(payload))}
    return RawAnswer(_head(status, headers) + payload)


def cut_short(body: Any, status: int = 200) -> RawAnswer:
    """``Content-Length`` promises more than is sent; then the connection closes."""
    payload = _encoded(body)
    headers = {"Content-Type": "application/json", "Content-Length": str(len(payload) + 40)}
    return RawAnswer(_head(status, headers) + payload, then="close")


def chunked_cut_off(body: Any, status: int = 200) -> RawAnswer:
    """A chunked body that stops after its first half, without the final empty chunk."""
    payload = _encoded(body)
    half = payload[: len(payload) // 2]
    headers = {"Content-Type": "application/json", "Transfer-Encoding": "chunked"}
    chunk = f"{len(half):x}\r\n".encode() + half + b"\r\n"
    return RawAnswer(_head(status, headers) + chunk, then="close")


def stalled(body: Any, status: int = 200) -> RawAnswer:
    """Headers and half the body arrive, then nothing more (the connection stays open)."""
    payload = _encoded(body)
    headers = {"Content-Type": "application/json", "Content-Length": str(len(payload))}
    return RawAnswer(_head(status, headers) + payload[: len(payload) // 2], then="stall")


def not_gzip(body: Any, status: int = 200) -> RawAnswer:
    """A complete body that claims to be gzip-compressed but is not."""
    payload = _encoded(body)
    headers = {
        "Content-Type": "application/json",
        "Content-Encoding": "gzip",
        "Content-Length": str(len(payload)),
    }
    return RawAnswer(_head(status, headers) + payload)


FAULTS = {
    "cut_short": cut_short,
    "chunked_cut_off": chunked_cut_off,
    "stalled": stalled,
    "not_gzip": not_gzip,
}


class RawServer:
    """Answer ``METHOD /path`` (path as sent, e.g. ``/v2/sessions/sms``) with scripted bytes."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        self._script: dict[str, deque[RawAnswer]] = {}
        self._lock = threading.Lock()
        self._stopped = threading.Event()
        server = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                server._serve(self.request)

        self._tcp = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self._tcp.daemon_threads = True
        self._thread = threading.Thread(
            target=self._tcp.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def base_url(self) -> str:
        host, port = self._tcp.server_address[:2]
        return f"http://{host}:{port}/v2"

    def on(self, request_line: str, *answers: RawAnswer) -> None:
        """Answer ``request_line`` (``"GET /v2/x"``) with ``answers`` in turn; the last repeats."""
        self._script[request_line] = deque(answers)

    def count(self, request_line: str) -> int:
        """How many ``request_line`` requests arrived."""
        with self._lock:
            return self.requests.count(request_line)

    def _answer_for(self, request_line: str) -> RawAnswer:
        with self._lock:
            self.requests.append(request_line)
            answers = self._script.get(request_line)
            if not answers:
                return good({"message": "not scripted"}, status=404)
            return answers.popleft() if len(answers) > 1 else answers[0]

    def _serve(self, connection: socket.socket) -> None:
        buffered = b""
        while not self._stopped.is_set():
            while b"\r\n\r\n" not in buffered:
                data = connection.recv(65536)
                if not data:
                    return
                buffered += data
            head, buffered = buffered.split(b"\r\n\r\n", 1)
            lines = head.decode("latin-1").split("\r\n")
            method, target = lines[0].split(" ")[:2]
            length = 0
            for line in lines[1:]:
                name, _, value = line.partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value)
            while len(buffered) < length:
                data = connection.recv(65536)
                if not data:
                    return
                buffered += data
            buffered = buffered[length:]
            answer = self._answer_for(f"{method} {target.split('?')[0]}")
            connection.sendall(answer.data)
            if answer.then == "stall":
                self._stopped.wait(MAX_STALL)
                return
            if answer.then == "close":
                return

    def start(self) -> RawServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopped.set()
        self._tcp.shutdown()
        self._tcp.server_close()


@contextmanager
def raw_server() -> Iterator[RawServer]:
    server = RawServer().start()
    try:
        yield server
    finally:
        server.stop()
