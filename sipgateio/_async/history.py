"""``client.history``: calls, faxes, text messages and voicemails of the account."""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator, Callable
from typing import TYPE_CHECKING, Any

import httpx

from sipgateio import _wire
from sipgateio._async import _io, _read
from sipgateio._bulk import raise_for_failures
from sipgateio._history_query import (
    MAX_PAGE_SIZE,
    HistoryQuery,
    UpdateRequest,
    api_filter_kwargs,
    check_entry_ids,
    csv_record_count,
    history_query,
    join_csv_pages,
    page_bounds,
    plan_updates,
)
from sipgateio._spreadsheet import neutralize_document
from sipgateio._validation import check_bool, check_callback, check_id
from sipgateio.models import HistoryEntry

if TYPE_CHECKING:
    from sipgateio._async.client import AsyncSipgateIO
    from sipgateio.models import (
        BaseHistoryFilter,
        HistoryEntryUpdateOptions,
        HistoryFilter,
        Pagination,
    )

# Requests in flight at once for note updates and batches.
CONCURRENCY = 8
# Ids per DELETE /history request, which carries them in the URL.
DELETE_CHUNK = 100


class AsyncHistory:
    """``client.history``: fetch, export, update and delete history entries."""

    def __init__(self, client: AsyncSipgateIO) -> None:
        self._client = client

    async def fetch_all(
        self, filter: HistoryFilter | None = None, pagination: Pagination | None = None
    ) -> list[HistoryEntry]:
        """Return the history entries ``filter`` selects (all when it is ``None``).

        Without ``pagination`` every matching entry is fetched, 1000 per request, the next
        page requested while the current one is converted; with it, only that page
        (``limit`` at most 1000). Entries are typed per kind (``CallHistoryEntry``,
        ``FaxHistoryEntry``, ...).
        """
        query = history_query(filter)
        if pagination is not None:
            offset, limit = page_bounds(pagination, max_limit=MAX_PAGE_SIZE)
            items, _ = _decoded(await self._request_page(query, offset, limit))
            build: Callable[[Any], HistoryEntry] = _wire.builder(HistoryEntry)
            return [build(item) for item in items]
        entries: list[HistoryEntry] = []
        pages = self._pages(query)
        try:
            async for page in pages:
                entries += page
        finally:
            await pages.aclose()
        return entries

    async def iter_all(self, filter: HistoryFilter | None = None) -> AsyncIterator[HistoryEntry]:
        """Yield every history entry ``filter`` selects, fetching 1000 at a time.

        Entries are converted a page at a time, and the next page is requested while the
        current one is converted and yielded, so memory stays that of about two pages,
        whatever the length of the history. Leaving the loop early may thus have
        requested one page more than was read. The filter is checked when iteration
        starts.
        """
        query = history_query(filter)
        pages = self._pages(query)
        try:
            async for page in pages:
                for entry in page:  # noqa: UP028, RUF100 - ``yield from`` in the sync twin only
                    yield entry
        finally:
            await pages.aclose()  # an abandoned walk cancels the page requested ahead

    async def fetch_by_id(self, entry_id: str) -> HistoryEntry:
        """Return the history entry ``entry_id`` (``NotFoundError`` when there is none)."""
        from sipgate_api.api.history import get_history_entry

        check_id(entry_id, argument="entry_id")
        entry: HistoryEntry = await _read.read(
            self._client, get_history_entry._get_kwargs(entry_id), HistoryEntry
        )
        return entry

    async def delete_by_list_of_ids(self, entry_ids: list[str]) -> None:
        """Delete the history entries ``entry_ids``.

        An empty list raises ``ValidationError`` and sends nothing: sipgate reads a delete
        without ids as "delete the whole history". Long lists are sent in several requests.
        """
        from sipgate_api.api.history import delete_history_entries

        ids = check_entry_ids(entry_ids)
        chunks = [ids[i : i + DELETE_CHUNK] for i in range(0, len(ids), DELETE_CHUNK)]

        async def delete(chunk: list[str]) -> None:
            await delete_history_entries.asyncio_detailed(client=self._client.api, id=chunk)

        outcomes = await _io.map_bounded(delete, chunks, CONCURRENCY)
        raise_for_failures("deleting history entries", chunks, outcomes)

    async def delete_by_id(self, entry_id: str) -> None:
        """Delete the history entry ``entry_id``."""
        from sipgate_api.api.history import delete_history_entry

        check_id(entry_id, argument="entry_id")
        await delete_history_entry.asyncio_detailed(entry_id, client=self._client.api)

    async def batch_update_events(
        self,
        events: list[HistoryEntry],
        callback: Callable[[HistoryEntry], HistoryEntryUpdateOptions | None],
    ) -> None:
        """Apply ``callback(entry)``'s changes to each of ``events``.

        Flag changes (``archived``, ``starred``, ``read``) go out in batches of at most 149
        entries; an entry whose note changes gets a request of its own (the batch endpoint
        cannot change notes). Entries whose options are all ``None`` are skipped, and
        nothing is sent when no entry changes. Every request is tried; failures are
        reported together afterwards.
        """
        requests = plan_updates(events, callback)
        outcomes = await _io.map_bounded(self._update, requests, CONCURRENCY)
        raise_for_failures("updating history entries", [r.entry_ids for r in requests], outcomes)

    async def _update(self, request: UpdateRequest) -> None:
        from sipgate_api.api.history import update_history_entries, update_history_entry
        from sipgate_api.models import HistoryBatchUpdateItem, HistoryEntryUpdate

        api = self._client.api
        if request.note_entry_id is not None:
            body = HistoryEntryUpdate.from_dict(request.fields)
            await update_history_entry.asyncio_detailed(
                request.note_entry_id, client=api, body=body
            )
        else:
            items = [HistoryBatchUpdateItem.from_dict(item) for item in request.items]
            await update_history_entries.asyncio_detailed(client=api, body=items)

    async def export_as_csv_string(
        self,
        filter: BaseHistoryFilter | None = None,
        pagination: Pagination | None = None,
        *,
        neutralize_formulas: bool = True,
        on_progress: Callable[[int, int | None], object] | None = None,
    ) -> str:
        """Return the entries ``filter`` selects as sipgate's CSV export.

        Without ``pagination`` every matching entry is exported (fetched 1000 at a time and
        joined under one header line); with it, only that page. A cell that a spreadsheet
        would run as a formula (a caller's name starting with ``=``, say) gets a ``'`` in
        front, and the document is then written anew; phone numbers and other plain numbers
        stay as they are. ``neutralize_formulas=False`` returns sipgate's document unchanged.

        ``on_progress(exported, None)``, if given, is called after each page with the number
        of entries exported so far (the export does not tell the total).
        """
        query = history_query(filter, export=True)
        check_bool(neutralize_formulas, argument="neutralize_formulas")
        check_callback(on_progress, argument="on_progress")
        if pagination is not None:
            offset, limit = page_bounds(pagination, max_limit=MAX_PAGE_SIZE)
            document = await self._export_page(query, offset, limit)
            if on_progress is not None:
                on_progress(csv_record_count(document), None)
        else:
            document = await self._export_every_page(query, on_progress)
        return neutralize_document(document) if neutralize_formulas else document

    async def _export_every_page(
        self, query: HistoryQuery, on_progress: Callable[[int, int | None], object] | None
    ) -> str:
        pages: list[str] = []
        offset = 0
        while True:
            page = await self._export_page(query, offset, MAX_PAGE_SIZE)
            pages.append(page)
            records = csv_record_count(page)
            offset += records
            if on_progress is not None:
                on_progress(offset, None)
            if records < MAX_PAGE_SIZE:
                return join_csv_pages(pages)

    async def _pages(self, query: HistoryQuery) -> AsyncGenerator[list[HistoryEntry], None]:
        """The typed entries of every page in turn, 1000 at a time (the server may send fewer).

        The next page is requested before a page's entries are built, so it travels
        meanwhile; closing the generator cancels that request. The walk ends at an empty
        page, once ``totalCount`` entries were read, or, without ``totalCount``, at the first
        page shorter than 1000; nothing is requested past that page. An answer is decoded
        as soon as it is taken, so only the entries of the page at hand are held here.
        """
        build: Callable[[Any], HistoryEntry] = _wire.builder(HistoryEntry)
        items, total = _decoded(await self._request_page(query, 0, MAX_PAGE_SIZE))
        offset = 0
        async with _io.Prefetch[httpx.Response]() as ahead:
            while True:
                offset += len(items)
                last = not items or (
                    offset >= total if total is not None else len(items) < MAX_PAGE_SIZE
                )
                if not last:
                    await ahead.start(self._request_page, query, offset, MAX_PAGE_SIZE)
                if items:
                    yield [build(item) for item in items]
                if last:
                    return
                items, total = _decoded(await ahead.result())

    async def _request_page(
        self, query: HistoryQuery, offset: int | None, limit: int | None
    ) -> httpx.Response:
        from sipgate_api.api.history import list_history

        request = list_history._get_kwargs(
            **api_filter_kwargs(query, offset=offset, limit=limit),
            phonenumber=_unset_if_none(query.phonenumber),
        )
        request["params"].update(query.time_range())  # sipgate's UTC form of from/to
        request["extensions"] = _io.request_extensions()
        return await _read.send(self._client, request)

    async def _export_page(self, query: HistoryQuery, offset: int | None, limit: int | None) -> str:
        from sipgate_api.api.history import export_history_csv

        kwargs = export_history_csv._get_kwargs(
            **api_filter_kwargs(query, offset=offset, limit=limit)
        )
        kwargs["params"].update(query.time_range())  # kwargs ask for CSV in Accept already
        return (await _read.send(self._client, kwargs)).text


def _unset_if_none(value: Any) -> Any:
    from sipgate_api.types import UNSET

    return UNSET if value is None else value


def _decoded(response: httpx.Response) -> tuple[list[Any], int | None]:
    """The entries of a ``GET /history`` answer, decoded for ``_wire.builder(HistoryEntry)``,
    and ``totalCount``."""
    try:
        return _wire.decode_items(response.content, HistoryEntry)
    except ValueError:
        raise _read.unreadable(response) from None
