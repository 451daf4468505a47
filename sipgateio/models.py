"""Typed values passed to and returned by the sipgateio client (shared by sync and async).

Results are frozen attrs classes with snake_case fields; lists are plain ``list``s,
times are timezone-aware ``datetime``s, and enums keep values sipgate adds later.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

import attrs

from sipgateio._contacts_models import *  # noqa: F403
from sipgateio._contacts_models import __all__ as _contacts_all
from sipgateio._enums import OpenStrEnum
from sipgateio._history_models import *  # noqa: F403
from sipgateio._history_models import __all__ as _history_all
from sipgateio.errors import ValidationError

if TYPE_CHECKING:
    from sipgate_api.models import Webuser as ApiWebuser

__all__ = [
    "ActiveRouting",
    "Device",
    "DeviceType",
    "FaxStatus",
    "Faxline",
    "InitiateNewCallSessionResponse",
    "NumberMnpState",
    "NumberResponseItem",
    "NumberResponseItemType",
    "Pagination",
    "Participant",
    "RTCMCall",
    "RecordOptions",
    "SendFaxSessionResponse",
    "SmsExtension",
    "TransferOptions",
    "Voicemail",
    "VoicemailEndpoint",
    "WebhookSettings",
    "Webuser",
    *_contacts_all,
    *_history_all,
]


# --------------------------------------------------------------------------- shared


def _check_page_number(minimum: int) -> Any:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None:
            return
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            raise ValidationError(
                f"{attribute.name} must be None or a whole number >= {minimum}; got {value!r}",
                argument=attribute.name,
                value=value,
            )

    return check


@attrs.frozen
class Pagination:
    """Which page of a list to fetch: skip ``offset`` items, return at most ``limit``.

    List methods called without a ``Pagination`` return every item.
    """

    offset: int | None = attrs.field(default=None, validator=_check_page_number(0))
    limit: int | None = attrs.field(default=None, validator=_check_page_number(1))


@attrs.frozen(kw_only=True)
class Webuser:
    """A person with a login on the account (``client.get_web_users()``)."""

    id: str
    firstname: str = ""
    lastname: str = ""
    email: str = ""
    default_device: str = ""
    busy_on_busy: bool = False
    address_id: str = ""
    direct_dial_ids: list[str] = attrs.field(factory=list)
    timezone: str = ""
    admin: bool = False

    @classmethod
    def from_api(cls, item: ApiWebuser) -> Webuser:
        """Build a ``Webuser`` from the generated ``sipgate_api`` model."""
        from sipgateio import _wire

        return _wire.convert(item.to_dict(), cls)


@attrs.frozen(kw_only=True)
class _Userinfo:
    """Whom the credentials belong to: the web user ``sub`` (read by the client only)."""

    sub: str


# --------------------------------------------------------------------------- SMS


@attrs.frozen(kw_only=True)
class SmsExtension:
    """An SMS extension of a web user, e.g. ``s0``, and the number it sends from."""

    id: str
    alias: str = ""
    caller_id: str = ""


# --------------------------------------------------------------------------- fax


class FaxStatus(OpenStrEnum):
    """Where a fax stands. ``SENT`` and ``FAILED`` are final."""

    SENT = "SENT"
    PENDING = "PENDING"
    FAILED = "FAILED"
    SENDING = "SENDING"
    SCHEDULED = "SCHEDULED"


@attrs.frozen(kw_only=True)
class SendFaxSessionResponse:
    """A queued fax; ``session_id`` is also its id in the history."""

    session_id: str


@attrs.frozen(kw_only=True)
class Faxline:
    """A fax line, e.g. ``f0``."""

    id: str
    alias: str = ""
    tagline: str = ""
    can_send: bool = False
    can_receive: bool = False


# --------------------------------------------------------------------------- calls


@attrs.frozen(kw_only=True)
class InitiateNewCallSessionResponse:
    """A started click-to-dial call."""

    session_id: str


@attrs.frozen(kw_only=True)
class Participant:
    """One party of an established call."""

    participant_id: str
    phone_number: str
    muted: bool
    hold: bool
    owner: bool


@attrs.frozen(kw_only=True)
class RTCMCall:
    """A call that is established right now (``client.rtcm.get_established_calls()``)."""

    call_id: str
    muted: bool
    recording: bool
    hold: bool
    participants: list[Participant] = attrs.field(factory=list)


@attrs.frozen(kw_only=True)
class TransferOptions:
    """How to transfer a live call: to ``phone_number``, attended or blind.

    ``caller_id`` optionally sets the number the transfer target sees.
    """

    attended: bool
    phone_number: str
    caller_id: str | None = None


@attrs.frozen(kw_only=True)
class RecordOptions:
    """Start (``value=True``) or stop recording, with or without an announcement."""

    announcement: bool
    value: bool


# --------------------------------------------------------------------------- webhooks


@attrs.frozen(kw_only=True)
class WebhookSettings:
    """The account's webhook (push API) settings.

    An empty URL means no pushes for that direction; ``whitelist=None`` means every
    phoneline and group triggers pushes, an empty list means none does.
    """

    incoming_url: str = ""
    outgoing_url: str = ""
    log: bool = False
    whitelist: list[str] | None = None


# --------------------------------------------------------------------------- numbers


class NumberResponseItemType(OpenStrEnum):
    """The kind of a phone number."""

    MOBILE = "MOBILE"
    LANDLINE = "LANDLINE"
    QUICKDIAL = "QUICKDIAL"
    INTERNATIONAL = "INTERNATIONAL"


@attrs.frozen(kw_only=True)
class NumberMnpState:
    """Porting state of a number released for porting to another carrier."""

    is_released: bool = False
    released_until: datetime | None = None


@attrs.frozen(kw_only=True)
class NumberResponseItem:
    """A phone number booked on the account and the extension it routes to."""

    id: str
    number: str = ""
    localized: str = ""
    type: NumberResponseItemType | None = None
    endpoint_id: str = ""
    endpoint_alias: str = ""
    endpoint_url: str = ""
    mnp_state: NumberMnpState | None = None
    port_id: int | None = None


# --------------------------------------------------------------------------- voicemails


@attrs.frozen(kw_only=True)
class VoicemailEndpoint:
    """The extension a voicemail box belongs to."""

    extension: str = ""
    type: str = ""


@attrs.frozen(kw_only=True)
class Voicemail:
    """A voicemail box, e.g. ``v0``."""

    id: str
    alias: str = ""
    belongs_to_endpoint: VoicemailEndpoint | None = None


# --------------------------------------------------------------------------- devices


class DeviceType(OpenStrEnum):
    """The kind of a device."""

    REGISTER = "REGISTER"
    MOBILE = "MOBILE"
    EXTERNAL = "EXTERNAL"


@attrs.frozen(kw_only=True)
class ActiveRouting:
    """A phoneline or group that rings on a device."""

    id: str
    alias: str = ""


@attrs.frozen(kw_only=True)
class Device:
    """A device of a web user: a VoIP phone (``e…``), mobile (``y…``) or external number."""

    id: str
    alias: str = ""
    type: DeviceType | None = None
    dnd: bool = False
    online: bool = False
    caller_id: str | None = None
    owner: str | None = None
    # Each an object with id and alias in older API releases, only the id in newer ones.
    active_phonelines: list[ActiveRouting] = attrs.field(factory=list, metadata={"id_alone": True})
    active_groups: list[ActiveRouting] = attrs.field(factory=list, metadata={"id_alone": True})
