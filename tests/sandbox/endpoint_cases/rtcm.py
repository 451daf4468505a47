"""``client.endpoints.rtcm`` against the sandbox: steering a call that is established."""

from __future__ import annotations

from typing import Any

import pytest
from sipgate_api.models import (
    InitiateCallRequest,
    PlayAnnouncementRequest,
    SendDtmfRequest,
    SetCallHoldRequest,
    SetCallMutedRequest,
    SetCallRecordingRequest,
    TransferCallRequest,
)

import sipgateio
from sipgateio.sandbox import Sandbox
from tests.sandbox.endpoint_cases import scenario


@scenario(
    "rtcm.set_call_muted",
    "rtcm.set_call_hold",
    "rtcm.set_call_recording",
    "rtcm.play_call_announcement",
    "rtcm.send_call_dtmf",
    "rtcm.transfer_call",
)
def test_an_established_call_is_muted_held_recorded_announced_to_and_transferred(
    endpoints: Any, sandbox: Sandbox
) -> None:
    rtcm = endpoints.rtcm
    session = endpoints.calls.initiate_call(
        body=InitiateCallRequest(caller="e0", callee="+4930987654321")
    )
    (call,) = rtcm.list_established_calls().data
    call_id = call.call_id
    assert (call.muted, call.hold, call.recording) == (False, False, False)

    rtcm.set_call_muted(call_id, body=SetCallMutedRequest(value=True))
    rtcm.set_call_hold(call_id, body=SetCallHoldRequest(value=True))
    rtcm.set_call_recording(call_id, body=SetCallRecordingRequest(value=True, announcement=True))
    (call,) = rtcm.list_established_calls().data
    assert (call.muted, call.hold, call.recording) == (True, True, True)

    rtcm.play_call_announcement(call_id, body=PlayAnnouncementRequest(url=sandbox.audio_url()))
    rtcm.send_call_dtmf(call_id, body=SendDtmfRequest(sequence="12#"))
    with pytest.raises(sipgateio.BadRequestError):
        rtcm.send_call_dtmf(call_id, body=SendDtmfRequest(sequence="12x"))
    transcript = "\n".join(sandbox.call(session.session_id).transcript())
    assert "DTMF 12# sent" in transcript
    assert f"announcement {sandbox.audio_url()} played to everyone" in transcript

    rtcm.transfer_call(
        call_id, body=TransferCallRequest(attended=False, phone_number="+4989123456")
    )
    (transferred,) = rtcm.list_established_calls().data
    assert transferred.call_id != call_id
    assert "+4989123456" in [p.phone_number for p in transferred.participants]
    with pytest.raises(sipgateio.NotFoundError):
        rtcm.set_call_muted(call_id, body=SetCallMutedRequest(value=False))


SCENARIOS = [test_an_established_call_is_muted_held_recorded_announced_to_and_transferred]
