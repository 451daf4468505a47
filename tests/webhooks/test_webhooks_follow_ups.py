"""play_audio_and_hang_up / _and_transfer: the call is hung up or transferred through
client.rtcm once the reply has been sent and the audio (plus timeout) has played."""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

import pytest
from sipgateio_webhooks import Play, ResponseBuilder, Webhooks, create_server, testing
from webhook_support import FileServer, SipgateStandIn, StandInClient, make_wav, wait_until

from sipgateio import SipgateIO, TransferOptions, ValidationError

AUDIO_SECONDS = 0.3


@pytest.fixture
def announcement(files: FileServer) -> str:
    files.files["/bye.wav"] = make_wav(seconds=AUDIO_SECONDS)
    return files.url("/bye.wav")


@pytest.fixture(params=["sync client", "async client"])
def rtcm_client(
    request: pytest.FixtureRequest, sync_client: StandInClient, async_client: StandInClient
) -> StandInClient:
    return sync_client if request.param == "sync client" else async_client


@pytest.fixture
def serve_helper(
    make_webhooks: Callable[..., Webhooks], serve: Callable[[Webhooks], str]
) -> Callable[[Callable[[Any], Any]], tuple[str, list[Play]]]:
    """Serve an app whose newCall handler returns ``reply(event)``; keep what it returned."""

    def start(reply: Callable[[Any], Any]) -> tuple[str, list[Play]]:
        plays: list[Play] = []

        def handler(event: Any) -> Any:
            result = reply(event)
            plays.append(result)
            return result

        webhooks = make_webhooks()
        webhooks.on_new_call(handler)
        return serve(webhooks), plays

    return start


ServeHelper = Callable[[Callable[[Any], Any]], tuple[str, list[Play]]]


def test_hang_up_follows_after_the_audio_and_the_extra_timeout(
    serve_helper: ServeHelper,
    sipgate: SipgateStandIn,
    rtcm_client: StandInClient,
    announcement: str,
) -> None:
    builder = ResponseBuilder()
    url, plays = serve_helper(
        lambda event: builder.play_audio_and_hang_up(
            announcement, rtcm_client, event.call_id, timeout=200
        ),
    )
    reply = testing.post_event(url, testing.new_call(call_id="call-7"))
    replied = time.monotonic()
    assert reply.root is not None
    assert reply.root.find("Play/Url").text == announcement  # type: ignore[union-attr]
    (call,) = sipgate.wait_for(1)
    assert (call.method, call.path) == ("DELETE", "/calls/call-7")
    assert call.at - replied >= AUDIO_SECONDS + 0.2 - 0.05
    assert plays[0].follow_up is not None and plays[0].follow_up.wait(5)
    assert plays[0].follow_up.error is None


def test_transfer_follows_with_the_transfer_options(
    serve_helper: ServeHelper,
    sipgate: SipgateStandIn,
    rtcm_client: StandInClient,
    announcement: str,
) -> None:
    builder = ResponseBuilder()
    options = TransferOptions(attended=True, phone_number="+4921100000")
    url, _ = serve_helper(
        lambda event: builder.play_audio_and_transfer(
            announcement, options, rtcm_client, event.call_id
        ),
    )
    testing.post_event(url, testing.new_call(call_id="call-8"))
    replied = time.monotonic()
    (call,) = sipgate.wait_for(1)
    assert (call.method, call.path) == ("POST", "/calls/call-8/transfer")
    assert json.loads(call.body) == {"attended": True, "phoneNumber": "+4921100000"}
    assert call.at - replied >= AUDIO_SECONDS - 0.05


def test_the_timer_starts_when_the_reply_is_sent_not_when_the_helper_runs(
    serve_helper: ServeHelper,
    sipgate: SipgateStandIn,
    sync_client: StandInClient,
    announcement: str,
) -> None:
    builder = ResponseBuilder()

    def slow_handler(event: Any) -> Any:
        play = builder.play_audio_and_hang_up(announcement, sync_client, event.call_id)
        time.sleep(0.5)  # longer than the audio: a timer started here would fire too early
        return play

    url, _ = serve_helper(slow_handler)
    testing.post_event(url, testing.new_call())
    replied = time.monotonic()
    (call,) = sipgate.wait_for(1)
    assert call.at - replied >= AUDIO_SECONDS - 0.05


def test_a_slow_hang_up_does_not_hold_up_the_next_webhook(
    serve_helper: ServeHelper, sipgate: SipgateStandIn, sync_client: StandInClient
) -> None:
    sipgate.gate = threading.Event()  # sipgate answers the hang-up only when let
    builder = ResponseBuilder(check_audio=False)
    url, _ = serve_helper(
        lambda event: builder.play_audio_and_hang_up(
            "https://example.com/bye.wav", sync_client, event.call_id, duration=0.0
        )
    )
    testing.post_event(url, testing.new_call(call_id="first"))
    sipgate.wait_for(1)  # the hang-up of the first call is in progress now
    try:
        # answered while the first call's hang-up still waits for sipgate (held for up to
        # 30 s; post_event gives up after 10)
        assert testing.post_event(url, testing.new_call(call_id="second")).status_code == 200
    finally:
        sipgate.gate.set()


