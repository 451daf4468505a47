"""``client.rtcm``: real-time manipulation of established calls."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sipgateio._async import _read
from sipgateio._validation import (
    check_bool,
    check_http_url,
    check_instance,
    normalize_dtmf,
    normalize_phone_number,
    rtcm_call_id,
)
from sipgateio.models import RecordOptions, RTCMCall, TransferOptions

if TYPE_CHECKING:
    from sipgateio._async.client import AsyncSipgateIO


class AsyncRTCM:
    """``client.rtcm``: list established calls and mute, record, transfer or end them."""

    def __init__(self, client: AsyncSipgateIO) -> None:
        self._client = client

    async def get_established_calls(self) -> list[RTCMCall]:
        """Return the calls of the account that are established right now (not ringing)."""
        from sipgate_api.api.rtcm import list_established_calls

        request = list_established_calls._get_kwargs()
        return await _read.read_list(self._client, request, RTCMCall, key="data")

    async def mute(self, call: RTCMCall | str, status: bool) -> None:
        """Mute (``status=True``) or unmute the call."""
        from sipgate_api.api.rtcm import set_call_muted
        from sipgate_api.models import SetCallMutedRequest

        call_id = rtcm_call_id(call)
        body = SetCallMutedRequest(value=check_bool(status, argument="status"))
        await set_call_muted.asyncio_detailed(call_id, client=self._client.api, body=body)

    async def record(self, call: RTCMCall | str, options: RecordOptions) -> None:
        """Start (``options.value=True``) or stop recording, announced if ``options.announcement``."""
        from sipgate_api.api.rtcm import set_call_recording
        from sipgate_api.models import SetCallRecordingRequest

        call_id = rtcm_call_id(call)
        check_instance(options, RecordOptions, argument="options")
        body = SetCallRecordingRequest(
            value=check_bool(options.value, argument="options.value"),
            announcement=check_bool(options.announcement, argument="options.announcement"),
        )
        await set_call_recording.asyncio_detailed(call_id, client=self._client.api, body=body)

    async def announce(self, call: RTCMCall | str, announcement: str) -> None:
        """Play the WAV file at the URL ``announcement`` (16-bit PCM, mono, 8 kHz) into the call."""
        from sipgate_api.api.rtcm import play_call_announcement
        from sipgate_api.models import PlayAnnouncementRequest

        call_id = rtcm_call_id(call)
        body = PlayAnnouncementRequest(url=check_http_url(announcement, argument="announcement"))
        await play_call_announcement.asyncio_detailed(call_id, client=self._client.api, body=body)

    async def transfer(self, call: RTCMCall | str, options: TransferOptions) -> None:
        """Hand the call to ``options.phone_number``, attended or blind."""
        from sipgate_api.api.rtcm import transfer_call
        from sipgate_api.models import TransferCallRequest
        from sipgate_api.types import UNSET

        call_id = rtcm_call_id(call)
        check_instance(options, TransferOptions, argument="options")
        caller_id = options.caller_id
        body = TransferCallRequest(
            attended=check_bool(options.attended, argument="options.attended"),
            phone_number=normalize_phone_number(
                options.phone_number, argument="options.phone_number"
            ),
            caller_id=UNSET
            if caller_id is None
            else normalize_phone_number(caller_id, argument="options.caller_id"),
        )
        await transfer_call.asyncio_detailed(call_id, client=self._client.api, body=body)

    async def send_dtmf(self, call: RTCMCall | str, sequence: str) -> None:
        """Send the DTMF tones ``sequence`` (``0-9``, ``A-D``, ``#``, ``*``; case-insensitive)."""
        from sipgate_api.api.rtcm import send_call_dtmf
        from sipgate_api.models import SendDtmfRequest

        call_id = rtcm_call_id(call)
        body = SendDtmfRequest(sequence=normalize_dtmf(sequence, argument="sequence"))
        await send_call_dtmf.asyncio_detailed(call_id, client=self._client.api, body=body)

    async def hold(self, call: RTCMCall | str, status: bool) -> None:
        """Put the call on hold (``status=True``) or resume it."""
        from sipgate_api.api.rtcm import set_call_hold
        from sipgate_api.models import SetCallHoldRequest

        call_id = rtcm_call_id(call)
        body = SetCallHoldRequest(value=check_bool(status, argument="status"))
        await set_call_hold.asyncio_detailed(call_id, client=self._client.api, body=body)

    async def hang_up(self, call: RTCMCall | str) -> None:
        """End the call."""
        from sipgate_api.api.rtcm import hang_up_call

        await hang_up_call.asyncio_detailed(rtcm_call_id(call), client=self._client.api)
