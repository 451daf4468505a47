"""Opens CONNECTIONS connections at once and sends one request on each (run by the benchmark).

``python burst.py HOST PORT REQUEST_FILE CONNECTIONS BURSTS`` does that BURSTS times, half a
second apart, and prints one JSON line: the latency of every answered request (from its
``connect`` call until the whole answer is in), how many were sent, and how many failed
(refused, reset, not answered within 10 s, or answered with another status than 200).

It drives non-blocking sockets with one ``selectors`` loop rather than asyncio streams, so
that the client's own bookkeeping for 200 connections stays far below what is measured.
"""

from __future__ import annotations

import json
import selectors
import socket
import sys
import time


def burst(host: str, port: int, request: bytes, connections: int) -> tuple[list[float], int]:
    selector = selectors.DefaultSelector()
    started: dict[socket.socket, float] = {}
    answers: dict[socket.socket, bytearray] = {}
    for _ in range(connections):
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.setblocking(False)
        started[sock] = time.monotonic()
        sock.connect_ex((host, port))
        answers[sock] = bytearray()
        selector.register(sock, selectors.EVENT_WRITE)
    latencies: list[float] = []
    errors = 0
    deadline = time.monotonic() + 10
    while started and time.monotonic() < deadline:
        for key, events in selector.select(timeout=0.5):
            sock = key.fileobj
            assert isinstance(sock, socket.socket)
            try:
                if events & selectors.EVENT_WRITE:
                    sock.sendall(request)
                    selector.modify(sock, selectors.EVENT_READ)
                    continue
                chunk = sock.recv(65536)
            except OSError:
                chunk = b""
            answer = answers[sock]
            answer += chunk
            done = _complete(answer)
            if chunk and not done:
                continue
            if done and answer.startswith(b"HTTP/1.1 200"):
                latencies.append(time.monotonic() - started[sock])
            else:
                errors += 1
            selector.unregister(sock)
            sock.close()
            del started[sock]
    errors += len(started)
    for sock in started:
        sock.close()
    selector.close()
    return latencies, errors


def _complete(answer: bytearray) -> bool:
    head, separator, body = bytes(answer).partition(b"\r\n\r\n")
    if not separator:
        return False
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return len(body) >= int(value)
    return False


def main() -> None:
    host, port, request_file = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    connections, bursts = int(sys.argv[4]), int(sys.argv[5])
    with open(request_file, "rb") as file:
        request = file.read()
    latencies: list[float] = []
    errors = 0
    for _ in range(bursts):
        answered, failed = burst(host, port, request, connections)
        latencies += answered
        errors += failed
        time.sleep(0.5)
    print(json.dumps({"sent": connections * bursts, "errors": errors, "latencies": latencies}))


if __name__ == "__main__":
    main()
