"""The `users` operations, and classes that bind them to a client.

Each operation is a module of this package (``sync_detailed``, ``asyncio_detailed``, ...).
`Users` and `AsyncUsers` offer them as methods of one
client (``client.endpoints.users``); a module is imported when its method is
first called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.webuser_list import WebuserList

__all__ = ("AsyncUsers", "Users")


class Users:
    """The `users` operations, bound to a synchronous client.

    Arguments left out are left to the server's default; an error answer raises.
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def list_users(
        self,
    ) -> WebuserList:
        """List the web users of the account (``GET /users``)."""
        from .list_users import sync_detailed as call

        response = call(client=self._client)
        return cast("WebuserList", response.parsed)


class AsyncUsers:
    """The `users` operations, bound to an asynchronous client.

    Arguments left out are left to the server's default; an error answer raises.
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def list_users(
        self,
    ) -> WebuserList:
        """List the web users of the account (``GET /users``)."""
        from .list_users import asyncio_detailed as call

        response = await call(client=self._client)
        return cast("WebuserList", response.parsed)
