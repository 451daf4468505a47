"""The `calls` operations, and classes that bind them to a client.

Each operation is a module of this package (``sync_detailed``, ``asyncio_detailed``, ...).
`CallsEndpoints` and `AsyncCallsEndpoints` offer them as methods of one
client (``client.endpoints.calls``); a module is imported when its method is
first called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.initiate_call_request import InitiateCallRequest
    from ...models.initiate_call_response import InitiateCallResponse
    from ...models.ivr_recording_request import IvrRecordingRequest
    from ...models.voicemail_greeting_recording_request import VoicemailGreetingRecordingRequest
    from ...models.voicemail_playback_request import VoicemailPlaybackRequest

__all__ = ("AsyncCallsEndpoints", "CallsEndpoints")


class CallsEndpoints:
    """The `calls` operations, bound to a synchronous client.

    Arguments left out are left to the server's default; an error answer raises.
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def initiate_call(
        self,
        *,
        body: InitiateCallRequest,
    ) -> InitiateCallResponse:
        """Start a click-to-dial call (``POST /sessions/calls``)."""
        from .initiate_call import sync_detailed as call

        response = call(client=self._client, body=body)
        return cast("InitiateCallResponse", response.parsed)

    def start_ivr_recording(
        self,
        *,
        body: IvrRecordingRequest,
    ) -> InitiateCallResponse:
        """Ring a device to record an IVR announcement (``POST /sessions/ivr/recording``)."""
        from .start_ivr_recording import sync_detailed as call

        response = call(client=self._client, body=body)
        return cast("InitiateCallResponse", response.parsed)

    def start_voicemail_playback(
        self,
        *,
        body: VoicemailPlaybackRequest,
    ) -> InitiateCallResponse:
        """Ring a device to play back a voicemail message (``POST /sessions/voicemail/play``)."""
        from .start_voicemail_playback import sync_detailed as call

        response = call(client=self._client, body=body)
        return cast("InitiateCallResponse", response.parsed)

    def start_voicemail_greeting_recording(
        self,
        *,
        body: VoicemailGreetingRecordingRequest,
    ) -> InitiateCallResponse:
        """Ring a device to record a voicemail greeting (``POST /sessions/voicemail/recording``)."""
        from .start_voicemail_greeting_recording import sync_detailed as call

        response = call(client=self._client, body=body)
        return cast("InitiateCallResponse", response.parsed)


class AsyncCallsEndpoints:
    """The `calls` operations, bound to an asynchronous client.

    Arguments left out are left to the server's default; an error answer raises.
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def initiate_call(
        self,
        *,
        body: InitiateCallRequest,
    ) -> InitiateCallResponse:
        """Start a click-to-dial call (``POST /sessions/calls``)."""
        from .initiate_call import asyncio_detailed as call

        response = await call(client=self._client, body=body)
        return cast("InitiateCallResponse", response.parsed)

    async def start_ivr_recording(
        self,
        *,
        body: IvrRecordingRequest,
    ) -> InitiateCallResponse:
        """Ring a device to record an IVR announcement (``POST /sessions/ivr/recording``)."""
        from .start_ivr_recording import asyncio_detailed as call

        response = await call(client=self._client, body=body)
        return cast("InitiateCallResponse", response.parsed)

    async def start_voicemail_playback(
        self,
        *,
        body: VoicemailPlaybackRequest,
    ) -> InitiateCallResponse:
        """Ring a device to play back a voicemail message (``POST /sessions/voicemail/play``)."""
        from .start_voicemail_playback import asyncio_detailed as call

        response = await call(client=self._client, body=body)
        return cast("InitiateCallResponse", response.parsed)

    async def start_voicemail_greeting_recording(
        self,
        *,
        body: VoicemailGreetingRecordingRequest,
    ) -> InitiateCallResponse:
        """Ring a device to record a voicemail greeting (``POST /sessions/voicemail/recording``)."""
        from .start_voicemail_greeting_recording import asyncio_detailed as call

        response = await call(client=self._client, body=body)
        return cast("InitiateCallResponse", response.parsed)
