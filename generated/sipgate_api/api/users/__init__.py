"""The `users` operations, and classes that bind them to a client.

Each operation is a module of this package (``sync_detailed``, ``asyncio_detailed``, ...).
`UsersEndpoints` and `AsyncUsersEndpoints` offer them as methods of one
client (``client.endpoints.users``); a module is imported when its method is
first called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.webuser import Webuser
    from ...models.webuser_busy_on_busy_request import WebuserBusyOnBusyRequest
    from ...models.webuser_default_device_request import WebuserDefaultDeviceRequest
    from ...models.webuser_list import WebuserList
    from ...models.webuser_location_request import WebuserLocationRequest
    from ...models.webuser_role_request import WebuserRoleRequest

__all__ = ("AsyncUsersEndpoints", "UsersEndpoints")


class UsersEndpoints:
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

    def get_user(
        self,
        user_id: str,
    ) -> Webuser:
        """Read one web user (``GET /users/{user_id}``)."""
        from .get_user import sync_detailed as call

        response = call(user_id, client=self._client)
        return cast("Webuser", response.parsed)

    def delete_user(
        self,
        user_id: str,
    ) -> Webuser:
        """Remove a web user (``DELETE /users/{user_id}``)."""
        from .delete_user import sync_detailed as call

        response = call(user_id, client=self._client)
        return cast("Webuser", response.parsed)

    def set_user_busy_on_busy(
        self,
        user_id: str,
        *,
        body: WebuserBusyOnBusyRequest,
    ) -> None:
        """Switch busy-on-busy for a user (``PUT /users/{user_id}/busyonbusy``)."""
        from .set_user_busy_on_busy import sync_detailed as call

        call(user_id, client=self._client, body=body)

    def set_user_default_device(
        self,
        user_id: str,
        *,
        body: WebuserDefaultDeviceRequest,
    ) -> None:
        """Choose the device a user calls from by default (``PUT /users/{user_id}/defaultdevice``)."""
        from .set_user_default_device import sync_detailed as call

        call(user_id, client=self._client, body=body)

    def set_user_location(
        self,
        user_id: str,
        *,
        body: WebuserLocationRequest,
    ) -> None:
        """Assign a postal address to a user (``PUT /users/{user_id}/location``)."""
        from .set_user_location import sync_detailed as call

        call(user_id, client=self._client, body=body)

    def set_user_role(
        self,
        user_id: str,
        *,
        body: WebuserRoleRequest,
    ) -> None:
        """Make a user an administrator, or take the role away (``PUT /users/{user_id}/role``)."""
        from .set_user_role import sync_detailed as call

        call(user_id, client=self._client, body=body)


class AsyncUsersEndpoints:
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

    async def get_user(
        self,
        user_id: str,
    ) -> Webuser:
        """Read one web user (``GET /users/{user_id}``)."""
        from .get_user import asyncio_detailed as call

        response = await call(user_id, client=self._client)
        return cast("Webuser", response.parsed)

    async def delete_user(
        self,
        user_id: str,
    ) -> Webuser:
        """Remove a web user (``DELETE /users/{user_id}``)."""
        from .delete_user import asyncio_detailed as call

        response = await call(user_id, client=self._client)
        return cast("Webuser", response.parsed)

    async def set_user_busy_on_busy(
        self,
        user_id: str,
        *,
        body: WebuserBusyOnBusyRequest,
    ) -> None:
        """Switch busy-on-busy for a user (``PUT /users/{user_id}/busyonbusy``)."""
        from .set_user_busy_on_busy import asyncio_detailed as call

        await call(user_id, client=self._client, body=body)

    async def set_user_default_device(
        self,
        user_id: str,
        *,
        body: WebuserDefaultDeviceRequest,
    ) -> None:
        """Choose the device a user calls from by default (``PUT /users/{user_id}/defaultdevice``)."""
        from .set_user_default_device import asyncio_detailed as call

        await call(user_id, client=self._client, body=body)

    async def set_user_location(
        self,
        user_id: str,
        *,
        body: WebuserLocationRequest,
    ) -> None:
        """Assign a postal address to a user (``PUT /users/{user_id}/location``)."""
        from .set_user_location import asyncio_detailed as call

        await call(user_id, client=self._client, body=body)

    async def set_user_role(
        self,
        user_id: str,
        *,
        body: WebuserRoleRequest,
    ) -> None:
        """Make a user an administrator, or take the role away (``PUT /users/{user_id}/role``)."""
        from .set_user_role import asyncio_detailed as call

        await call(user_id, client=self._client, body=body)
