"""The scenarios of the table-driven test over every operation (``test_endpoint_table.py``).

One module per area, each with a ``SCENARIOS`` list. A scenario calls operations through
``client.endpoints`` against a fresh sandbox (sync and async), checks what a user would
notice in the parsed answers, and names in ``covers`` every operation it expects to have
answered with success; the test checks the sandbox's request log for each of them.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sipgateio.sandbox import Sandbox

Run = Callable[[Any, Sandbox], None]


@dataclass(frozen=True)
class Scenario:
    """Calls through ``endpoints`` (a client's ``client.endpoints``) and checks the answers."""

    name: str
    covers: tuple[str, ...]
    run: Run


def scenario(*covers: str) -> Callable[[Run], Scenario]:
    """Make the decorated function a scenario covering ``covers`` (``"area.operation"``)."""

    def wrap(run: Run) -> Scenario:
        return Scenario(name=run.__name__.removeprefix("test_"), covers=covers, run=run)

    return wrap


def all_scenarios() -> list[Scenario]:
    """Every scenario of every area module of this package."""
    found: list[Scenario] = []
    for module_info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        found.extend(getattr(module, "SCENARIOS", []))
    return found
