"""Fetch 50,000 history entries and import a 10,000-row CSV: sipgateio vs plain httpx.

    python bench/contacts_history_bench.py               # 5 rounds
    python bench/contacts_history_bench.py --rounds 3 --entries 20000

A child process (this file with ``--serve``) plays sipgate on 127.0.0.1: ``GET
/v2/history`` answers the ``offset``/``limit`` slice of a fixed history (mixed calls,
faxes, SMS and voicemails, JSON encoded once up front, so the server costs the same
for every client), and ``POST /v2/contacts/import/csv`` answers 204.

Compared, in the same run and round-robin so machine noise spreads over all:

* history: ``client.history.fetch_all()`` (sync and async), which pages with limit 1000
  and returns typed entries, against the same GETs made with plain ``httpx`` that only
  decode the JSON (``response.json()["items"]``);
* CSV import: ``client.contacts.import_from_csv_string`` (parse, project to
  firstname,lastname,number, base64, POST) against plain ``httpx`` posting the already
  projected document, base64 encoded;
* memory: the peak ``tracemalloc`` reports while ``history.iter_all()`` walks every entry
  (and, for comparison, while ``fetch_all()`` holds them all).

Medians and their ratios to the plain-httpx baseline are printed; every run checks that
each client got exactly the entries (or sent exactly the document) it should.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import gc
import json
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx

import sipgateio

TOKEN_ID = "token-ABC123"
TOKEN = "e68ead46-a7db-46cd-8a1a-44aed1e4e372"
HEADERS = {"Accept": "application/json", "X-Sipgate-Client": "bench", "X-Sipgate-Version": "bench"}
PAGE = 1000
KINDS = ("CALL", "FAX", "SMS", "VOICEMAIL")


# --- the server (child process) ------------------------------------------------------------


def history_entry(index: int) -> dict[str, Any]:
    kind = KINDS[index % 4]
    entry: dict[str, Any] = {
        "id": str(100_000_000 + index),
        "source": "+4921100000",
        "target": f"+49211{index:07d}",
        "sourceAlias": "Reception",
        "targetAlias": "",
        "type": kind,
        "created": "2024-03-01T09:30:00Z",
        "lastModified": "2024-03-01T09:31:00Z",
        "direction": "OUTGOING" if index % 3 else "INCOMING",
        "incoming": index % 3 == 0,
        "status": "PICKUP",
        "connectionIds": ["p0"],
        "read": bool(index % 2),
        "archived": False,
        "note": "",
        "endpoints": [{"type": "ROUTED", "endpoint": {"extension": "p0", "type": "PHONELINE"}}],
        "starred": False,
        "labels": [],
    }
    if kind == "CALL":
        entry.update(callId=f"call-{index}", recordings=[], duration=61, callStatus="SUCCESS")
    elif kind == "FAX":
        entry.update(
            faxStatusType="SENT",
            scheduled=None,
            documentUrl="https://files.example/doc.pdf",
            reportUrl="https://files.example/report.pdf",
            previewUrl="https://files.example/preview.png",
            pageCount=3,
        )
    elif kind == "SMS":
        entry.update(smsContent="See you at 8", scheduled=None)
    else:
        entry.update(
            transcription="Please call back", recordingUrl="https://f.example/v.mp3", duration=9
        )
    return entry


def serve(entries: int, latency: float) -> None:
    """Answer history pages and CSV imports until stdin closes; print the port first.

    ``latency`` seconds pass before each answer, as a stand-in for the network.
    """
    history = [history_entry(i) for i in range(entries)]
    pages: dict[tuple[int, int], bytes] = {}
    for offset in range(0, entries + 1, PAGE):
        body = {"items": history[offset : offset + PAGE], "totalCount": entries}
        pages[(offset, PAGE)] = json.dumps(body).encode()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: Any) -> None:
            pass

        def do_GET(self) -> None:
            url = urlsplit(self.path)
            query = parse_qs(url.query)
            key = (int(query.get("offset", ["0"])[0]), int(query.get("limit", ["10"])[0]))
            payload = pages.get(key)
            time.sleep(latency)
            if url.path != "/v2/history" or payload is None:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            time.sleep(latency)
            self.send_response(204 if self.path == "/v2/contacts/import/csv" else 404)
            self.send_header("Content-Length", "0")
            self.end_headers()

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    import threading

    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(server.server_address[1], flush=True)
    sys.stdin.read()
    server.shutdown()


# --- the clients ---------------------------------------------------------------------------


def httpx_history_sync(base_url: str) -> tuple[Callable[[], int], Callable[[], None]]:
    http = httpx.Client(base_url=base_url, auth=(TOKEN_ID, TOKEN), headers=HEADERS)

    def run() -> int:
        items: list[Any] = []
        while True:
            page = http.get("/history", params={"offset": len(items), "limit": PAGE}).json()
            items.extend(page["items"])
            if not page["items"] or len(items) >= page["totalCount"]:
                return len(items)

    return run, http.close


def sipgateio_history_sync(base_url: str) -> tuple[Callable[[], int], Callable[[], None]]:
    client = sipgateio.SipgateIO(token_id=TOKEN_ID, token=TOKEN, base_url=base_url)
    return (lambda: len(client.history.fetch_all())), client.close


class AsyncRunner:
    """One event loop for the async clients, alive as long as the benchmark."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()

    def httpx_history(self, base_url: str) -> tuple[Callable[[], int], Callable[[], None]]:
        http = self.loop.run_until_complete(self._build_httpx(base_url))

        async def fetch() -> int:
            items: list[Any] = []
            while True:
                response = await http.get("/history", params={"offset": len(items), "limit": PAGE})
                page = response.json()
                items.extend(page["items"])
                if not page["items"] or len(items) >= page["totalCount"]:
                    return len(items)

        return (lambda: self.loop.run_until_complete(fetch())), (
            lambda: self.loop.run_until_complete(http.aclose())
        )

    def sipgateio_history(self, base_url: str) -> tuple[Callable[[], int], Callable[[], None]]:
        client = self.loop.run_until_complete(self._build_sipgateio(base_url))

        async def fetch() -> int:
            return len(await client.history.fetch_all())

        return (lambda: self.loop.run_until_complete(fetch())), (
            lambda: self.loop.run_until_complete(client.close())
        )

    @staticmethod
    async def _build_httpx(base_url: str) -> httpx.AsyncClient:
        return httpx.AsyncClient(base_url=base_url, auth=(TOKEN_ID, TOKEN), headers=HEADERS)

    @staticmethod
    async def _build_sipgateio(base_url: str) -> sipgateio.AsyncSipgateIO:
        return sipgateio.AsyncSipgateIO(token_id=TOKEN_ID, token=TOKEN, base_url=base_url)


