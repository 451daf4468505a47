"""History requests without I/O: filters → query values, and update plans for batches."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from typing import Any, Final, TypeVar

import attrs

from sipgateio._enums import OpenStrEnum
from sipgateio._validation import check_encodable, check_extension, check_instance, check_text
from sipgateio.errors import ValidationError
from sipgateio.models import (
    BaseHistoryEntry,
    BaseHistoryFilter,
    HistoryDirection,
    HistoryEntryType,
    HistoryEntryUpdateOptions,
    HistoryFilter,
    Pagination,
    Starred,
)

# The API's largest page; fetching everything uses pages of this size.
MAX_PAGE_SIZE: Final = 1000
# PUT /history takes "less than 150" entries.
MAX_BATCH_SIZE: Final = 149

_E = TypeVar("_E", bound=OpenStrEnum)
# A physical line as the csv module counts them (ends in CRLF, CR or LF, or the text ends).
_PHYSICAL_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")


@attrs.frozen(kw_only=True)
class HistoryQuery:
    """The query values of ``GET /history`` and ``GET /history/export``, as sent."""

    connection_ids: list[str] | None = None
    types: list[str] | None = None
    directions: list[str] | None = None
    archived: bool | None = None
    starred: str | None = None
    from_: str | None = None
    to: str | None = None
    phonenumber: str | None = None

    def time_range(self) -> dict[str, str]:
        """``from`` and ``to`` as query parameters (only those that are set)."""
        times = {"from": self.from_, "to": self.to}
        return {key: value for key, value in times.items() if value is not None}


def utc_timestamp(value: datetime) -> str:
    """``value`` as sipgate's examples write times: UTC, milliseconds, ``Z``."""
    utc = value.astimezone(UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


def history_query(filter: BaseHistoryFilter | None, *, export: bool = False) -> HistoryQuery:
    """Check ``filter`` and turn it into query values (``export`` refuses ``phonenumber``)."""
    if filter is None:
        return HistoryQuery()
    expected = BaseHistoryFilter if export else HistoryFilter
    check_instance(filter, expected, argument="filter")
    phonenumber = getattr(filter, "phonenumber", None)
    if phonenumber is not None:
        if export:
            raise ValidationError(
                "filter.phonenumber cannot narrow a history export (sipgate's export has no "
                "phone number filter); pass a BaseHistoryFilter without it",
                argument="filter.phonenumber",
                value=phonenumber,
            )
        check_text(phonenumber, argument="filter.phonenumber")
    if filter.archived is not None and not isinstance(filter.archived, bool):
        raise ValidationError(
            f"filter.archived must be True, False or None; got {filter.archived!r}",
            argument="filter.archived",
            value=filter.archived,
        )
    start = _aware(filter.start_date, "filter.start_date")
    end = _aware(filter.end_date, "filter.end_date")
    if start is not None and end is not None and start > end:
        raise ValidationError(
            f"filter.start_date ({start.isoformat()}) lies after filter.end_date "
            f"({end.isoformat()}); no entry can match",
            argument="filter.start_date",
            value=start,
        )
    connection_ids = _listed(filter.connection_ids, "filter.connection_ids")
    return HistoryQuery(
        connection_ids=None
        if connection_ids is None
        else [
            check_extension(value, argument=f"filter.connection_ids[{index}]")
            for index, value in enumerate(connection_ids)
        ],
        types=_known(HistoryEntryType, filter.types, "filter.types"),
        directions=_known(HistoryDirection, filter.directions, "filter.directions"),
        archived=filter.archived,
        starred=_starred(filter.starred),
        from_=None if start is None else utc_timestamp(start),
        to=None if end is None else utc_timestamp(end),
        phonenumber=phonenumber,
    )


def _listed(values: object, argument: str) -> list[Any] | None:
    if values is None:
        return None
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        raise ValidationError(
            f"{argument} must be a list; got {values!r}", argument=argument, value=values
        )
    return list(values)


def _known(kind: type[_E], values: object, argument: str) -> list[str] | None:
    listed = _listed(values, argument)
    if listed is None:
        return None
    known = [member.value for member in kind]
    for value in listed:
        if value not in known:
            raise ValidationError(
                f"{argument} may hold {', '.join(known)}; got {value!r}",
                argument=argument,
                value=value,
            )
    return [str(value) for value in listed]


def _starred(value: object) -> str | None:
    if value is None:
        return None
    if value is True or value == Starred.STARRED:
        return Starred.STARRED.value
    if value is False or value == Starred.UNSTARRED:
        return Starred.UNSTARRED.value
    raise ValidationError(
        f"filter.starred must be True, False, Starred.STARRED, Starred.UNSTARRED or None; "
        f"got {value!r}",
        argument="filter.starred",
        value=value,
    )


def _aware(value: object, argument: str) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, datetime):
        raise ValidationError(
            f"{argument} must be a datetime; got {value!r}", argument=argument, value=value
        )
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError(
            f"{argument} must be timezone-aware, e.g. datetime(2024, 1, 31, tzinfo=timezone.utc); "
            f"got {value!r}",
            argument=argument,
            value=value,
        )
    return value


def page_bounds(
    pagination: Pagination, *, max_limit: int | None = None
) -> tuple[int | None, int | None]:
    """``(offset, limit)`` of a caller's ``pagination``, checked against the API's page limit."""
    check_instance(pagination, Pagination, argument="pagination")
    if max_limit is not None and pagination.limit is not None and pagination.limit > max_limit:
        raise ValidationError(
            f"pagination.limit must be at most {max_limit} (the API's largest page); got "
            f"{pagination.limit}. Leave pagination out to get every entry",
            argument="pagination.limit",
            value=pagination.limit,
        )
    return pagination.offset, pagination.limit


