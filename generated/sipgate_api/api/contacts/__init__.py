"""The `contacts` operations, and classes that bind them to a client.

Each operation is a module of this package (``sync_detailed``, ``asyncio_detailed``, ...).
`Contacts` and `AsyncContacts` offer them as methods of one
client (``client.endpoints.contacts``); a module is imported when its method is
first called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.contact_create_request import ContactCreateRequest
    from ...models.contact_csv_import_request import ContactCsvImportRequest
    from ...models.contact_list import ContactList
    from ...models.contact_update_request import ContactUpdateRequest
    from ...types import Unset

__all__ = ("AsyncContacts", "Contacts")


class Contacts:
    """The `contacts` operations, bound to a synchronous client.

    Arguments left out are left to the server's default; an error answer raises.
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def list_contacts(
        self,
        *,
        phonenumbers: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> ContactList:
        """List contacts (``GET /contacts``)."""
        from .list_contacts import sync_detailed as call

        response = call(client=self._client, phonenumbers=phonenumbers, limit=limit, offset=offset)
        return cast("ContactList", response.parsed)

    def create_contact(
        self,
        *,
        body: ContactCreateRequest,
    ) -> None:
        """Add a contact (``POST /contacts``)."""
        from .create_contact import sync_detailed as call

        call(client=self._client, body=body)

    def delete_all_contacts(
        self,
    ) -> None:
        """Remove every private contact (``DELETE /contacts``)."""
        from .delete_all_contacts import sync_detailed as call

        call(client=self._client)

    def update_contact(
        self,
        contact_id: str,
        *,
        body: ContactUpdateRequest,
    ) -> None:
        """Replace a contact (``PUT /contacts/{contact_id}``)."""
        from .update_contact import sync_detailed as call

        call(contact_id, client=self._client, body=body)

    def delete_contact(
        self,
        contact_id: str,
    ) -> None:
        """Remove a contact (``DELETE /contacts/{contact_id}``)."""
        from .delete_contact import sync_detailed as call

        call(contact_id, client=self._client)

    def import_contacts_csv(
        self,
        *,
        body: ContactCsvImportRequest,
    ) -> None:
        """Import contacts from a CSV document (``POST /contacts/import/csv``)."""
        from .import_contacts_csv import sync_detailed as call

        call(client=self._client, body=body)


class AsyncContacts:
    """The `contacts` operations, bound to an asynchronous client.

    Arguments left out are left to the server's default; an error answer raises.
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def list_contacts(
        self,
        *,
        phonenumbers: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> ContactList:
        """List contacts (``GET /contacts``)."""
        from .list_contacts import asyncio_detailed as call

        response = await call(client=self._client, phonenumbers=phonenumbers, limit=limit, offset=offset)
        return cast("ContactList", response.parsed)

    async def create_contact(
        self,
        *,
        body: ContactCreateRequest,
    ) -> None:
        """Add a contact (``POST /contacts``)."""
        from .create_contact import asyncio_detailed as call

        await call(client=self._client, body=body)

    async def delete_all_contacts(
        self,
    ) -> None:
        """Remove every private contact (``DELETE /contacts``)."""
        from .delete_all_contacts import asyncio_detailed as call

        await call(client=self._client)

    async def update_contact(
        self,
        contact_id: str,
        *,
        body: ContactUpdateRequest,
    ) -> None:
        """Replace a contact (``PUT /contacts/{contact_id}``)."""
        from .update_contact import asyncio_detailed as call

        await call(contact_id, client=self._client, body=body)

    async def delete_contact(
        self,
        contact_id: str,
    ) -> None:
        """Remove a contact (``DELETE /contacts/{contact_id}``)."""
        from .delete_contact import asyncio_detailed as call

        await call(contact_id, client=self._client)

    async def import_contacts_csv(
        self,
        *,
        body: ContactCsvImportRequest,
    ) -> None:
        """Import contacts from a CSV document (``POST /contacts/import/csv``)."""
        from .import_contacts_csv import asyncio_detailed as call

        await call(client=self._client, body=body)