def csv_document(rows: int) -> tuple[str, str]:
    """A realistic address-book export and the projection sipgate is sent."""
    lines = ['Alias,Lastname,Firstname,Number,"Note, free text"']
    projected = ["firstname,lastname,number"]
    for i in range(rows):
        last = f'"Turing, {i}"' if i % 10 == 0 else f"Turing{i}"
        lines.append(f'Enigma {i},{last},Alan,+49211{i:07d},"said ""hi"""')
        projected.append(f"Alan,{last},+49211{i:07d}")
    return "\r\n".join(lines) + "\r\n", "\n".join(projected)


def httpx_csv(base_url: str, projected: str) -> tuple[Callable[[], int], Callable[[], None]]:
    http = httpx.Client(base_url=base_url, auth=(TOKEN_ID, TOKEN), headers=HEADERS)

    def run() -> int:
        content = base64.b64encode(projected.encode()).decode()
        response = http.post("/contacts/import/csv", json={"base64Content": content})
        assert response.status_code == 204
        return 1

    return run, http.close


def sipgateio_csv(base_url: str, document: str) -> tuple[Callable[[], int], Callable[[], None]]:
    client = sipgateio.SipgateIO(token_id=TOKEN_ID, token=TOKEN, base_url=base_url)

    def run() -> int:
        client.contacts.import_from_csv_string(document)
        return 1

    return run, client.close


def check_projection(document: str, projected: str) -> None:
    """The facade's upload must be exactly what the httpx baseline sends."""
    from sipgateio._csv_contacts import project_csv

    assert project_csv(document)[0] == projected, "the facade would send a different document"


