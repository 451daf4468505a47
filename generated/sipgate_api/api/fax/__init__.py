"""The `fax` operations, and classes that bind them to a client.

Each operation is a module of this package (``sync_detailed``, ``asyncio_detailed``, ...).
`FaxEndpoints` and `AsyncFaxEndpoints` offer them as methods of one
client (``client.endpoints.fax``); a module is imported when its method is
first called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.faxline import Faxline
    from ...models.faxline_alias_request import FaxlineAliasRequest
    from ...models.faxline_caller_id import FaxlineCallerId
    from ...models.faxline_list import FaxlineList
    from ...models.faxline_tagline_request import FaxlineTaglineRequest
    from ...models.group_faxline_list import GroupFaxlineList
    from ...models.resend_fax_request import ResendFaxRequest
    from ...models.routed_number_list import RoutedNumberList
    from ...models.send_fax_request import SendFaxRequest
    from ...models.send_fax_response import SendFaxResponse
    from ...models.set_faxline_caller_id_request import SetFaxlineCallerIdRequest
    from ...types import Unset

__all__ = ("AsyncFaxEndpoints", "FaxEndpoints")


class FaxEndpoints:
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

    def resend_fax(
        self,
        *,
        body: ResendFaxRequest,
    ) -> None:
        """Send a fax from the history once more (``POST /sessions/fax/resend``)."""
        from .resend_fax import sync_detailed as call

        call(client=self._client, body=body)

    def list_faxlines(
        self,
        user_id: str,
    ) -> FaxlineList:
        """List a user's fax lines (``GET /{user_id}/faxlines``)."""
        from .list_faxlines import sync_detailed as call

        response = call(user_id, client=self._client)
        return cast("FaxlineList", response.parsed)

    def create_faxline(
        self,
        user_id: str,
    ) -> Faxline:
        """Add a fax line for a user (``POST /{user_id}/faxlines``)."""
        from .create_faxline import sync_detailed as call

        response = call(user_id, client=self._client)
        return cast("Faxline", response.parsed)

    def update_faxline_alias(
        self,
        user_id: str,
        faxline_id: str,
        *,
        body: FaxlineAliasRequest,
    ) -> None:
        """Rename a fax line (``PUT /{user_id}/faxlines/{faxline_id}``)."""
        from .update_faxline_alias import sync_detailed as call

        call(user_id, faxline_id, client=self._client, body=body)

    def delete_faxline(
        self,
        user_id: str,
        faxline_id: str,
    ) -> None:
        """Remove a fax line (``DELETE /{user_id}/faxlines/{faxline_id}``)."""
        from .delete_faxline import sync_detailed as call

        call(user_id, faxline_id, client=self._client)

    def get_faxline_caller_id(
        self,
        user_id: str,
        faxline_id: str,
    ) -> FaxlineCallerId:
        """Read the number a fax line sends with (``GET /{user_id}/faxlines/{faxline_id}/callerid``)."""
        from .get_faxline_caller_id import sync_detailed as call

        response = call(user_id, faxline_id, client=self._client)
        return cast("FaxlineCallerId", response.parsed)

    def set_faxline_caller_id(
        self,
        user_id: str,
        faxline_id: str,
        *,
        body: SetFaxlineCallerIdRequest,
    ) -> None:
        """Choose the number a fax line sends with (``PUT /{user_id}/faxlines/{faxline_id}/callerid``)."""
        from .set_faxline_caller_id import sync_detailed as call

        call(user_id, faxline_id, client=self._client, body=body)

    def list_faxline_numbers(
        self,
        user_id: str,
        faxline_id: str,
    ) -> RoutedNumberList:
        """List the phone numbers that lead to a fax line (``GET /{user_id}/faxlines/{faxline_id}/numbers``)."""
        from .list_faxline_numbers import sync_detailed as call

        response = call(user_id, faxline_id, client=self._client)
        return cast("RoutedNumberList", response.parsed)

    def set_faxline_tagline(
        self,
        user_id: str,
        faxline_id: str,
        *,
        body: FaxlineTaglineRequest,
    ) -> None:
        """Change the header text of a fax line (``PUT /{user_id}/faxlines/{faxline_id}/tagline``)."""
        from .set_faxline_tagline import sync_detailed as call

        call(user_id, faxline_id, client=self._client, body=body)

    def list_all_group_faxlines(
        self,
        *,
        user_id: str | Unset = UNSET,
    ) -> GroupFaxlineList:
        """List the fax lines of groups (``GET /groupfaxlines``)."""
        from .list_all_group_faxlines import sync_detailed as call

        response = call(client=self._client, user_id=user_id)
        return cast("GroupFaxlineList", response.parsed)

    def get_group_faxline_caller_id(
        self,
        faxline_id: str,
    ) -> FaxlineCallerId:
        """Read the number a group fax line sends with (``GET /groupfaxlines/{faxline_id}/callerid``)."""
        from .get_group_faxline_caller_id import sync_detailed as call

        response = call(faxline_id, client=self._client)
        return cast("FaxlineCallerId", response.parsed)

    def list_group_faxline_numbers(
        self,
        faxline_id: str,
    ) -> RoutedNumberList:
        """List the phone numbers that lead to a group fax line (``GET /groupfaxlines/{faxline_id}/numbers``)."""
        from .list_group_faxline_numbers import sync_detailed as call

        response = call(faxline_id, client=self._client)
        return cast("RoutedNumberList", response.parsed)


