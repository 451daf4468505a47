"""Replay protection through the app: a push handled once is answered again, not handled again.

Every test runs in-process (``serve()``, the async pipeline), as the Falcon WSGI app (the sync
pipeline) and as the Falcon ASGI app, each with the memory store and with the Redis store on
a real ``redis-server``.
"""

from __future__ import annotations

import itertools
import threading
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from redis_support import RedisServer
from sipgateio_webhooks import (
    FluentWebhookServer,
    MemoryReplayStore,
    ReplayStore,
    ResponseBuilder,
    Webhooks,
    create_server,
    testing,
)
from sipgateio_webhooks.redis import RedisReplayStore
from webhook_support import SipgateStandIn, StandInClient, free_port, wait_until

from sipgateio import ValidationError

GUARD = 20.0
replies = ResponseBuilder(check_audio=False)


@pytest.fixture
def make_redis_store(redis_server: RedisServer) -> Iterator[Callable[[], RedisReplayStore]]:
    """Redis stores with a prefix of their own; their connections are closed afterwards."""
    stores: list[RedisReplayStore] = []

    def make() -> RedisReplayStore:
        stores.append(RedisReplayStore(redis_server.url, prefix=f"test-{uuid.uuid4().hex}:"))
        return stores[-1]

    yield make
    for store in stores:
        store.close()


@pytest.fixture(params=["memory store", "redis store"])
def replay_store(request: pytest.FixtureRequest) -> ReplayStore:
    if request.param == "memory store":
        return MemoryReplayStore()
    make: Callable[[], RedisReplayStore] = request.getfixturevalue("make_redis_store")
    return make()


class Recorder:
    """A newCall handler that counts its runs and answers each run with a new URL, so that a
    second run would give a different reply."""

    def __init__(self, fail_first: int = 0, hold: threading.Event | None = None) -> None:
        self.runs: list[str] = []
        self.fail_first = fail_first
        self.hold = hold
        self._count = itertools.count(1)

    def __call__(self, event: Any) -> Any:
        run = next(self._count)
        self.runs.append(event.call_id)
        if self.hold is not None:
            self.hold.wait(GUARD)
        if run <= self.fail_first:
            raise RuntimeError(f"run {run} failed")
        return replies.play_audio(f"https://example.com/{event.call_id}/run-{run}.wav")


@pytest.fixture
def guarded(
    make_webhooks: Callable[..., Webhooks],
    serve: Callable[[Webhooks], str],
    replay_store: ReplayStore,
) -> Callable[..., tuple[str, Recorder]]:
    """Serve an app with the replay store and a ``Recorder`` as its newCall handler."""

    def start(recorder: Recorder | None = None, **options: Any) -> tuple[str, Recorder]:
        recorder = recorder or Recorder()
        webhooks = make_webhooks(replay_store=replay_store, **options)
        webhooks.on_new_call(recorder)
        return serve(webhooks), recorder

    return start


def same_reply(replies: list[testing.WebhookReply]) -> bool:
    first = replies[0]
    return all(
        (reply.status_code, reply.content_type, reply.text)
        == (first.status_code, first.content_type, first.text)
        for reply in replies
    )


def test_a_repeated_push_reaches_no_handler_and_gets_the_first_reply_again(
    guarded: Callable[..., tuple[str, Recorder]],
) -> None:
    url, recorder = guarded()
    push = testing.new_call(call_id="replayed")
    answers = [testing.post_event(url, push) for _ in range(3)]
    assert recorder.runs == ["replayed"]
    assert answers[0].status_code == 200
    assert answers[0].root is not None
    assert answers[0].root.find("Play/Url").text == "https://example.com/replayed/run-1.wav"  # type: ignore[union-attr]
    assert same_reply(answers)


def test_pushes_with_other_bodies_are_each_handled(
    guarded: Callable[..., tuple[str, Recorder]],
) -> None:
    url, recorder = guarded()
    for call_id in ["first", "second", "first", "third", "second"]:
        assert testing.post_event(url, testing.new_call(call_id=call_id)).status_code == 200
    assert recorder.runs == ["first", "second", "third"]


def test_a_forged_push_does_not_take_the_place_of_the_real_one(
    guarded: Callable[..., tuple[str, Recorder]],
) -> None:
    url, recorder = guarded()
    push = testing.new_call(call_id="forged-first")
    unsigned = testing.post_event(url, push, sign=False)
    wrong_key = testing.post_event(url, push, key=testing.TestKey.generate(1024))
    real = testing.post_event(url, push)
    assert (unsigned.status_code, wrong_key.status_code) == (403, 403)
    assert real.status_code == 200
    assert "run-1.wav" in real.text
    assert recorder.runs == ["forged-first"]


