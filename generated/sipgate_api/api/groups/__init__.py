"""The `groups` operations, and classes that bind them to a client.

Each operation is a module of this package (``sync_detailed``, ``asyncio_detailed``, ...).
`GroupsEndpoints` and `AsyncGroupsEndpoints` offer them as methods of one
client (``client.endpoints.groups``); a module is imported when its method is
first called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.add_group_device_request import AddGroupDeviceRequest
    from ...models.group_details import GroupDetails
    from ...models.group_faxline_list import GroupFaxlineList
    from ...models.group_list import GroupList
    from ...models.group_member_list import GroupMemberList
    from ...models.group_voicemail_list import GroupVoicemailList
    from ...models.routed_number_list import RoutedNumberList
    from ...types import Unset

__all__ = ("AsyncGroupsEndpoints", "GroupsEndpoints")


class GroupsEndpoints:
    """The `groups` operations, bound to a synchronous client.

    Arguments left out are left to the server's default; an error answer raises.
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def list_groups(
        self,
        *,
        user_id: str | Unset = UNSET,
    ) -> GroupList:
        """List the account's groups (``GET /groups``)."""
        from .list_groups import sync_detailed as call

        response = call(client=self._client, user_id=user_id)
        return cast("GroupList", response.parsed)

    def get_group(
        self,
        group_id: str,
    ) -> GroupDetails:
        """Fetch one group (``GET /groups/{group_id}``)."""
        from .get_group import sync_detailed as call

        response = call(group_id, client=self._client)
        return cast("GroupDetails", response.parsed)

    def add_group_device(
        self,
        group_id: str,
        *,
        body: AddGroupDeviceRequest,
    ) -> None:
        """Let a device ring for a group (``POST /groups/{group_id}/devices``)."""
        from .add_group_device import sync_detailed as call

        call(group_id, client=self._client, body=body)

    def remove_group_device(
        self,
        group_id: str,
        device_id: str,
    ) -> None:
        """Stop a device ringing for a group (``DELETE /groups/{group_id}/devices/{device_id}``)."""
        from .remove_group_device import sync_detailed as call

        call(group_id, device_id, client=self._client)

    def list_group_faxlines(
        self,
        group_id: str,
    ) -> GroupFaxlineList:
        """List the fax lines of a group (``GET /groups/{group_id}/faxlines``)."""
        from .list_group_faxlines import sync_detailed as call

        response = call(group_id, client=self._client)
        return cast("GroupFaxlineList", response.parsed)

    def list_group_numbers(
        self,
        group_id: str,
    ) -> RoutedNumberList:
        """List the phone numbers that lead to a group (``GET /groups/{group_id}/numbers``)."""
        from .list_group_numbers import sync_detailed as call

        response = call(group_id, client=self._client)
        return cast("RoutedNumberList", response.parsed)

    def list_group_users(
        self,
        group_id: str,
    ) -> GroupMemberList:
        """List the members of a group (``GET /groups/{group_id}/users``)."""
        from .list_group_users import sync_detailed as call

        response = call(group_id, client=self._client)
        return cast("GroupMemberList", response.parsed)

    def list_group_voicemails(
        self,
        group_id: str,
    ) -> GroupVoicemailList:
        """List the voicemail boxes of a group (``GET /groups/{group_id}/voicemail``)."""
        from .list_group_voicemails import sync_detailed as call

        response = call(group_id, client=self._client)
        return cast("GroupVoicemailList", response.parsed)


class AsyncGroupsEndpoints:
    """The `groups` operations, bound to an asynchronous client.

    Arguments left out are left to the server's default; an error answer raises.
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def list_groups(
        self,
        *,
        user_id: str | Unset = UNSET,
    ) -> GroupList:
        """List the account's groups (``GET /groups``)."""
        from .list_groups import asyncio_detailed as call

        response = await call(client=self._client, user_id=user_id)
        return cast("GroupList", response.parsed)

    async def get_group(
        self,
        group_id: str,
    ) -> GroupDetails:
        """Fetch one group (``GET /groups/{group_id}``)."""
        from .get_group import asyncio_detailed as call

        response = await call(group_id, client=self._client)
        return cast("GroupDetails", response.parsed)

    async def add_group_device(
        self,
        group_id: str,
        *,
        body: AddGroupDeviceRequest,
    ) -> None:
        """Let a device ring for a group (``POST /groups/{group_id}/devices``)."""
        from .add_group_device import asyncio_detailed as call

        await call(group_id, client=self._client, body=body)

    async def remove_group_device(
        self,
        group_id: str,
        device_id: str,
    ) -> None:
        """Stop a device ringing for a group (``DELETE /groups/{group_id}/devices/{device_id}``)."""
        from .remove_group_device import asyncio_detailed as call

        await call(group_id, device_id, client=self._client)

    async def list_group_faxlines(
        self,
        group_id: str,
    ) -> GroupFaxlineList:
        """List the fax lines of a group (``GET /groups/{group_id}/faxlines``)."""
        from .list_group_faxlines import asyncio_detailed as call

        response = await call(group_id, client=self._client)
        return cast("GroupFaxlineList", response.parsed)

    async def list_group_numbers(
        self,
        group_id: str,
    ) -> RoutedNumberList:
        """List the phone numbers that lead to a group (``GET /groups/{group_id}/numbers``)."""
        from .list_group_numbers import asyncio_detailed as call

        response = await call(group_id, client=self._client)
        return cast("RoutedNumberList", response.parsed)

    async def list_group_users(
        self,
        group_id: str,
    ) -> GroupMemberList:
        """List the members of a group (``GET /groups/{group_id}/users``)."""
        from .list_group_users import asyncio_detailed as call

        response = await call(group_id, client=self._client)
        return cast("GroupMemberList", response.parsed)

    async def list_group_voicemails(
        self,
        group_id: str,
    ) -> GroupVoicemailList:
        """List the voicemail boxes of a group (``GET /groups/{group_id}/voicemail``)."""
        from .list_group_voicemails import asyncio_detailed as call

        response = await call(group_id, client=self._client)
        return cast("GroupVoicemailList", response.parsed)
