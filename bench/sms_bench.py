"""Send SMS through sipgateio, plain httpx, aiohttp and the Node SDK, against one local server.

    python bench/sms_bench.py                  # 7 rounds, the Node SDK included
    python bench/sms_bench.py --no-node        # Python clients only (no npm needed)
    python bench/sms_bench.py --rounds 3 --seq 2000 --conc 5000 --in-flight 100

Every client sends ``POST /v2/sessions/sms`` to the same server (``bench/_sms_server.js``,
on 127.0.0.1, answering 204), in two ways:

* sequential: 1,000 SMS one after another over a kept-alive connection (sipgateio:
  ``SipgateIO``);
* concurrent: 2,000 SMS, 200 at a time (sipgateio: ``AsyncSipgateIO``).

sipgateio also sends each way over a plain ``httpx`` client passed as ``http_client=`` (the
async one over sipgateio's asyncio transport): the difference to its default client is what
``sipgateio/_lean_httpx.py`` saves.

The Node SDK (npm package ``sipgateio``) is installed with npm into a temporary folder
that is deleted afterwards; its one ``axios.create`` call is pointed at the local server
(``bench/_harness.py``). The server runs on one core and the clients on the other. Every
round runs each client once, in the opposite order to the round before, so machine noise
spreads over all of them; the medians and their ratios are what to compare. The server
counts what it answered, and a client that did not send exactly what it claims makes the
benchmark fail.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import json
import shutil
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from _harness import (
    TOKEN,
    TOKEN_ID,
    FakeSipgate,
    NodeDriver,
    node_available,
    node_sdk,
    pin_clients,
)

import sipgateio

TO = "+4915799912345"
MESSAGE = "Hello from the benchmark"
HEADERS = {
    "Accept": "application/json",
    "X-Sipgate-Client": "bench",
    "X-Sipgate-Version": "bench",
}
MAX_SMS = 50_000  # per batch: the benchmark stays bounded whatever is passed
DEADLINE = 15 * 60.0  # seconds; rounds still to come are skipped after that


@dataclass
class Client:
    """One way of sending a batch of SMS; ``run(n)`` sends n and returns when all are answered.

    ``run`` returns the seconds and CPU seconds the client measured when it ran in another
    process (``None``: measured here).
    """

    name: str
    run: Callable[[int], tuple[float, float] | None]
    close: Callable[[], None] = lambda: None
    rates: list[float] = field(default_factory=list)
    cpu_us: list[float] = field(default_factory=list)


# --- Python clients ----------------------------------------------------------------------------


def _basic_auth() -> str:
    return "Basic " + base64.b64encode(f"{TOKEN_ID}:{TOKEN}".encode()).decode()


def _check(status: int) -> None:
    if status != 204:
        raise RuntimeError(f"the server answered {status}")


def sync_httpx(base_url: str) -> Client:
    http = httpx.Client(base_url=base_url, auth=(TOKEN_ID, TOKEN), headers=HEADERS)

    def run(n: int) -> None:
        for _ in range(n):
            body = {"smsId": "s0", "recipient": TO, "message": MESSAGE}
            _check(http.post("/sessions/sms", json=body).status_code)

    return Client("httpx", run, http.close)


def sync_sipgateio(base_url: str, http_client: httpx.Client | None = None) -> Client:
    client = sipgateio.SipgateIO(
        token_id=TOKEN_ID, token=TOKEN, base_url=base_url, http_client=http_client
    )
    if callable(getattr(client.sms, "send", None)):

        def run(n: int) -> None:
            for _ in range(n):
                client.sms.send(to=TO, message=MESSAGE, sms_id="s0")

        def close() -> None:
            client.close()
            if http_client is not None:
                http_client.close()

        name = "sipgateio  client.sms.send"
        if http_client is not None:
            name = "sipgateio  over a plain httpx.Client"
        return Client(name, run, close)

    from sipgate_api.api.sms import send_sms
    from sipgate_api.models import SendSmsRequest

    def run_generated(n: int) -> None:
        for _ in range(n):
            body = SendSmsRequest(sms_id="s0", recipient=TO, message=MESSAGE)
            _check(send_sms.sync_detailed(client=client.api, body=body).status_code)

    return Client("sipgateio  generated send_sms", run_generated, client.close)


class AsyncClients:
    """The async clients share one event loop, which lives as long as the benchmark."""

    def __init__(self, base_url: str, in_flight: int) -> None:
        self.base_url = base_url
        self.in_flight = in_flight
        self.loop = asyncio.new_event_loop()
        self.facade_way = ""

    def make(self, name: str, build: Callable[[], Awaitable[Any]]) -> Client:
        """A client whose ``send`` coroutine function ``build()`` returns, with its ``close``."""
        send, close = self.loop.run_until_complete(build())

        def run(n: int) -> None:
            self.loop.run_until_complete(self._batch(send, n))

        name = name.format(way=self.facade_way)
        return Client(name, run, lambda: self.loop.run_until_complete(close()))

    async def _batch(self, send: Callable[[], Awaitable[None]], n: int) -> None:
        remaining = n

        async def worker() -> None:
            nonlocal remaining
            while remaining > 0:
                remaining -= 1
                await send()

        await asyncio.gather(*(worker() for _ in range(min(self.in_flight, n))))

    def close(self) -> None:
        self.loop.close()

    # Each builder returns (send, close); it runs in the loop, as user code would.

    async def httpx_default(self) -> Any:
        http = httpx.AsyncClient(base_url=self.base_url, auth=(TOKEN_ID, TOKEN), headers=HEADERS)
        return self._httpx_sender(http), http.aclose

    async def httpx_with(self, transport: httpx.AsyncBaseTransport) -> Any:
        http = httpx.AsyncClient(
            base_url=self.base_url, auth=(TOKEN_ID, TOKEN), headers=HEADERS, transport=transport
        )
        return self._httpx_sender(http), http.aclose

    def _httpx_sender(self, http: httpx.AsyncClient) -> Callable[[], Awaitable[None]]:
        async def send() -> None:
            body = {"smsId": "s0", "recipient": TO, "message": MESSAGE}
            _check((await http.post("/sessions/sms", json=body)).status_code)

        return send

    async def aiohttp_raw(self) -> Any:
        import aiohttp

        session = aiohttp.ClientSession(
            base_url=self.base_url + "/",
            headers={**HEADERS, "Authorization": _basic_auth()},
            connector=aiohttp.TCPConnector(limit=self.in_flight),
        )

        async def send() -> None:
            body = {"smsId": "s0", "recipient": TO, "message": MESSAGE}
            async with session.post("sessions/sms", json=body) as response:
                await response.read()
                _check(response.status)

        return send, session.close

    async def sipgateio(self, http_client: httpx.AsyncClient | None = None) -> Any:
        client = sipgateio.AsyncSipgateIO(
            token_id=TOKEN_ID, token=TOKEN, base_url=self.base_url, http_client=http_client
        )
        if callable(getattr(client.sms, "send", None)):
            self.facade_way = "client.sms.send"

            async def send() -> None:
                await client.sms.send(to=TO, message=MESSAGE, sms_id="s0")

        else:
            self.facade_way = "generated send_sms"
            from sipgate_api.api.sms import send_sms
            from sipgate_api.models import SendSmsRequest

            async def send() -> None:
                body = SendSmsRequest(sms_id="s0", recipient=TO, message=MESSAGE)
                response = await send_sms.asyncio_detailed(client=client.api, body=body)
                _check(response.status_code)

        async def close() -> None:
            await client.close()
            if http_client is not None:
                await http_client.aclose()

        return send, close


def async_clients(clients: AsyncClients) -> list[Client]:
    from sipgateio._asyncio_transport import AsyncioTransport

    made = [clients.make("httpx  (default pool)", clients.httpx_default)]
    with contextlib.suppress(ImportError):
        from httpx_aiohttp import AiohttpTransport as PackagedTransport

        made.append(
            clients.make(
                "httpx + httpx-aiohttp transport",
                lambda: clients.httpx_with(PackagedTransport()),
            )
        )
    with contextlib.suppress(ImportError):
        from _aiohttp_transport import AiohttpTransport

        made.append(
            clients.make(
                "httpx + bench/_aiohttp_transport",
                lambda: clients.httpx_with(AiohttpTransport()),
            )
        )
    made.append(
        clients.make(
            "httpx + sipgateio's asyncio transport",
            lambda: clients.httpx_with(AsyncioTransport()),
        )
    )
    with contextlib.suppress(ImportError):
        import aiohttp  # noqa: F401

        made.append(clients.make("aiohttp  (raw)", clients.aiohttp_raw))
    made.append(
        clients.make(
            "sipgateio  over httpx's default pool",
            lambda: clients.sipgateio(httpx.AsyncClient()),
        )
    )
    made.append(
        clients.make(
            "sipgateio  plain httpx + own transport",
            lambda: clients.sipgateio(httpx.AsyncClient(transport=AsyncioTransport())),
        )
    )
    made.append(clients.make("sipgateio  {way}", clients.sipgateio))
    return made


# --- running and reporting ---------------------------------------------------------------------


def measure(client: Client, server: FakeSipgate, n: int) -> tuple[float, float]:
    """SMS per second, and the client's CPU microseconds per SMS."""
    before = server.count()
    cpu_started = time.process_time()
    started = time.perf_counter()
    measured = client.run(n)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    if measured is not None:
        elapsed, cpu = measured
    sent = server.count() - before
    if sent != n:
        raise RuntimeError(f"{client.name}: the server answered {sent} SMS, expected {n}")
    return n / elapsed, cpu / n * 1e6


