"""Benchmark: sipgate pushes per second, ``create_server`` against the Node SDK's server.

Run it from the repository root::

    python bench/webhooks_bench.py [--rounds 3] [--seconds 5] [--connections 32] [--json FILE]

It loads, one after the other with the order alternating from round to round, the Node SDK's
``createServer`` (npm package ``sipgateio``, installed with npm into a temporary folder that
is deleted afterwards) and our in-process server (``create_server``, started as a user starts
it by ``bench/webhooks/inprocess_server.py``), each pinned to one core with ``taskset`` and
the load generator to another:

- signatures on: every request is the real push sipgate signed (from
  ``tests/webhooks/sipgate_push_signature.json``), checked against sipgate's own 4096-bit key,
  with ``X-Forwarded-For: 217.116.118.254``, which the Node SDK demands; our server checks
  that address too (the opt-in allow-list, behind 127.0.0.1 as a trusted proxy);
- signatures off: the same push, both servers told to skip their checks;
- a burst: 200 connections opened at once, one signed push each, several times.

Our server runs twice: as installed with ``sipgateio[speedups]`` (httptools, uvloop), and as
a plain ``pip install sipgateio`` runs it (httptools, asyncio; ``--no-plain`` leaves it out).

Both servers answer with the same ``<Dial>``; one request to each is checked before it is
loaded. The load generator is wrk (2 threads) where installed, else ``bench/webhooks/load.py``.
The script prints, per server, the median requests per second, the ratio to the Node SDK,
p50/p99/max latency, errors (connection errors, timeouts and non-2xx answers) and the CPU
time the server spent per request, then every round's figures.
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
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent
HELPERS = ROOT / "webhooks"
PUSH = ROOT.parent / "tests" / "webhooks" / "sipgate_push_signature.json"
NODE_PACKAGE = "sipgateio@2.15.1"
SERVER_ADDRESS = "https://hooks.example.com/sipgate"
NODE_SERVER_JS = """
const { createWebhookModule, WebhookResponse } = require('sipgateio');
createWebhookModule()
  .createServer({ port: Number(process.argv[2]), hostname: '127.0.0.1',
                  serverAddress: process.argv[3], skipSignatureVerification: process.argv[4] === 'off' })
  .then((server) => {
    server.onNewCall(() => WebhookResponse.redirectCall({ numbers: ['4921100000'] }));
    console.log('listening');
  });
"""
WRK_REPORT = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests": %d, "seconds": %f, "errors": %d, "p50_ms": %f, "p99_ms": %f, "max_ms": %f}\\n',
    summary.requests, summary.duration / 1e6, e.connect + e.read + e.write + e.status + e.timeout,
    latency:percentile(50) / 1e3, latency:percentile(99) / 1e3, latency.max / 1e3))
end
"""
EXPECTED = b"<Number>4921100000</Number>"


def real_push() -> tuple[bytes, str]:
    vector = json.loads(PUSH.read_text())["vectors"][0]
    return vector["body"].encode(), vector["signature"]


def request_headers(body: bytes, signature: str | None) -> dict[str, str]:
    headers = {
        "Host": "hooks.example.com",  # matches the server address: no mismatch is logged
        "User-Agent": "sipgate.io",
        "Content-Type": "application/x-www-form-urlencoded; charset=UTF-8",
        "Accept": "application/xml, text/plain, text/html",
        "X-Forwarded-For": "217.116.118.254",
        "Content-Length": str(len(body)),
    }
    if signature:
        headers["X-Sipgate-Signature"] = signature
    return headers


