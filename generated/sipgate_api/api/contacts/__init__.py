"""The `contacts` operations, and classes that bind them to a client.

Each operation is a module of this package (``sync_detailed``, ``asyncio_detailed``, ...).
`ContactsEndpoints` and `AsyncContactsEndpoints` offer them as methods of one
client (``client.endpoints.contacts``); a module is imported when its method is
first called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.contact import Contact
    from ...models.contact_create_request import ContactCreateRequest
    from ...models.contact_csv_import_request import ContactCsvImportRequest
    from ...models.contact_delete_request import ContactDeleteRequest
    from ...models.contact_google_import_request import ContactGoogleImportRequest
    from ...models.contact_list import ContactList
    from ...models.contact_scope_filter import ContactScopeFilter
    from ...models.contact_update_request import ContactUpdateRequest
    from ...models.contact_vcard_page import ContactVcardPage
    from ...models.contact_vcard_write_request import ContactVcardWriteRequest
    from ...models.contact_vcard_write_result import ContactVcardWriteResult
    from ...models.internal_contact_list import InternalContactList
    from ...types import Unset

__all__ = ("AsyncContactsEndpoints", "ContactsEndpoints")


class ContactsEndpoints:
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
        last_id: str | Unset = UNSET,
        scopes: list[ContactScopeFilter] | Unset = UNSET,
    ) -> ContactList:
        """List contacts (``GET /contacts``)."""
        from .list_contacts import sync_detailed as call

        response = call(
            client=self._client, phonenumbers=phonenumbers, limit=limit, offset=offset, last_id=last_id, scopes=scopes
        )
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
        *,
        body: ContactDeleteRequest | Unset = UNSET,
    ) -> None:
        """Remove many contacts at once (``DELETE /contacts``)."""
        from .delete_all_contacts import sync_detailed as call

        call(client=self._client, body=body)

    def list_internal_contacts(
        self,
    ) -> InternalContactList:
        """List the account's colleagues as contacts (``GET /contacts/internal``)."""
        from .list_internal_contacts import sync_detailed as call

        response = call(client=self._client)
        return cast("InternalContactList", response.parsed)

    def export_contacts_csv(
        self,
        *,
        scope: list[ContactScopeFilter],
    ) -> str:
        """Export contacts as a CSV document (``GET /contacts/csv``)."""
        from .export_contacts_csv import sync_detailed as call

        response = call(client=self._client, scope=scope)
        return cast("str", response.parsed)

    def list_contact_vcards(
        self,
        *,
        scope: list[ContactScopeFilter],
        labels: list[str] | Unset = UNSET,
        contact_ids: list[str] | Unset = UNSET,
        wanted_fields: list[str] | Unset = UNSET,
        filter_: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        last_id: str | Unset = UNSET,
    ) -> ContactVcardPage:
        """Read contacts as structured vCards (``GET /contacts/vcard``)."""
        from .list_contact_vcards import sync_detailed as call

        response = call(
            client=self._client,
            scope=scope,
            labels=labels,
            contact_ids=contact_ids,
            wanted_fields=wanted_fields,
            filter_=filter_,
            limit=limit,
            offset=offset,
            last_id=last_id,
        )
        return cast("ContactVcardPage", response.parsed)

    def store_contact_vcards(
        self,
        *,
        body: ContactVcardWriteRequest,
        scope: ContactScopeFilter,
    ) -> ContactVcardWriteResult:
        """Add or overwrite contacts given as structured vCards (``PUT /contacts/vcard``)."""
        from .store_contact_vcards import sync_detailed as call

        response = call(client=self._client, body=body, scope=scope)
        return cast("ContactVcardWriteResult", response.parsed)

    def get_contact(
        self,
        contact_id: str,
    ) -> Contact:
        """Read one contact (``GET /contacts/{contact_id}``)."""
        from .get_contact import sync_detailed as call

        response = call(contact_id, client=self._client)
        return cast("Contact", response.parsed)

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
        *,
        scope: list[ContactScopeFilter] | Unset = UNSET,
    ) -> None:
        """Remove a contact (``DELETE /contacts/{contact_id}``)."""
        from .delete_contact import sync_detailed as call

        call(contact_id, client=self._client, scope=scope)

    def import_contacts_csv(
        self,
        *,
        body: ContactCsvImportRequest,
    ) -> None:
        """Import contacts from a CSV document (``POST /contacts/import/csv``)."""
        from .import_contacts_csv import sync_detailed as call

        call(client=self._client, body=body)

    def import_contacts_google(
        self,
        *,
        body: ContactGoogleImportRequest,
    ) -> None:
        """Import contacts from a Google account (``POST /contacts/import/google``)."""
        from .import_contacts_google import sync_detailed as call

        call(client=self._client, body=body)


