"""The `authorization` operations, and classes that bind them to a client.

Each operation is a module of this package (``sync_detailed``, ``asyncio_detailed``, ...).
`Authorization` and `AsyncAuthorization` offer them as methods of one
client (``client.endpoints.authorization``); a module is imported when its method is
first called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.userinfo import Userinfo

__all__ = ("AsyncAuthorization", "Authorization")


class Authorization:
    """The `authorization` operations, bound to a synchronous client.

    Arguments left out are left to the server's default; an error answer raises.
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def get_userinfo(
        self,
    ) -> Userinfo:
        """Identify the authenticated user (``GET /authorization/userinfo``)."""
        from .get_userinfo import sync_detailed as call

        response = call(client=self._client)
        return cast("Userinfo", response.parsed)


class AsyncAuthorization:
    """The `authorization` operations, bound to an asynchronous client.

    Arguments left out are left to the server's default; an error answer raises.
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def get_userinfo(
        self,
    ) -> Userinfo:
        """Identify the authenticated user (``GET /authorization/userinfo``)."""
        from .get_userinfo import asyncio_detailed as call

        response = await call(client=self._client)
        return cast("Userinfo", response.parsed)
