"""Fixtures: the ``sipgateio`` command run as a subprocess (piped or on a terminal), and a
sandbox to point it at."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import struct
import subprocess
import sys
import termios
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import attrs
import pytest

from sipgateio.sandbox import Sandbox

RunCli = Callable[..., subprocess.CompletedProcess[str]]


# Variables that tell rich to draw (or not) whatever the terminal; the tests decide that.
TERMINAL_OVERRIDES = {"FORCE_COLOR", "NO_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "TERM"}


def cli_environment(sandbox: Sandbox | None = None) -> dict[str, str]:
    """The test process's environment without SIPGATE_* (plus the sandbox's, if given)."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("SIPGATE_") and key not in TERMINAL_OVERRIDES
    }
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
    """Run ``python -m sipgateio ARGS`` with the sandbox's credentials in the environment.

    ``tz`` sets the command's local time zone (a POSIX ``TZ`` value such as ``CET-1``).
    """

    def run(
        *args: str,
        input: str | None = None,
        credentials: bool = True,
        timeout: float = 60,
        tz: str | None = None,
    ) -> subprocess.CompletedProcess[str]:
        env = cli_environment(sandbox if credentials else None)
        if tz is not None:
            env["TZ"] = tz
        return subprocess.run(
            [sys.executable, "-m", "sipgateio", *args],
            env=env,
            input=input,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )

    return run


@attrs.frozen
class TerminalRun:
    """A command run with stderr on a terminal: its exit code, stdout, and what the terminal got."""

    returncode: int
    stdout: str
    terminal: str  # as written, escape sequences and all

    @property
    def text(self) -> str:
        """The terminal's text without escape sequences: every redraw, one after the other."""
        return ESCAPE.sub("", self.terminal)


ESCAPE = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def run_in_terminal(
    *args: str, env: dict[str, str], stdin: str | None = None, timeout: float = 60
) -> TerminalRun:
    """Run ``python -m sipgateio ARGS`` with stderr on a pseudo-terminal (120 columns)."""
    primary, secondary = pty.openpty()
    fcntl.ioctl(secondary, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    process = subprocess.Popen(
        [sys.executable, "-m", "sipgateio", *args],
        env={**env, "TERM": "xterm-256color"},
        stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=secondary,
        text=True,
    )
    os.close(secondary)
    received: list[bytes] = []

    def read_terminal() -> None:
        while True:
            try:
                chunk = os.read(primary, 65536)
            except OSError:  # EIO: the command has exited and closed the terminal
                return
            if not chunk:
                return
            received.append(chunk)

    reader = threading.Thread(target=read_terminal, daemon=True)
    reader.start()
    try:
        stdout, _ = process.communicate(stdin, timeout=timeout)
    finally:
        process.kill()
        reader.join(10)
        os.close(primary)
    terminal = b"".join(received).decode("utf-8", errors="replace")
    return TerminalRun(returncode=process.returncode, stdout=stdout, terminal=terminal)


def blocked_modules(directory: Path, *names: str) -> str:
    """A PYTHONPATH entry in ``directory`` on which importing each of ``names`` fails."""
    for name in names:
        (directory / f"{name}.py").write_text(
            f"raise ImportError('{name} is not installed here')\n"
        )
    return str(directory)
