"""The pure parts of sending an SMS: checking the request and choosing sender numbers."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

import attrs

from sipgateio._validation import (
    check_extension,
    check_send_at,
    check_text,
    normalize_phone_number,
    phone_number_or_none,
)
from sipgateio.errors import ValidationError

if TYPE_CHECKING:
    from collections.abc import Sequence


@attrs.frozen
class SmsRequest:
    """A checked SMS: E.164 recipient, text, either an SMS extension or a sender number."""

    to: str
    message: str
    sms_id: str | None
    from_: str | None
    send_at: int | None


def check_sms(
    *,
    to: str,
    message: str,
    sms_id: str | None,
    from_: str | None,
    send_at: datetime | None,
) -> SmsRequest:
    """Check everything about an SMS that can be checked without asking sipgate."""
    if (sms_id is None) == (from_ is None):
        both = "both were given" if sms_id is not None else "neither was given"
        raise ValidationError(
            "pass exactly one of sms_id (an SMS extension such as 's0') and from_ (a verified "
            f"sender number such as '+4915799912345'); {both}",
            argument="sms_id" if sms_id is not None else "from_",
            value=(sms_id, from_),
        )
    return SmsRequest(
        to=normalize_phone_number(to, argument="to"),
        message=check_text(message, argument="message"),
        sms_id=None if sms_id is None else check_extension(sms_id, argument="sms_id", letters="s"),
        from_=None if from_ is None else normalize_phone_number(from_, argument="from_"),
        send_at=None if send_at is None else check_send_at(send_at, argument="send_at"),
    )


@attrs.frozen(kw_only=True)
class SenderNumber:
    """A sender number (caller id) of an SMS extension, as ``GET .../callerids`` lists it."""

    id: int
    phonenumber: str = ""
    verified: bool = False
    default_number: bool = False


def _as_e164(number: object) -> str | None:
    """A caller id's number in E.164 form; sipgate may list it with or without ``+``."""
    if isinstance(number, str) and number.isdigit():
        number = "+" + number
    return phone_number_or_none(number)


def choose_sender(
    caller_ids: Sequence[SenderNumber], from_: str, sms_id: str
) -> tuple[SenderNumber, SenderNumber | None]:
    """Return the caller id entry of ``from_`` and the extension's current default sender.

    Raises ``ValidationError`` when ``from_`` is not a verified sender of ``sms_id``.
    """
    sender = next((c for c in caller_ids if _as_e164(c.phonenumber) == from_), None)
    if sender is None:
        raise ValidationError(
            f"from_ {from_} is not a sender number of SMS extension {sms_id}; add and verify it "
            "in the sipgate web app (SMS settings), or send with sms_id to use the default sender",
            argument="from_",
            value=from_,
        )
    if sender.verified is not True:
        raise ValidationError(
            f"from_ {from_} is a sender number of SMS extension {sms_id} but is not verified "
            "yet; confirm it with the code sipgate sent to it, then try again",
            argument="from_",
            value=from_,
        )
    previous = next((c for c in caller_ids if c.default_number is True), None)
    return sender, previous
