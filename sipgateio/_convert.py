"""Turn generated ``sipgate_api`` models into sipgateio's public result types (no I/O)."""

from __future__ import annotations

import enum
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, TypeVar

from sipgateio import models
from sipgateio.errors import SipgateIOError

if TYPE_CHECKING:
    from sipgate_api import models as api
    from sipgate_api.types import Response

T = TypeVar("T")
E = TypeVar("E", bound=enum.Enum)


def parsed(response: Response[Any], kind: type[T]) -> T:
    """The body of a successful ``response`` parsed as ``kind``; an error when it is not."""
    body = response.parsed
    if isinstance(body, kind):
        return body
    raise SipgateIOError(
        f"sipgate answered HTTP {int(response.status_code)} without the expected "
        f"{kind.__name__} body"
    )


def _text(value: object) -> str:
    """A string field: the empty string when sipgate left it out or sent null."""
    return value if isinstance(value, str) else ""


def _optional_text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _flag(value: object) -> bool:
    return value is True


def _enum(kind: type[E], value: object) -> E | None:
    """An open enum member for a generated enum member or a plain string."""
    text = _enum_text(value)
    return kind(text) if text else None


def _enum_text(value: object) -> str:
    """The string behind a generated enum member or an open-enum string field."""
    if isinstance(value, enum.Enum):
        value = value.value
    return value if isinstance(value, str) else ""


def _aware(value: object) -> datetime | None:
    """A timezone-aware datetime; a time sipgate sent without a zone is taken as UTC."""
    if not isinstance(value, datetime):
        return None
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _list(value: object) -> list[Any]:
    return list(value) if isinstance(value, list) else []


def webuser(item: api.Webuser) -> models.Webuser:
    return models.Webuser(
        id=item.id,
        firstname=_text(item.firstname),
        lastname=_text(item.lastname),
        email=_text(item.email),
        default_device=_text(item.default_device),
        busy_on_busy=_flag(item.busy_on_busy),
        address_id=_text(item.address_id),
        direct_dial_ids=[str(i) for i in _list(item.direct_dial_ids)],
        timezone=_text(item.timezone),
        admin=_flag(item.admin),
    )


def sms_extension(item: api.SmsExtension) -> models.SmsExtension:
    return models.SmsExtension(id=item.id, alias=_text(item.alias), caller_id=_text(item.caller_id))


def faxline(item: api.Faxline) -> models.Faxline:
    return models.Faxline(
        id=item.id,
        alias=_text(item.alias),
        tagline=_text(item.tagline),
        can_send=_flag(item.can_send),
        can_receive=_flag(item.can_receive),
    )


def history_fax_status(entry: object) -> tuple[str, models.FaxStatus | None]:
    """The kind of a generated history entry (``"FAX"``, ``"CALL"``, ...) and a fax's status.

    A fax entry that did not parse as ``FaxHistoryEntry`` still has its status among the
    additional properties.
    """
    kind = _enum_text(getattr(entry, "type_", None))
    if kind != "FAX":
        return kind, None
    extra: dict[str, Any] = getattr(entry, "additional_properties", {})
    raw = getattr(entry, "fax_status_type", None) or extra.get("faxStatusType")
    return kind, _enum(models.FaxStatus, raw)


def webhook_settings(item: api.WebhookSettings) -> models.WebhookSettings:
    whitelist = item.whitelist
    return models.WebhookSettings(
        incoming_url=_text(item.incoming_url),
        outgoing_url=_text(item.outgoing_url),
        log=_flag(item.log),
        whitelist=[str(e) for e in whitelist] if isinstance(whitelist, list) else None,
    )


def number(item: api.PhoneNumberItem) -> models.NumberResponseItem:
    mnp = item.mnp_state
    return models.NumberResponseItem(
        id=item.id,
        number=_text(item.number),
        localized=_text(item.localized),
        type=_enum(models.NumberResponseItemType, item.type_),
        endpoint_id=_text(item.endpoint_id),
        endpoint_alias=_text(item.endpoint_alias),
        endpoint_url=_text(item.endpoint_url),
        # Unset (a missing field) and None are both falsy; a parsed model is not.
        mnp_state=None
        if not mnp
        else models.NumberMnpState(
            is_released=_flag(mnp.is_released), released_until=_aware(mnp.released_until)
        ),
        port_id=item.port_id if isinstance(item.port_id, int) else None,
    )


def rtcm_call(item: api.EstablishedCall) -> models.RTCMCall:
    return models.RTCMCall(
        call_id=item.call_id,
        muted=item.muted,
        recording=item.recording,
        hold=item.hold,
        participants=[
            models.Participant(
                participant_id=p.participant_id,
                phone_number=p.phone_number,
                muted=p.muted,
                hold=p.hold,
                owner=p.owner,
            )
            for p in item.participants
        ],
    )


def voicemail(item: api.Voicemail) -> models.Voicemail:
    endpoint = item.belongs_to_endpoint
    return models.Voicemail(
        id=item.id,
        alias=_text(item.alias),
        belongs_to_endpoint=None
        if not endpoint
        else models.VoicemailEndpoint(
            extension=_text(endpoint.extension), type=_enum_text(endpoint.type_)
        ),
    )


def _routing(value: object) -> models.ActiveRouting | None:
    if isinstance(value, str):
        return models.ActiveRouting(id=value)
    if isinstance(getattr(value, "id", None), str):
        return models.ActiveRouting(id=value.id, alias=_text(value.alias))  # type: ignore[attr-defined]
    return None


def _routings(values: object) -> list[models.ActiveRouting]:
    return [r for r in map(_routing, _list(values)) if r is not None]


def device(item: api.Device) -> models.Device:
    return models.Device(
        id=item.id,
        alias=_text(item.alias),
        type=_enum(models.DeviceType, item.type_),
        dnd=_flag(item.dnd),
        online=_flag(item.online),
        caller_id=_optional_text(item.caller_id),
        owner=_optional_text(item.owner),
        active_phonelines=_routings(item.active_phonelines),
        active_groups=_routings(item.active_groups),
    )


def apply_webhook_changes(settings: api.WebhookSettings, changes: dict[str, Any]) -> None:
    """Change ``settings`` in place, keeping fields sipgate sent that sipgateio does not know.

    sipgate expects both URLs in a write; one it left out is sent as ``""`` (no pushes).
    """
    for name, value in changes.items():
        setattr(settings, name, value)
    if not isinstance(settings.incoming_url, str):
        settings.incoming_url = ""
    if not isinstance(settings.outgoing_url, str):
        settings.outgoing_url = ""
