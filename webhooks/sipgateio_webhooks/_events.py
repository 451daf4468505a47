"""Typed call events and the parser that turns a push's form body into one."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TypeAlias
from urllib.parse import unquote

import attrs

from sipgateio_webhooks._enums import Direction, EventType, HangUpCause

__all__ = [
    "AnswerEvent",
    "DataEvent",
    "Event",
    "HangUpEvent",
    "MalformedEventError",
    "NewCallEvent",
    "parse_event",
]

# sipgate sends a few hundred bytes; this only stops a flood of tiny fields.
_MAX_FIELDS = 200
_BARE_DIGITS = re.compile(r"[0-9]+")
# PHP-style list fields: ``user[]`` as sipgate sends them, ``user[][0]`` / ``user[0]`` as
# qs-style encoders (and the Node SDK's own tests) write them.
_LIST_FIELD = re.compile(r"(user|userId|fullUserId)(?:\[\]\[[0-9]+\]|\[[0-9]*\])")
_LIST_ATTRIBUTES = {"user": "users", "userId": "user_ids", "fullUserId": "full_user_ids"}


class MalformedEventError(ValueError):
    """The body of a push could not be read as a sipgate call event."""


@attrs.frozen(kw_only=True)
class _BaseEvent:
    call_id: str
    original_call_id: str | None = None
    xcid: str | None = None
    extra: Mapping[str, list[str]] = attrs.field(factory=dict)
    """Fields this library does not know (yet), as ``urllib.parse.parse_qs`` gives them."""


@attrs.frozen(kw_only=True)
class _CallEvent(_BaseEvent):
    from_: str
    to: str
    direction: Direction
    diversion: str | None = None


@attrs.frozen(kw_only=True)
class NewCallEvent(_CallEvent):
    """A call starts ringing (``event=newCall``); the handler's reply decides what happens."""

    event: EventType = attrs.field(default=EventType.NEW_CALL, init=False)
    users: list[str] = attrs.field(factory=list)
    user_ids: list[str] = attrs.field(factory=list)
    full_user_ids: list[str] = attrs.field(factory=list)


@attrs.frozen(kw_only=True)
class AnswerEvent(_CallEvent):
    """Someone (a user, a number or the voicemail) took the call (``event=answer``)."""

    event: EventType = attrs.field(default=EventType.ANSWER, init=False)
    user: str | None = None
    user_id: str | None = None
    full_user_id: str | None = None
    answering_number: str | None = None


@attrs.frozen(kw_only=True)
class HangUpEvent(_CallEvent):
    """The call ended (``event=hangup``); ``cause`` says why."""

    event: EventType = attrs.field(default=EventType.HANGUP, init=False)
    cause: HangUpCause
    answering_number: str | None = None


@attrs.frozen(kw_only=True)
class DataEvent(_BaseEvent):
    """The caller typed DTMF digits after a ``<Gather>`` (``event=dtmf``).

    ``dtmf`` is ``""`` when nothing was typed (sipgate then may leave the field out).
    """

    event: EventType = attrs.field(default=EventType.DATA, init=False)
    dtmf: str = ""


Event: TypeAlias = NewCallEvent | AnswerEvent | HangUpEvent | DataEvent

# wire name -> (attribute, required, is a phone number)
_Field = tuple[str, bool, bool]
_COMMON: dict[str, _Field] = {
    "callId": ("call_id", True, False),
    "origCallId": ("original_call_id", False, False),
    "xcid": ("xcid", False, False),
}
_CALL: dict[str, _Field] = {
    **_COMMON,
    "from": ("from_", True, True),
    "to": ("to", True, True),
    "direction": ("direction", True, False),
    "diversion": ("diversion", False, True),
}
_FIELDS: dict[EventType, tuple[type[Event], dict[str, _Field]]] = {
    EventType.NEW_CALL: (NewCallEvent, _CALL),
    EventType.ANSWER: (
        AnswerEvent,
        {
            **_CALL,
            "user": ("user", False, False),
            "userId": ("user_id", False, False),
            "fullUserId": ("full_user_id", False, False),
            "answeringNumber": ("answering_number", False, True),
        },
    ),
    EventType.HANGUP: (
        HangUpEvent,
        {
            **_CALL,
            "cause": ("cause", True, False),
            "answeringNumber": ("answering_number", False, True),
        },
    ),
    EventType.DATA: (DataEvent, {**_COMMON, "dtmf": ("dtmf", False, False)}),
}


