"""A real ``redis-server`` for the replay-store tests, on a free port of 127.0.0.1.

It keeps nothing on disk (``--save ''``, ``--appendonly no``). Where ``redis-server`` is not
installed the tests that need it are skipped with that reason; ``.ci/run`` installs it.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest
from webhook_support import free_port

MISSING = (
    "redis-server is not installed (apt-get install redis-server; .ci/run installs it where it can)"
)
START_TIMEOUT = 15.0


def _answers_ping(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


class RedisServer:
    """``redis-server`` as a child process; ``url`` points at it, ``stop()`` ends it."""

    def __init__(self, directory: Path) -> None:
        executable = shutil.which("redis-server")
        if executable is None:
            pytest.skip(MISSING)
        command = [executable, "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                   "--dir", str(directory)]  # fmt: skip
        for _ in range(3):  # another process may take the free port before redis binds it
            self.port = free_port()
            self.process = subprocess.Popen(
                [*command, "--port", str(self.port)],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            deadline = time.monotonic() + START_TIMEOUT
            while self.process.poll() is None and time.monotonic() < deadline:
                if _answers_ping(self.port):
                    self.url = f"redis://127.0.0.1:{self.port}/0"
                    return
                time.sleep(0.05)
            self.stop()
        raise RuntimeError("redis-server did not start")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
