"""The replay stores on their own: claims, replies, leases, windows, bounds and threads.

The memory store runs with an injectable clock; the Redis store against a real
``redis-server`` on 127.0.0.1 (skipped, saying why, where none is installed).
"""

from __future__ import annotations

import asyncio
import random
import sys
import threading
import uuid
from collections.abc import Callable
from typing import Any

import pytest
import redis
import redis.asyncio
from redis_support import RedisServer
from sipgateio_webhooks import Claim, MemoryReplayStore, ReplayStore, StoredReply
from sipgateio_webhooks.redis import RedisReplayStore
from webhook_support import wait_until

from sipgateio import ValidationError

REPLY = StoredReply(200, "application/xml", b'<?xml version="1.0"?><Response/>')
OTHER_REPLY = StoredReply(200, "application/xml", b"<Response><Hangup/></Response>")


class Clock:
    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now


async def close_for_this_loop(store: object) -> None:
    """Close the connections a store opened for the running loop (the memory store has none)."""
    close = getattr(store, "aclose", None)
    if close is not None:
        await close()


def redis_store(server: RedisServer, **options: Any) -> RedisReplayStore:
    options.setdefault("prefix", f"test-{uuid.uuid4().hex}:")
    return RedisReplayStore(server.url, **options)


@pytest.fixture(params=["memory", "redis"])
def store(request: pytest.FixtureRequest) -> ReplayStore:
    if request.param == "memory":
        return MemoryReplayStore()
    return redis_store(request.getfixturevalue("redis_server"))


# -- what every store does --------------------------------------------------------------------


def test_the_first_claim_wins_and_the_next_finds_it_in_progress(store: ReplayStore) -> None:
    assert store.claim("push", "first", 60) is Claim.CLAIMED
    assert store.claim("push", "second", 60) is Claim.PENDING
    assert store.claim("another push", "second", 60) is Claim.CLAIMED


def test_a_completed_claim_gives_its_reply_to_every_later_claim(store: ReplayStore) -> None:
    store.claim("push", "first", 60)
    store.complete("push", "first", REPLY, 3600)
    assert store.claim("push", "second", 60) == REPLY
    assert store.claim("push", "third", 60) == REPLY


def test_a_released_claim_lets_the_next_request_claim_the_push(store: ReplayStore) -> None:
    store.claim("push", "failed", 60)
    store.release("push", "failed")
    assert store.claim("push", "retry", 60) is Claim.CLAIMED


def test_only_the_claiming_token_can_release_or_complete_a_claim(store: ReplayStore) -> None:
    store.claim("push", "owner", 60)
    store.release("push", "stranger")
    store.complete("push", "stranger", OTHER_REPLY, 3600)
    assert store.claim("push", "next", 60) is Claim.PENDING
    store.complete("push", "owner", REPLY, 3600)
    store.release("push", "owner")  # a late release leaves the reply alone
    assert store.claim("push", "next", 60) == REPLY


def test_a_late_completion_does_not_replace_the_reply_of_another_claim(
    store: ReplayStore,
) -> None:
    store.claim("push", "owner", 60)
    store.complete("push", "owner", REPLY, 3600)
    store.complete("push", "late", OTHER_REPLY, 3600)
    assert store.claim("push", "next", 60) == REPLY


def test_the_async_methods_share_the_claims_of_the_sync_ones(store: ReplayStore) -> None:
    async def scenario() -> list[Any]:
        results: list[Any] = [await store.claim_async("push", "async", 60)]
        results.append(store.claim("push", "sync", 60))
        await store.complete_async("push", "async", REPLY, 3600)
        results.append(store.claim("push", "sync", 60))
        results.append(await store.claim_async("failing", "async", 60))
        await store.release_async("failing", "async")
        results.append(store.claim("failing", "sync", 60))
        await close_for_this_loop(store)
        return results

    assert asyncio.run(scenario()) == [
        Claim.CLAIMED,
        Claim.PENDING,
        REPLY,
        Claim.CLAIMED,
        Claim.CLAIMED,
    ]