class AsyncContactsEndpoints:
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
        last_id: str | Unset = UNSET,
        scopes: list[ContactScopeFilter] | Unset = UNSET,
    ) -> ContactList:
        """List contacts (``GET /contacts``)."""
        from .list_contacts import asyncio_detailed as call

        response = await call(
            client=self._client, phonenumbers=phonenumbers, limit=limit, offset=offset, last_id=last_id, scopes=scopes
        )
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
        *,
        body: ContactDeleteRequest | Unset = UNSET,
    ) -> None:
        """Remove many contacts at once (``DELETE /contacts``)."""
        from .delete_all_contacts import asyncio_detailed as call

        await call(client=self._client, body=body)

    async def list_internal_contacts(
        self,
    ) -> InternalContactList:
        """List the account's colleagues as contacts (``GET /contacts/internal``)."""
        from .list_internal_contacts import asyncio_detailed as call

        response = await call(client=self._client)
        return cast("InternalContactList", response.parsed)

    async def export_contacts_csv(
        self,
        *,
        scope: list[ContactScopeFilter],
    ) -> str:
        """Export contacts as a CSV document (``GET /contacts/csv``)."""
        from .export_contacts_csv import asyncio_detailed as call

        response = await call(client=self._client, scope=scope)
        return cast("str", response.parsed)

    async def list_contact_vcards(
        self,
        *,
        scope: list[ContactScopeFilter],
        labels: list[str] | Unset = UNSET,
        contact_ids: list[str] | Unset = UNSET,
        wanted_fields: list[str] | Unset = UNSET,
        filter_: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        last_id: str | Unset = UNSET,
    ) -> ContactVcardPage:
        """Read contacts as structured vCards (``GET /contacts/vcard``)."""
        from .list_contact_vcards import asyncio_detailed as call

        response = await call(
            client=self._client,
            scope=scope,
            labels=labels,
            contact_ids=contact_ids,
            wanted_fields=wanted_fields,
            filter_=filter_,
            limit=limit,
            offset=offset,
            last_id=last_id,
        )
        return cast("ContactVcardPage", response.parsed)

    async def store_contact_vcards(
        self,
        *,
        body: ContactVcardWriteRequest,
        scope: ContactScopeFilter,
    ) -> ContactVcardWriteResult:
        """Add or overwrite contacts given as structured vCards (``PUT /contacts/vcard``)."""
        from .store_contact_vcards import asyncio_detailed as call

        response = await call(client=self._client, body=body, scope=scope)
        return cast("ContactVcardWriteResult", response.parsed)

    async def get_contact(
        self,
        contact_id: str,
    ) -> Contact:
        """Read one contact (``GET /contacts/{contact_id}``)."""
        from .get_contact import asyncio_detailed as call

        response = await call(contact_id, client=self._client)
        return cast("Contact", response.parsed)

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
        *,
        scope: list[ContactScopeFilter] | Unset = UNSET,
    ) -> None:
        """Remove a contact (``DELETE /contacts/{contact_id}``)."""
        from .delete_contact import asyncio_detailed as call

        await call(contact_id, client=self._client, scope=scope)

    async def import_contacts_csv(
        self,
        *,
        body: ContactCsvImportRequest,
    ) -> None:
        """Import contacts from a CSV document (``POST /contacts/import/csv``)."""
        from .import_contacts_csv import asyncio_detailed as call

        await call(client=self._client, body=body)

    async def import_contacts_google(
        self,
        *,
        body: ContactGoogleImportRequest,
    ) -> None:
        """Import contacts from a Google account (``POST /contacts/import/google``)."""
        from .import_contacts_google import asyncio_detailed as call

        await call(client=self._client, body=body)
