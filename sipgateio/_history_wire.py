"""Decoded JSON history entries → sipgateio's typed entries (no I/O).

Pages hold up to 1000 entries, so entries are built straight from the decoded JSON
instead of going through the generated models first (which costs twice as much).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from functools import partial
from typing import Any, Final, TypeVar

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
    for item in value:
        if type(item) is not str:
            return [item for item in value if type(item) is str]
    return value


# Keyed by the raw values: equal raw values always give the same endpoint (only strings are
# kept, and a string equals nothing but a string), and reading them needs no checks.
_EndpointKey = tuple[object, object, object]


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
        key: _EndpointKey = (
            (item.get("type"), endpoint.get("extension"), endpoint.get("type"))
            if type(endpoint) is dict
            else (item.get("type"), None, None)
        )
        try:
            shared = known.get(key)
        except TypeError:  # a list or an object where text belongs
            key = (_text(key[0]), _text(key[1]), _text(key[2]))
            shared = known.get(key)
        if shared is None:
            endpoint_value = Endpoint(extension=_text(key[1]), type=_text(key[2]))
            shared = known[key] = RoutedEndpoint(type=_text(key[0]), endpoint=endpoint_value)
        routed[index] = shared
    if malformed:
        routed[:] = [item for item in routed if item is not None]
    return routed


def _recordings(value: object) -> list[CallRecording]:
    if type(value) is not list:
        return []
    if not value:
        return value  # the decoded empty list is ours alone: kept, not replaced
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


# The listed members by value. Values sipgate adds later are not in these maps; they go
# through _optional_enum, which makes an open member for them.
_KIND: Final[Callable[[str], Any]] = HistoryEntryType._value2member_map_.get
_DIRECTION: Final[Callable[[str], Any]] = HistoryDirection._value2member_map_.get
_STATUS: Final[Callable[[str], Any]] = HistoryEntryStatus._value2member_map_.get
_CALL_STATUS: Final[Callable[[str], Any]] = CallStatusType._value2member_map_.get
_FAX_STATUS: Final[Callable[[str], Any]] = FaxStatus._value2member_map_.get
_CALL: Final = HistoryEntryType.CALL
_FAX: Final = HistoryEntryType.FAX
_SMS: Final = HistoryEntryType.SMS
_VOICEMAIL: Final = HistoryEntryType.VOICEMAIL


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
    return partial(_entry, known_endpoints)


def _entry(
    known_endpoints: dict[_EndpointKey, RoutedEndpoint], data: Mapping[str, Any]
) -> HistoryEntry:
    # This runs for every entry of every page, so the checks of _text, _optional_enum and
    # parse_timestamp are written out here (a call per field cost more than the rest); each
    # gives exactly what the helper would.
    get = data.get
    raw: Any = get("type")
    kind = _KIND(raw) if type(raw) is str else None
    if kind is None:
        kind = _optional_enum(HistoryEntryType, raw) or HistoryEntryType("")
    raw = get("id", "")
    entry_id = raw if type(raw) is str else str(raw)
    source = raw if type(raw := get("source")) is str else ""
    target = raw if type(raw := get("target")) is str else ""
    source_alias = raw if type(raw := get("sourceAlias")) is str else ""
    target_alias = raw if type(raw := get("targetAlias")) is str else ""
    created = parse_timestamp(raw) if (raw := get("created")) else None
    last_modified = parse_timestamp(raw) if (raw := get("lastModified")) else None
    raw = get("direction")
    direction = _DIRECTION(raw) if type(raw) is str else None
    if direction is None and raw:
        direction = _optional_enum(HistoryDirection, raw)
    raw = get("status")
    status = _STATUS(raw) if type(raw) is str else None
    if status is None and raw:
        status = _optional_enum(HistoryEntryStatus, raw)
    connection_ids = _strings(get("connectionIds"))
    note = raw if type(raw := get("note")) is str else ""
    endpoints = _endpoints(get("endpoints"), known_endpoints)
    labels = _strings(get("labels"))
    incoming = get("incoming") is True
    read = get("read") is True
    archived = get("archived") is True
    starred = get("starred") is True
    if kind is _CALL:
        raw = get("callStatus")
        call_status = _CALL_STATUS(raw) if type(raw) is str else None
        if call_status is None and raw:
            call_status = _optional_enum(CallStatusType, raw)
        return CallHistoryEntry(
            id=entry_id,
            source=source,
            target=target,
            source_alias=source_alias,
            target_alias=target_alias,
            created=created,
            last_modified=last_modified,
            direction=direction,
            incoming=incoming,
            status=status,
            connection_ids=connection_ids,
            read=read,
            archived=archived,
            note=note,
            endpoints=endpoints,
            starred=starred,
            labels=labels,
            call_id=raw if type(raw := get("callId")) is str else "",
            recordings=_recordings(get("recordings")),
            duration=raw if type(raw := get("duration")) is int else None,
            call_status=call_status,
        )
    if kind is _FAX:
        raw = get("faxStatusType")
        fax_status = _FAX_STATUS(raw) if type(raw) is str else None
        if fax_status is None and raw:
            fax_status = _optional_enum(FaxStatus, raw)
        return FaxHistoryEntry(
            id=entry_id,
            source=source,
            target=target,
            source_alias=source_alias,
            target_alias=target_alias,
            created=created,
            last_modified=last_modified,
            direction=direction,
            incoming=incoming,
            status=status,
            connection_ids=connection_ids,
            read=read,
            archived=archived,
            note=note,
            endpoints=endpoints,
            starred=starred,
            labels=labels,
            fax_status=fax_status,
            scheduled=parse_timestamp(raw) if (raw := get("scheduled")) else None,
            document_url=raw if type(raw := get("documentUrl")) is str else "",
            report_url=raw if type(raw := get("reportUrl")) is str else "",
            preview_url=raw if type(raw := get("previewUrl")) is str else "",
            page_count=raw if type(raw := get("pageCount")) is int else None,
        )
    if kind is _SMS:
        return SmsHistoryEntry(
            id=entry_id,
            source=source,
            target=target,
            source_alias=source_alias,
            target_alias=target_alias,
            created=created,
            last_modified=last_modified,
            direction=direction,
            incoming=incoming,
            status=status,
            connection_ids=connection_ids,
            read=read,
            archived=archived,
            note=note,
            endpoints=endpoints,
            starred=starred,
            labels=labels,
            sms_content=raw if type(raw := get("smsContent")) is str else "",
            scheduled=parse_timestamp(raw) if (raw := get("scheduled")) else None,
        )
    if kind is _VOICEMAIL:
        return VoicemailHistoryEntry(
            id=entry_id,
            source=source,
            target=target,
            source_alias=source_alias,
            target_alias=target_alias,
            created=created,
            last_modified=last_modified,
            direction=direction,
            incoming=incoming,
            status=status,
            connection_ids=connection_ids,
            read=read,
            archived=archived,
            note=note,
            endpoints=endpoints,
            starred=starred,
            labels=labels,
            transcription=raw if type(raw := get("transcription")) is str else "",
            recording_url=raw if type(raw := get("recordingUrl")) is str else "",
            duration=raw if type(raw := get("duration")) is int else None,
        )
    return BaseHistoryEntry(
        id=entry_id,
        type=kind,
        source=source,
        target=target,
        source_alias=source_alias,
        target_alias=target_alias,
        created=created,
        last_modified=last_modified,
        direction=direction,
        incoming=incoming,
        status=status,
        connection_ids=connection_ids,
        read=read,
        archived=archived,
        note=note,
        endpoints=endpoints,
        starred=starred,
        labels=labels,
    )


def history_page_items(body: Mapping[str, Any]) -> tuple[list[dict[str, Any]], int | None]:
    """The decoded entries of one ``GET /history`` page, and its ``totalCount`` if sent."""
    items = body.get("items")
    total = body.get("totalCount")
    entries = [item for item in items if type(item) is dict] if type(items) is list else []
    return entries, total if type(total) is int else None