def raw_request(body: bytes, signature: str | None) -> bytes:
    lines = ["POST /sipgate HTTP/1.1"]
    lines += [f"{name}: {value}" for name, value in request_headers(body, signature).items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def wrk_script(body: bytes, signature: str | None) -> str:
    lines = ['wrk.method = "POST"', f"wrk.body = [[{body.decode()}]]"]
    for name, value in request_headers(body, signature).items():
        if name != "Content-Length":  # wrk sets it
            lines.append(f'wrk.headers["{name}"] = "{value}"')
    return "\n".join(lines) + "\n" + WRK_REPORT


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


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


def pinned(command: list[str], core: int | None) -> list[str]:
    return command if core is None else ["taskset", "-c", str(core), *command]


@contextmanager
def running(command: list[str]) -> Iterator[subprocess.Popen[str]]:
    process = subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        text=True, cwd=ROOT.parent,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        if process.stdout.readline().strip() != "listening":
            raise RuntimeError(f"{command} did not start")
        yield process
    finally:
        if process.stdin is not None:
            process.stdin.close()  # the Python server stops when its input closes
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def check_reply(port: int, request: bytes) -> None:
    """One request, answered 200 with the expected ``<Dial>`` (a refusal would be fast too)."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(request.replace(b"HTTP/1.1\r\n", b"HTTP/1.1\r\nConnection: close\r\n", 1))
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    if not answer.startswith(b"HTTP/1.1 200") or EXPECTED not in answer:
        raise RuntimeError(f"unexpected answer from port {port}: {answer[:300]!r}")


def load(port: int, files: dict[str, Path], args: argparse.Namespace) -> dict[str, float]:
    core = None if args.no_pin else 1
    if args.wrk:
        base = [args.wrk, "-t2", f"-c{args.connections}", "-s", str(files["lua"])]
        url = f"http://127.0.0.1:{port}/sipgate"
        subprocess.run(pinned([*base, f"-d{max(1, round(args.warmup))}s", url], core), check=True,
                       capture_output=True, timeout=args.warmup + 60)  # fmt: skip
        output = subprocess.run(
            pinned([*base, f"-d{max(1, round(args.seconds))}s", "--timeout", "5s", url], core),
            check=True, capture_output=True, text=True, timeout=args.seconds + 60,
        ).stdout  # fmt: skip
        result = json.loads(output.strip().splitlines()[-1])
        return {"rps": result["requests"] / result["seconds"], **result}
    output = subprocess.run(
        pinned([sys.executable, str(HELPERS / "load.py"), "127.0.0.1", str(port),
                str(files["raw"]), str(args.connections), str(args.warmup), str(args.seconds),
                str(args.max_requests)], core),
        check=True, capture_output=True, text=True, timeout=args.warmup + args.seconds + 60,
    ).stdout  # fmt: skip
    result = json.loads(output)
    return {"rps": len(result["latencies"]) / result["seconds"], **summary(result)}


def burst(port: int, files: dict[str, Path], args: argparse.Namespace) -> dict[str, float]:
    output = subprocess.run(
        pinned([sys.executable, str(HELPERS / "burst.py"), "127.0.0.1", str(port),
                str(files["raw"]), str(args.burst), str(args.bursts)],
               None if args.no_pin else 1),
        check=True, capture_output=True, text=True, timeout=120,
    ).stdout  # fmt: skip
    result = json.loads(output)
    answered = len(result["latencies"])
    return {"answered": answered, "sent": result["sent"], **summary(result)}


def summary(result: dict[str, Any]) -> dict[str, float]:
    latencies = sorted(result["latencies"])
    if not latencies:
        return {"errors": result["errors"], "p50_ms": 0.0, "p99_ms": 0.0, "max_ms": 0.0}
    return {
        "errors": result["errors"],
        "p50_ms": 1000 * latencies[len(latencies) // 2],
        "p99_ms": 1000 * latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))],
        "max_ms": 1000 * latencies[-1],
    }


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
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--max-requests", type=int, default=500_000)
    parser.add_argument("--burst", type=int, default=200, help="connections opened at once")
    parser.add_argument("--bursts", type=int, default=5)
    parser.add_argument("--handler", choices=["function", "coroutine"], default="function")
    parser.add_argument("--load", choices=["auto", "wrk", "python"], default="auto")
    parser.add_argument("--no-pin", action="store_true", help="do not pin with taskset")
    parser.add_argument(
        "--no-plain", dest="plain", action="store_false",
        help="leave out our server without speedups (httptools on asyncio)",
    )  # fmt: skip
    parser.add_argument("--json", type=Path, help="also write every figure to this file")
    args = parser.parse_args()
    args.wrk = None if args.load == "python" else shutil.which("wrk")
    if args.load == "wrk" and args.wrk is None:
        parser.error("wrk is not installed")
    if not args.no_pin and (shutil.which("taskset") is None or (os.cpu_count() or 1) < 2):
        print("taskset or a second core missing: servers are not pinned", file=sys.stderr)
        args.no_pin = True

    body, signature = real_push()
    with tempfile.TemporaryDirectory(prefix="webhooks-bench-") as temp:
        folder = Path(temp)
        files: dict[str, dict[str, Path]] = {}
        for checks, sig in (("on", signature), ("off", None)):
            files[checks] = {"raw": folder / f"{checks}.http", "lua": folder / f"{checks}.lua"}
            files[checks]["raw"].write_bytes(raw_request(body, sig))
            files[checks]["lua"].write_text(wrk_script(body, sig))
        node_script = install_node_sdk(folder / "node")
        core = None if args.no_pin else 0

        def ours(port: int, checks: str) -> list[str]:
            return pinned([sys.executable, str(HELPERS / "inprocess_server.py"), str(port),
                           checks, args.handler], core)  # fmt: skip

        def plain(port: int, checks: str) -> list[str]:
            # what a plain `pip install sipgateio` runs: httptools on asyncio, no uvloop
            return pinned([sys.executable, str(HELPERS / "inprocess_server.py"), str(port),
                           checks, args.handler, "httptools", "asyncio"], core)  # fmt: skip

        def node(port: int, checks: str) -> list[str]:
            assert node_script is not None
            return pinned(["node", str(node_script), str(port), SERVER_ADDRESS, checks], core)

        pairs = {"on": [("Node SDK", node), ("sipgateio", ours)]}
        if args.plain:
            pairs["on"].append(("sipgateio plain", plain))
        pairs["off"] = list(pairs["on"])
        if node_script is None:
            pairs = {checks: pair[1:] for checks, pair in pairs.items()}

        results: dict[str, list[dict[str, float]]] = {}
        for round_number in range(1, args.rounds + 1):
            for checks, pair in pairs.items():
                order = pair if round_number % 2 else pair[::-1]  # alternate the order
                for name, command in order:
                    label = f"{name}, signatures {checks}"
                    port = free_port()
                    with running(command(port, checks)) as server:
                        check_reply(port, files[checks]["raw"].read_bytes())
                        cpu_before = cpu_seconds(server.pid)
                        figures = load(port, files[checks], args)
                        figures["cpu_us"] = (
                            1e6 * (cpu_seconds(server.pid) - cpu_before)
                            / max(figures.get("requests", figures["rps"] * args.seconds), 1)
                        )  # fmt: skip
                        if checks == "on":
                            bursts = burst(port, files[checks], args)
                    results.setdefault(label, []).append(figures)
                    print(f"round {round_number}: {label}: {figures['rps']:.0f} req/s, "
                          f"p99 {figures['p99_ms']:.1f} ms, {figures['errors']:.0f} errors",
                          flush=True)  # fmt: skip
                    if checks == "on":
                        results.setdefault(f"{name}, 200 connections at once", []).append(bursts)
    report(results, args)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))


def report(results: dict[str, list[dict[str, float]]], args: argparse.Namespace) -> None:
    load_name = "wrk -t2" if args.wrk else "bench/webhooks/load.py"
    print(f"\n{args.connections} keep-alive connections ({load_name}), {args.rounds} rounds of "
          f"{args.seconds:g} s, {args.handler} handler; medians\n")  # fmt: skip
    print(f"{'server':<40} {'req/s':>7} {'vs Node':>7} {'p50 ms':>7} {'p99 ms':>7} "
          f"{'max ms':>7} {'errors':>6} {'CPU µs/req':>10}")  # fmt: skip
    for checks in ("on", "off"):
        node = results.get(f"Node SDK, signatures {checks}")
        for name in ("Node SDK", "sipgateio", "sipgateio plain"):
            runs = results.get(f"{name}, signatures {checks}")
            if not runs:
                continue
            m = {key: statistics.median(r[key] for r in runs) for key in runs[0]}
            ratio = f"{m['rps'] / statistics.median(r['rps'] for r in node):.2f}x" if node else "-"
            print(f"{name + ', signatures ' + checks:<40} {m['rps']:>7.0f} {ratio:>7} "
                  f"{m['p50_ms']:>7.2f} {m['p99_ms']:>7.2f} {max(r['max_ms'] for r in runs):>7.1f} "
                  f"{sum(r['errors'] for r in runs):>6.0f} {m['cpu_us']:>10.0f}")  # fmt: skip
    print(f"\n{args.burst} connections opened at once, one signed push each, {args.bursts} "
          f"bursts a round (p50/p99 medians over rounds, max of all):")  # fmt: skip
    for name in ("Node SDK", "sipgateio", "sipgateio plain"):
        runs = results.get(f"{name}, 200 connections at once")
        if runs:
            print(f"  {name:<15} answered {sum(r['answered'] for r in runs):.0f} of "
                  f"{sum(r['sent'] for r in runs):.0f}, p50 "
                  f"{statistics.median(r['p50_ms'] for r in runs):.1f} ms, p99 "
                  f"{statistics.median(r['p99_ms'] for r in runs):.1f} ms, max "
                  f"{max(r['max_ms'] for r in runs):.1f} ms")  # fmt: skip
    print("\nper round (req/s, p99 ms):")
    for label, runs in results.items():
        if "at once" not in label:
            cells = ", ".join(f"{r['rps']:.0f} / {r['p99_ms']:.1f}" for r in runs)
            print(f"  {label:<40} {cells}")


if __name__ == "__main__":
    main()