def with_plus(number: str) -> str:
    """Give a bare digit string its leading ``+``; leave everything else as it is.

    ``anonymous``, an empty value, a SIP id like ``123456e0`` and a number that already has
    its ``+`` stay unchanged. A ``+`` that form decoding turned into a space is restored.
    """
    if _BARE_DIGITS.fullmatch(number):
        return "+" + number
    if number.startswith(" ") and _BARE_DIGITS.fullmatch(number[1:]):
        return "+" + number[1:]
    return number


def parse_event(body: bytes) -> Event:
    """Parse a push body (``application/x-www-form-urlencoded``) into a typed event.

    Raises ``MalformedEventError`` for a body that is not UTF-8 form data, names an unknown
    event, lacks a field the event needs, or repeats a single-valued field.
    """
    fields_by_name: dict[str, list[str]] = {}
    for key, value in _form_pairs(body):
        list_field = _LIST_FIELD.fullmatch(key)
        if list_field:
            key = list_field.group(1) + "[]"
        fields_by_name.setdefault(key, []).append(value)

    event_type = _event_type(fields_by_name.pop("event", None))
    event_class, fields = _FIELDS[event_type]
    arguments: dict[str, object] = {}
    for wire_name, (attribute, required, is_number) in fields.items():
        given = fields_by_name.pop(wire_name, None)
        if given is None:
            if required:
                raise MalformedEventError(f"{event_type} event lacks the {wire_name!r} field")
            continue
        if len(given) > 1:
            raise MalformedEventError(f"field {wire_name!r} is given more than once")
        arguments[attribute] = with_plus(given[0]) if is_number else given[0]
    if "direction" in arguments:
        arguments["direction"] = Direction(str(arguments["direction"]))
    if "cause" in arguments:
        arguments["cause"] = HangUpCause(str(arguments["cause"]))
    if event_class is NewCallEvent:
        for wire_name, attribute in _LIST_ATTRIBUTES.items():
            arguments[attribute] = fields_by_name.pop(wire_name + "[]", [])
    return event_class(**arguments, extra=fields_by_name)  # type: ignore[arg-type]


def _event_type(given: list[str] | None) -> EventType:
    if not given:
        raise MalformedEventError("the body has no 'event' field")
    if len(given) > 1:
        raise MalformedEventError("field 'event' is given more than once")
    try:
        return EventType(given[0])
    except ValueError:
        raise MalformedEventError(f"unknown event {given[0]!r}") from None


def _form_pairs(body: bytes) -> list[tuple[str, str]]:
    # urllib.parse.parse_qsl(keep_blank_values=True, errors="strict"), minus its cost for the
    # common fields that need no decoding at all
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise MalformedEventError("the body is not UTF-8") from None
    pieces = [piece for piece in text.split("&") if piece]
    if len(pieces) > _MAX_FIELDS:
        raise MalformedEventError(f"the body has more than {_MAX_FIELDS} fields")
    try:
        return [
            (_form_decode(name), _form_decode(value))
            for name, _, value in (piece.partition("=") for piece in pieces)
        ]
    except UnicodeDecodeError as error:
        raise MalformedEventError(f"the body is not form data: {error}") from None


def _form_decode(text: str) -> str:
    if "+" in text:
        text = text.replace("+", " ")
    if "%" in text:
        text = unquote(text, errors="strict")
    return text
