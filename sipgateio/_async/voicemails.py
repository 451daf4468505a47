"""``client.voicemails``: the account's voicemail boxes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sipgateio import _convert

if TYPE_CHECKING:
    from sipgateio._async.client import AsyncSipgateIO
    from sipgateio.models import Voicemail


class AsyncVoicemails:
    """``client.voicemails``: list voicemail boxes."""

    def __init__(self, client: AsyncSipgateIO) -> None:
        self._client = client

    async def get_voicemails(self) -> list[Voicemail]:
        """Return the voicemail boxes the credentials can see."""
        from sipgate_api.api.voicemails import list_voicemails
        from sipgate_api.models import VoicemailList

        response = await list_voicemails.asyncio_detailed(client=self._client.api)
        return [_convert.voicemail(item) for item in _convert.parsed(response, VoicemailList).items]
