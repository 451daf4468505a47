"""``client.voicemails``: the account's voicemail boxes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sipgateio._async import _read
from sipgateio.models import Voicemail

if TYPE_CHECKING:
    from sipgateio._async.client import AsyncSipgateIO


class AsyncVoicemails:
    """``client.voicemails``: list voicemail boxes."""

    def __init__(self, client: AsyncSipgateIO) -> None:
        self._client = client

    async def get_voicemails(self) -> list[Voicemail]:
        """Return the voicemail boxes the credentials can see."""
        from sipgate_api.api.voicemails import list_voicemails

        return await _read.read_list(self._client, list_voicemails._get_kwargs(), Voicemail)
