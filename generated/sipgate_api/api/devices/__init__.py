"""The `devices` operations, and classes that bind them to a client.

Each operation is a module of this package (``sync_detailed``, ``asyncio_detailed``, ...).
`Devices` and `AsyncDevices` offer them as methods of one
client (``client.endpoints.devices``); a module is imported when its method is
first called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.device_list import DeviceList

__all__ = ("AsyncDevices", "Devices")


class Devices:
    """The `devices` operations, bound to a synchronous client.

    Arguments left out are left to the server's default; an error answer raises.
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def list_devices(
        self,
        user_id: str,
    ) -> DeviceList:
        """List a user's devices (``GET /{user_id}/devices``)."""
        from .list_devices import sync_detailed as call

        response = call(user_id, client=self._client)
        return cast("DeviceList", response.parsed)


class AsyncDevices:
    """The `devices` operations, bound to an asynchronous client.

    Arguments left out are left to the server's default; an error answer raises.
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def list_devices(
        self,
        user_id: str,
    ) -> DeviceList:
        """List a user's devices (``GET /{user_id}/devices``)."""
        from .list_devices import asyncio_detailed as call

        response = await call(user_id, client=self._client)
        return cast("DeviceList", response.parsed)
