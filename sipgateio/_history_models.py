"""Public history types (re-exported from ``sipgateio.models`` and ``sipgateio``)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, TypeAlias

import attrs

from sipgateio._enums import OpenStrEnum

if TYPE_CHECKING:
    # FaxStatus lives in sipgateio.models, which imports this module first.
    from sipgateio.models import FaxStatus

__all__ = [
    "BaseHistoryEntry",
    "BaseHistoryFilter",
    "CallHistoryEntry",
    "CallRecording",
    "CallStatusType",
    "Endpoint",
    "FaxHistoryEntry",
    "HistoryDirection",
    "HistoryEntry",
    "HistoryEntryStatus",
    "HistoryEntryType",
    "HistoryEntryUpdateOptions",
    "HistoryFilter",
    "RoutedEndpoint",
    "SmsHistoryEntry",
    "Starred",
    "VoicemailHistoryEntry",
]


class HistoryEntryType(OpenStrEnum):
    """Kind of a history entry."""

    CALL = "CALL"
    VOICEMAIL = "VOICEMAIL"
    SMS = "SMS"
    FAX = "FAX"


class HistoryDirection(OpenStrEnum):
    """Direction of a history entry."""

    INCOMING = "INCOMING"
    OUTGOING = "OUTGOING"
    MISSED_INCOMING = "MISSED_INCOMING"
    MISSED_OUTGOING = "MISSED_OUTGOING"


class HistoryEntryStatus(OpenStrEnum):
    """How a connection attempt ended."""

    NOPICKUP = "NOPICKUP"
    BUSY = "BUSY"
    PICKUP = "PICKUP"
    FORWARD = "FORWARD"


class CallStatusType(OpenStrEnum):
    """Outcome of a call."""

    SUCCESS = "SUCCESS"
    FAILURE = "FAILURE"
    REJECTED = "REJECTED"
    REJECTED_DND = "REJECTED_DND"
    VOICEMAIL_NO_MESSAGE = "VOICEMAIL_NO_MESSAGE"
    BUSY_ON_BUSY = "BUSY_ON_BUSY"
    BUSY = "BUSY"
    MISSED = "MISSED"


class Starred(OpenStrEnum):
    """Starred filter values as sipgate spells them; ``HistoryFilter(starred=True)`` is the same."""

    STARRED = "STARRED"
    UNSTARRED = "UNSTARRED"


@attrs.frozen(kw_only=True)
class BaseHistoryFilter:
    """Which history entries to export; every field is optional and narrows the selection.

    ``starred=True`` keeps starred entries only, ``False`` unstarred ones only.
    ``start_date`` and ``end_date`` must be timezone-aware.
    """

    connection_ids: list[str] | None = None
    types: list[HistoryEntryType] | None = None
    directions: list[HistoryDirection] | None = None
    archived: bool | None = None
    starred: bool | Starred | None = None
    start_date: datetime | None = None
    end_date: datetime | None = None


@attrs.frozen(kw_only=True)
class HistoryFilter(BaseHistoryFilter):
    """Which history entries to fetch: a ``BaseHistoryFilter`` plus a ``phonenumber``."""

    phonenumber: str | None = None


@attrs.frozen
class HistoryEntryUpdateOptions:
    """Changes to one history entry; fields left ``None`` stay as they are."""

    archived: bool | None = None
    starred: bool | None = None
    note: str | None = None
    read: bool | None = None


@attrs.frozen(kw_only=True)
class Endpoint:
    """An extension of the account, e.g. ``Endpoint(extension="p0", type="PHONELINE")``."""

    extension: str = ""
    type: str = ""


@attrs.frozen(kw_only=True)
class RoutedEndpoint:
    """An extension a connection passed through, and how (``FORWARDED``, ``ROUTED``, ``PICKUP``)."""

    type: str = ""
    endpoint: Endpoint = attrs.field(factory=Endpoint)


@attrs.frozen(kw_only=True)
class CallRecording:
    """A recording of a call, downloadable from ``url``."""

    id: str = ""
    url: str = ""


@attrs.frozen(kw_only=True)
class BaseHistoryEntry:
    """Fields every history entry has; entries of kinds sipgate adds later have only these."""

    id: str
    type: HistoryEntryType
    source: str = ""
    target: str = ""
    source_alias: str = ""
    target_alias: str = ""
    created: datetime | None = None
    last_modified: datetime | None = None
    direction: HistoryDirection | None = None
    incoming: bool = False
    status: HistoryEntryStatus | None = None
    connection_ids: list[str] = attrs.field(factory=list)
    read: bool = False
    archived: bool = False
    note: str = ""
    endpoints: list[RoutedEndpoint] = attrs.field(factory=list)
    starred: bool = False
    labels: list[str] = attrs.field(factory=list)


@attrs.frozen(kw_only=True)
class CallHistoryEntry(BaseHistoryEntry):
    """A call."""

    type: HistoryEntryType = HistoryEntryType.CALL
    call_id: str = ""
    recordings: list[CallRecording] = attrs.field(factory=list)
    duration: int | None = None
    call_status: CallStatusType | None = None


@attrs.frozen(kw_only=True)
class FaxHistoryEntry(BaseHistoryEntry):
    """A sent or received fax; ``fax_status`` tells how far its transmission got."""

    type: HistoryEntryType = HistoryEntryType.FAX
    fax_status: FaxStatus | None = attrs.field(
        default=None, metadata={"wire_name": "faxStatusType"}
    )
    scheduled: datetime | None = None
    document_url: str = ""
    report_url: str = ""
    preview_url: str = ""
    page_count: int | None = None


@attrs.frozen(kw_only=True)
class SmsHistoryEntry(BaseHistoryEntry):
    """A sent or received text message."""

    type: HistoryEntryType = HistoryEntryType.SMS
    sms_content: str = ""
    scheduled: datetime | None = None


@attrs.frozen(kw_only=True)
class VoicemailHistoryEntry(BaseHistoryEntry):
    """A message left on a voicemail box."""

    type: HistoryEntryType = HistoryEntryType.VOICEMAIL
    transcription: str = ""
    recording_url: str = ""
    duration: int | None = None


HistoryEntry: TypeAlias = (
    CallHistoryEntry | FaxHistoryEntry | SmsHistoryEntry | VoicemailHistoryEntry | BaseHistoryEntry
)
"""Any history entry; check the kind with ``isinstance`` or ``entry.type``."""