def test_a_pending_follow_up_can_be_cancelled(
    serve_helper: ServeHelper,
    sipgate: SipgateStandIn,
    rtcm_client: StandInClient,
    announcement: str,
) -> None:
    builder = ResponseBuilder()
    url, plays = serve_helper(
        lambda event: builder.play_audio_and_hang_up(announcement, rtcm_client, event.call_id),
    )
    testing.post_event(url, testing.new_call())
    follow_up = plays[0].follow_up
    assert follow_up is not None
    assert follow_up.cancel() is True
    assert follow_up.wait(2)
    time.sleep(AUDIO_SECONDS + 0.2)
    assert sipgate.calls == []
    assert follow_up.cancelled


def test_a_failed_hang_up_is_logged_not_swallowed(
    serve_helper: ServeHelper,
    sipgate: SipgateStandIn,
    rtcm_client: StandInClient,
    announcement: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    sipgate.status = 404  # the caller hung up first
    builder = ResponseBuilder()
    url, plays = serve_helper(
        lambda event: builder.play_audio_and_hang_up(announcement, rtcm_client, "gone-1"),
    )
    with caplog.at_level(logging.ERROR, logger="sipgateio_webhooks"):
        testing.post_event(url, testing.new_call())
        follow_up = plays[0].follow_up
        assert follow_up is not None and follow_up.wait(5)
    assert "could not hang up call gone-1" in caplog.text
    assert "404" in str(follow_up.error)


def test_a_reply_that_fails_schedules_nothing(
    serve_helper: ServeHelper,
    sipgate: SipgateStandIn,
    sync_client: StandInClient,
    announcement: str,
) -> None:
    builder = ResponseBuilder()

    def failing(event: Any) -> Any:
        builder.play_audio_and_hang_up(announcement, sync_client, event.call_id, duration=0.0)
        raise RuntimeError("after scheduling")

    url, _ = serve_helper(failing)
    assert testing.post_event(url, testing.new_call()).status_code == 500
    time.sleep(0.3)
    assert sipgate.calls == []


def test_stopping_the_server_cancels_pending_follow_ups(
    test_key: testing.TestKey,
    sipgate: SipgateStandIn,
    sync_client: StandInClient,
    announcement: str,
) -> None:
    builder = ResponseBuilder()
    server = create_server(port=0, public_key=test_key.public_key_pem)
    server.on_new_call(
        lambda event: builder.play_audio_and_hang_up(
            announcement, sync_client, event.call_id, timeout=1000
        )
    )
    testing.post_event(server, testing.new_call())
    assert wait_until(lambda: server.webhooks.pending_follow_ups)
    (follow_up,) = server.webhooks.pending_follow_ups
    server.stop()
    assert follow_up.cancelled
    assert server.webhooks.pending_follow_ups == []
    time.sleep(AUDIO_SECONDS + 0.1)
    assert sipgate.calls == []


def test_a_duration_given_by_the_caller_replaces_the_download(
    sipgate: SipgateStandIn, sync_client: StandInClient, files: FileServer
) -> None:
    builder = ResponseBuilder(check_audio=False)
    play = builder.play_audio_and_hang_up(
        files.url("/never.wav"), sync_client, "c1", timeout=50, duration=0.1
    )
    assert play.follow_up is not None
    assert play.follow_up.delay == pytest.approx(0.15)
    play.follow_up.start()
    assert play.follow_up.wait(5)
    assert [c.path for c in sipgate.calls] == ["/calls/c1"]
    assert files.hits == {}


@pytest.mark.parametrize(
    ("arguments", "argument"),
    [
        ({"timeout": -1}, "timeout"),
        ({"timeout": "1000"}, "timeout"),
        ({"call_id": ""}, "call_id"),
        ({"client": object()}, "client"),
    ],
)
def test_invalid_follow_up_arguments_are_validation_errors(
    sync_client: StandInClient, arguments: dict[str, Any], argument: str
) -> None:
    call: dict[str, Any] = {"client": sync_client, "call_id": "c1", **arguments}
    with pytest.raises(ValidationError) as caught:
        ResponseBuilder(check_audio=False).play_audio_and_hang_up(
            "https://example.com/a.wav", **call
        )
    assert caught.value.argument == argument


def test_the_real_sipgateio_client_hangs_up_and_transfers(
    serve_helper: ServeHelper, sipgate: SipgateStandIn
) -> None:
    client = SipgateIO(
        token_id="token-ABC123", token="e68ead46-a7db-46cd-8a1a-44aed1e4e372",
        base_url=sipgate.base_url,
    )  # fmt: skip
    builder = ResponseBuilder(check_audio=False)
    options = TransferOptions(attended=False, phone_number="+4921100000")
    url, plays = serve_helper(
        lambda event: (
            builder.play_audio_and_transfer(
                "https://example.com/a.wav", options, client, event.call_id, duration=0.0
            )
            if event.call_id == "transfer-me"
            else builder.play_audio_and_hang_up(
                "https://example.com/a.wav", client, event.call_id, duration=0.0
            )
        )
    )
    with client:
        testing.post_event(url, testing.new_call(call_id="hang-me-up"))
        testing.post_event(url, testing.new_call(call_id="transfer-me"))
        calls = sipgate.wait_for(2)
        assert all(play.follow_up is not None and play.follow_up.wait(5) for play in plays)
    assert sorted((c.method, c.path) for c in calls) == [
        ("DELETE", "/calls/hang-me-up"),
        ("POST", "/calls/transfer-me/transfer"),
    ]
    transfer = next(c for c in calls if c.method == "POST")
    assert json.loads(transfer.body)["phoneNumber"] == "+4921100000"
    assert all(play.follow_up.error is None for play in plays)  # type: ignore[union-attr]
