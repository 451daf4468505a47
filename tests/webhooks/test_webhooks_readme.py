"""The examples of docs/guides/webhooks.md and webhooks-deployment.md run as written."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
import redis

from tests.docs._markdown import example_code, path_of

if TYPE_CHECKING:  # the fixture's type; tests/docs imports this module for EXAMPLES alone
    from redis_support import RedisServer

EXAMPLES = example_code("guides/webhooks.md", "guides/webhooks-deployment.md")
ALL = [(page, example) for page, examples in EXAMPLES.items() for example in examples]
REDIS_EXAMPLES = [(page, example) for page, example in ALL if "RedisReplayStore(" in example]
REDIS_URL = "redis://localhost:6379/0"


def test_both_pages_have_examples() -> None:
    assert len(EXAMPLES["guides/webhooks.md"]) >= 3
    assert len(EXAMPLES["guides/webhooks-deployment.md"]) >= 2


@pytest.mark.parametrize(
    ("page", "example"),
    [(page, example) for page, example in ALL if (page, example) not in REDIS_EXAMPLES],
    ids=[
        f"{page.removeprefix('guides/').removesuffix('.md')}-{i}"
        for page, examples in EXAMPLES.items()
        for i, example in enumerate(examples)
        if (page, example) not in REDIS_EXAMPLES
    ],
)
def test_each_example_runs(page: str, example: str) -> None:
    exec(compile(example, str(path_of(page)), "exec"), {"__name__": "readme_example"})


def test_the_redis_example_keeps_a_real_sipgate_push_from_running_twice_in_two_workers(
    redis_server: RedisServer,
) -> None:
    ((page, example),) = REDIS_EXAMPLES
    assert REDIS_URL in example
    code = compile(example.replace(REDIS_URL, redis_server.url), str(path_of(page)), "exec")
    workers: list[dict[str, Any]] = [{"__name__": "hooks"}, {"__name__": "hooks"}]
    handled: list[str] = []
    for namespace in workers:  # two processes' apps, as uvicorn --workers 2 would load them
        exec(code, namespace)
        namespace["webhooks"].on_new_call(lambda event: handled.append(event.call_id))
    signatures = json.loads((Path(__file__).parent / "sipgate_push_signature.json").read_text())
    push = signatures["vectors"][0]  # a real push, signed by sipgate
    body = push["body"].encode()
    headers = {**push["headers"], "X-Sipgate-Signature": push["signature"]}
    with redis.Redis.from_url(redis_server.url) as client:  # a clean slate for the real push
        client.delete(f"sipgateio:replay:{hashlib.sha256(body).hexdigest()}")
    replies = [namespace["webhooks"].handle(body, headers) for namespace in workers * 2]
    assert [reply.status for reply in replies] == [200] * 4
    assert len({reply.body for reply in replies}) == 1
    assert len(handled) == 1
