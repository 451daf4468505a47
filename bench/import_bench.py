"""How long ``import sipgateio`` takes, next to ``import httpx``, in fresh interpreters.

    python bench/import_bench.py              # 9 rounds
    python bench/import_bench.py --rounds 15

Each statement runs in a new ``python -X importtime`` process, the statements taking
turns so machine noise spreads over all of them. A statement's cost is the sum of the
cumulative times of the imports it starts (the interpreter's own start-up imports,
measured with ``pass``, are subtracted). The medians and the ratio to ``import httpx``
are printed twice: as installed here, and with httpx's optional command-line
dependencies (rich, click, pygments) hidden, as most applications install httpx,
which makes ``import httpx`` cheaper and the ratio stricter.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys

STATEMENTS = {
    "python": "pass",
    "httpx": "import httpx",
    "sipgateio": "import sipgateio",
    "SipgateIO": "from sipgateio import SipgateIO",
    "AsyncSipgateIO": "from sipgateio import AsyncSipgateIO",
}
WITHOUT_CLI_EXTRAS = (
    "import sys\n"
    "class HideCliExtras:\n"
    "    def find_spec(self, name, path=None, target=None):\n"
    "        if name.partition('.')[0] in ('rich', 'click', 'pygments'):\n"
    "            raise ImportError(name)\n"
    "sys.meta_path.insert(0, HideCliExtras())\n"
)
_LINE = re.compile(r"import time:\s+\d+ \|\s+(\d+) \|( *)(\S+)")


def import_cost_us(code: str) -> int:
    """Microseconds of imports that running ``code`` in a fresh interpreter takes."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    entries = [_LINE.match(line) for line in result.stderr.splitlines()]
    levels = [m for m in entries if m]
    top = min(len(m.group(2)) for m in levels)
    return sum(int(m.group(1)) for m in levels if len(m.group(2)) == top)


def measure(rounds: int, prelude: str) -> dict[str, float]:
    times: dict[str, list[int]] = {name: [] for name in STATEMENTS}
    for _ in range(rounds):
        for name, statement in STATEMENTS.items():
            times[name].append(import_cost_us(prelude + statement))
    base = statistics.median(times["python"])
    return {name: (statistics.median(t) - base) / 1000 for name, t in times.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=9, help="processes per statement")
    args = parser.parse_args()
    rounds = max(7, min(args.rounds, 50))
    print(f"Python {sys.version.split()[0]}; median of {rounds} fresh processes each")
    for title, prelude in (
        ("as installed", ""),
        ("httpx without its CLI extras", WITHOUT_CLI_EXTRAS),
    ):
        medians = measure(rounds, prelude)
        httpx_ms = medians["httpx"]
        print(f"\n{title}")
        for name, statement in STATEMENTS.items():
            if name == "python":
                continue
            ratio = medians[name] / httpx_ms
            print(f"  {statement:<40} {medians[name]:7.1f} ms   {ratio:5.2f}x import httpx")
    return 0


if __name__ == "__main__":
    sys.exit(main())
