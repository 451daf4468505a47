"""The `calls` operations, and classes that bind them to a client.

Each operation is a module of this package (``sync_detailed``, ``asyncio_detailed``, ...).
`Calls` and `AsyncCalls` offer them as methods of one
client (``client.endpoints.calls``); a module is imported when its method is
first called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.initiate_call_request import InitiateCallRequest
    from ...models.initiate_call_response import InitiateCallResponse

__all__ = ("AsyncCalls", "Calls")


class Calls:
    """The `calls` operations, bound to a synchronous client.

    Arguments left out are left to the server's default; an error answer raises.
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def initiate_call(
        self,
        *,
        body: InitiateCallRequest,
    ) -> InitiateCallResponse:
        """Start a click-to-dial call (``POST /sessions/calls``)."""
        from .initiate_call import sync_detailed as call

        response = call(client=self._client, body=body)
        return cast("InitiateCallResponse", response.parsed)


class AsyncCalls:
    """The `calls` operations, bound to an asynchronous client.

    Arguments left out are left to the server's default; an error answer raises.
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def initiate_call(
        self,
        *,
        body: InitiateCallRequest,
    ) -> InitiateCallResponse:
        """Start a click-to-dial call (``POST /sessions/calls``)."""
        from .initiate_call import asyncio_detailed as call

        response = await call(client=self._client, body=body)
        return cast("InitiateCallResponse", response.parsed)
