"""``client.devices``: the phones and numbers of a web user."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sipgateio._async import _read
from sipgateio._validation import check_extension
from sipgateio.models import Device

if TYPE_CHECKING:
    from sipgateio._async.client import AsyncSipgateIO


class AsyncDevices:
    """``client.devices``: list a web user's devices."""

    def __init__(self, client: AsyncSipgateIO) -> None:
        self._client = client

    async def get_devices(self, webuser_id: str) -> list[Device]:
        """Return the devices of the web user ``webuser_id`` (e.g. ``"w0"``)."""
        from sipgate_api.api.devices import list_devices

        check_extension(webuser_id, argument="webuser_id", letters="w")
        return await _read.read_list(self._client, list_devices._get_kwargs(webuser_id), Device)
