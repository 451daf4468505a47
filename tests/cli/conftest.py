"""Fixtures: the ``sipgateio`` command run as a subprocess, and a sandbox to point it at."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator

import pytest

from sipgateio.sandbox import Sandbox

RunCli = Callable[..., subprocess.CompletedProcess[str]]


def cli_environment(sandbox: Sandbox | None = None) -> dict[str, str]:
    """The test process's environment without SIPGATE_* (plus the sandbox's, if given)."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("SIPGATE_")}
    env["PYTHONUNBUFFERED"] = "1"
    if sandbox is not None:
        env["SIPGATE_BASE_URL"] = sandbox.base_url
        env["SIPGATE_TOKEN_ID"] = sandbox.token_id
        env["SIPGATE_TOKEN"] = sandbox.token
    return env


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(
        fax_step_seconds=0.1, failing_fax_recipients=["+4930666666"], check_responses=True
    ) as running:
        yield running


@pytest.fixture
def cli(sandbox: Sandbox) -> RunCli:
    """Run ``python -m sipgateio ARGS`` with the sandbox's credentials in the environment."""

    def run(
        *args: str, input: str | None = None, credentials: bool = True, timeout: float = 60
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "sipgateio", *args],
            env=cli_environment(sandbox if credentials else None),
            input=input,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )

    return run
