"""The data paths against the Node SDK, in one run: every ratio of the performance table.

    python bench/data_paths_bench.py               # 15 rounds; needs node and npm
    python bench/data_paths_bench.py --rounds 5 --json rates.json

Three scenarios, each against the same local fake of sipgate (``bench/_sms_server.js``, on
one core; every client on the other):

* 2,000 SMS, 200 in flight: ``AsyncSipgateIO`` (``client.sms.send``) vs the Node SDK;
* the history, 5,000 entries in pages of 1,000, as typed entries: ``SipgateIO`` and
  ``AsyncSipgateIO`` (``client.history.fetch_all()``) vs the Node SDK (``fetchAll`` page by
  page, which revives the dates) and vs plain ``httpx`` + ``json`` (the same GETs, only
  decoded: ``response.json()["items"]``);
* 1,000 SMS one after another: ``SipgateIO`` (``client.sms.send``) vs the Node SDK.

Each round runs every client of a scenario once, in the opposite order to the round before.
Two ratios are printed per pair (throughput of this project over the baseline's: above 1
is faster): the ratio of the medians, and the median of the rounds' own ratios. The second
compares runs made moments apart, so load that comes and goes on a shared machine moves
it less; a target counts as met when both meet it. The clients are those of
``bench/sms_bench.py`` and ``bench/contacts_history_bench.py``, which compare more of them.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import httpx
from _harness import (
    NodeDriver,
    Series,
    alternating,
    node_available,
    node_sdk,
    pin_clients,
)
from contacts_history_bench import (
    PAGE,
    AsyncRunner,
    history_server,
    httpx_history_sync,
    sipgateio_history_sync,
    timed,
)
from sms_bench import AsyncClients, sync_sipgateio

import sipgateio

SMS_IN_FLIGHT = 200
SMS_CONCURRENT = 2_000
SMS_SEQUENTIAL = 1_000
ENTRIES = 5_000


class Scenario:
    """Clients doing the same work; each ``run`` returns the seconds one batch took."""

    def __init__(self, title: str, items: int, unit: str) -> None:
        self.title, self.items, self.unit = title, items, unit
        self.runs: dict[str, Callable[[], float]] = {}
        self.series: dict[str, Series] = {}

    def add(self, name: str, run: Callable[[], float]) -> None:
        self.runs[name] = run
        self.series[name] = Series(name)

    def measured(self, name: str) -> Callable[[], None]:
        def once() -> None:
            self.series[name].rates.append(self.items / self.runs[name]())

        return once

    def run(self, rounds: int) -> None:
        for run in self.runs.values():  # warm up connections, imports and the JIT
            run()
        alternating(rounds, [self.measured(name) for name in self.runs])

    def ratio(self, name: str, baseline: str) -> float:
        """The ratio of the medians."""
        return self.series[name].median / self.series[baseline].median

    def paired_ratio(self, name: str, baseline: str) -> float:
        """The median of the ratios within each round."""
        pairs = zip(self.series[name].rates, self.series[baseline].rates, strict=True)
        return statistics.median(mine / theirs for mine, theirs in pairs)


def sms_batch(send: Callable[[int], object], count: Callable[[], int], n: int) -> float:
    """Seconds ``send(n)`` took; the server must have answered exactly n SMS."""
    before = count()
    started = time.perf_counter()
    send(n)
    elapsed = time.perf_counter() - started
    if count() - before != n:
        raise RuntimeError(f"the server answered {count() - before} SMS, expected {n}")
    return elapsed


def node_batch(driver: NodeDriver, command: str, count: Callable[[], int], n: int) -> float:
    before = count()
    seconds, _, items = driver.batch(command)
    if items != n or (command.startswith(("seq", "conc")) and count() - before != n):
        raise RuntimeError(f"the Node SDK did not do {command!r} as asked")
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=15, help="measured rounds (default 15)")
    parser.add_argument("--json", type=Path, help="also write every rate to this file")
    args = parser.parse_args()
    rounds = max(1, min(args.rounds, 30))
    if not node_available():
        print("node and npm are needed (the fake server and the Node SDK)", file=sys.stderr)
        return 2
    placement = pin_clients()

    with contextlib.ExitStack() as stack:
        server = stack.enter_context(history_server(ENTRIES, 0.0))
        base_url, count = server.base_url, server.count
        driver = NodeDriver(stack.enter_context(node_sdk(base_url)), base_url)
        stack.callback(driver.close)

        concurrent = Scenario(
            f"{SMS_CONCURRENT:,} SMS, {SMS_IN_FLIGHT} in flight (async)", SMS_CONCURRENT, "SMS"
        )
        loop_clients = AsyncClients(base_url, SMS_IN_FLIGHT)
        stack.callback(loop_clients.close)
        async_sms = loop_clients.make("AsyncSipgateIO", loop_clients.sipgateio)
        stack.callback(async_sms.close)
        concurrent.add(
            "AsyncSipgateIO  client.sms.send",
            lambda: sms_batch(async_sms.run, count, SMS_CONCURRENT),
        )
        concurrent.add(
            "Node SDK  sms.send",
            lambda: node_batch(
                driver, f"conc {SMS_CONCURRENT} {SMS_IN_FLIGHT}", count, SMS_CONCURRENT
            ),
        )

        history = Scenario(
            f"history, {ENTRIES:,} entries in pages of {PAGE:,}, typed entries", ENTRIES, "entries"
        )
        runner = AsyncRunner()
        stack.callback(runner.loop.close)
        for name, (run, close) in {
            "SipgateIO  history.fetch_all()": sipgateio_history_sync(base_url),
            "AsyncSipgateIO  history.fetch_all()": runner.sipgateio_history(base_url),
            "httpx.Client + json": httpx_history_sync(base_url),
            "httpx.AsyncClient + json": runner.httpx_history(base_url),
        }.items():
            stack.callback(close)
            history.add(name, lambda run=run: timed(run, ENTRIES))
        history.add(
            "Node SDK  history.fetchAll",
            lambda: node_batch(driver, f"history {ENTRIES} {PAGE}", count, ENTRIES),
        )

        sequential = Scenario(f"{SMS_SEQUENTIAL:,} SMS one after another (sync)", 1_000, "SMS")
        sync_sms = sync_sipgateio(base_url)
        stack.callback(sync_sms.close)
        sequential.add(
            "SipgateIO  client.sms.send", lambda: sms_batch(sync_sms.run, count, SMS_SEQUENTIAL)
        )
        sequential.add(
            "Node SDK  sms.send",
            lambda: node_batch(driver, f"seq {SMS_SEQUENTIAL}", count, SMS_SEQUENTIAL),
        )

        print(
            f"Python {sys.version.split()[0]}, httpx {httpx.__version__}, sipgateio "
            f"{sipgateio.__version__}; {rounds} rounds after a warm-up; {placement}",
            flush=True,
        )
        scenarios = [concurrent, history, sequential]
        for scenario in scenarios:
            scenario.run(rounds)
            print(f"  {scenario.title}: done", file=sys.stderr)

    rows = [
        (concurrent, "AsyncSipgateIO  client.sms.send", "Node SDK  sms.send", 1.0),
        (history, "SipgateIO  history.fetch_all()", "Node SDK  history.fetchAll", 1.0),
        (history, "SipgateIO  history.fetch_all()", "httpx.Client + json", 0.8),
        (history, "AsyncSipgateIO  history.fetch_all()", "Node SDK  history.fetchAll", 1.0),
        (history, "AsyncSipgateIO  history.fetch_all()", "httpx.AsyncClient + json", 0.8),
        (sequential, "SipgateIO  client.sms.send", "Node SDK  sms.send", 1.0),
    ]
    for scenario in scenarios:
        print(f"\n{scenario.title}")
        for series in scenario.series.values():
            print(
                f"  {series.name:<40} {series.median:>10,.0f} {scenario.unit}/s"
                f"  ({series.spread()})"
            )
    print("\nratios (above 1: this project is faster): of the medians, median of the rounds'")
    for scenario, name, baseline, target in rows:
        ratio, paired = scenario.ratio(name, baseline), scenario.paired_ratio(name, baseline)
        verdict = "met" if min(ratio, paired) >= target else "NOT met"
        print(
            f"  {scenario.title[:34]:<34}  {name.split()[0]:<15} vs {baseline:<27}"
            f" {ratio:5.2f}x {paired:5.2f}x  (target >= {target:.1f}x: {verdict})"
        )
    if args.json:
        args.json.write_text(
            json.dumps(
                {s.title: {n: v.rates for n, v in s.series.items()} for s in scenarios}, indent=2
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
