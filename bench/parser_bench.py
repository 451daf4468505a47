"""The SMS path of ``AsyncSipgateIO`` with each HTTP/1.1 parser its transport could use.

    python bench/parser_bench.py                      # llhttp (httptools) and h11
    python bench/parser_bench.py --baseline-rev 3664659   # and the transport of that commit

Every variant is ``sipgateio/_asyncio_transport.py`` under ``AsyncSipgateIO``; only the
parser differs: llhttp through httptools (as shipped), h11 (``bench/_h11_connection.py``,
which also writes the request, as httpcore does) and, with ``--baseline-rev``, the module
as it was at that commit. Each round sends ``--conc`` SMS with ``--in-flight`` at a time to
``bench/_sms_server.js`` on 127.0.0.1, the variants taking turns in alternating order. The
server is pinned to one core and this process to another. Medians, their ratio to llhttp
and the CPU microseconds per SMS are printed; the server counts every SMS.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Awaitable, Callable
from pathlib import Path

import httpx
from _h11_connection import H11Transport

import sipgateio
from sipgateio._async._lean_client import AsyncLeanClient
from sipgateio._asyncio_transport import AsyncioTransport

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TOKEN_ID = "token-ABC123"
TOKEN = "e68ead46-a7db-46cd-8a1a-44aed1e4e372"
TO = "+4915799912345"
MESSAGE = "Hello from the benchmark"
MAX_SMS = 50_000


class SmsServer:
    """``bench/_sms_server.js`` on core 0 (with two cores); it exits when its stdin closes."""

    def __init__(self) -> None:
        command = ["node", str(HERE / "_sms_server.js")]
        if shutil.which("taskset") and (os.cpu_count() or 1) > 1:
            command = ["taskset", "-c", "0", *command]
        self._process = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        assert self._process.stdout is not None
        self.port = int(self._process.stdout.readline())
        self.base_url = f"http://127.0.0.1:{self.port}/v2"

    def count(self) -> int:
        """How many SMS the server answered so far."""
        with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/__count", timeout=10) as answer:
            return int(answer.read())

    def stop(self) -> None:
        assert self._process.stdin is not None
        self._process.stdin.close()
        self._process.wait(10)


def transport_at(rev: str) -> type[httpx.AsyncBaseTransport]:
    """``AsyncioTransport`` as ``sipgateio/_asyncio_transport.py`` defined it at ``rev``."""
    source = subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{rev}:sipgateio/_asyncio_transport.py"],
        capture_output=True,
        check=True,
        text=True,
    ).stdout
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, f"_asyncio_transport_{rev}.py")
        path.write_text(source)
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    transport: type[httpx.AsyncBaseTransport] = module.AsyncioTransport
    return transport


def pin(pid: int, core: int) -> None:
    if shutil.which("taskset") and (os.cpu_count() or 1) > 1:
        subprocess.run(
            ["taskset", "-a", "-cp", str(core), str(pid)], check=True, capture_output=True
        )


async def send_batch(client: sipgateio.AsyncSipgateIO, n: int, in_flight: int) -> None:
    remaining = n

    async def worker() -> None:
        nonlocal remaining
        while remaining > 0:
            remaining -= 1
            await client.sms.send(to=TO, message=MESSAGE, sms_id="s0")

    await asyncio.gather(*(worker() for _ in range(min(in_flight, n))))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=7, help="measured rounds (default 7)")
    parser.add_argument("--conc", type=int, default=2000, help="SMS per batch (default 2000)")
    parser.add_argument("--in-flight", type=int, default=200, help="SMS in flight (default 200)")
    parser.add_argument("--baseline-rev", help="also run the transport of this git commit")
    args = parser.parse_args()
    rounds, n = max(1, min(args.rounds, 30)), max(1, min(args.conc, MAX_SMS))
    if not shutil.which("node"):
        print("node is needed for the local server", file=sys.stderr)
        return 2

    transports: dict[str, Callable[[], httpx.AsyncBaseTransport]] = {
        "llhttp (httptools)": AsyncioTransport,
        "h11": H11Transport,
    }
    if args.baseline_rev:
        transports[f"hand-written ({args.baseline_rev})"] = transport_at(args.baseline_rev)

    server = SmsServer()
    if hasattr(os, "sched_setaffinity") and (os.cpu_count() or 1) > 1:
        os.sched_setaffinity(0, {1})  # the clients' core
    loop = asyncio.new_event_loop()
    clients = {
        name: sipgateio.AsyncSipgateIO(
            token_id=TOKEN_ID,
            token=TOKEN,
            base_url=server.base_url,
            http_client=AsyncLeanClient(transport=make()),
        )
        for name, make in transports.items()
    }
    rates: dict[str, list[float]] = {name: [] for name in clients}
    cpu_us: dict[str, list[float]] = {name: [] for name in clients}

    def run(coroutine: Awaitable[None]) -> None:
        loop.run_until_complete(coroutine)

    try:
        print(
            f"Python {sys.version.split()[0]}; {n} SMS per batch, {args.in_flight} in flight, "
            f"{rounds} rounds after a warm-up, order alternating"
        )
        for round_ in range(rounds + 1):
            names = list(clients) if round_ % 2 else list(reversed(clients))
            for name in names:
                size = n if round_ else n // 10
                before = server.count()
                cpu_started, started = time.process_time(), time.perf_counter()
                run(send_batch(clients[name], size, args.in_flight))
                elapsed = time.perf_counter() - started
                cpu = time.process_time() - cpu_started
                if server.count() - before != size:
                    raise RuntimeError(f"{name}: the server did not answer {size} SMS")
                if round_:
                    rates[name].append(size / elapsed)
                    cpu_us[name].append(cpu / size * 1e6)
            print(f"  round {round_ or 'warm-up'} done", file=sys.stderr)
    finally:
        for client in clients.values():
            run(client.close())
            run(client.http_client.aclose())
        loop.close()
        server.stop()

    baseline = statistics.median(rates["llhttp (httptools)"])
    print(f"\n  {'parser':<28} {'median SMS/s':>12}  {'min-max':>13}  {'vs llhttp':>9}  CPU us/SMS")
    for name, values in rates.items():
        median = statistics.median(values)
        print(
            f"  {name:<28} {median:>12,.0f}  {min(values):>6,.0f}-{max(values):<6,.0f}"
            f"  {median / baseline:>8.2f}x  {statistics.median(cpu_us[name]):>10.0f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
