"""The `numbers` operations, and classes that bind them to a client.

Each operation is a module of this package (``sync_detailed``, ``asyncio_detailed``, ...).
`Numbers` and `AsyncNumbers` offer them as methods of one
client (``client.endpoints.numbers``); a module is imported when its method is
first called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.phone_number_list import PhoneNumberList
    from ...types import Unset

__all__ = ("AsyncNumbers", "Numbers")


class Numbers:
    """The `numbers` operations, bound to a synchronous client.

    Arguments left out are left to the server's default; an error answer raises.
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def list_numbers(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> PhoneNumberList:
        """List the account's phone numbers (``GET /numbers``)."""
        from .list_numbers import sync_detailed as call

        response = call(client=self._client, offset=offset, limit=limit)
        return cast("PhoneNumberList", response.parsed)


class AsyncNumbers:
    """The `numbers` operations, bound to an asynchronous client.

    Arguments left out are left to the server's default; an error answer raises.
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def list_numbers(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> PhoneNumberList:
        """List the account's phone numbers (``GET /numbers``)."""
        from .list_numbers import asyncio_detailed as call

        response = await call(client=self._client, offset=offset, limit=limit)
        return cast("PhoneNumberList", response.parsed)
