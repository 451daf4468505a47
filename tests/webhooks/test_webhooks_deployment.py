"""The app as Python users deploy it: several worker processes behind a reverse proxy.

Each test starts a real multi-worker server as a subprocess (``uvicorn --workers 2`` with the
ASGI app, ``gunicorn -w 2`` with the WSGI app), sends it signed pushes the way a reverse
proxy on 127.0.0.1 passes sipgate's on (with ``X-Forwarded-For``), and checks the replies
and the hang-ups the workers carry out once the announcement has played.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sipgateio_webhooks import testing
from webhook_support import SipgateStandIn

HERE = Path(__file__).resolve().parent
SIPGATE = {"X-Forwarded-For": "217.116.118.254"}
GUARD = 30.0

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="gunicorn needs a POSIX system")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def uvicorn_command(port: int) -> list[str]:
    return [sys.executable, "-m", "uvicorn", "deployed_app:asgi", "--workers", "2",
            "--host", "127.0.0.1", "--port", str(port), "--app-dir", str(HERE),
            "--no-proxy-headers", "--no-access-log", "--log-level", "warning"]  # fmt: skip


def gunicorn_command(port: int) -> list[str]:
    return [sys.executable, "-m", "gunicorn", "deployed_app:wsgi", "--workers", "2",
            "--worker-class", "gthread", "--threads", "4", "--bind", f"127.0.0.1:{port}",
            "--chdir", str(HERE), "--log-level", "warning"]  # fmt: skip


def worker_count(pid: int) -> int:
    children = Path(f"/proc/{pid}/task/{pid}/children")
    return len(children.read_text().split()) if children.exists() else -1


@pytest.fixture(params=["uvicorn", "gunicorn"])
def deployed(
    request: pytest.FixtureRequest, sipgate: SipgateStandIn, test_key: testing.TestKey
) -> Iterator[str]:
    port = free_port()
    command = uvicorn_command(port) if request.param == "uvicorn" else gunicorn_command(port)
    env = {
        **os.environ,
        "WEBHOOK_PUBLIC_KEY": test_key.public_key_pem,
        "SIPGATE_BASE_URL": sipgate.base_url,
    }
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + GUARD
        while time.monotonic() < deadline and process.poll() is None:
            if worker_count(process.pid) >= 2:
                try:
                    if httpx.get(f"http://127.0.0.1:{port}/", timeout=1).status_code == 405:
                        break
                except httpx.TransportError:
                    pass
            time.sleep(0.1)
        else:
            process.kill()
            _, errors = process.communicate(timeout=GUARD)
            pytest.fail(f"{request.param} did not start: {errors.decode()[-2000:]}")
        yield f"http://127.0.0.1:{port}/sipgate"
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.communicate(timeout=GUARD)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()


def test_signed_pushes_are_answered_by_several_workers_and_their_hang_ups_follow(
    deployed: str, sipgate: SipgateStandIn
) -> None:
    call_ids = [f"worker-call-{n}" for n in range(12)]
    for call_id in call_ids:
        reply = testing.post_event(deployed, testing.new_call(call_id=call_id), headers=SIPGATE)
        assert reply.status_code == 200
        assert [action.tag for action in reply.actions] == ["Play"]
    calls = sipgate.wait_for(len(call_ids), timeout=GUARD)
    assert sorted((call.method, call.path) for call in calls) == sorted(
        ("DELETE", f"/calls/{call_id}") for call_id in call_ids
    )


def test_a_chunked_push_is_decoded_by_the_workers(deployed: str, test_key: testing.TestKey) -> None:
    body = testing.encode(testing.new_call(call_id="chunked"))
    headers = {
        **SIPGATE,
        "Content-Type": "application/x-www-form-urlencoded",
        "X-Sipgate-Signature": test_key.sign(body),
    }
    reply = httpx.post(deployed, content=iter([body[:30], body[30:]]), headers=headers)
    assert reply.request.headers["transfer-encoding"] == "chunked"
    assert reply.status_code == 200
    assert "<Play>" in reply.text


def test_behind_the_reverse_proxy_the_allow_list_reads_the_forwarded_address(
    deployed: str,
) -> None:
    statuses = {}
    for forwarded_for in [
        "",  # the proxy itself is no sipgate address
        "10.1.2.3",
        "217.116.118.254, 10.1.2.3",  # a forged first entry does not help
        "10.1.2.3, 212.9.46.32",  # the entry the proxy appended counts
    ]:
        headers = {"X-Forwarded-For": forwarded_for} if forwarded_for else {}
        statuses[forwarded_for] = testing.post_event(
            deployed, testing.new_call(), headers=headers
        ).status_code
    unsigned = testing.post_event(deployed, testing.new_call(), sign=False, headers=SIPGATE)
    assert statuses == {
        "": 403,
        "10.1.2.3": 403,
        "217.116.118.254, 10.1.2.3": 403,
        "10.1.2.3, 212.9.46.32": 200,
    }
    assert unsigned.status_code == 403
