"""Decoded JSON history entries → sipgateio's typed entries (no I/O).

Pages hold up to 1000 entries, so entries are built straight from the decoded JSON
instead of going through the generated models first (which costs twice as much).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any, TypeVar

from sipgateio._enums import OpenStrEnum
from sipgateio.models import (
    BaseHistoryEntry,
    CallHistoryEntry,
    CallRecording,
    CallStatusType,
    Endpoint,
    FaxHistoryEntry,
    FaxStatus,
    HistoryDirection,
    HistoryEntry,
    HistoryEntryStatus,
    HistoryEntryType,
    RoutedEndpoint,
    SmsHistoryEntry,
    VoicemailHistoryEntry,
)


def parse_timestamp(value: object) -> datetime | None:
    """An aware ``datetime`` from an ISO-8601 string; zone-less values are taken as UTC.

    Anything else (``None``, an empty or malformed string) gives ``None`` rather than an error,
    so one odd field never makes a whole page unreadable.
    """
    if type(value) is not str or not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def _text(value: object) -> str:
    return value if type(value) is str else ""


def _strings(value: object) -> list[str]:
    # The decoded list is ours alone, so when it holds only strings it is kept, not copied.
    if type(value) is not list:
        return []
    if all(type(item) is str for item in value):
        return value
    return [item for item in value if type(item) is str]


def _integer(value: object) -> int | None:
    return value if type(value) is int else None


_EndpointKey = tuple[str, str, str]


def _endpoints(value: object, known: dict[_EndpointKey, RoutedEndpoint]) -> list[RoutedEndpoint]:
    """The routed endpoints of an entry; equal ones are shared (they are immutable)."""
    if type(value) is not list:
        return []
    routed: list[Any] = value  # filled in place: one list less per entry for the GC to track
    malformed = False
    for index, item in enumerate(value):
        if type(item) is not dict:
            routed[index], malformed = None, True
            continue
        endpoint = item.get("endpoint")
        if type(endpoint) is not dict:
            endpoint = {}
        key = (
            _text(item.get("type")),
            _text(endpoint.get("extension")),
            _text(endpoint.get("type")),
        )
        shared = known.get(key)
        if shared is None:
            endpoint_value = Endpoint(extension=key[1], type=key[2])
            shared = known[key] = RoutedEndpoint(type=key[0], endpoint=endpoint_value)
        routed[index] = shared
    if malformed:
        routed[:] = [item for item in routed if item is not None]
    return routed


def _recordings(value: object) -> list[CallRecording]:
    if type(value) is not list:
        return []
    return [
        CallRecording(id=_text(item.get("id")), url=_text(item.get("url")))
        for item in value
        if type(item) is dict
    ]


_E = TypeVar("_E", bound=OpenStrEnum)


def _optional_enum(enum: type[_E], value: object) -> _E | None:
    if type(value) is not str or not value:
        return None
    member = enum._value2member_map_.get(value)
    return member if member is not None else enum(value)  # type: ignore[return-value]


def history_entry_from_wire(data: Mapping[str, Any]) -> HistoryEntry:
    """Build the typed entry for one decoded JSON history entry (``faxStatusType`` → ``fax_status``)."""
    return entry_converter()(data)


def entry_converter() -> Callable[[Mapping[str, Any]], HistoryEntry]:
    """A function that builds typed entries from decoded JSON entries, one at a time.

    Use one per walk over the history: it shares equal routed endpoints between entries.
    Each field is read once and its JSON type checked: a missing or mistyped field gets its
    empty default instead of failing. Lists of the decoded entry are taken over, not copied.
    """
    known_endpoints: dict[_EndpointKey, RoutedEndpoint] = {}

    def convert(data: Mapping[str, Any]) -> HistoryEntry:
        return _entry(data, known_endpoints)

    return convert


def _entry(
    data: Mapping[str, Any], known_endpoints: dict[_EndpointKey, RoutedEndpoint]
) -> HistoryEntry:
    get = data.get
    kind = _optional_enum(HistoryEntryType, get("type")) or HistoryEntryType("")
    common: dict[str, Any] = {
        "id": str(get("id", "")),
        "source": _text(get("source")),
        "target": _text(get("target")),
        "source_alias": _text(get("sourceAlias")),
        "target_alias": _text(get("targetAlias")),
        "created": parse_timestamp(get("created")),
        "last_modified": parse_timestamp(get("lastModified")),
        "direction": _optional_enum(HistoryDirection, get("direction")),
        "incoming": get("incoming") is True,
        "status": _optional_enum(HistoryEntryStatus, get("status")),
        "connection_ids": _strings(get("connectionIds")),
        "read": get("read") is True,
        "archived": get("archived") is True,
        "note": _text(get("note")),
        "endpoints": _endpoints(get("endpoints"), known_endpoints),
        "starred": get("starred") is True,
        "labels": _strings(get("labels")),
    }
    if kind is HistoryEntryType.CALL:
        return CallHistoryEntry(
            **common,
            call_id=_text(get("callId")),
            recordings=_recordings(get("recordings")),
            duration=_integer(get("duration")),
            call_status=_optional_enum(CallStatusType, get("callStatus")),
        )
    if kind is HistoryEntryType.FAX:
        return FaxHistoryEntry(
            **common,
            fax_status=_optional_enum(FaxStatus, get("faxStatusType")),
            scheduled=parse_timestamp(get("scheduled")),
            document_url=_text(get("documentUrl")),
            report_url=_text(get("reportUrl")),
            preview_url=_text(get("previewUrl")),
            page_count=_integer(get("pageCount")),
        )
    if kind is HistoryEntryType.SMS:
        return SmsHistoryEntry(
            **common,
            sms_content=_text(get("smsContent")),
            scheduled=parse_timestamp(get("scheduled")),
        )
    if kind is HistoryEntryType.VOICEMAIL:
        return VoicemailHistoryEntry(
            **common,
            transcription=_text(get("transcription")),
            recording_url=_text(get("recordingUrl")),
            duration=_integer(get("duration")),
        )
    return BaseHistoryEntry(type=kind, **common)


def history_page_items(body: Mapping[str, Any]) -> tuple[list[dict[str, Any]], int | None]:
    """The decoded entries of one ``GET /history`` page, and its ``totalCount`` if sent."""
    items = body.get("items")
    total = body.get("totalCount")
    entries = [item for item in items if type(item) is dict] if type(items) is list else []
    return entries, total if type(total) is int else None
