"""The examples in the webhooks README section run as written."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

import pytest
import redis
from redis_support import RedisServer

ROOT = Path(__file__).parents[2]
HEADING = "## Call webhooks"


def webhooks_section() -> tuple[Path, str]:
    """The section as written in docs/readme/, or as stitched into README.md."""
    part = ROOT / "docs" / "readme" / "webhooks.md"
    if part.exists():
        return part, part.read_text()
    readme = ROOT / "README.md"
    text = readme.read_text()
    start = text.index(HEADING)
    end = text.find("\n## ", start + len(HEADING))
    return readme, text[start : end if end != -1 else None]


README, SECTION = webhooks_section()
EXAMPLES = re.findall(r"```python\n(.*?)```", SECTION, flags=re.DOTALL)
REDIS_EXAMPLES = [example for example in EXAMPLES if "RedisReplayStore(" in example]
REDIS_URL = "redis://localhost:6379/0"


def test_the_readme_section_has_examples() -> None:
    assert len(EXAMPLES) >= 3


@pytest.mark.parametrize(
    "example",
    [example for example in EXAMPLES if example not in REDIS_EXAMPLES],
    ids=[f"example-{i}" for i, example in enumerate(EXAMPLES) if example not in REDIS_EXAMPLES],
)
def test_each_readme_example_runs(example: str) -> None:
    exec(compile(example, str(README), "exec"), {"__name__": "readme_example"})


def test_the_redis_example_keeps_a_real_sipgate_push_from_running_twice_in_two_workers(
    redis_server: RedisServer,
) -> None:
    (example,) = REDIS_EXAMPLES
    assert REDIS_URL in example
    code = compile(example.replace(REDIS_URL, redis_server.url), str(README), "exec")
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
