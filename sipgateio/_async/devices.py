"""``client.devices``: the phones and numbers of a web user."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sipgateio import _convert
from sipgateio._validation import check_extension

if TYPE_CHECKING:
    from sipgateio._async.client import AsyncSipgateIO
    from sipgateio.models import Device


class AsyncDevices:
    """``client.devices``: list a web user's devices."""

    def __init__(self, client: AsyncSipgateIO) -> None:
        self._client = client

    async def get_devices(self, webuser_id: str) -> list[Device]:
        """Return the devices of the web user ``webuser_id`` (e.g. ``"w0"``)."""
        from sipgate_api.api.devices import list_devices
        from sipgate_api.models import DeviceList

        check_extension(webuser_id, argument="webuser_id", letters="w")
        response = await list_devices.asyncio_detailed(webuser_id, client=self._client.api)
        return [_convert.device(item) for item in _convert.parsed(response, DeviceList).items]