# --- measuring -----------------------------------------------------------------------------


def timed(run: Callable[[], int], expected: int) -> float:
    gc.collect()
    started = time.perf_counter()
    got = run()
    elapsed = time.perf_counter() - started
    if got != expected:
        raise RuntimeError(f"expected {expected} items, got {got}")
    return elapsed


def peak_memory(walk: Callable[[], int], expected: int) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        got = walk()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    if got != expected:
        raise RuntimeError(f"expected {expected} items, got {got}")
    return peak


def report(title: str, times: dict[str, list[float]], baseline: str, unit: str) -> None:
    print(f"\n{title}")
    base = statistics.median(times[baseline])
    for name, samples in times.items():
        median = statistics.median(samples)
        print(f"  {name:<44} median {median * 1000:8.1f} ms   {median / base:5.2f}x  ({unit})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--entries", type=int, default=50_000)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument(
        "--latency-ms",
        type=float,
        default=0.0,
        help="delay every answer by this much, as a network would (default 0: loopback only)",
    )
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve:
        serve(args.entries, args.latency_ms / 1000)
        return 0

    child = subprocess.Popen(
        [
            sys.executable,
            __file__,
            "--serve",
            "--entries",
            str(args.entries),
            "--latency-ms",
            str(args.latency_ms),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None and child.stdin is not None
    base_url = f"http://127.0.0.1:{int(child.stdout.readline())}/v2"
    runner = AsyncRunner()
    document, projected = csv_document(args.rows)
    check_projection(document, projected)
    history = {
        "httpx.Client (GET + .json())": httpx_history_sync(base_url),
        "SipgateIO.history.fetch_all()": sipgateio_history_sync(base_url),
        "httpx.AsyncClient (GET + .json())": runner.httpx_history(base_url),
        "AsyncSipgateIO.history.fetch_all()": runner.sipgateio_history(base_url),
    }
    imports = {
        "httpx.Client (POST projected base64)": httpx_csv(base_url, projected),
        "SipgateIO.contacts.import_from_csv_string": sipgateio_csv(base_url, document),
    }
    history_times: dict[str, list[float]] = {name: [] for name in history}
    import_times: dict[str, list[float]] = {name: [] for name in imports}
    try:
        for run, _ in [*history.values(), *imports.values()]:  # warm up connections and imports
            run()
        for _ in range(args.rounds):
            for name, (run, _) in history.items():
                history_times[name].append(timed(run, args.entries))
            for name, (run, _) in imports.items():
                import_times[name].append(timed(run, 1))

        memory_client = sipgateio.SipgateIO(token_id=TOKEN_ID, token=TOKEN, base_url=base_url)
        walked = peak_memory(lambda: sum(1 for _ in memory_client.history.iter_all()), args.entries)
        held = peak_memory(lambda: len(memory_client.history.fetch_all()), args.entries)
        memory_client.close()
    finally:
        for _, close in [*history.values(), *imports.values()]:
            close()
        runner.loop.close()
        child.stdin.close()
        child.wait(10)

    print(
        f"{args.rounds} rounds, {args.entries:,} history entries in pages of {PAGE}, "
        f"CSV of {args.rows:,} rows; Python {sys.version.split()[0]}"
    )
    report(
        f"history: fetch {args.entries:,} entries",
        history_times,
        "httpx.Client (GET + .json())",
        "vs httpx.Client",
    )
    async_base = statistics.median(history_times["httpx.AsyncClient (GET + .json())"])
    async_facade = statistics.median(history_times["AsyncSipgateIO.history.fetch_all()"])
    print(f"  async facade vs httpx.AsyncClient: {async_facade / async_base:.2f}x")
    report(
        f"contacts: import a {args.rows:,}-row CSV",
        import_times,
        "httpx.Client (POST projected base64)",
        "vs httpx",
    )
    print("\nmemory (tracemalloc peak)")
    print(f"  history.iter_all() over {args.entries:,} entries   {walked / 2**20:6.1f} MiB")
    print(f"  history.fetch_all() holding them all      {held / 2**20:6.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
