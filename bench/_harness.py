"""What the benchmarks in bench/ share: the fake sipgate, the Node SDK, pinned cores, medians.

* ``FakeSipgate`` runs ``bench/_sms_server.js`` (SMS, history pages, CSV import) on
  127.0.0.1, pinned to the server core.
* ``node_sdk`` installs the Node SDK (npm package ``sipgateio``) into a temporary folder,
  deleted afterwards, and points its one ``axios.create`` call at the fake;
  ``NodeDriver`` runs ``bench/_node_sdk.js`` on it, pinned to the client core.
* ``pin_clients`` moves this process (the Python clients) to the client core. With two or
  more cores, the server gets core 0 and the clients core 1, so a client never competes
  with the server for a core (and Python and Node clients take turns, never run at once).
"""

from __future__ import annotations

import contextlib
import http.client
import os
import re
import shutil
import statistics
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
NODE_SDK = "sipgateio@2.15.1"
TOKEN_ID = "token-ABC123"
TOKEN = "e68ead46-a7db-46cd-8a1a-44aed1e4e372"
SERVER_CORE, CLIENT_CORE = 0, 1


def pinning() -> bool:
    """Whether server and clients get cores of their own (taskset and two cores needed)."""
    return (
        hasattr(os, "sched_setaffinity")
        and shutil.which("taskset") is not None
        and len(os.sched_getaffinity(0)) >= 2
    )


def pinned(command: list[str], core: int) -> list[str]:
    """``command``, run on ``core`` alone when pinning is possible."""
    return ["taskset", "-c", str(core), *command] if pinning() else command


def pin_clients() -> str:
    """Move this process to the client core; say how server and clients are placed."""
    if not pinning():
        return "cores not pinned (taskset and two cores are needed)"
    os.sched_setaffinity(0, {CLIENT_CORE})
    return f"server on core {SERVER_CORE}, clients on core {CLIENT_CORE}"


class FakeSipgate:
    """``bench/_sms_server.js`` in a child process; it exits when our end of its stdin closes."""

    def __init__(self, history: Path | None = None, latency_ms: float = 0.0) -> None:
        command = ["node", str(HERE / "_sms_server.js"), "--latency-ms", str(latency_ms)]
        if history is not None:
            command += ["--history", str(history)]
        self._process = subprocess.Popen(
            pinned(command, SERVER_CORE), stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        assert self._process.stdout is not None
        self.port = int(self._process.stdout.readline())
        self.base_url = f"http://127.0.0.1:{self.port}/v2"

    def count(self) -> int:
        """How many SMS the server answered so far."""
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        try:
            connection.request("GET", "/__count")
            return int(connection.getresponse().read())
        finally:
            connection.close()

    def stop(self) -> None:
        assert self._process.stdin is not None
        self._process.stdin.close()
        self._process.wait(10)


@contextlib.contextmanager
def node_sdk(base_url: str) -> Iterator[Path]:
    """Install the Node SDK into a temporary folder and point its client at ``base_url``."""
    with tempfile.TemporaryDirectory(prefix="sipgateio-node-bench-") as folder:
        subprocess.run(
            [
                "npm",
                "install",
                "--prefix",
                folder,
                "--no-save",
                "--no-package-lock",
                "--no-audit",
                "--no-fund",
                "--ignore-scripts",
                "--loglevel=error",
                NODE_SDK,
            ],
            check=True,
            timeout=300,
        )
        dist = Path(folder, "node_modules", "sipgateio", "dist")
        matches = [p for p in dist.rglob("*.js") if ".create(" in p.read_text()]
        if len(matches) != 1:
            raise RuntimeError(f"expected one axios.create call in the Node SDK, found {matches}")
        source = matches[0].read_text()
        pointed, count = re.subn(
            r"baseURL:\s*'[^']*'", lambda _: f"baseURL: '{base_url}'", source, count=1
        )
        if count != 1:
            raise RuntimeError(f"no baseURL in {matches[0]}")
        matches[0].write_text(pointed)
        yield Path(folder)


def node_available() -> bool:
    return shutil.which("node") is not None and shutil.which("npm") is not None


class NodeDriver:
    """``bench/_node_sdk.js`` in a child process on the client core, running batches."""

    def __init__(self, folder: Path, base_url: str) -> None:
        self._process = subprocess.Popen(
            pinned(["node", str(HERE / "_node_sdk.js"), str(folder), base_url], CLIENT_CORE),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def batch(self, command: str) -> tuple[float, float, int]:
        """Run one batch; its seconds and CPU seconds as Node measured them, and its items."""
        assert self._process.stdin is not None and self._process.stdout is not None
        self._process.stdin.write(command + "\n")
        self._process.stdin.flush()
        answer = self._process.stdout.readline().split()
        if not answer:
            raise RuntimeError("the Node SDK driver stopped")
        return float(answer[0]), float(answer[1]) / 1e6, int(answer[2])

    def close(self) -> None:
        assert self._process.stdin is not None
        self._process.stdin.close()
        self._process.wait(10)


@dataclass
class Series:
    """The rates (items per second) one client reached, one per round."""

    name: str
    rates: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.rates)

    def spread(self) -> str:
        return f"{min(self.rates):,.0f}-{max(self.rates):,.0f}"


def alternating(rounds: int, runs: list[Callable[[], None]]) -> None:
    """Run every one of ``runs`` once a round; odd rounds go through them backwards."""
    for round_ in range(rounds):
        for run in runs if round_ % 2 == 0 else runs[::-1]:
            run()
