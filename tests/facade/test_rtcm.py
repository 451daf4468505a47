"""``client.rtcm`` over real HTTP, with the sync and the async client."""

from __future__ import annotations

from typing import Any

import pytest

import sipgateio
from tests._server import RecordingServer, Reply
from tests.facade.conftest import MOBILE, requests_made

CALL = sipgateio.RTCMCall(call_id="54566B150B0C5057", muted=False, recording=False, hold=False)
ESTABLISHED = {
    "data": [
        {
            "callId": "54566B150B0C5057",
            "muted": True,
            "recording": False,
            "hold": False,
            "participants": [
                {
                    "participantId": "1",
                    "phoneNumber": "+4921112345",
                    "muted": True,
                    "hold": False,
                    "owner": True,
                },
                {
                    "participantId": "2",
                    "phoneNumber": "",
                    "muted": False,
                    "hold": False,
                    "owner": False,
                },
            ],
        }
    ]
}


def test_get_established_calls_returns_typed_calls(client: Any, server: RecordingServer) -> None:
    server.on("GET", "/calls", Reply(200, ESTABLISHED))

    calls = client.rtcm.get_established_calls()

    assert calls == [
        sipgateio.RTCMCall(
            call_id="54566B150B0C5057",
            muted=True,
            recording=False,
            hold=False,
            participants=[
                sipgateio.Participant(
                    participant_id="1",
                    phone_number="+4921112345",
                    muted=True,
                    hold=False,
                    owner=True,
                ),
                sipgateio.Participant(
                    participant_id="2", phone_number="", muted=False, hold=False, owner=False
                ),
            ],
        )
    ]
    assert type(calls[0].participants) is list


@pytest.mark.parametrize("call", [CALL, "54566B150B0C5057"], ids=["RTCMCall", "call-id"])
@pytest.mark.parametrize(
    ("action", "arguments", "method", "path", "body"),
    [
        ("mute", (True,), "PUT", "/muted", {"value": True}),
        ("mute", (False,), "PUT", "/muted", {"value": False}),
        ("hold", (True,), "PUT", "/hold", {"value": True}),
        (
            "record",
            (sipgateio.RecordOptions(announcement=True, value=True),),
            "PUT",
            "/recording",
            {"value": True, "announcement": True},
        ),
        (
            "announce",
            ("https://static.sipgate.com/examples/wav/example.wav",),
            "POST",
            "/announcements",
            {"url": "https://static.sipgate.com/examples/wav/example.wav"},
        ),
        (
            "transfer",
            (sipgateio.TransferOptions(attended=True, phone_number="+49 1579 9912345"),),
            "POST",
            "/transfer",
            {"attended": True, "phoneNumber": MOBILE},
        ),
        (
            "transfer",
            (
                sipgateio.TransferOptions(
                    attended=False, phone_number=MOBILE, caller_id="+4921112345"
                ),
            ),
            "POST",
            "/transfer",
            {"attended": False, "phoneNumber": MOBILE, "callerId": "+4921112345"},
        ),
        ("send_dtmf", ("*100#",), "POST", "/dtmf", {"sequence": "*100#"}),
        ("send_dtmf", ("abc",), "POST", "/dtmf", {"sequence": "ABC"}),
        ("hang_up", (), "DELETE", "", None),
    ],
)
def test_each_action_sends_its_request_for_the_call(
    client: Any,
    server: RecordingServer,
    call: Any,
    action: str,
    arguments: tuple[Any, ...],
    method: str,
    path: str,
    body: Any,
) -> None:
    server.on(method, "/calls/54566B150B0C5057" + path, Reply(204))

    getattr(client.rtcm, action)(call, *arguments)

    assert requests_made(server) == [f"{method} /calls/54566B150B0C5057{path}"]
    assert (server.requests[0].json() if body is not None else None) == body


@pytest.mark.parametrize(
    ("action", "arguments", "argument"),
    [
        ("send_dtmf", (" A",), "sequence"),
        ("send_dtmf", ("12 34",), "sequence"),
        ("send_dtmf", ("",), "sequence"),
        ("send_dtmf", ("E",), "sequence"),
        ("mute", ("yes",), "status"),
        ("hold", (1,), "status"),
        ("announce", ("example.wav",), "announcement"),
        ("announce", ("ftp://example.com/a.wav",), "announcement"),
        (
            "transfer",
            (sipgateio.TransferOptions(attended=True, phone_number="+49123456789test"),),
            "options.phone_number",
        ),
        ("transfer", ({"attended": True, "phoneNumber": MOBILE},), "options"),
        (
            "record",
            (sipgateio.RecordOptions(announcement="no", value=True),),
            "options.announcement",
        ),
    ],
)
def test_actions_reject_invalid_input_without_a_request(
    client: Any, server: RecordingServer, action: str, arguments: tuple[Any, ...], argument: str
) -> None:
    with pytest.raises(sipgateio.ValidationError) as caught:
        getattr(client.rtcm, action)(CALL, *arguments)

    assert caught.value.argument == argument
    assert server.requests == []


@pytest.mark.parametrize("call", ["", "abc/def", 42, None])
def test_actions_reject_what_is_no_call(client: Any, server: RecordingServer, call: Any) -> None:
    with pytest.raises(sipgateio.ValidationError) as caught:
        client.rtcm.hang_up(call)

    assert caught.value.argument == "call"
    assert server.requests == []


def test_an_ended_call_is_not_found(client: Any, server: RecordingServer) -> None:
    server.on("PUT", "/calls/54566B150B0C5057/hold", Reply(404))

    with pytest.raises(sipgateio.NotFoundError) as caught:
        client.rtcm.hold(CALL, False)

    assert caught.value.path.endswith("/calls/54566B150B0C5057/hold")