def report(title: str, clients: list[Client], baselines: list[str]) -> dict[str, Any]:
    medians = {c.name: statistics.median(c.rates) for c in clients if c.rates}
    print(f"\n{title}")
    header = f"  {'client':<40} {'median SMS/s':>12}  {'min-max':>13}"
    for baseline in baselines:
        header += f"  {'vs ' + baseline.split()[0]:>10}"
    print(header + f"  {'CPU us/SMS':>10}")
    for c in clients:
        if not c.rates:
            continue
        line = (
            f"  {c.name:<40} {medians[c.name]:>12,.0f}  {min(c.rates):>6,.0f}-{max(c.rates):<6,.0f}"
        )
        for baseline in baselines:
            base = medians.get(baseline)
            line += f"  {medians[c.name] / base:>9.2f}x" if base else f"  {'':>10}"
        print(line + f"  {statistics.median(c.cpu_us):>10.0f}")
    return {
        "medians": medians,
        "rates": {c.name: c.rates for c in clients},
        "cpu_us_per_sms": {c.name: c.cpu_us for c in clients},
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=7, help="measured rounds (default 7)")
    parser.add_argument("--seq", type=int, default=1000, help="SMS per sequential batch")
    parser.add_argument("--conc", type=int, default=2000, help="SMS per concurrent batch")
    parser.add_argument("--in-flight", type=int, default=200, help="concurrent SMS in flight")
    parser.add_argument("--no-node", action="store_true", help="leave out the Node SDK")
    parser.add_argument("--json", type=Path, help="also write the rates to this file")
    args = parser.parse_args()
    rounds = max(1, min(args.rounds, 20))
    n_seq, n_conc = min(args.seq, MAX_SMS), min(args.conc, MAX_SMS)
    use_node = not args.no_node and node_available()
    if not shutil.which("node"):
        print("node is needed for the local server", file=sys.stderr)
        return 2

    placement = pin_clients()
    server = FakeSipgate()
    stack = contextlib.ExitStack()
    stack.callback(server.stop)
    with stack:
        seq = [
            sync_httpx(server.base_url),
            sync_sipgateio(server.base_url, httpx.Client()),
            sync_sipgateio(server.base_url),
        ]
        loop_clients = AsyncClients(server.base_url, args.in_flight)
        stack.callback(loop_clients.close)
        conc = async_clients(loop_clients)
        for client in (*seq, *conc):
            stack.callback(client.close)
        if use_node:
            folder = stack.enter_context(node_sdk(server.base_url))
            driver = NodeDriver(folder, server.base_url)
            stack.callback(driver.close)
            seq.append(Client("Node SDK", lambda n: driver.batch(f"seq {n}")[:2]))
            conc.append(
                Client("Node SDK", lambda n: driver.batch(f"conc {n} {args.in_flight}")[:2])
            )

        print(
            f"Python {sys.version.split()[0]}, httpx {httpx.__version__}, "
            f"sipgateio {sipgateio.__version__}; {n_seq} SMS sequential, {n_conc} concurrent "
            f"({args.in_flight} in flight), {rounds} rounds after a warm-up; {placement}"
        )
        started = time.monotonic()
        for round_ in range(rounds + 1):
            if time.monotonic() - started > DEADLINE:
                print(f"stopped after {round_ - 1} rounds (time limit)")
                break
            for clients, n in ((seq, n_seq), (conc, n_conc)):
                # Every other round the other way round, so no client always follows another.
                for client in clients if round_ % 2 else clients[::-1]:
                    rate, cpu_us = measure(client, server, n if round_ else n // 10)
                    if round_:
                        client.rates.append(rate)
                        client.cpu_us.append(cpu_us)
            print(f"  round {round_ or 'warm-up'} done", file=sys.stderr)

        baselines_seq = ["httpx"] + (["Node SDK"] if use_node else [])
        baselines_conc = ["httpx  (default pool)"] + (["Node SDK"] if use_node else [])
        results = {
            "sequential": report("Sequential (sync, keep-alive)", seq, baselines_seq),
            "concurrent": report(
                f"Concurrent (async, {args.in_flight} in flight)", conc, baselines_conc
            ),
        }
        if args.json:
            args.json.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
