"""The XML actions a handler can reply with, and the ``<Response>`` document built from them.

Only sipgate's vocabulary exists here: ``Dial`` (``Number`` / ``Voicemail``), ``Play`` (``Url``),
``Gather``, ``Reject`` and ``Hangup``. Documents are built with ElementTree, so every value is
escaped by construction.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, TypeAlias
from urllib.parse import urlsplit

import attrs

from sipgateio.errors import ValidationError
from sipgateio_webhooks._enums import RejectReason

if TYPE_CHECKING:
    from sipgateio_webhooks._audio import AudioInfo
    from sipgateio_webhooks._follow_up import CallFollowUp

__all__ = ["Action", "Dial", "Gather", "Hangup", "Play", "Reject", "render_reply"]

MAX_DIAL_TARGETS = 5
MAX_GATHER_DIGITS = 100
MAX_GATHER_TIMEOUT_MS = 3_600_000
XML_DECLARATION = b'<?xml version="1.0" encoding="UTF-8"?>\n'
_NUMBER = re.compile(r"\+?[0-9]{1,20}")


def check_url(value: str, argument: str) -> str:
    """Return ``value`` if it is an absolute http(s) URL, else raise ``ValidationError``."""
    if not isinstance(value, str):
        raise ValidationError(
            f"{argument} must be an absolute http(s) URL string, got {type(value).__name__}",
            argument=argument,
            value=value,
        )
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValidationError(
            f"{argument} must be an absolute http(s) URL such as "
            f"'https://example.com/sipgate', got {value!r}",
            argument=argument,
            value=value,
        )
    return value


def _check_number(value: object, argument: str) -> str:
    if not isinstance(value, str) or not _NUMBER.fullmatch(value):
        raise ValidationError(
            f"{argument} must be a phone number of digits with an optional leading '+' "
            f"(such as '4915791234567'), got {value!r}",
            argument=argument,
            value=value,
        )
    return value


def _check_int(value: object, argument: str, low: int, high: int, unit: str = "") -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(
            f"{argument} must be an integer from {low} to {high}{unit}, got {value!r}",
            argument=argument,
            value=value,
        )
    return value


def _numbers(value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        raise ValidationError(
            "numbers must be a list of phone numbers, not a single string",
            argument="numbers",
            value=value,
        )
    numbers = tuple(value)
    for number in numbers:
        _check_number(number, "numbers")
    if len(numbers) > MAX_DIAL_TARGETS:
        raise ValidationError(
            f"numbers can hold at most {MAX_DIAL_TARGETS} targets (sipgate rings them in "
            f"parallel), got {len(numbers)}",
            argument="numbers",
            value=list(numbers),
        )
    return numbers


@attrs.frozen(kw_only=True)
class Dial:
    """Put the call through to up to five numbers at once, or to the voicemail.

    ``anonymous=True`` hides the caller's number; otherwise the account setting applies.
    """

    numbers: tuple[str, ...] = attrs.field(default=(), converter=_numbers)
    voicemail: bool = False
    anonymous: bool = False
    caller_id: str | None = None

    def __attrs_post_init__(self) -> None:
        if bool(self.numbers) == self.voicemail:
            raise ValidationError(
                "Dial needs either one to five numbers or voicemail=True, not both or neither",
                argument="numbers",
                value=list(self.numbers),
            )
        if not isinstance(self.anonymous, bool):
            raise ValidationError(
                f"anonymous must be True or False, got {self.anonymous!r}",
                argument="anonymous",
                value=self.anonymous,
            )
        if self.caller_id is not None:
            _check_number(self.caller_id, "caller_id")

    def to_element(self) -> ET.Element:
        """Return the ``<Dial>`` element."""
        element = ET.Element("Dial")
        if self.caller_id is not None:
            element.set("callerId", self.caller_id)
        if self.anonymous:
            element.set("anonymous", "true")
        if self.voicemail:
            ET.SubElement(element, "Voicemail")
        for number in self.numbers:
            ET.SubElement(element, "Number").text = number
        return element


def _announcement_url(url: str) -> str:
    return check_url(url, "announcement")


@attrs.frozen(kw_only=True)
class Play:
    """Play the WAV file at ``url`` to the caller.

    ``audio`` holds what the format check found (``None`` when it was skipped);
    ``follow_up`` is the hang-up or transfer scheduled after the audio, if any.
    """

    url: str = attrs.field(converter=_announcement_url)
    audio: AudioInfo | None = attrs.field(default=None, eq=False)
    follow_up: CallFollowUp | None = attrs.field(default=None, eq=False)

    def to_element(self) -> ET.Element:
        """Return the ``<Play><Url>…</Url></Play>`` element."""
        element = ET.Element("Play")
        ET.SubElement(element, "Url").text = self.url
        return element


@attrs.frozen(kw_only=True)
class Gather:
    """Collect up to ``max_digits`` DTMF digits, waiting ``timeout`` milliseconds for input.

    The digits arrive as a ``DataEvent`` at the server address (``onData``), so a server
    address must be configured. ``announcement`` plays first.
    """

    max_digits: int = 1
    timeout: int = 2000
    announcement: Play | None = None

    def __attrs_post_init__(self) -> None:
        _check_int(self.max_digits, "max_digits", 1, MAX_GATHER_DIGITS)
        _check_int(self.timeout, "timeout", 1, MAX_GATHER_TIMEOUT_MS, " ms")

    def to_element(self) -> ET.Element:
        """Return the ``<Gather>`` element (``onData`` is added when the reply is rendered)."""
        element = ET.Element(
            "Gather", {"maxDigits": str(self.max_digits), "timeout": str(self.timeout)}
        )
        if self.announcement is not None:
            element.append(self.announcement.to_element())
        return element


def _reject_reason(value: RejectReason | str) -> RejectReason:
    try:
        return RejectReason(value)
    except ValueError:
        raise ValidationError(
            f"reason must be one of {[r.value for r in RejectReason]}, got {value!r}",
            argument="reason",
            value=value,
        ) from None


@attrs.frozen(kw_only=True)
class Reject:
    """Refuse the call; the caller hears a busy tone or a rejection."""

    reason: RejectReason = attrs.field(default=RejectReason.REJECTED, converter=_reject_reason)

    def to_element(self) -> ET.Element:
        """Return the ``<Reject>`` element."""
        return ET.Element("Reject", {"reason": self.reason.value})


@attrs.frozen
class Hangup:
    """End the call."""

    def to_element(self) -> ET.Element:
        """Return the ``<Hangup>`` element."""
        return ET.Element("Hangup")


Action: TypeAlias = Dial | Play | Gather | Reject | Hangup
"""One action of a reply, as ``WebhookResponse`` builds them; a handler returns one or a list."""
_ACTION_TYPES = (Dial, Play, Gather, Reject, Hangup)


def actions_of(result: object) -> tuple[Action, ...]:
    """Turn a handler's result (``None``, one action or a sequence of them) into actions.

    Raises ``TypeError`` for anything else, naming what was returned.
    """
    if result is None:
        return ()
    if isinstance(result, _ACTION_TYPES):
        return (result,)
    if isinstance(result, Sequence) and not isinstance(result, str | bytes):
        for item in result:
            if not isinstance(item, _ACTION_TYPES):
                raise TypeError(f"a handler returned {item!r} in its list; expected actions")
        return tuple(result)
    raise TypeError(
        f"a handler returned {result!r}; expected None, an action from WebhookResponse "
        "(Dial, Play, Gather, Reject, Hangup) or a list of them"
    )


def render_reply(
    actions: Sequence[Action],
    *,
    on_answer: str | None = None,
    on_hangup: str | None = None,
    on_data: str | None = None,
) -> bytes:
    """Render the reply document: the XML declaration, then ``<Response>`` with the actions.

    ``on_data`` goes on every ``<Gather>``; a ``Gather`` without it is an error, because
    sipgate needs an address for the digits.
    """
    root = ET.Element("Response")
    if on_answer is not None:
        root.set("onAnswer", on_answer)
    if on_hangup is not None:
        root.set("onHangup", on_hangup)
    for action in actions:
        element = action.to_element()
        if element.tag == "Gather":
            if on_data is None:
                raise ValueError(
                    "a Gather reply needs a server_address: sipgate sends the digits there"
                )
            element.set("onData", on_data)
        root.append(element)
    document: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=False)
    return XML_DECLARATION + document
