"""The `numbers` operations, and classes that bind them to a client.

Each operation is a module of this package (``sync_detailed``, ``asyncio_detailed``, ...).
`NumbersEndpoints` and `AsyncNumbersEndpoints` offer them as methods of one
client (``client.endpoints.numbers``); a module is imported when its method is
first called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.phone_number_list import PhoneNumberList
    from ...models.quick_dial_request import QuickDialRequest
    from ...models.update_number_settings_request import UpdateNumberSettingsRequest
    from ...types import Unset

__all__ = ("AsyncNumbersEndpoints", "NumbersEndpoints")


class NumbersEndpoints:
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

    def create_quick_dial_number(
        self,
        *,
        body: QuickDialRequest,
    ) -> None:
        """Give a user a quick dial number (``POST /numbers/quickdial``)."""
        from .create_quick_dial_number import sync_detailed as call

        call(client=self._client, body=body)

    def validate_quick_dial_number(
        self,
        quick_dial_number: str,
    ) -> None:
        """Find out whether quick dial digits are still free (``GET /numbers/quickdial/validation/{quick_dial_number}``)."""
        from .validate_quick_dial_number import sync_detailed as call

        call(quick_dial_number, client=self._client)

    def update_quick_dial_number(
        self,
        number_id: str,
        *,
        body: QuickDialRequest,
    ) -> None:
        """Change a quick dial number (``PUT /numbers/quickdial/{number_id}``)."""
        from .update_quick_dial_number import sync_detailed as call

        call(number_id, client=self._client, body=body)

    def delete_quick_dial_number(
        self,
        number_id: str,
    ) -> None:
        """Give up a quick dial number (``DELETE /numbers/quickdial/{number_id}``)."""
        from .delete_quick_dial_number import sync_detailed as call

        call(number_id, client=self._client)

    def update_number_settings(
        self,
        number_id: str,
        *,
        body: UpdateNumberSettingsRequest,
    ) -> None:
        """Route a phone number or change how it is used (``PUT /numbers/{number_id}``)."""
        from .update_number_settings import sync_detailed as call

        call(number_id, client=self._client, body=body)

    def list_user_numbers(
        self,
        user_id: str,
    ) -> PhoneNumberList:
        """List the phone numbers of one user (``GET /{user_id}/numbers``)."""
        from .list_user_numbers import sync_detailed as call

        response = call(user_id, client=self._client)
        return cast("PhoneNumberList", response.parsed)


class AsyncNumbersEndpoints:
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

    async def create_quick_dial_number(
        self,
        *,
        body: QuickDialRequest,
    ) -> None:
        """Give a user a quick dial number (``POST /numbers/quickdial``)."""
        from .create_quick_dial_number import asyncio_detailed as call

        await call(client=self._client, body=body)

    async def validate_quick_dial_number(
        self,
        quick_dial_number: str,
    ) -> None:
        """Find out whether quick dial digits are still free (``GET /numbers/quickdial/validation/{quick_dial_number}``)."""
        from .validate_quick_dial_number import asyncio_detailed as call

        await call(quick_dial_number, client=self._client)

    async def update_quick_dial_number(
        self,
        number_id: str,
        *,
        body: QuickDialRequest,
    ) -> None:
        """Change a quick dial number (``PUT /numbers/quickdial/{number_id}``)."""
        from .update_quick_dial_number import asyncio_detailed as call

        await call(number_id, client=self._client, body=body)

    async def delete_quick_dial_number(
        self,
        number_id: str,
    ) -> None:
        """Give up a quick dial number (``DELETE /numbers/quickdial/{number_id}``)."""
        from .delete_quick_dial_number import asyncio_detailed as call

        await call(number_id, client=self._client)

    async def update_number_settings(
        self,
        number_id: str,
        *,
        body: UpdateNumberSettingsRequest,
    ) -> None:
        """Route a phone number or change how it is used (``PUT /numbers/{number_id}``)."""
        from .update_number_settings import asyncio_detailed as call

        await call(number_id, client=self._client, body=body)

    async def list_user_numbers(
        self,
        user_id: str,
    ) -> PhoneNumberList:
        """List the phone numbers of one user (``GET /{user_id}/numbers``)."""
        from .list_user_numbers import asyncio_detailed as call

        response = await call(user_id, client=self._client)
        return cast("PhoneNumberList", response.parsed)