class AsyncFaxEndpoints:
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

    async def resend_fax(
        self,
        *,
        body: ResendFaxRequest,
    ) -> None:
        """Send a fax from the history once more (``POST /sessions/fax/resend``)."""
        from .resend_fax import asyncio_detailed as call

        await call(client=self._client, body=body)

    async def list_faxlines(
        self,
        user_id: str,
    ) -> FaxlineList:
        """List a user's fax lines (``GET /{user_id}/faxlines``)."""
        from .list_faxlines import asyncio_detailed as call

        response = await call(user_id, client=self._client)
        return cast("FaxlineList", response.parsed)

    async def create_faxline(
        self,
        user_id: str,
    ) -> Faxline:
        """Add a fax line for a user (``POST /{user_id}/faxlines``)."""
        from .create_faxline import asyncio_detailed as call

        response = await call(user_id, client=self._client)
        return cast("Faxline", response.parsed)

    async def update_faxline_alias(
        self,
        user_id: str,
        faxline_id: str,
        *,
        body: FaxlineAliasRequest,
    ) -> None:
        """Rename a fax line (``PUT /{user_id}/faxlines/{faxline_id}``)."""
        from .update_faxline_alias import asyncio_detailed as call

        await call(user_id, faxline_id, client=self._client, body=body)

    async def delete_faxline(
        self,
        user_id: str,
        faxline_id: str,
    ) -> None:
        """Remove a fax line (``DELETE /{user_id}/faxlines/{faxline_id}``)."""
        from .delete_faxline import asyncio_detailed as call

        await call(user_id, faxline_id, client=self._client)

    async def get_faxline_caller_id(
        self,
        user_id: str,
        faxline_id: str,
    ) -> FaxlineCallerId:
        """Read the number a fax line sends with (``GET /{user_id}/faxlines/{faxline_id}/callerid``)."""
        from .get_faxline_caller_id import asyncio_detailed as call

        response = await call(user_id, faxline_id, client=self._client)
        return cast("FaxlineCallerId", response.parsed)

    async def set_faxline_caller_id(
        self,
        user_id: str,
        faxline_id: str,
        *,
        body: SetFaxlineCallerIdRequest,
    ) -> None:
        """Choose the number a fax line sends with (``PUT /{user_id}/faxlines/{faxline_id}/callerid``)."""
        from .set_faxline_caller_id import asyncio_detailed as call

        await call(user_id, faxline_id, client=self._client, body=body)

    async def list_faxline_numbers(
        self,
        user_id: str,
        faxline_id: str,
    ) -> RoutedNumberList:
        """List the phone numbers that lead to a fax line (``GET /{user_id}/faxlines/{faxline_id}/numbers``)."""
        from .list_faxline_numbers import asyncio_detailed as call

        response = await call(user_id, faxline_id, client=self._client)
        return cast("RoutedNumberList", response.parsed)

    async def set_faxline_tagline(
        self,
        user_id: str,
        faxline_id: str,
        *,
        body: FaxlineTaglineRequest,
    ) -> None:
        """Change the header text of a fax line (``PUT /{user_id}/faxlines/{faxline_id}/tagline``)."""
        from .set_faxline_tagline import asyncio_detailed as call

        await call(user_id, faxline_id, client=self._client, body=body)

    async def list_all_group_faxlines(
        self,
        *,
        user_id: str | Unset = UNSET,
    ) -> GroupFaxlineList:
        """List the fax lines of groups (``GET /groupfaxlines``)."""
        from .list_all_group_faxlines import asyncio_detailed as call

        response = await call(client=self._client, user_id=user_id)
        return cast("GroupFaxlineList", response.parsed)

    async def get_group_faxline_caller_id(
        self,
        faxline_id: str,
    ) -> FaxlineCallerId:
        """Read the number a group fax line sends with (``GET /groupfaxlines/{faxline_id}/callerid``)."""
        from .get_group_faxline_caller_id import asyncio_detailed as call

        response = await call(faxline_id, client=self._client)
        return cast("FaxlineCallerId", response.parsed)

    async def list_group_faxline_numbers(
        self,
        faxline_id: str,
    ) -> RoutedNumberList:
        """List the phone numbers that lead to a group fax line (``GET /groupfaxlines/{faxline_id}/numbers``)."""
        from .list_group_faxline_numbers import asyncio_detailed as call

        response = await call(faxline_id, client=self._client)
        return cast("RoutedNumberList", response.parsed)
