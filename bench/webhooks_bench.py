"""Benchmark: signed newCall webhooks per second, ours against the Node SDK's server.

Run it from the repository root::

    python bench/webhooks_bench.py [--rounds 3] [--seconds 5] [--connections 8]

It serves ``bench/webhooks/webhooks_bench_app.py`` (signature verification on, with a 4096-bit
key like sipgate's) under gunicorn and under uvicorn, two workers each, and the Node SDK's own
webhook server (npm package ``sipgateio``, installed with npm into a temporary folder that is
deleted afterwards) with verification off, which is all its README offers for local traffic.
A second process (``bench/webhooks/load.py``) sends the same signed newCall push over
keep-alive connections to 127.0.0.1, in rounds that alternate between the servers, each
bounded in time and in requests. It prints the median requests per second over the rounds,
the ratio to the Node server, the median and 99th-percentile latency, and the CPU time each
server spent per request (which, unlike throughput, other load on the machine barely moves).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sipgateio_webhooks import testing

ROOT = Path(__file__).resolve().parent
HELPERS = ROOT / "webhooks"
NODE_PACKAGE = "sipgateio@2.15.1"
SERVER_ADDRESS = "https://hooks.example.com/sipgate"
BODY = (
    b"event=newCall&direction=in&from=491776249000&to=4928559389086"
    b"&callId=54566B150B0C0D3A5D534D5F565D7C5F54535A5C5B53525A7E5B5D5745504457444C425D5057"
    b"&origCallId=54566B150B0C0D3A5D534D5F565D7C5F54535A5C5B53525A7E5B5D5745504457444C425D5057"
    b"&user%5B%5D=Alice&userId%5B%5D=w0&fullUserId%5B%5D=1234567w0&xcid=8419b3450b75cd19"
)
NODE_SERVER_JS = """
const { createWebhookModule, WebhookResponse } = require('sipgateio');
createWebhookModule()
  .createServer({ port: Number(process.argv[2]), hostname: '127.0.0.1',
                  serverAddress: process.argv[3], skipSignatureVerification: true })
  .then((server) => {
    server.onNewCall(() => WebhookResponse.redirectCall({ numbers: ['4921100000'] }));
    console.log('listening');
  });
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for_port(port: int, process: subprocess.Popen[bytes], timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"nothing listens on port {port} after {timeout} s")


CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) used so far by ``pid`` and its descendants (Linux /proc)."""
    total = 0.0
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += (int(fields[11]) + int(fields[12])) / CLOCK_TICKS  # utime, stime
        for task in Path(f"/proc/{pid}/task").iterdir():
            for child in (task / "children").read_text().split():
                total += cpu_seconds(int(child))
    except (FileNotFoundError, ProcessLookupError):
        pass
    return total


@contextmanager
def running(
    command: list[str], port: int, env: dict[str, str] | None = None
) -> Iterator[subprocess.Popen[bytes]]:
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT.parent
    )
    try:
        wait_for_port(port, process)
        time.sleep(1.0)  # let every worker finish importing
        yield process
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def raw_request(signature: str | None) -> bytes:
    headers = [
        "POST /sipgate HTTP/1.1",
        "Host: hooks.example.com",  # matches the server address, so no mismatch is logged
        "User-Agent: sipgate.io",
        "Content-Type: application/x-www-form-urlencoded; charset=UTF-8",
        "Accept: application/xml, text/plain, text/html",
        f"Content-Length: {len(BODY)}",
    ]
    if signature:
        headers.append(f"X-Sipgate-Signature: {signature}")
    return ("\r\n".join(headers) + "\r\n\r\n").encode() + BODY


def measure(
    server: subprocess.Popen[bytes], port: int, request_file: Path, args: argparse.Namespace
) -> dict[str, float]:
    cpu_before = cpu_seconds(server.pid)
    output = subprocess.run(
        [sys.executable, str(HELPERS / "load.py"), "127.0.0.1", str(port), str(request_file),
         str(args.connections), str(args.warmup), str(args.seconds), str(args.max_requests)],
        check=True, capture_output=True, text=True, timeout=args.warmup + args.seconds + 60,
    ).stdout  # fmt: skip
    cpu_used = cpu_seconds(server.pid) - cpu_before
    result = json.loads(output)
    latencies = sorted(result["latencies"])
    if not latencies:
        raise RuntimeError(f"no successful request on port {port}")
    return {
        "rps": len(latencies) / result["seconds"],
        "errors": result["errors"],
        "p50_ms": 1000 * latencies[len(latencies) // 2],
        "p99_ms": 1000 * latencies[int(len(latencies) * 0.99)],
        "cpu_us": 1e6 * cpu_used / max(result["total"], 1),
    }


def gunicorn_command(port: int) -> list[str]:
    return [sys.executable, "-m", "gunicorn", "--workers", "2", "--worker-class", "gthread",
            "--threads", "4", "--bind", f"127.0.0.1:{port}", "--chdir", str(HELPERS),
            "--log-level", "warning", "webhooks_bench_app:wsgi"]  # fmt: skip


def uvicorn_command(port: int) -> list[str]:
    # uvloop + httptools (uvicorn[standard]) when installed; see the README on why they matter
    return [sys.executable, "-m", "uvicorn", "--workers", "2", "--host", "127.0.0.1",
            "--port", str(port), "--app-dir", str(HELPERS), "--no-access-log",
            "--log-level", "warning", "webhooks_bench_app:asgi"]  # fmt: skip


def install_node_sdk(folder: Path) -> Path | None:
    npm = shutil.which("npm")
    if npm is None or shutil.which("node") is None:
        print("node/npm not found: the Node SDK baseline is skipped", file=sys.stderr)
        return None
    subprocess.run(
        [npm, "install", "--prefix", str(folder), NODE_PACKAGE, "--no-audit", "--no-fund",
         "--loglevel=error"],
        check=True, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    script = folder / "server.js"
    script.write_text(NODE_SERVER_JS)
    return script


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--warmup", type=float, default=1.0)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--max-requests", type=int, default=500_000)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="webhooks-bench-") as temp:
        folder = Path(temp)
        key = testing.TestKey.generate(4096)  # the size of sipgate's key
        (folder / "public.pem").write_text(key.public_key_pem)
        signed = folder / "signed.http"
        signed.write_bytes(raw_request(key.sign(BODY)))
        unsigned = folder / "unsigned.http"
        unsigned.write_bytes(raw_request(None))
        env = {**os.environ, "WEBHOOKS_BENCH_PUBLIC_KEY": str(folder / "public.pem")}
        node_script = install_node_sdk(folder / "node")

        ports = {name: free_port() for name in ("gunicorn", "uvicorn", "unverified", "node")}
        unverified_env = {**env, "WEBHOOKS_BENCH_SKIP_VERIFICATION": "1"}
        servers: dict[str, tuple[list[str], int, Path, dict[str, str]]] = {
            "gunicorn (2 workers), verification on": (
                gunicorn_command(ports["gunicorn"]), ports["gunicorn"], signed, env,
            ),
            "uvicorn (2 workers), verification on": (
                uvicorn_command(ports["uvicorn"]), ports["uvicorn"], signed, env,
            ),
            "uvicorn (2 workers), verification off": (
                uvicorn_command(ports["unverified"]), ports["unverified"], unsigned,
                unverified_env,
            ),
        }  # fmt: skip
        if node_script is not None:
            servers["Node SDK (1 process), verification off"] = (
                ["node", str(node_script), str(ports["node"]), SERVER_ADDRESS],
                ports["node"],
                unsigned,
                env,
            )

        results: dict[str, list[dict[str, float]]] = {name: [] for name in servers}
        for round_number in range(1, args.rounds + 1):
            for name, (command, port, request_file, server_env) in servers.items():
                with running(command, port, server_env) as server:
                    figures = measure(server, port, request_file, args)
                results[name].append(figures)
                print(
                    f"round {round_number}: {name}: {figures['rps']:.0f} req/s, "
                    f"{figures['cpu_us']:.0f} µs CPU per request",
                    flush=True,
                )

    report(results, args)


def report(results: dict[str, list[dict[str, float]]], args: argparse.Namespace) -> None:
    medians = {
        name: {key: statistics.median(r[key] for r in runs) for key in runs[0]}
        for name, runs in results.items()
    }
    baseline = next((m for name, m in medians.items() if name.startswith("Node")), None)
    print(
        f"\nsigned newCall pushes, {args.connections} keep-alive connections, "
        f"{args.rounds} rounds of {args.seconds:g} s (medians)\n"
    )
    print(
        f"{'server':<42} {'req/s':>7} {'vs Node':>7} {'p50 ms':>7} {'p99 ms':>7} "
        f"{'CPU µs/req':>10} {'vs Node':>7} {'errors':>6}"
    )
    for name, figures in medians.items():
        ratio = f"{figures['rps'] / baseline['rps']:.2f}x" if baseline else "-"
        cpu_ratio = f"{baseline['cpu_us'] / figures['cpu_us']:.2f}x" if baseline else "-"
        print(
            f"{name:<42} {figures['rps']:>7.0f} {ratio:>7} {figures['p50_ms']:>7.2f} "
            f"{figures['p99_ms']:>7.2f} {figures['cpu_us']:>10.0f} {cpu_ratio:>7} "
            f"{figures['errors']:>6.0f}"
        )
    print(
        "\nCPU µs/req is the server's own CPU time (all its processes) per answered request; "
        "unlike req/s it does not depend on what else the machine is doing. Its 'vs Node' is "
        "Node's CPU per request divided by ours (above 1: we need less)."
    )


if __name__ == "__main__":
    main()