def test_a_handler_that_raised_runs_again_for_the_retry_and_then_is_replayed(
    guarded: Callable[..., tuple[str, Recorder]],
) -> None:
    url, recorder = guarded(Recorder(fail_first=1))
    push = testing.new_call(call_id="flaky")
    failed, retried, replayed = (testing.post_event(url, push) for _ in range(3))
    assert failed.status_code == 500
    assert retried.status_code == 200
    assert "run-2.wav" in retried.text
    assert same_reply([retried, replayed])
    assert recorder.runs == ["flaky", "flaky"]


def test_duplicates_that_arrive_together_run_the_handler_once(
    guarded: Callable[..., tuple[str, Recorder]],
) -> None:
    hold = threading.Event()
    url, recorder = guarded(Recorder(hold=hold))
    push = testing.new_call(call_id="together")
    with ThreadPoolExecutor(6) as pool:
        futures = [pool.submit(testing.post_event, url, push) for _ in range(6)]
        # the first claim holds the handler; the others must find it in progress
        assert wait_until(lambda: recorder.runs, GUARD)
        hold.set()
        answers = [future.result(GUARD) for future in futures]
    assert recorder.runs == ["together"]
    assert all(answer.status_code == 200 for answer in answers)
    assert same_reply(answers)


def test_a_repeated_push_starts_no_second_hang_up(
    make_webhooks: Callable[..., Webhooks],
    serve: Callable[[Webhooks], str],
    replay_store: ReplayStore,
    sipgate: SipgateStandIn,
    sync_client: StandInClient,
) -> None:
    webhooks = make_webhooks(replay_store=replay_store)
    webhooks.on_new_call(
        lambda event: replies.play_audio_and_hang_up(
            "https://example.com/bye.wav", sync_client, event.call_id, timeout=10, duration=0.01
        )
    )
    url = serve(webhooks)
    push = testing.new_call(call_id="hang-up-once")
    first = testing.post_event(url, push)
    assert sipgate.wait_for(1)[0].path == "/calls/hang-up-once"
    second = testing.post_event(url, push)
    assert same_reply([first, second])
    # a second hang-up would come as soon as the first did; a later push shows none came
    testing.post_event(url, testing.new_call(call_id="later"))
    calls = sipgate.wait_for(2)
    assert [call.path for call in calls] == ["/calls/hang-up-once", "/calls/later"]


def test_replay_events_leaves_the_other_events_unguarded(
    make_webhooks: Callable[..., Webhooks],
    serve: Callable[[Webhooks], str],
    replay_store: ReplayStore,
) -> None:
    webhooks = make_webhooks(replay_store=replay_store, replay_events=["newCall"])
    digits: list[str] = []
    calls: list[str] = []
    webhooks.on_new_call(lambda event: calls.append(event.call_id))
    webhooks.on_data(lambda event: digits.append(event.dtmf))
    url = serve(webhooks)
    for _ in range(2):
        testing.post_event(url, testing.new_call(call_id="menu"))
        testing.post_event(url, testing.dtmf("1", call_id="menu"))
    assert calls == ["menu"]
    assert digits == ["1", "1"]


def test_every_event_type_is_guarded_by_default(
    make_webhooks: Callable[..., Webhooks],
    serve: Callable[[Webhooks], str],
    replay_store: ReplayStore,
) -> None:
    webhooks = make_webhooks(replay_store=replay_store)
    seen: list[str] = []
    webhooks.on_answer(lambda event: seen.append("answer"))
    webhooks.on_hangup(lambda event: seen.append("hangup"))
    webhooks.on_data(lambda event: seen.append("dtmf"))
    url = serve(webhooks)
    for _ in range(2):
        for push in [testing.answer(), testing.hangup(), testing.dtmf("7")]:
            assert testing.post_event(url, push).status_code == 200
    assert seen == ["answer", "hangup", "dtmf"]


def test_a_push_is_handled_again_once_the_window_has_passed(
    make_webhooks: Callable[..., Webhooks], serve: Callable[[Webhooks], str]
) -> None:
    now = [1000.0]
    webhooks = make_webhooks(
        replay_store=MemoryReplayStore(clock=lambda: now[0]), replay_window=60.0
    )
    recorder = Recorder()
    webhooks.on_new_call(recorder)
    url = serve(webhooks)
    push = testing.new_call(call_id="windowed")
    first = testing.post_event(url, push)
    now[0] += 59.0
    within = testing.post_event(url, push)
    now[0] += 2.0
    after = testing.post_event(url, push)
    assert same_reply([first, within])
    assert "run-2.wav" in after.text
    assert recorder.runs == ["windowed", "windowed"]


