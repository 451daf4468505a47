"""Several worker processes sharing a Redis replay store run the handler once per push.

Two servers run side by side as subprocesses, as two machines behind a load balancer would:
``uvicorn --workers 2`` with the ASGI app and ``gunicorn -w 2`` with the WSGI app, both with
``RedisReplayStore`` on one real ``redis-server``. Every run of the handler appends a line to
a file, so the file tells how often it ran, whichever process ran it.
"""

from __future__ import annotations

import sys
import threading
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from pathlib import Path

import attrs
import pytest
from redis_support import RedisServer
from sipgateio_webhooks import testing
from webhook_support import free_port, gunicorn_command, serving, uvicorn_command

GUARD = 30.0

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="gunicorn needs a POSIX system")


@attrs.frozen
class Workers:
    urls: list[str]  # the uvicorn server's, then the gunicorn server's
    log: Path

    def runs(self) -> list[str]:
        """The call ids the handler ran for, one per run, in any process."""
        if not self.log.exists():
            return []
        return [line.split()[0] for line in self.log.read_text().splitlines()]


@pytest.fixture(scope="module")
def workers(
    redis_server: RedisServer, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Workers]:
    log = tmp_path_factory.mktemp("replay-workers") / "handled.log"
    env = {
        "WEBHOOK_PUBLIC_KEY": testing.test_key().public_key_pem,
        "REDIS_URL": redis_server.url,
        "REDIS_PREFIX": f"workers-{uuid.uuid4().hex}:",
        "HANDLED_LOG": str(log),
    }
    with ExitStack() as stack:
        urls = []
        for command in (uvicorn_command, gunicorn_command):
            port = free_port()
            urls.append(stack.enter_context(serving(command(port, "replay_app"), port, env)))
        yield Workers(urls, log)


def same_reply(replies: list[testing.WebhookReply]) -> bool:
    return len({(reply.status_code, reply.content_type, reply.text) for reply in replies}) == 1


def test_the_same_push_sent_to_every_worker_at_once_runs_the_handler_once(
    workers: Workers,
) -> None:
    push = testing.new_call(call_id="at-once")
    barrier = threading.Barrier(8)

    def post(n: int) -> testing.WebhookReply:
        barrier.wait(GUARD)
        return testing.post_event(workers.urls[n % 2], push, timeout=GUARD)

    with ThreadPoolExecutor(8) as pool:
        replies = list(pool.map(post, range(8)))
    assert workers.runs().count("at-once") == 1
    assert replies[0].status_code == 200
    assert replies[0].root is not None and replies[0].root.find("Play/Url") is not None
    assert same_reply(replies)


def test_the_same_push_sent_to_one_worker_after_another_runs_the_handler_once(
    workers: Workers,
) -> None:
    push = testing.new_call(call_id="one-after-another")
    replies = [testing.post_event(url, push, timeout=GUARD) for url in workers.urls * 3]
    assert workers.runs().count("one-after-another") == 1
    assert replies[0].status_code == 200
    assert same_reply(replies)


def test_different_pushes_spread_over_the_workers_each_run_once(workers: Workers) -> None:
    call_ids = [f"spread-{n}" for n in range(6)]
    jobs = [(url, call_id) for call_id in call_ids for url in workers.urls]

    def post(job: tuple[str, str]) -> testing.WebhookReply:
        url, call_id = job
        return testing.post_event(url, testing.new_call(call_id=call_id), timeout=GUARD)

    with ThreadPoolExecutor(6) as pool:
        replies = list(pool.map(post, jobs))
    assert all(reply.status_code == 200 for reply in replies)
    assert sorted(run for run in workers.runs() if run.startswith("spread-")) == call_ids
