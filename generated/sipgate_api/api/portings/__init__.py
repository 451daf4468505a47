"""The `portings` operations, and classes that bind them to a client.

Each operation is a module of this package (``sync_detailed``, ``asyncio_detailed``, ...).
`PortingsEndpoints` and `AsyncPortingsEndpoints` offer them as methods of one
client (``client.endpoints.portings``); a module is imported when its method is
first called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.porting import Porting
    from ...models.porting_list import PortingList

__all__ = ("AsyncPortingsEndpoints", "PortingsEndpoints")


class PortingsEndpoints:
    """The `portings` operations, bound to a synchronous client.

    Arguments left out are left to the server's default; an error answer raises.
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def list_portings(
        self,
    ) -> PortingList:
        """List the number portings of the account (``GET /portings``)."""
        from .list_portings import sync_detailed as call

        response = call(client=self._client)
        return cast("PortingList", response.parsed)

    def get_porting(
        self,
        porting_id: int,
    ) -> Porting:
        """Read one number porting (``GET /portings/{porting_id}``)."""
        from .get_porting import sync_detailed as call

        response = call(porting_id, client=self._client)
        return cast("Porting", response.parsed)

    def revoke_porting(
        self,
        porting_id: int,
    ) -> PortingList:
        """Cancel a number porting (``DELETE /portings/{porting_id}``)."""
        from .revoke_porting import sync_detailed as call

        response = call(porting_id, client=self._client)
        return cast("PortingList", response.parsed)


class AsyncPortingsEndpoints:
    """The `portings` operations, bound to an asynchronous client.

    Arguments left out are left to the server's default; an error answer raises.
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def list_portings(
        self,
    ) -> PortingList:
        """List the number portings of the account (``GET /portings``)."""
        from .list_portings import asyncio_detailed as call

        response = await call(client=self._client)
        return cast("PortingList", response.parsed)

    async def get_porting(
        self,
        porting_id: int,
    ) -> Porting:
        """Read one number porting (``GET /portings/{porting_id}``)."""
        from .get_porting import asyncio_detailed as call

        response = await call(porting_id, client=self._client)
        return cast("Porting", response.parsed)

    async def revoke_porting(
        self,
        porting_id: int,
    ) -> PortingList:
        """Cancel a number porting (``DELETE /portings/{porting_id}``)."""
        from .revoke_porting import asyncio_detailed as call

        response = await call(porting_id, client=self._client)
        return cast("PortingList", response.parsed)
