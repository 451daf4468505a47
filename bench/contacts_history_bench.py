"""Fetch 5,000 history entries and import a 10,000-row CSV: sipgateio vs plain httpx and Node.

    python bench/contacts_history_bench.py               # 9 rounds
    python bench/contacts_history_bench.py --rounds 3 --entries 50000 --no-node

``bench/_sms_server.js`` plays sipgate on 127.0.0.1 (one core; the clients run on the
other): ``GET /v2/history`` answers the ``offset``/``limit`` slice of a fixed history
(mixed calls, faxes, SMS and voicemails; each page JSON-encoded once, so the server costs
the same for every client), and ``POST /v2/contacts/import/csv`` answers 204.

Compared, in the same run, each client once a round and every other round in the opposite
order, so machine noise spreads over all:

* history: ``client.history.fetch_all()`` (sync and async), which pages with limit 1000
  and returns typed entries, against the same GETs made with plain ``httpx`` that only
  decode the JSON (``response.json()["items"]``), and against the Node SDK's
  ``history.fetchAll`` called page by page (1000 a page; it revives the dates);
* CSV import: ``client.contacts.import_from_csv_string`` (parse, project to
  firstname,lastname,number, base64, POST) against plain ``httpx`` posting the already
  projected document, base64 encoded;
* memory: the peak ``tracemalloc`` reports while ``history.iter_all()`` walks every entry
  (and, for comparison, while ``fetch_all()`` holds them all).

Medians and their ratios to the plain-httpx baseline and to the Node SDK are printed; every
run checks that each client got exactly the entries (or sent exactly the document) it
should.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import gc
import json
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
from _harness import (
    TOKEN,
    TOKEN_ID,
    FakeSipgate,
    NodeDriver,
    alternating,
    node_available,
    node_sdk,
    pin_clients,
)

import sipgateio

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


@contextlib.contextmanager
def history_server(entries: int, latency_ms: float) -> Iterator[FakeSipgate]:
    """The fake sipgate, serving a history of ``entries`` entries."""
    with tempfile.TemporaryDirectory(prefix="sipgateio-history-bench-") as folder:
        path = Path(folder, "history.json")
        path.write_text(json.dumps([history_entry(i) for i in range(entries)]))
        server = FakeSipgate(history=path, latency_ms=latency_ms)
        try:
            yield server
        finally:
            server.stop()


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

Run = Callable[[], "int | tuple[int, float]"]  # items, or items and the seconds Node measured


def timed(run: Run, expected: int) -> float:
    gc.collect()
    started = time.perf_counter()
    got = run()
    elapsed = time.perf_counter() - started
    if isinstance(got, tuple):
        got, elapsed = got
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


def report(
    title: str, times: dict[str, list[float]], items: int, baselines: list[str], unit: str
) -> None:
    """Medians, items per second, and the ratios of throughput to each baseline (>1: faster)."""
    print(f"\n{title}")
    medians = {name: statistics.median(samples) for name, samples in times.items() if samples}
    header = f"  {'client':<44} {'median':>9} {unit + '/s':>14}"
    for baseline in baselines:
        header += f"  {'vs ' + baseline.split()[0]:>18}"
    print(header)
    for name, median in medians.items():
        line = f"  {name:<44} {median * 1000:6.1f} ms {items / median:>14,.0f}"
        for baseline in baselines:
            line += f"  {medians[baseline] / median:>17.2f}x" if baseline in medians else ""
        print(line)


def node_history(driver: NodeDriver, entries: int) -> Run:
    def run() -> tuple[int, float]:
        seconds, _, count = driver.batch(f"history {entries} {PAGE}")
        return count, seconds

    return run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--entries", type=int, default=5_000)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument(
        "--latency-ms",
        type=float,
        default=0.0,
        help="delay every answer by this much, as a network would (default 0: loopback only)",
    )
    parser.add_argument("--no-node", action="store_true", help="leave out the Node SDK")
    args = parser.parse_args(argv)
    use_node = not args.no_node and node_available()
    placement = pin_clients()

    with contextlib.ExitStack() as stack:
        server = stack.enter_context(history_server(args.entries, args.latency_ms))
        base_url = server.base_url
        runner = AsyncRunner()
        stack.callback(runner.loop.close)
        document, projected = csv_document(args.rows)
        check_projection(document, projected)
        history: dict[str, tuple[Run, Callable[[], None]]] = {
            "httpx.Client (GET + .json())": httpx_history_sync(base_url),
            "SipgateIO.history.fetch_all()": sipgateio_history_sync(base_url),
            "httpx.AsyncClient (GET + .json())": runner.httpx_history(base_url),
            "AsyncSipgateIO.history.fetch_all()": runner.sipgateio_history(base_url),
        }
        if use_node:
            folder = stack.enter_context(node_sdk(base_url))
            driver = NodeDriver(folder, base_url)
            stack.callback(driver.close)
            history["Node SDK history.fetchAll (page by page)"] = (
                node_history(driver, args.entries),
                lambda: None,
            )
        imports: dict[str, tuple[Run, Callable[[], None]]] = {
            "httpx.Client (POST projected base64)": httpx_csv(base_url, projected),
            "SipgateIO.contacts.import_from_csv_string": sipgateio_csv(base_url, document),
        }
        for _, close in [*history.values(), *imports.values()]:
            stack.callback(close)
        history_times: dict[str, list[float]] = {name: [] for name in history}
        import_times: dict[str, list[float]] = {name: [] for name in imports}

        def measure_history(name: str, run: Run) -> Callable[[], None]:
            return lambda: history_times[name].append(timed(run, args.entries))

        def measure_import(name: str, run: Run) -> Callable[[], None]:
            return lambda: import_times[name].append(timed(run, 1))

        for run, _ in [*history.values(), *imports.values()]:  # warm up connections and imports
            run()
        alternating(args.rounds, [measure_history(n, r) for n, (r, _) in history.items()])
        alternating(args.rounds, [measure_import(n, r) for n, (r, _) in imports.items()])

        memory_client = sipgateio.SipgateIO(token_id=TOKEN_ID, token=TOKEN, base_url=base_url)
        walked = peak_memory(lambda: sum(1 for _ in memory_client.history.iter_all()), args.entries)
        held = peak_memory(lambda: len(memory_client.history.fetch_all()), args.entries)
        memory_client.close()

    print(
        f"{args.rounds} rounds, {args.entries:,} history entries in pages of {PAGE}, "
        f"CSV of {args.rows:,} rows; Python {sys.version.split()[0]}; {placement}"
    )
    node = ["Node SDK history.fetchAll (page by page)"] if use_node else []
    report(
        f"history: fetch {args.entries:,} entries",
        history_times,
        args.entries,
        ["httpx.Client (GET + .json())", "httpx.AsyncClient (GET + .json())", *node],
        "entries",
    )
    report(
        f"contacts: import a {args.rows:,}-row CSV",
        import_times,
        1,
        ["httpx.Client (POST projected base64)"],
        "imports",
    )
    print("\nmemory (tracemalloc peak)")
    print(f"  history.iter_all() over {args.entries:,} entries   {walked / 2**20:6.1f} MiB")
    print(f"  history.fetch_all() holding them all      {held / 2**20:6.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
