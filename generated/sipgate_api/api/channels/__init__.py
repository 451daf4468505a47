"""The `channels` operations, and classes that bind them to a client.

Each operation is a module of this package (``sync_detailed``, ``asyncio_detailed``, ...).
`ChannelsEndpoints` and `AsyncChannelsEndpoints` offer them as methods of one
client (``client.endpoints.channels``); a module is imported when its method is
first called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.channel_event_list import ChannelEventList

__all__ = ("AsyncChannelsEndpoints", "ChannelsEndpoints")


class ChannelsEndpoints:
    """The `channels` operations, bound to a synchronous client.

    Arguments left out are left to the server's default; an error answer raises.
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def list_channel_events(
        self,
        channel_id: str,
    ) -> ChannelEventList:
        """List the call events of a channel (sipgate Neo) (``GET /channels/{channel_id}/events``)."""
        from .list_channel_events import sync_detailed as call

        response = call(channel_id, client=self._client)
        return cast("ChannelEventList", response.parsed)


class AsyncChannelsEndpoints:
    """The `channels` operations, bound to an asynchronous client.

    Arguments left out are left to the server's default; an error answer raises.
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def list_channel_events(
        self,
        channel_id: str,
    ) -> ChannelEventList:
        """List the call events of a channel (sipgate Neo) (``GET /channels/{channel_id}/events``)."""
        from .list_channel_events import asyncio_detailed as call

        response = await call(channel_id, client=self._client)
        return cast("ChannelEventList", response.parsed)
