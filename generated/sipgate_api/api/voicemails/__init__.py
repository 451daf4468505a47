"""The `voicemails` operations, and classes that bind them to a client.

Each operation is a module of this package (``sync_detailed``, ``asyncio_detailed``, ...).
`VoicemailsEndpoints` and `AsyncVoicemailsEndpoints` offer them as methods of one
client (``client.endpoints.voicemails``); a module is imported when its method is
first called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.voicemail import Voicemail
    from ...models.voicemail_list import VoicemailList

__all__ = ("AsyncVoicemailsEndpoints", "VoicemailsEndpoints")


class VoicemailsEndpoints:
    """The `voicemails` operations, bound to a synchronous client.

    Arguments left out are left to the server's default; an error answer raises.
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def list_voicemails(
        self,
    ) -> VoicemailList:
        """List voicemail boxes (``GET /voicemails``)."""
        from .list_voicemails import sync_detailed as call

        response = call(client=self._client)
        return cast("VoicemailList", response.parsed)

    def get_voicemail(
        self,
        voicemail_id: str,
    ) -> Voicemail:
        """Fetch one voicemail box (``GET /voicemails/{voicemail_id}``)."""
        from .get_voicemail import sync_detailed as call

        response = call(voicemail_id, client=self._client)
        return cast("Voicemail", response.parsed)


class AsyncVoicemailsEndpoints:
    """The `voicemails` operations, bound to an asynchronous client.

    Arguments left out are left to the server's default; an error answer raises.
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def list_voicemails(
        self,
    ) -> VoicemailList:
        """List voicemail boxes (``GET /voicemails``)."""
        from .list_voicemails import asyncio_detailed as call

        response = await call(client=self._client)
        return cast("VoicemailList", response.parsed)

    async def get_voicemail(
        self,
        voicemail_id: str,
    ) -> Voicemail:
        """Fetch one voicemail box (``GET /voicemails/{voicemail_id}``)."""
        from .get_voicemail import asyncio_detailed as call

        response = await call(voicemail_id, client=self._client)
        return cast("Voicemail", response.parsed)
