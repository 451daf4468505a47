"""A small closed-loop HTTP/1.1 load generator (run as its own process by the benchmark).

``python load.py HOST PORT REQUEST_FILE CONNECTIONS WARMUP SECONDS MAX_REQUESTS`` sends the
raw request in REQUEST_FILE over CONNECTIONS keep-alive connections, each in one write (so
Nagle's algorithm never holds half a request), reconnecting when the server closes. It prints
one JSON line: the latency of each request in the measured window, the errors there, and
the requests answered in all (warm-up included).
"""

from __future__ import annotations

import asyncio
import json
import sys
import time


async def worker(
    host: str, port: int, request: bytes, state: dict[str, float], out: dict[str, list[float]]
) -> None:
    reader = writer = None
    while time.monotonic() < state["end"] and state["sent"] < state["max"]:
        if writer is None:
            reader, writer = await asyncio.open_connection(host, port)
        assert reader is not None
        state["sent"] += 1
        started = time.monotonic()
        writer.write(request)
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            close = head.startswith(b"HTTP/1.0")
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                name = name.strip().lower()
                if name == b"content-length":
                    length = int(value)
                elif name == b"connection":
                    close = value.strip().lower() == b"close"
            await reader.readexactly(length)
            ok = head[9:12] == b"200"
        except (asyncio.IncompleteReadError, ConnectionError):
            ok, close = False, True
        finished = time.monotonic()
        state["done"] += 1
        if state["start"] <= started and finished <= state["end"]:
            (out["latencies"] if ok else out["errors"]).append(finished - started)
        if close:
            writer.close()
            reader = writer = None
    if writer is not None:
        writer.close()


async def main() -> None:
    host, port, request_file = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    connections, warmup, seconds, max_requests = (
        int(sys.argv[4]),
        float(sys.argv[5]),
        float(sys.argv[6]),
        int(sys.argv[7]),
    )
    with open(request_file, "rb") as file:
        request = file.read()
    now = time.monotonic()
    state = {
        "start": now + warmup,
        "end": now + warmup + seconds,
        "sent": 0,
        "done": 0,
        "max": max_requests,
    }
    out: dict[str, list[float]] = {"latencies": [], "errors": []}
    await asyncio.gather(*(worker(host, port, request, state, out) for _ in range(connections)))
    print(json.dumps({"seconds": seconds, "errors": len(out["errors"]), "total": state["done"],
                      "latencies": out["latencies"]}))  # fmt: skip


if __name__ == "__main__":
    try:  # a lighter client leaves more of the machine to the servers under test
        import uvloop

        uvloop.run(main())
    except ImportError:
        asyncio.run(main())
