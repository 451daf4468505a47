"""The `callrestrictions` operations, and classes that bind them to a client.

Each operation is a module of this package (``sync_detailed``, ``asyncio_detailed``, ...).
`CallrestrictionsEndpoints` and `AsyncCallrestrictionsEndpoints` offer them as methods of one
client (``client.endpoints.callrestrictions``); a module is imported when its method is
first called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.call_restriction_update import CallRestrictionUpdate
    from ...models.call_restrictions import CallRestrictions
    from ...types import Unset

__all__ = ("AsyncCallrestrictionsEndpoints", "CallrestrictionsEndpoints")


class CallrestrictionsEndpoints:
    """The `callrestrictions` operations, bound to a synchronous client.

    Arguments left out are left to the server's default; an error answer raises.
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def get_call_restrictions(
        self,
        *,
        user_ids: list[str] | Unset = UNSET,
    ) -> CallRestrictions:
        """Read which kinds of outgoing calls users may make (``GET /callrestrictions``)."""
        from .get_call_restrictions import sync_detailed as call

        response = call(client=self._client, user_ids=user_ids)
        return cast("CallRestrictions", response.parsed)

    def set_call_restriction(
        self,
        user_id: str,
        restriction: str,
        *,
        body: CallRestrictionUpdate,
    ) -> CallRestrictions:
        """Switch one call restriction of a user on or off (``POST /{user_id}/callrestrictions/{restriction}``)."""
        from .set_call_restriction import sync_detailed as call

        response = call(user_id, restriction, client=self._client, body=body)
        return cast("CallRestrictions", response.parsed)


class AsyncCallrestrictionsEndpoints:
    """The `callrestrictions` operations, bound to an asynchronous client.

    Arguments left out are left to the server's default; an error answer raises.
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def get_call_restrictions(
        self,
        *,
        user_ids: list[str] | Unset = UNSET,
    ) -> CallRestrictions:
        """Read which kinds of outgoing calls users may make (``GET /callrestrictions``)."""
        from .get_call_restrictions import asyncio_detailed as call

        response = await call(client=self._client, user_ids=user_ids)
        return cast("CallRestrictions", response.parsed)

    async def set_call_restriction(
        self,
        user_id: str,
        restriction: str,
        *,
        body: CallRestrictionUpdate,
    ) -> CallRestrictions:
        """Switch one call restriction of a user on or off (``POST /{user_id}/callrestrictions/{restriction}``)."""
        from .set_call_restriction import asyncio_detailed as call

        response = await call(user_id, restriction, client=self._client, body=body)
        return cast("CallRestrictions", response.parsed)