def check_entry_ids(entry_ids: object) -> list[str]:
    """The ids to delete; an empty list is refused, as sipgate reads it as "delete everything"."""
    listed = _listed(entry_ids, "entry_ids")
    if not listed:
        raise ValidationError(
            "entry_ids is empty; sipgate would read a delete without ids as 'delete the whole "
            "history', so nothing was sent",
            argument="entry_ids",
            value=entry_ids,
        )
    return [check_text(value, argument=f"entry_ids[{index}]") for index, value in enumerate(listed)]


@attrs.frozen
class UpdateRequest:
    """One request of ``batch_update_events``.

    With ``note_entry_id`` set it is ``PUT /history/{id}`` with the ``fields`` of that entry
    (the batch endpoint cannot change notes); otherwise ``PUT /history`` with ``items``, at
    most ``MAX_BATCH_SIZE`` of ``{"id": ..., flags...}``. Keys are the wire names.
    """

    entry_ids: list[str]
    note_entry_id: str | None = None
    fields: dict[str, Any] = attrs.field(factory=dict)
    items: list[dict[str, Any]] = attrs.field(factory=list)


def plan_updates(
    events: Sequence[BaseHistoryEntry],
    callback: Callable[[Any], HistoryEntryUpdateOptions | None],
) -> list[UpdateRequest]:
    """Ask ``callback`` for each event's changes and group them into requests.

    Events whose options are all unset (or ``None``) are left out; no request is empty.
    """
    listed = _listed(events, "events") or []
    if not callable(callback):
        raise ValidationError(
            f"callback must be callable; got {callback!r}", argument="callback", value=callback
        )
    requests: list[UpdateRequest] = []
    flags: list[dict[str, Any]] = []
    for index, event in enumerate(listed):
        check_instance(event, BaseHistoryEntry, argument=f"events[{index}]")
        options = callback(event)
        if options is None:
            continue
        check_instance(options, HistoryEntryUpdateOptions, argument="callback's return value")
        fields = _changed_fields(options)
        if "note" in fields:
            requests.append(UpdateRequest([event.id], note_entry_id=event.id, fields=fields))
        elif fields:
            flags.append({"id": event.id, **fields})
    for start in range(0, len(flags), MAX_BATCH_SIZE):
        batch = flags[start : start + MAX_BATCH_SIZE]
        requests.append(UpdateRequest([item["id"] for item in batch], items=batch))
    return requests


def _changed_fields(options: HistoryEntryUpdateOptions) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    for name in ("archived", "starred", "read"):
        value = getattr(options, name)
        if value is None:
            continue
        if not isinstance(value, bool):
            raise ValidationError(
                f"HistoryEntryUpdateOptions.{name} must be True, False or None; got {value!r}",
                argument=name,
                value=value,
            )
        fields[name] = value
    if options.note is not None:
        if not isinstance(options.note, str):
            raise ValidationError(
                f"HistoryEntryUpdateOptions.note must be a str or None; got {options.note!r}",
                argument="note",
                value=options.note,
            )
        check_encodable(options.note, argument="note")
        fields["note"] = options.note
    return fields


def api_filter_kwargs(
    query: HistoryQuery, *, offset: int | None, limit: int | None
) -> dict[str, Any]:
    """Keyword arguments of the generated history list/export functions for ``query``.

    ``from`` and ``to`` are left out: add ``query.time_range()`` to the request's query,
    because the generated client would write ``+00:00`` where sipgate's examples use ``Z``.
    """
    from sipgate_api.models import HistoryDirection as ApiDirection
    from sipgate_api.models import HistoryEntryType as ApiEntryType
    from sipgate_api.models import StarredFilter
    from sipgate_api.types import UNSET

    def unset(value: Any) -> Any:
        return UNSET if value is None else value

    return {
        "connection_ids": unset(query.connection_ids),
        "types": UNSET if query.types is None else [ApiEntryType(t) for t in query.types],
        "directions": UNSET
        if query.directions is None
        else [ApiDirection(d) for d in query.directions],
        "archived": unset(query.archived),
        "starred": UNSET if query.starred is None else [StarredFilter(query.starred)],
        "offset": unset(offset),
        "limit": unset(limit),
    }


def csv_record_count(page: str) -> int:
    """The number of entries in one page of the CSV export (records after the header)."""
    rows = csv.reader(io.StringIO(page, newline=""))
    return max(0, sum(1 for row in rows if any(cell.strip() for cell in row)) - 1)


def join_csv_pages(pages: Sequence[str]) -> str:
    """Join CSV export pages into one document with the first page's header line."""
    if not pages:
        return ""
    parts = [pages[0]]
    for page in pages[1:]:
        body = _without_header(page)
        if not body:
            continue
        if not parts[-1].endswith(("\n", "\r")):
            parts.append("\r\n" if "\r\n" in pages[0] else "\n")
        parts.append(body)
    return "".join(parts)


def _without_header(page: str) -> str:
    """``page`` minus its first record (the header), which may span several lines."""
    reader = csv.reader(io.StringIO(page, newline=""))
    for row in reader:
        if any(cell.strip() for cell in row):
            break
    else:
        return ""
    lines = _PHYSICAL_LINE.findall(page)
    return "".join(lines[reader.line_num :])
