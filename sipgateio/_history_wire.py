"""History pages as sipgate sends them → sipgateio's typed entries (no I/O).

Pages hold up to 1000 entries, so entries are built straight from the JSON instead of
going through the generated models first (which costs twice as much). A page is read in
one of two ways:

* the fast way (``read_history_page``): msgspec decodes the page in C straight into the
  private ``_Wire*`` structs below, checking every field's JSON type on the way, so turning
  them into typed entries only renames, maps enum values and parses dates. Measured on a
  1000-entry page (bench/contacts_history_bench.py; 2 cores): ``json.loads`` alone 2.7 ms,
  ``json.loads`` plus the tolerant conversion below 7 ms, the fast way about 3.5 ms;
* the tolerant way, for a page with anything the structs do not expect (a field of
  another JSON type, a kind of entry sipgate adds later, a body that is no JSON object):
  the standard ``json`` module decodes it, and ``entry_converter`` reads each field once,
  giving a missing or mistyped field its empty default instead of failing.

Both give equal entries for a page both can read (``tests/contacts_history``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from functools import partial
from types import MemberDescriptorType
from typing import Any, Final, TypeVar

import attrs
import msgspec

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


def entry_converter() -> Callable[[Any], HistoryEntry]:
    """A function that builds typed entries, one at a time, from decoded JSON entries or
    the entries ``read_history_page`` returns.

    Use one per walk over the history: it shares equal routed endpoints between entries.
    Each field is read once and its JSON type checked: a missing or mistyped field gets its
    empty default instead of failing. Lists of the decoded entry are taken over, not copied.
    """
    known_endpoints: dict[_EndpointKey, RoutedEndpoint] = {}
    known_routed: dict[_WireRoutedEndpoint, RoutedEndpoint] = {}
    from_dict = partial(_entry, known_endpoints)
    from_struct = partial(_entry_from_struct, known_routed)

    def convert(data: Any) -> HistoryEntry:
        return from_dict(data) if type(data) is dict else from_struct(data)

    return convert


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


# --- building entries --------------------------------------------------------------------------
# A frozen attrs class sets each field in __init__ through object.__setattr__, a Python-level
# call per field. The history types have no validators, converters or hooks, so the fast way
# sets the slots directly, as attrs' __init__ would, through the slots' own descriptors: for
# the 22 fields of a call entry 1.3 µs instead of 2.2 µs (bench/contacts_history_bench.py's
# entries, 2 cores). The entries are equal to those __init__ builds (tests/contacts_history).

_T = TypeVar("_T")


def _slot_builder(cls: type[_T], parameters: str) -> Callable[..., _T]:
    """A function taking the fields of ``cls`` positionally, in the order ``parameters`` names.

    ``parameters`` must name every field: a field added to ``cls`` and not here is an error
    as soon as this module loads.
    """
    names = parameters.split()
    fields = {f.name: f for f in attrs.fields(cls)}  # type: ignore[arg-type]  # attrs classes
    if sorted(names) != sorted(fields):
        raise TypeError(f"{cls.__name__} has the fields {sorted(fields)}, not {sorted(names)}")
    plain = (
        "__slots__" in cls.__dict__
        and not hasattr(cls, "__attrs_pre_init__")
        and not hasattr(cls, "__attrs_post_init__")
        and all(f.init and f.validator is None and f.converter is None for f in fields.values())
    )
    slots = [next((k.__dict__[n] for k in cls.__mro__ if n in k.__dict__), None) for n in names]
    if not plain or not all(isinstance(slot, MemberDescriptorType) for slot in slots):
        # A class the shortcut does not fit: its own __init__, by keyword.
        return lambda *values: cls(**dict(zip(names, values, strict=True)))
    namespace: dict[str, Any] = {"_new": object.__new__, "_cls": cls}
    lines = [f"def build({', '.join(names)}):", "    entry = _new(_cls)"]
    for index, (name, slot) in enumerate(zip(names, slots, strict=True)):
        namespace[f"_set{index}"] = slot.__set__  # type: ignore[union-attr]  # checked above
        lines.append(f"    _set{index}(entry, {name})")
    lines.append("    return entry")
    exec("\n".join(lines), namespace)  # noqa: S102 - the source is built above from field names
    build: Callable[..., _T] = namespace["build"]
    return build


_BASE_FIELDS: Final = (
    "id source target source_alias target_alias created last_modified direction incoming "
    "status connection_ids read archived note endpoints starred labels type"
)
_CALL_ENTRY: Final = _slot_builder(
    CallHistoryEntry, f"{_BASE_FIELDS} call_id recordings duration call_status"
)
_FAX_ENTRY: Final = _slot_builder(
    FaxHistoryEntry,
    f"{_BASE_FIELDS} fax_status scheduled document_url report_url preview_url page_count",
)
_SMS_ENTRY: Final = _slot_builder(SmsHistoryEntry, f"{_BASE_FIELDS} sms_content scheduled")
_VOICEMAIL_ENTRY: Final = _slot_builder(
    VoicemailHistoryEntry, f"{_BASE_FIELDS} transcription recording_url duration"
)


# --- the fast way ------------------------------------------------------------------------------
# Field types follow sipgate's API description; ``None`` is allowed where a JSON null means
# the same as the field's empty value (as in the tolerant way). Unknown fields are skipped.
# The structs live only while a page is converted and hold no cycles, hence gc=False.


class _WireEndpoint(msgspec.Struct, frozen=True, gc=False):
    extension: str | None = None
    type: str | None = None


class _WireRoutedEndpoint(msgspec.Struct, frozen=True, gc=False):  # hashable: a dict key
    type: str | None = None
    endpoint: _WireEndpoint | None = None


class _WireRecording(msgspec.Struct, gc=False):
    id: str | None = None
    url: str | None = None


class _WireEntry(msgspec.Struct, rename="camel", tag_field="type", gc=False):
    id: str | int = ""
    source: str | None = None
    target: str | None = None
    source_alias: str | None = None
    target_alias: str | None = None
    created: datetime | None = None
    last_modified: datetime | None = None
    direction: str | None = None
    incoming: bool | None = None
    status: str | None = None
    connection_ids: list[str] | None = None
    read: bool | None = None
    archived: bool | None = None
    note: str | None = None
    endpoints: list[_WireRoutedEndpoint] | None = None
    starred: bool | None = None
    labels: list[str] | None = None


class _WireCall(_WireEntry, tag="CALL"):
    call_id: str | None = None
    recordings: list[_WireRecording] | None = None
    duration: int | None = None
    call_status: str | None = None


class _WireFax(_WireEntry, tag="FAX"):
    fax_status_type: str | None = None
    scheduled: datetime | None = None
    document_url: str | None = None
    report_url: str | None = None
    preview_url: str | None = None
    page_count: int | None = None


class _WireSms(_WireEntry, tag="SMS"):
    sms_content: str | None = None
    scheduled: datetime | None = None


class _WireVoicemail(_WireEntry, tag="VOICEMAIL"):
    transcription: str | None = None
    recording_url: str | None = None
    duration: int | None = None


class _WirePage(msgspec.Struct, rename="camel", gc=False):
    items: list[_WireCall | _WireFax | _WireSms | _WireVoicemail] = []
    total_count: int | None = None


_PAGE_DECODER: Final = msgspec.json.Decoder(_WirePage)


def read_history_page(content: bytes) -> tuple[list[Any], int | None]:
    """The entries of one ``GET /history`` body, for ``entry_converter``, and its ``totalCount``.

    Raises ``ValueError`` when the body is no JSON object.
    """
    try:
        page = _PAGE_DECODER.decode(content)
    except msgspec.DecodeError:  # not what the structs expect: read it the tolerant way
        body = json.loads(content)
        if not isinstance(body, dict):
            raise ValueError("not a JSON object") from None
        return history_page_items(body)
    return page.items, page.total_count


def _routed(
    value: list[_WireRoutedEndpoint] | None, known: dict[_WireRoutedEndpoint, RoutedEndpoint]
) -> list[RoutedEndpoint]:
    """The routed endpoints of an entry; equal ones are shared (they are immutable)."""
    if not value:
        return []
    routed = []
    for item in value:
        shared = known.get(item)
        if shared is None:
            endpoint = item.endpoint or _NO_ENDPOINT
            shared = known[item] = RoutedEndpoint(
                type=item.type or "",
                endpoint=Endpoint(extension=endpoint.extension or "", type=endpoint.type or ""),
            )
        routed.append(shared)
    return routed


_NO_ENDPOINT: Final = _WireEndpoint()


def _aware(value: datetime | None) -> datetime | None:
    """A decoded time; one without zone is taken as UTC (as ``parse_timestamp`` does)."""
    return value.replace(tzinfo=UTC) if value is not None and value.tzinfo is None else value


def _entry_from_struct(
    known_routed: dict[_WireRoutedEndpoint, RoutedEndpoint], wire: _WireEntry
) -> HistoryEntry:
    # As _entry does for a decoded dict, with the JSON types already checked by msgspec.
    raw: Any = wire.id
    entry_id = raw if type(raw) is str else str(raw)
    created = wire.created
    if created is not None and created.tzinfo is None:
        created = created.replace(tzinfo=UTC)
    last_modified = wire.last_modified
    if last_modified is not None and last_modified.tzinfo is None:
        last_modified = last_modified.replace(tzinfo=UTC)
    raw = wire.direction
    direction = _DIRECTION(raw) if raw else None
    if direction is None and raw:
        direction = _optional_enum(HistoryDirection, raw)
    raw = wire.status
    status = _STATUS(raw) if raw else None
    if status is None and raw:
        status = _optional_enum(HistoryEntryStatus, raw)
    source = wire.source or ""
    target = wire.target or ""
    source_alias = wire.source_alias or ""
    target_alias = wire.target_alias or ""
    connection_ids = raw if (raw := wire.connection_ids) is not None else []
    note = wire.note or ""
    endpoints = _routed(wire.endpoints, known_routed)
    labels = raw if (raw := wire.labels) is not None else []
    incoming = wire.incoming is True
    read = wire.read is True
    archived = wire.archived is True
    starred = wire.starred is True
    # The fields every kind has, in the order of _BASE_FIELDS (less its type).
    common = (
        entry_id,
        source,
        target,
        source_alias,
        target_alias,
        created,
        last_modified,
        direction,
        incoming,
        status,
        connection_ids,
        read,
        archived,
        note,
        endpoints,
        starred,
        labels,
    )
    kind = type(wire)
    if kind is _WireCall:
        call: Any = wire
        raw = call.call_status
        call_status = _CALL_STATUS(raw) if raw else None
        if call_status is None and raw:
            call_status = _optional_enum(CallStatusType, raw)
        recordings = call.recordings
        return _CALL_ENTRY(
            *common,
            _CALL,
            call.call_id or "",
            [CallRecording(id=r.id or "", url=r.url or "") for r in recordings]
            if recordings
            else [],
            call.duration,
            call_status,
        )
    if kind is _WireFax:
        fax: Any = wire
        raw = fax.fax_status_type
        fax_status = _FAX_STATUS(raw) if raw else None
        if fax_status is None and raw:
            fax_status = _optional_enum(FaxStatus, raw)
        return _FAX_ENTRY(
            *common,
            _FAX,
            fax_status,
            _aware(fax.scheduled),
            fax.document_url or "",
            fax.report_url or "",
            fax.preview_url or "",
            fax.page_count,
        )
    if kind is _WireSms:
        sms: Any = wire
        return _SMS_ENTRY(
            *common,
            _SMS,
            sms.sms_content or "",
            _aware(sms.scheduled),
        )
    voicemail: Any = wire
    return _VOICEMAIL_ENTRY(
        *common,
        _VOICEMAIL,
        voicemail.transcription or "",
        voicemail.recording_url or "",
        voicemail.duration,
    )
