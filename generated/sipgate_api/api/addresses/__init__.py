"""The `addresses` operations, and classes that bind them to a client.

Each operation is a module of this package (``sync_detailed``, ``asyncio_detailed``, ...).
`AddressesEndpoints` and `AsyncAddressesEndpoints` offer them as methods of one
client (``client.endpoints.addresses``); a module is imported when its method is
first called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.phone_number_list import PhoneNumberList
    from ...models.postal_address import PostalAddress
    from ...models.postal_address_count import PostalAddressCount
    from ...models.postal_address_list import PostalAddressList
    from ...models.postal_address_update_request import PostalAddressUpdateRequest

__all__ = ("AsyncAddressesEndpoints", "AddressesEndpoints")


class AddressesEndpoints:
    """The `addresses` operations, bound to a synchronous client.

    Arguments left out are left to the server's default; an error answer raises.
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def list_addresses(
        self,
    ) -> PostalAddressList:
        """List the account's postal addresses (``GET /addresses``)."""
        from .list_addresses import sync_detailed as call

        response = call(client=self._client)
        return cast("PostalAddressList", response.parsed)

    def count_addresses(
        self,
    ) -> PostalAddressCount:
        """Count the account's postal addresses (``GET /addresses/itemCount``)."""
        from .count_addresses import sync_detailed as call

        response = call(client=self._client)
        return cast("PostalAddressCount", response.parsed)

    def get_address(
        self,
        address_id: int,
    ) -> PostalAddress:
        """Read one postal address (``GET /addresses/{address_id}``)."""
        from .get_address import sync_detailed as call

        response = call(address_id, client=self._client)
        return cast("PostalAddress", response.parsed)

    def update_address(
        self,
        address_id: int,
        *,
        body: PostalAddressUpdateRequest,
    ) -> None:
        """Change a postal address (``PUT /addresses/{address_id}``)."""
        from .update_address import sync_detailed as call

        call(address_id, client=self._client, body=body)

    def list_address_numbers(
        self,
        address_id: int,
    ) -> PhoneNumberList:
        """List the phone numbers assigned to an address (``GET /addresses/{address_id}/numbers``)."""
        from .list_address_numbers import sync_detailed as call

        response = call(address_id, client=self._client)
        return cast("PhoneNumberList", response.parsed)


class AsyncAddressesEndpoints:
    """The `addresses` operations, bound to an asynchronous client.

    Arguments left out are left to the server's default; an error answer raises.
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def list_addresses(
        self,
    ) -> PostalAddressList:
        """List the account's postal addresses (``GET /addresses``)."""
        from .list_addresses import asyncio_detailed as call

        response = await call(client=self._client)
        return cast("PostalAddressList", response.parsed)

    async def count_addresses(
        self,
    ) -> PostalAddressCount:
        """Count the account's postal addresses (``GET /addresses/itemCount``)."""
        from .count_addresses import asyncio_detailed as call

        response = await call(client=self._client)
        return cast("PostalAddressCount", response.parsed)

    async def get_address(
        self,
        address_id: int,
    ) -> PostalAddress:
        """Read one postal address (``GET /addresses/{address_id}``)."""
        from .get_address import asyncio_detailed as call

        response = await call(address_id, client=self._client)
        return cast("PostalAddress", response.parsed)

    async def update_address(
        self,
        address_id: int,
        *,
        body: PostalAddressUpdateRequest,
    ) -> None:
        """Change a postal address (``PUT /addresses/{address_id}``)."""
        from .update_address import asyncio_detailed as call

        await call(address_id, client=self._client, body=body)

    async def list_address_numbers(
        self,
        address_id: int,
    ) -> PhoneNumberList:
        """List the phone numbers assigned to an address (``GET /addresses/{address_id}/numbers``)."""
        from .list_address_numbers import asyncio_detailed as call

        response = await call(address_id, client=self._client)
        return cast("PhoneNumberList", response.parsed)
