"""The `blocklist` operations, and classes that bind them to a client.

Each operation is a module of this package (``sync_detailed``, ``asyncio_detailed``, ...).
`BlocklistEndpoints` and `AsyncBlocklistEndpoints` offer them as methods of one
client (``client.endpoints.blocklist``); a module is imported when its method is
first called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.blocked_number import BlockedNumber
    from ...models.blocked_number_list import BlockedNumberList

__all__ = ("AsyncBlocklistEndpoints", "BlocklistEndpoints")


class BlocklistEndpoints:
    """The `blocklist` operations, bound to a synchronous client.

    Arguments left out are left to the server's default; an error answer raises.
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def list_blocked_numbers(
        self,
    ) -> BlockedNumberList:
        """List the numbers whose calls are blocked (``GET /blacklist/incoming``)."""
        from .list_blocked_numbers import sync_detailed as call

        response = call(client=self._client)
        return cast("BlockedNumberList", response.parsed)

    def add_blocked_number(
        self,
        *,
        body: BlockedNumber,
    ) -> BlockedNumber:
        """Block incoming calls from a number (``POST /blacklist/incoming``)."""
        from .add_blocked_number import sync_detailed as call

        response = call(client=self._client, body=body)
        return cast("BlockedNumber", response.parsed)

    def remove_blocked_number(
        self,
        phone_number: str,
    ) -> None:
        """Stop blocking a number (``DELETE /blacklist/incoming/{phone_number}``)."""
        from .remove_blocked_number import sync_detailed as call

        call(phone_number, client=self._client)


class AsyncBlocklistEndpoints:
    """The `blocklist` operations, bound to an asynchronous client.

    Arguments left out are left to the server's default; an error answer raises.
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def list_blocked_numbers(
        self,
    ) -> BlockedNumberList:
        """List the numbers whose calls are blocked (``GET /blacklist/incoming``)."""
        from .list_blocked_numbers import asyncio_detailed as call

        response = await call(client=self._client)
        return cast("BlockedNumberList", response.parsed)

    async def add_blocked_number(
        self,
        *,
        body: BlockedNumber,
    ) -> BlockedNumber:
        """Block incoming calls from a number (``POST /blacklist/incoming``)."""
        from .add_blocked_number import asyncio_detailed as call

        response = await call(client=self._client, body=body)
        return cast("BlockedNumber", response.parsed)

    async def remove_blocked_number(
        self,
        phone_number: str,
    ) -> None:
        """Stop blocking a number (``DELETE /blacklist/incoming/{phone_number}``)."""
        from .remove_blocked_number import asyncio_detailed as call

        await call(phone_number, client=self._client)