def test_concurrent_claims_of_the_same_pushes_are_won_once_each(store: ReplayStore) -> None:
    keys = [f"push-{n}" for n in range(150)]
    won: list[str] = []
    barrier = threading.Barrier(8)

    def claim_all(worker: int) -> None:
        order = random.Random(worker).sample(keys, len(keys))
        barrier.wait()
        for key in order:
            if store.claim(key, f"worker-{worker}", 60) is Claim.CLAIMED:
                won.append(key)

    threads = [threading.Thread(target=claim_all, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert sorted(won) == sorted(keys)


# -- the memory store -------------------------------------------------------------------------


def test_the_memory_store_forgets_a_reply_once_its_window_has_passed() -> None:
    clock = Clock()
    store = MemoryReplayStore(clock=clock)
    store.claim("push", "first", 60)
    store.complete("push", "first", REPLY, 3600)
    clock.now += 3599.0
    assert store.claim("push", "second", 60) == REPLY
    clock.now += 2.0
    assert store.claim("push", "third", 60) is Claim.CLAIMED


def test_the_memory_store_treats_a_claim_older_than_its_lease_as_abandoned() -> None:
    clock = Clock()
    store = MemoryReplayStore(clock=clock)
    store.claim("push", "crashed", 60)
    clock.now += 59.0
    assert store.claim("push", "duplicate", 60) is Claim.PENDING
    clock.now += 2.0
    assert store.claim("push", "retry", 60) is Claim.CLAIMED


def test_the_memory_store_keeps_only_its_newest_entries() -> None:
    store = MemoryReplayStore(max_entries=3)
    for n in range(5):
        store.claim(f"push-{n}", "t", 60)
        store.complete(f"push-{n}", "t", REPLY, 3600)
    assert len(store) == 3
    assert [store.claim(f"push-{n}", "again", 60) for n in (2, 3, 4)] == [REPLY] * 3
    assert store.claim("push-0", "again", 60) is Claim.CLAIMED  # the oldest went first


def test_the_memory_store_drops_expired_entries_as_new_ones_come_in() -> None:
    clock = Clock()
    store = MemoryReplayStore(clock=clock)
    for n in range(100):
        store.claim(f"old-{n}", "t", 60)
        store.complete(f"old-{n}", "t", REPLY, 10)
    clock.now += 11
    store.claim("new", "t", 60)
    assert len(store) == 1


def test_the_memory_store_stays_within_its_bound_under_threads() -> None:
    store = MemoryReplayStore(max_entries=500)

    def fill(worker: int) -> None:
        for n in range(400):
            key = f"{worker}-{n}"
            if store.claim(key, "t", 60) is Claim.CLAIMED:
                store.complete(key, "t", REPLY, 3600)

    threads = [threading.Thread(target=fill, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert len(store) == 500


@pytest.mark.parametrize("max_entries", [0, -1, 1.5, "many", True])
def test_the_memory_store_refuses_a_bad_bound(max_entries: Any) -> None:
    with pytest.raises(ValidationError) as raised:
        MemoryReplayStore(max_entries=max_entries)
    assert raised.value.argument == "max_entries"
    assert "positive integer" in str(raised.value)


# -- the Redis store --------------------------------------------------------------------------


def test_a_redis_claim_is_abandoned_after_its_lease(redis_server: RedisServer) -> None:
    store = redis_store(redis_server)
    assert store.claim("push", "crashed", 0.05) is Claim.CLAIMED
    assert wait_until(lambda: store.claim("push", "retry", 60) is Claim.CLAIMED, timeout=10)
    assert store.claim("push", "duplicate", 60) is Claim.PENDING


def test_the_redis_store_keeps_its_keys_under_its_prefix(redis_server: RedisServer) -> None:
    store = redis_store(redis_server, prefix="app-one:")
    neighbour = redis_store(redis_server, prefix="app-two:")
    store.claim("push", "t", 60)
    store.complete("push", "t", REPLY, 3600)
    client = redis.Redis.from_url(redis_server.url)
    try:
        assert client.exists("app-one:push") == 1
        assert 3500 * 1000 < client.pttl("app-one:push") <= 3600 * 1000
        assert neighbour.claim("push", "t", 60) is Claim.CLAIMED
    finally:
        client.delete("app-one:push", "app-two:push")
        client.close()


@pytest.mark.parametrize("decode_responses", [False, True])
def test_the_redis_store_takes_a_client(redis_server: RedisServer, decode_responses: bool) -> None:
    client = redis.Redis.from_url(redis_server.url, decode_responses=decode_responses)
    store = RedisReplayStore(client, prefix=f"test-{uuid.uuid4().hex}:")

    async def claim_on_a_loop() -> Claim | StoredReply:
        return await store.claim_async("push", "async", 60)

    try:
        store.claim("push", "t", 60)
        store.complete("push", "t", REPLY, 3600)
        assert store.claim("push", "again", 60) == REPLY
        assert asyncio.run(claim_on_a_loop()) == REPLY  # the sync client, on a thread
    finally:
        client.close()


def test_the_redis_store_takes_an_asyncio_client_for_the_event_loop(
    redis_server: RedisServer,
) -> None:
    async def scenario() -> tuple[Any, Any]:
        client = redis.asyncio.Redis.from_url(redis_server.url)
        store = RedisReplayStore(client, prefix=f"test-{uuid.uuid4().hex}:")
        try:
            await store.claim_async("push", "t", 60)
            await store.complete_async("push", "t", REPLY, 3600)
            replayed = await store.claim_async("push", "again", 60)
            with pytest.raises(TypeError) as raised:
                store.claim("push", "sync", 60)
            return replayed, raised.value
        finally:
            await client.aclose()

    replayed, error = asyncio.run(scenario())
    assert replayed == REPLY
    assert "redis.asyncio client" in str(error)
    assert "WSGI" in str(error)


def test_the_redis_store_serves_one_event_loop_after_another(redis_server: RedisServer) -> None:
    store = redis_store(redis_server)

    async def claim(token: str) -> Claim | StoredReply:
        try:
            return await store.claim_async("push", token, 60)
        finally:
            await store.aclose()

    results = [asyncio.run(claim(f"loop-{n}")) for n in range(3)]
    assert results == [Claim.CLAIMED, Claim.PENDING, Claim.PENDING]


def test_the_redis_store_shows_no_password() -> None:
    store = RedisReplayStore("redis://user:s3cret-pass@127.0.0.1:6390/2")
    assert "s3cret" not in repr(store)
    assert "127.0.0.1:6390/2" in repr(store)
    with pytest.raises(ValidationError) as raised:
        RedisReplayStore("http://user:s3cret-pass@127.0.0.1:6390/2")
    assert raised.value.argument == "url_or_client"
    assert "s3cret" not in str(raised.value)
    assert "s3cret" not in repr(raised.value.value)
    assert "redis://" in str(raised.value)


def test_the_redis_store_refuses_what_is_no_redis_client() -> None:
    with pytest.raises(ValidationError) as raised:
        RedisReplayStore(6379)  # type: ignore[arg-type]
    assert raised.value.argument == "url_or_client"
    assert "redis.Redis" in str(raised.value)


def test_without_the_redis_package_the_error_names_the_extra(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in [name for name in sys.modules if name == "redis" or name.startswith("redis.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "redis", None)
    with pytest.raises(ImportError) as raised:
        RedisReplayStore("redis://127.0.0.1:6379/0")
    assert "pip install 'sipgateio[redis]'" in str(raised.value)


def test_the_replay_store_protocol_is_what_the_stores_offer(redis_server: RedisServer) -> None:
    stores: list[Callable[[], object]] = [MemoryReplayStore, lambda: redis_store(redis_server)]
    assert all(isinstance(make(), ReplayStore) for make in stores)
