"""The `rtcm` operations, and classes that bind them to a client.

Each operation is a module of this package (``sync_detailed``, ``asyncio_detailed``, ...).
`RtcmEndpoints` and `AsyncRtcmEndpoints` offer them as methods of one
client (``client.endpoints.rtcm``); a module is imported when its method is
first called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.established_call_list import EstablishedCallList
    from ...models.play_announcement_request import PlayAnnouncementRequest
    from ...models.send_dtmf_request import SendDtmfRequest
    from ...models.set_call_hold_request import SetCallHoldRequest
    from ...models.set_call_muted_request import SetCallMutedRequest
    from ...models.set_call_recording_request import SetCallRecordingRequest
    from ...models.transfer_call_request import TransferCallRequest

__all__ = ("AsyncRtcmEndpoints", "RtcmEndpoints")


class RtcmEndpoints:
    """The `rtcm` operations, bound to a synchronous client.

    Arguments left out are left to the server's default; an error answer raises.
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def list_established_calls(
        self,
    ) -> EstablishedCallList:
        """List calls that are in progress (``GET /calls``)."""
        from .list_established_calls import sync_detailed as call

        response = call(client=self._client)
        return cast("EstablishedCallList", response.parsed)

    def hang_up_call(
        self,
        call_id: str,
    ) -> None:
        """End a call (``DELETE /calls/{call_id}``)."""
        from .hang_up_call import sync_detailed as call

        call(call_id, client=self._client)

    def set_call_muted(
        self,
        call_id: str,
        *,
        body: SetCallMutedRequest,
    ) -> None:
        """Mute or unmute your side of a call (``PUT /calls/{call_id}/muted``)."""
        from .set_call_muted import sync_detailed as call

        call(call_id, client=self._client, body=body)

    def set_call_recording(
        self,
        call_id: str,
        *,
        body: SetCallRecordingRequest,
    ) -> None:
        """Start or stop recording a call (``PUT /calls/{call_id}/recording``)."""
        from .set_call_recording import sync_detailed as call

        call(call_id, client=self._client, body=body)

    def play_call_announcement(
        self,
        call_id: str,
        *,
        body: PlayAnnouncementRequest,
    ) -> None:
        """Play an audio file to everyone in a call (``POST /calls/{call_id}/announcements``)."""
        from .play_call_announcement import sync_detailed as call

        call(call_id, client=self._client, body=body)

    def transfer_call(
        self,
        call_id: str,
        *,
        body: TransferCallRequest,
    ) -> None:
        """Hand a call over to another number (``POST /calls/{call_id}/transfer``)."""
        from .transfer_call import sync_detailed as call

        call(call_id, client=self._client, body=body)

    def send_call_dtmf(
        self,
        call_id: str,
        *,
        body: SendDtmfRequest,
    ) -> None:
        """Send touch tones into a call (``POST /calls/{call_id}/dtmf``)."""
        from .send_call_dtmf import sync_detailed as call

        call(call_id, client=self._client, body=body)

    def set_call_hold(
        self,
        call_id: str,
        *,
        body: SetCallHoldRequest,
    ) -> None:
        """Put a call on hold or resume it (``PUT /calls/{call_id}/hold``)."""
        from .set_call_hold import sync_detailed as call

        call(call_id, client=self._client, body=body)


class AsyncRtcmEndpoints:
    """The `rtcm` operations, bound to an asynchronous client.

    Arguments left out are left to the server's default; an error answer raises.
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def list_established_calls(
        self,
    ) -> EstablishedCallList:
        """List calls that are in progress (``GET /calls``)."""
        from .list_established_calls import asyncio_detailed as call

        response = await call(client=self._client)
        return cast("EstablishedCallList", response.parsed)

    async def hang_up_call(
        self,
        call_id: str,
    ) -> None:
        """End a call (``DELETE /calls/{call_id}``)."""
        from .hang_up_call import asyncio_detailed as call

        await call(call_id, client=self._client)

    async def set_call_muted(
        self,
        call_id: str,
        *,
        body: SetCallMutedRequest,
    ) -> None:
        """Mute or unmute your side of a call (``PUT /calls/{call_id}/muted``)."""
        from .set_call_muted import asyncio_detailed as call

        await call(call_id, client=self._client, body=body)

    async def set_call_recording(
        self,
        call_id: str,
        *,
        body: SetCallRecordingRequest,
    ) -> None:
        """Start or stop recording a call (``PUT /calls/{call_id}/recording``)."""
        from .set_call_recording import asyncio_detailed as call

        await call(call_id, client=self._client, body=body)

    async def play_call_announcement(
        self,
        call_id: str,
        *,
        body: PlayAnnouncementRequest,
    ) -> None:
        """Play an audio file to everyone in a call (``POST /calls/{call_id}/announcements``)."""
        from .play_call_announcement import asyncio_detailed as call

        await call(call_id, client=self._client, body=body)

    async def transfer_call(
        self,
        call_id: str,
        *,
        body: TransferCallRequest,
    ) -> None:
        """Hand a call over to another number (``POST /calls/{call_id}/transfer``)."""
        from .transfer_call import asyncio_detailed as call

        await call(call_id, client=self._client, body=body)

    async def send_call_dtmf(
        self,
        call_id: str,
        *,
        body: SendDtmfRequest,
    ) -> None:
        """Send touch tones into a call (``POST /calls/{call_id}/dtmf``)."""
        from .send_call_dtmf import asyncio_detailed as call

        await call(call_id, client=self._client, body=body)

    async def set_call_hold(
        self,
        call_id: str,
        *,
        body: SetCallHoldRequest,
    ) -> None:
        """Put a call on hold or resume it (``PUT /calls/{call_id}/hold``)."""
        from .set_call_hold import asyncio_detailed as call

        await call(call_id, client=self._client, body=body)
