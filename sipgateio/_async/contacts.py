"""``client.contacts``: the private and shared address books."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, TypeAlias

from sipgateio._async import _io, _read
from sipgateio._bulk import raise_for_failures
from sipgateio._contacts import (
    PAGE_SIZE,
    check_export_scope,
    check_scope,
    create_body,
    in_scope,
    phone_numbers_of,
    update_body,
)
from sipgateio._csv_contacts import (
    check_delimiter,
    contacts_to_csv,
    contacts_to_json,
    encode_upload,
    project_csv,
)
from sipgateio._validation import check_bool, check_callback, check_id, check_instance
from sipgateio._vcard import contact_to_vcard, parse_vcards
from sipgateio.models import ContactResponse, ExportScope, Pagination

if TYPE_CHECKING:
    from sipgateio._async.client import AsyncSipgateIO
    from sipgateio.models import ContactImport, ContactsExportFilter, Scope

logger = logging.getLogger("sipgateio")

# Requests in flight at once when deleting or creating many contacts.
CONCURRENCY = 8

# ``on_progress(done, total)`` of the imports and exports.
OnProgress: TypeAlias = Callable[[int, int | None], object]


class AsyncContacts:
    """``client.contacts``: create, import, export, update and delete contacts."""

    def __init__(self, client: AsyncSipgateIO) -> None:
        self._client = client

    async def create(self, contact: ContactImport, scope: Scope) -> None:
        """Create ``contact`` in the ``PRIVATE`` or ``SHARED`` address book."""
        await self._create(create_body(contact, check_scope(scope)))

    async def update(self, contact: ContactResponse) -> None:
        """Store ``contact`` (as returned by ``get``, possibly changed with ``attrs.evolve``)."""
        from sipgate_api.api.contacts import update_contact
        from sipgate_api.models import ContactUpdateRequest

        body = ContactUpdateRequest.from_dict(update_body(contact))
        await update_contact.asyncio_detailed(contact.id, client=self._client.api, body=body)

    async def delete(self, id: str) -> None:
        """Delete the contact ``id``."""
        from sipgate_api.api.contacts import delete_contact

        check_id(id, argument="id")
        await delete_contact.asyncio_detailed(id, client=self._client.api)

    async def delete_all_private(self) -> None:
        """Delete every contact of your private address book.

        The address book is named in the body: newer API releases read a request without
        one as "delete every contact", shared ones included; older ones ignore it.
        """
        from sipgate_api.api.contacts import delete_all_contacts
        from sipgate_api.models import ContactDeleteRequest, ContactDeleteScope

        body = ContactDeleteRequest(scope=[ContactDeleteScope.PRIVATE])
        await delete_all_contacts.asyncio_detailed(client=self._client.api, body=body)

    async def delete_all_shared(self) -> None:
        """Delete every contact of the shared address book.

        All pages are read first, then the contacts are deleted a few at a time. Every
        delete is tried; if any fails, ``PartialFailureError`` lists the ids that remain.
        """
        shared = in_scope(await self._every_contact(None), ExportScope.SHARED)
        ids = [contact.id for contact in shared]
        outcomes = await _io.map_bounded(self.delete, ids, CONCURRENCY)
        raise_for_failures("deleting shared contacts", [[i] for i in ids], outcomes)

    async def import_from_csv_string(self, csv_content: str, *, delimiter: str = ",") -> None:
        """Import the contacts of a CSV document into your private address book.

        The header line must name ``firstname``, ``lastname`` and ``number`` (any case, any
        order); other columns are ignored, and so are empty lines. Quoted values may hold
        the delimiter, quotes and line breaks. A record that lacks a value raises
        ``ValidationError`` naming its line, before anything is sent. A header without
        records sends nothing and logs a warning.
        """
        from sipgate_api.api.contacts import import_contacts_csv
        from sipgate_api.models import ContactCsvImportRequest

        document, records = project_csv(csv_content, delimiter=delimiter)
        if not records:
            logger.warning("the CSV document holds no contacts to import; nothing was sent")
            return
        body = ContactCsvImportRequest(base_64_content=encode_upload(document))
        await import_contacts_csv.asyncio_detailed(client=self._client.api, body=body)

    async def import_vcard_string(
        self, vcard_content: str, scope: Scope, *, on_progress: OnProgress | None = None
    ) -> None:
        """Create a contact from each vCard (3.0 or 4.0) in ``vcard_content``.

        Each card needs a name (``N``) and exactly one phone number (``TEL``), and may hold
        one address, one email and organisations. Every card is checked before the first
        one is sent. ``on_progress(done, total)``, if given, is called as each contact's
        request finishes (failed ones too), one call at a time.
        """
        target = check_scope(scope)
        check_callback(on_progress, argument="on_progress")
        contacts = parse_vcards(vcard_content)
        bodies = [
            create_body(contact, target, argument=f"vCard {number}")
            for number, contact in enumerate(contacts, start=1)
        ]
        create = (
            self._create
            if on_progress is None
            else _reporting(self._create, on_progress, len(bodies))
        )
        outcomes = await _io.map_bounded(create, bodies, CONCURRENCY)
        labels = [[f"vCard {number}"] for number in range(1, len(bodies) + 1)]
        raise_for_failures("importing vCards", labels, outcomes)

    async def get(
        self,
        scope: ExportScope,
        pagination: Pagination | None = None,
        filter: ContactsExportFilter | None = None,
    ) -> list[ContactResponse]:
        """Return the contacts of address book ``scope`` (``ALL`` for every one).

        Without ``pagination`` every contact is fetched; with it, that one page of the
        server's list, of which the contacts of ``scope`` are kept. ``filter`` keeps
        contacts holding one of its phone numbers.
        """
        contacts, _ = await self._select(scope, pagination, filter)
        return contacts

    async def export_as_csv(
        self,
        scope: ExportScope,
        delimiter: str = ",",
        pagination: Pagination | None = None,
        filter: ContactsExportFilter | None = None,
        neutralize_formulas: bool = True,
        *,
        on_progress: OnProgress | None = None,
    ) -> str:
        """Return the contacts of ``scope`` as CSV (RFC 4180 quoting, CRLF line breaks).

        Columns: ``id``, ``name``, ``emails``, ``numbers``, ``addresses``,
        ``organizations``; list cells hold compact JSON. A cell that a spreadsheet would run
        as a formula (one starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return,
        other than a plain number) gets a ``'`` in front; ``neutralize_formulas=False``
        writes every cell as it is, for programs that read the CSV.

        ``on_progress(read, total)``, if given, is called after each page the server sends,
        with the contacts read so far and the server's count of all of them (every address
        book, before ``scope`` is applied; ``None`` when it sends none).
        """
        check_delimiter(delimiter)
        check_bool(neutralize_formulas, argument="neutralize_formulas")
        contacts, _ = await self._select(scope, pagination, filter, on_progress)
        return contacts_to_csv(
            contacts, delimiter=delimiter, neutralize_formulas=neutralize_formulas
        )

    async def export_as_json(
        self,
        scope: ExportScope,
        pagination: Pagination | None = None,
        filter: ContactsExportFilter | None = None,
        *,
        on_progress: OnProgress | None = None,
    ) -> str:
        """Return the contacts of ``scope`` as ``{"contacts": [...], "totalCount": n}``.

        Without ``pagination`` ``totalCount`` is the number of contacts exported; with it,
        the server's count of all contacts (every address book) it pages through.
        ``on_progress`` as for ``export_as_csv``.
        """
        contacts, total = await self._select(scope, pagination, filter, on_progress)
        return contacts_to_json(contacts, total_count=total)

    async def export_as_vcards(
        self,
        scope: ExportScope,
        pagination: Pagination | None = None,
        filter: ContactsExportFilter | None = None,
        *,
        on_progress: OnProgress | None = None,
    ) -> list[str]:
        """Return each contact of ``scope`` as a vCard 4.0 of its own (``on_progress`` as for
        ``export_as_csv``)."""
        contacts, _ = await self._select(scope, pagination, filter, on_progress)
        return [contact_to_vcard(contact) for contact in contacts]

    async def export_as_single_vcard(
        self,
        scope: ExportScope,
        pagination: Pagination | None = None,
        filter: ContactsExportFilter | None = None,
        *,
        on_progress: OnProgress | None = None,
    ) -> str:
        """Return the contacts of ``scope`` as one vCard 4.0 address book (cards in a row)."""
        cards = await self.export_as_vcards(scope, pagination, filter, on_progress=on_progress)
        return "".join(cards)

    async def _create(self, body: dict[str, object]) -> None:
        from sipgate_api.api.contacts import create_contact
        from sipgate_api.models import ContactCreateRequest

        request = ContactCreateRequest.from_dict(body)
        await create_contact.asyncio_detailed(client=self._client.api, body=request)

    async def _select(
        self,
        scope: ExportScope,
        pagination: Pagination | None,
        filter: ContactsExportFilter | None,
        on_progress: OnProgress | None = None,
    ) -> tuple[list[ContactResponse], int | None]:
        """The contacts of ``scope`` and the count ``export_as_json`` reports."""
        wanted = check_export_scope(scope)
        phone_numbers = phone_numbers_of(filter)
        check_callback(on_progress, argument="on_progress")
        if pagination is None:
            contacts = in_scope(await self._every_contact(phone_numbers, on_progress), wanted)
            return contacts, len(contacts)
        check_instance(pagination, Pagination, argument="pagination")
        page, total = await self._page(phone_numbers, pagination.offset, pagination.limit)
        if on_progress is not None:
            on_progress(len(page), total)
        return in_scope(page, wanted), total

    async def _every_contact(
        self, phone_numbers: list[str] | None, on_progress: OnProgress | None = None
    ) -> list[ContactResponse]:
        contacts: list[ContactResponse] = []
        while True:
            page, total = await self._page(phone_numbers, len(contacts), PAGE_SIZE)
            contacts.extend(page)
            if on_progress is not None:
                on_progress(len(contacts), total)
            if not page or (total is not None and len(contacts) >= total):
                return contacts
            if total is None and len(page) < PAGE_SIZE:
                return contacts

    async def _page(
        self, phone_numbers: list[str] | None, offset: int | None, limit: int | None
    ) -> tuple[list[ContactResponse], int | None]:
        from sipgate_api.api.contacts import list_contacts
        from sipgate_api.types import UNSET

        request = list_contacts._get_kwargs(
            phonenumbers=UNSET if phone_numbers is None else phone_numbers,
            offset=UNSET if offset is None else offset,
            limit=UNSET if limit is None else limit,
        )
        return await _read.read_page(self._client, request, ContactResponse)


def _reporting(
    create: Callable[[dict[str, object]], Awaitable[None]], on_progress: OnProgress, total: int
) -> Callable[[dict[str, object]], Awaitable[None]]:
    """``create`` that reports each finished request to ``on_progress``, one report at a time."""
    lock = _io.Lock()
    done = 0

    async def create_and_report(body: dict[str, object]) -> None:
        nonlocal done
        try:
            await create(body)
        finally:
            async with lock:
                done += 1
                on_progress(done, total)

    return create_and_report
