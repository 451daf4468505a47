"""The `history` operations, and classes that bind them to a client.

Each operation is a module of this package (``sync_detailed``, ``asyncio_detailed``, ...).
`HistoryEndpoints` and `AsyncHistoryEndpoints` offer them as methods of one
client (``client.endpoints.history``); a module is imported when its method is
first called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET

if TYPE_CHECKING:
    import datetime

    from ...client import AuthenticatedClient, Client
    from ...models.call_history_entry import CallHistoryEntry
    from ...models.fax_history_entry import FaxHistoryEntry
    from ...models.history_batch_update_item import HistoryBatchUpdateItem
    from ...models.history_direction import HistoryDirection
    from ...models.history_entry_flag_request import HistoryEntryFlagRequest
    from ...models.history_entry_note_request import HistoryEntryNoteRequest
    from ...models.history_entry_type import HistoryEntryType
    from ...models.history_entry_update import HistoryEntryUpdate
    from ...models.history_page import HistoryPage
    from ...models.other_history_entry import OtherHistoryEntry
    from ...models.sms_history_entry import SmsHistoryEntry
    from ...models.starred_filter import StarredFilter
    from ...models.voicemail_history_entry import VoicemailHistoryEntry
    from ...types import Unset

__all__ = ("AsyncHistoryEndpoints", "HistoryEndpoints")


class HistoryEndpoints:
    """The `history` operations, bound to a synchronous client.

    Arguments left out are left to the server's default; an error answer raises.
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def list_history(
        self,
        *,
        connection_ids: list[str] | Unset = UNSET,
        types: list[HistoryEntryType] | Unset = UNSET,
        directions: list[HistoryDirection] | Unset = UNSET,
        archived: bool | Unset = UNSET,
        starred: list[StarredFilter] | Unset = UNSET,
        from_: datetime.datetime | Unset = UNSET,
        to: datetime.datetime | Unset = UNSET,
        phonenumber: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> HistoryPage:
        """List history entries (``GET /history``)."""
        from .list_history import sync_detailed as call

        response = call(
            client=self._client,
            connection_ids=connection_ids,
            types=types,
            directions=directions,
            archived=archived,
            starred=starred,
            from_=from_,
            to=to,
            phonenumber=phonenumber,
            offset=offset,
            limit=limit,
        )
        return cast("HistoryPage", response.parsed)

    def update_history_entries(
        self,
        *,
        body: list[HistoryBatchUpdateItem],
    ) -> None:
        """Change flags on several history entries at once (``PUT /history``)."""
        from .update_history_entries import sync_detailed as call

        call(client=self._client, body=body)

    def delete_history_entries(
        self,
        *,
        id: list[str],
    ) -> None:
        """Delete several history entries (``DELETE /history``)."""
        from .delete_history_entries import sync_detailed as call

        call(client=self._client, id=id)

    def export_history_csv(
        self,
        *,
        connection_ids: list[str] | Unset = UNSET,
        types: list[HistoryEntryType] | Unset = UNSET,
        directions: list[HistoryDirection] | Unset = UNSET,
        archived: bool | Unset = UNSET,
        starred: list[StarredFilter] | Unset = UNSET,
        from_: datetime.datetime | Unset = UNSET,
        to: datetime.datetime | Unset = UNSET,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> str:
        """Export history entries as CSV (``GET /history/export``)."""
        from .export_history_csv import sync_detailed as call

        response = call(
            client=self._client,
            connection_ids=connection_ids,
            types=types,
            directions=directions,
            archived=archived,
            starred=starred,
            from_=from_,
            to=to,
            offset=offset,
            limit=limit,
        )
        return cast("str", response.parsed)

    def get_history_entry(
        self,
        entry_id: str,
    ) -> CallHistoryEntry | FaxHistoryEntry | OtherHistoryEntry | SmsHistoryEntry | VoicemailHistoryEntry:
        """Fetch one history entry (``GET /history/{entry_id}``)."""
        from .get_history_entry import sync_detailed as call

        response = call(entry_id, client=self._client)
        return cast(
            "CallHistoryEntry | FaxHistoryEntry | OtherHistoryEntry | SmsHistoryEntry | VoicemailHistoryEntry",
            response.parsed,
        )

    def update_history_entry(
        self,
        entry_id: str,
        *,
        body: HistoryEntryUpdate,
    ) -> None:
        """Change one history entry (``PUT /history/{entry_id}``)."""
        from .update_history_entry import sync_detailed as call

        call(entry_id, client=self._client, body=body)

    def delete_history_entry(
        self,
        entry_id: str,
    ) -> None:
        """Delete one history entry (``DELETE /history/{entry_id}``)."""
        from .delete_history_entry import sync_detailed as call

        call(entry_id, client=self._client)

    def set_history_entry_archived(
        self,
        entry_id: str,
        *,
        body: HistoryEntryFlagRequest,
    ) -> None:
        """Archive or unarchive one history entry (``PUT /history/{entry_id}/archive``)."""
        from .set_history_entry_archived import sync_detailed as call

        call(entry_id, client=self._client, body=body)

    def set_history_entry_note(
        self,
        entry_id: str,
        *,
        body: HistoryEntryNoteRequest,
    ) -> CallHistoryEntry | FaxHistoryEntry | OtherHistoryEntry | SmsHistoryEntry | VoicemailHistoryEntry:
        """Replace the note of one history entry (``PUT /history/{entry_id}/note``)."""
        from .set_history_entry_note import sync_detailed as call

        response = call(entry_id, client=self._client, body=body)
        return cast(
            "CallHistoryEntry | FaxHistoryEntry | OtherHistoryEntry | SmsHistoryEntry | VoicemailHistoryEntry",
            response.parsed,
        )

    def set_history_entry_read(
        self,
        entry_id: str,
        *,
        body: HistoryEntryFlagRequest,
    ) -> None:
        """Mark one history entry as read or unread (``PUT /history/{entry_id}/read``)."""
        from .set_history_entry_read import sync_detailed as call

        call(entry_id, client=self._client, body=body)


class AsyncHistoryEndpoints:
    """The `history` operations, bound to an asynchronous client.

    Arguments left out are left to the server's default; an error answer raises.
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def list_history(
        self,
        *,
        connection_ids: list[str] | Unset = UNSET,
        types: list[HistoryEntryType] | Unset = UNSET,
        directions: list[HistoryDirection] | Unset = UNSET,
        archived: bool | Unset = UNSET,
        starred: list[StarredFilter] | Unset = UNSET,
        from_: datetime.datetime | Unset = UNSET,
        to: datetime.datetime | Unset = UNSET,
        phonenumber: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> HistoryPage:
        """List history entries (``GET /history``)."""
        from .list_history import asyncio_detailed as call

        response = await call(
            client=self._client,
            connection_ids=connection_ids,
            types=types,
            directions=directions,
            archived=archived,
            starred=starred,
            from_=from_,
            to=to,
            phonenumber=phonenumber,
            offset=offset,
            limit=limit,
        )
        return cast("HistoryPage", response.parsed)

    async def update_history_entries(
        self,
        *,
        body: list[HistoryBatchUpdateItem],
    ) -> None:
        """Change flags on several history entries at once (``PUT /history``)."""
        from .update_history_entries import asyncio_detailed as call

        await call(client=self._client, body=body)

    async def delete_history_entries(
        self,
        *,
        id: list[str],
    ) -> None:
        """Delete several history entries (``DELETE /history``)."""
        from .delete_history_entries import asyncio_detailed as call

        await call(client=self._client, id=id)

    async def export_history_csv(
        self,
        *,
        connection_ids: list[str] | Unset = UNSET,
        types: list[HistoryEntryType] | Unset = UNSET,
        directions: list[HistoryDirection] | Unset = UNSET,
        archived: bool | Unset = UNSET,
        starred: list[StarredFilter] | Unset = UNSET,
        from_: datetime.datetime | Unset = UNSET,
        to: datetime.datetime | Unset = UNSET,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> str:
        """Export history entries as CSV (``GET /history/export``)."""
        from .export_history_csv import asyncio_detailed as call

        response = await call(
            client=self._client,
            connection_ids=connection_ids,
            types=types,
            directions=directions,
            archived=archived,
            starred=starred,
            from_=from_,
            to=to,
            offset=offset,
            limit=limit,
        )
        return cast("str", response.parsed)

    async def get_history_entry(
        self,
        entry_id: str,
    ) -> CallHistoryEntry | FaxHistoryEntry | OtherHistoryEntry | SmsHistoryEntry | VoicemailHistoryEntry:
        """Fetch one history entry (``GET /history/{entry_id}``)."""
        from .get_history_entry import asyncio_detailed as call

        response = await call(entry_id, client=self._client)
        return cast(
            "CallHistoryEntry | FaxHistoryEntry | OtherHistoryEntry | SmsHistoryEntry | VoicemailHistoryEntry",
            response.parsed,
        )

    async def update_history_entry(
        self,
        entry_id: str,
        *,
        body: HistoryEntryUpdate,
    ) -> None:
        """Change one history entry (``PUT /history/{entry_id}``)."""
        from .update_history_entry import asyncio_detailed as call

        await call(entry_id, client=self._client, body=body)

    async def delete_history_entry(
        self,
        entry_id: str,
    ) -> None:
        """Delete one history entry (``DELETE /history/{entry_id}``)."""
        from .delete_history_entry import asyncio_detailed as call

        await call(entry_id, client=self._client)

    async def set_history_entry_archived(
        self,
        entry_id: str,
        *,
        body: HistoryEntryFlagRequest,
    ) -> None:
        """Archive or unarchive one history entry (``PUT /history/{entry_id}/archive``)."""
        from .set_history_entry_archived import asyncio_detailed as call

        await call(entry_id, client=self._client, body=body)

    async def set_history_entry_note(
        self,
        entry_id: str,
        *,
        body: HistoryEntryNoteRequest,
    ) -> CallHistoryEntry | FaxHistoryEntry | OtherHistoryEntry | SmsHistoryEntry | VoicemailHistoryEntry:
        """Replace the note of one history entry (``PUT /history/{entry_id}/note``)."""
        from .set_history_entry_note import asyncio_detailed as call

        response = await call(entry_id, client=self._client, body=body)
        return cast(
            "CallHistoryEntry | FaxHistoryEntry | OtherHistoryEntry | SmsHistoryEntry | VoicemailHistoryEntry",
            response.parsed,
        )

    async def set_history_entry_read(
        self,
        entry_id: str,
        *,
        body: HistoryEntryFlagRequest,
    ) -> None:
        """Mark one history entry as read or unread (``PUT /history/{entry_id}/read``)."""
        from .set_history_entry_read import asyncio_detailed as call

        await call(entry_id, client=self._client, body=body)
