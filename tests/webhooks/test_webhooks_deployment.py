"""The app as Python users deploy it: several worker processes behind a reverse proxy.

Each test starts a real multi-worker server as a subprocess (``uvicorn --workers 2`` with the
ASGI app, ``gunicorn -w 2`` with the WSGI app), sends it signed pushes the way a reverse
proxy on 127.0.0.1 passes sipgate's on (with ``X-Forwarded-For``), and checks the replies
and the hang-ups the workers carry out once the announcement has played.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

import httpx
import pytest
from sipgateio_webhooks import testing
from webhook_support import SipgateStandIn, free_port, gunicorn_command, serving, uvicorn_command

SIPGATE = {"X-Forwarded-For": "217.116.118.254"}
GUARD = 30.0

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="gunicorn needs a POSIX system")


@pytest.fixture(params=["uvicorn", "gunicorn"])
def deployed(
    request: pytest.FixtureRequest, sipgate: SipgateStandIn, test_key: testing.TestKey
) -> Iterator[str]:
    port = free_port()
    command = uvicorn_command(port) if request.param == "uvicorn" else gunicorn_command(port)
    env = {"WEBHOOK_PUBLIC_KEY": test_key.public_key_pem, "SIPGATE_BASE_URL": sipgate.base_url}
    with serving(command, port, env) as base_url:
        yield f"{base_url}/sipgate"


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