def test_a_redis_reply_expires_with_the_window(
    make_webhooks: Callable[..., Webhooks],
    serve: Callable[[Webhooks], str],
    make_redis_store: Callable[[], RedisReplayStore],
) -> None:
    webhooks = make_webhooks(replay_store=make_redis_store(), replay_window=0.2)
    recorder = Recorder()
    webhooks.on_new_call(recorder)
    url = serve(webhooks)
    push = testing.new_call(call_id="expiring")
    testing.post_event(url, push)
    assert wait_until(
        lambda: testing.post_event(url, push) and len(recorder.runs) > 1, timeout=GUARD
    )


@pytest.mark.parametrize("serve", ["in-process", "wsgi"], indirect=True)
@pytest.mark.parametrize("replay_store", ["memory store"], indirect=True)
def test_a_duplicate_gets_409_when_the_first_is_still_being_handled_after_its_wait(
    guarded: Callable[..., tuple[str, Recorder]],
) -> None:
    hold = threading.Event()
    url, recorder = guarded(Recorder(hold=hold))
    push = testing.new_call(call_id="slow")
    with ThreadPoolExecutor(1) as pool:
        first = pool.submit(testing.post_event, url, push)
        assert wait_until(lambda: recorder.runs, GUARD)
        duplicate = testing.post_event(url, push, timeout=GUARD)
        hold.set()
        first_reply = first.result(GUARD)
    later = testing.post_event(url, push)
    assert duplicate.status_code == 409
    assert "being handled" in duplicate.text
    assert first_reply.status_code == 200
    assert same_reply([first_reply, later])
    assert recorder.runs == ["slow"]


@pytest.mark.parametrize("serve", ["in-process", "wsgi"], indirect=True)
def test_an_unreachable_store_refuses_the_push_and_runs_no_handler(
    make_webhooks: Callable[..., Webhooks],
    serve: Callable[[Webhooks], str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    store = RedisReplayStore(f"redis://127.0.0.1:{free_port()}/0")  # nothing listens there
    webhooks = make_webhooks(replay_store=store)
    recorder = Recorder()
    webhooks.on_new_call(recorder)
    url = serve(webhooks)
    try:
        reply = testing.post_event(url, testing.new_call())
    finally:
        store.close()
    assert reply.status_code == 503
    assert recorder.runs == []
    assert "the replay store failed" in caplog.text


def test_create_server_and_the_fluent_builder_take_a_replay_store(
    test_key: testing.TestKey,
) -> None:
    fluent_runs: list[str] = []
    fluent = (
        FluentWebhookServer()
        .set_server_port(0)
        .set_hostname("127.0.0.1")
        .set_server_address("https://example.com/hook")
        .set_public_key(test_key.public_key_pem)
        .set_replay_store(MemoryReplayStore(), window=60.0)
        .set_on_new_call_listener(lambda event: fluent_runs.append(event.call_id))
        .start_server()
    )
    created = create_server(
        port=0,
        hostname="127.0.0.1",
        public_key=test_key.public_key_pem,
        replay_store=MemoryReplayStore(),
        replay_window=60.0,
    )
    created_runs: list[str] = []
    created.on_new_call(lambda event: created_runs.append(event.call_id))
    try:
        for server in [fluent, created, fluent, created]:
            assert testing.post_event(server, testing.new_call()).status_code == 200
    finally:
        fluent.stop()
        created.stop()
    assert fluent_runs == created_runs == ["test-call-1"]


@pytest.mark.parametrize(
    ("options", "argument"),
    [
        ({"replay_store": object()}, "replay_store"),
        ({"replay_store": MemoryReplayStore, "replay_window": 1.0}, "replay_store"),
        ({"replay_store": MemoryReplayStore(), "replay_window": 0}, "replay_window"),
        ({"replay_store": MemoryReplayStore(), "replay_window": -5.0}, "replay_window"),
        ({"replay_store": MemoryReplayStore(), "replay_window": float("inf")}, "replay_window"),
        ({"replay_store": MemoryReplayStore(), "replay_window": "1 day"}, "replay_window"),
        ({"replay_store": MemoryReplayStore(), "replay_events": ["ring"]}, "replay_events"),
        ({"replay_store": MemoryReplayStore(), "replay_events": "newCall"}, "replay_events"),
    ],
)
def test_bad_replay_options_are_refused_naming_the_argument(
    options: dict[str, Any], argument: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        Webhooks("https://example.com/hook", **options)
    assert raised.value.argument == argument
    assert argument in str(raised.value)
