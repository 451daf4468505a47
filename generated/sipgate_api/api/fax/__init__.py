"""The `fax` operations, and classes that bind them to a client.

Each operation is a module of this package (``sync_detailed``, ``asyncio_detailed``, ...).
`Fax` and `AsyncFax` offer them as methods of one
client (``client.endpoints.fax``); a module is imported when its method is
first called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.faxline_list import FaxlineList
    from ...models.send_fax_request import SendFaxRequest
    from ...models.send_fax_response import SendFaxResponse

__all__ = ("AsyncFax", "Fax")


class Fax:
    """The `fax` operations, bound to a synchronous client.

    Arguments left out are left to the server's default; an error answer raises.
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def send_fax(
        self,
        *,
        body: SendFaxRequest,
    ) -> SendFaxResponse:
        """Send a PDF as a fax (``POST /sessions/fax``)."""
        from .send_fax import sync_detailed as call

        response = call(client=self._client, body=body)
        return cast("SendFaxResponse", response.parsed)

    def list_faxlines(
        self,
        user_id: str,
    ) -> FaxlineList:
        """List a user's fax lines (``GET /{user_id}/faxlines``)."""
        from .list_faxlines import sync_detailed as call

        response = call(user_id, client=self._client)
        return cast("FaxlineList", response.parsed)


class AsyncFax:
    """The `fax` operations, bound to an asynchronous client.

    Arguments left out are left to the server's default; an error answer raises.
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def send_fax(
        self,
        *,
        body: SendFaxRequest,
    ) -> SendFaxResponse:
        """Send a PDF as a fax (``POST /sessions/fax``)."""
        from .send_fax import asyncio_detailed as call

        response = await call(client=self._client, body=body)
        return cast("SendFaxResponse", response.parsed)

    async def list_faxlines(
        self,
        user_id: str,
    ) -> FaxlineList:
        """List a user's fax lines (``GET /{user_id}/faxlines``)."""
        from .list_faxlines import asyncio_detailed as call

        response = await call(user_id, client=self._client)
        return cast("FaxlineList", response.parsed)
