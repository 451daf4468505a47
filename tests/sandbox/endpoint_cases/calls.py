"""``client.endpoints.calls`` against the sandbox: sessions that ring a device."""

from __future__ import annotations

from typing import Any

import pytest
from sipgate_api.models import (
    HistoryEntryType,
    InitiateCallRequest,
    IvrRecordingRequest,
    VoicemailGreetingRecordingRequest,
    VoicemailPlaybackRequest,
)

import sipgateio
from sipgateio.sandbox import Sandbox
from tests.sandbox.endpoint_cases import scenario


def _parties(endpoints: Any) -> list[tuple[str, str]]:
    calls = endpoints.rtcm.list_established_calls().data
    return [tuple(p.phone_number for p in call.participants) for call in calls]


@scenario(
    "calls.start_voicemail_greeting_recording",
    "calls.start_ivr_recording",
    "calls.start_voicemail_playback",
    "rtcm.list_established_calls",
    "rtcm.hang_up_call",
)
def test_sessions_ring_the_device_with_the_box_or_line_on_the_other_end(
    endpoints: Any, sandbox: Sandbox
) -> None:
    area = endpoints.calls
    greeting = area.start_voicemail_greeting_recording(
        body=VoicemailGreetingRecordingRequest(device_id="e1", target_id="v7", endpoint="MAIN")
    )
    assert "records greeting MAIN of v7" in sandbox.call(greeting.session_id).transcript()
    assert _parties(endpoints) == [("+4921112345671", "+4921112345600")]

    ivr = area.start_ivr_recording(
        body=IvrRecordingRequest(device_id="y0", target_id="p1", endpoint="a1")
    )
    assert "records announcement a1 of p1" in sandbox.call(ivr.session_id).transcript()

    (message,) = endpoints.history.list_history(types=[HistoryEntryType.VOICEMAIL]).items
    playback = area.start_voicemail_playback(
        body=VoicemailPlaybackRequest(device_id="e0", datad_id=message.id)
    )
    assert f"plays voicemail message {message.id}" in sandbox.call(playback.session_id).transcript()
    assert _parties(endpoints)[1:] == [
        ("+4921112345670", "+4921112345671"),
        ("+4921112345670", "+4921112345670"),
    ]
    assert len({greeting.session_id, ivr.session_id, playback.session_id}) == 3

    endpoints.rtcm.hang_up_call(sandbox.call(playback.session_id).call_id)
    assert len(_parties(endpoints)) == 2


@scenario("calls.initiate_call", "rtcm.list_established_calls")
def test_click_to_dial_call_is_established(endpoints: Any, sandbox: Sandbox) -> None:
    area = endpoints.calls
    call = InitiateCallRequest(caller="e1", callee="+4930987654321")
    session = area.initiate_call(body=call)
    assert sandbox.call(session.session_id).state == "established"
    assert _parties(endpoints) == [("+4921112345671", "+4930987654321")]
    with pytest.raises(sipgateio.BadRequestError):
        area.initiate_call(body=InitiateCallRequest(caller="e99", callee="+4930987654321"))


@scenario()
def test_sessions_refuse_devices_boxes_and_messages_the_account_lacks(
    endpoints: Any, sandbox: Sandbox
) -> None:
    area = endpoints.calls
    refused = [
        lambda: area.start_voicemail_greeting_recording(
            body=VoicemailGreetingRecordingRequest(device_id="e99", target_id="v0")
        ),
        lambda: area.start_voicemail_greeting_recording(
            body=VoicemailGreetingRecordingRequest(target_id="v0")
        ),
        lambda: area.start_voicemail_greeting_recording(
            body=VoicemailGreetingRecordingRequest(device_id="e0", target_id="v99")
        ),
        lambda: area.start_ivr_recording(
            body=IvrRecordingRequest(device_id="e0", target_id="v0", endpoint="b1")
        ),
        lambda: area.start_ivr_recording(body=IvrRecordingRequest(device_id="e0", target_id="f0")),
        lambda: area.start_voicemail_playback(
            body=VoicemailPlaybackRequest(device_id="e0", datad_id="999")
        ),
    ]
    for start in refused:
        with pytest.raises(sipgateio.BadRequestError):
            start()
    assert endpoints.rtcm.list_established_calls().data == []


SCENARIOS = [
    test_click_to_dial_call_is_established,
    test_sessions_ring_the_device_with_the_box_or_line_on_the_other_end,
    test_sessions_refuse_devices_boxes_and_messages_the_account_lacks,
]
