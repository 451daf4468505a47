"""Typed call events and the parser that turns a push's form body into one."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
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
    # One pass over the body; a field seen once (nearly all of them) stays a plain string,
    # and only names or values with an escape in them are decoded.
    fields, repeated = _form_fields(body)
    event_type = _event_type(fields.pop("event", None), "event" in repeated)
    event_class, plan = _PLANS[event_type]
    arguments: dict[str, object] = {}
    for wire_name, attribute, required, convert in plan:
        value = fields.pop(wire_name, None)
        if value is None:
            if required:
                raise MalformedEventError(f"{event_type} event lacks the {wire_name!r} field")
            continue
        if wire_name in repeated:
            raise MalformedEventError(f"field {wire_name!r} is given more than once")
        arguments[attribute] = convert(value) if convert is not None else value
    if event_class is NewCallEvent:
        for name, attribute in _LIST_ATTRIBUTES.items():
            wire_name = name + "[]"
            value = fields.pop(wire_name, None)
            arguments[attribute] = repeated.get(wire_name) or ([] if value is None else [value])
    extra = {name: repeated.get(name) or [value] for name, value in fields.items()}
    return event_class(**arguments, extra=extra)  # type: ignore[arg-type]


def _event_type(given: str | None, repeated: bool) -> EventType:
    if given is None or given == "":
        raise MalformedEventError("the body has no 'event' field")
    if repeated:
        raise MalformedEventError("field 'event' is given more than once")
    event_type = _EVENT_TYPES.get(given)
    if event_type is None:
        raise MalformedEventError(f"unknown event {given!r}")
    return event_type


def _form_fields(body: bytes) -> tuple[dict[str, str], dict[str, list[str]]]:
    """The fields of a form body: the first value of each name, and every value of the
    names that occur more than once. Decodes as ``urllib.parse.parse_qsl`` with
    ``keep_blank_values=True`` and ``errors="strict"`` does."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise MalformedEventError("the body is not UTF-8") from None
    pieces = text.split("&")
    if len(pieces) > _MAX_FIELDS and sum(1 for piece in pieces if piece) > _MAX_FIELDS:
        raise MalformedEventError(f"the body has more than {_MAX_FIELDS} fields")
    fields: dict[str, str] = {}
    repeated: dict[str, list[str]] = {}
    known_names = _KNOWN_NAMES
    try:
        for piece in pieces:
            if not piece:
                continue
            raw_name, _, value = piece.partition("=")
            name = known_names.get(raw_name)
            if name is None:
                name = _field_name(_form_decode(raw_name))
            if "%" in value or "+" in value:
                value = _form_decode(value)
            if name in fields:
                values = repeated.get(name)
                if values is None:
                    repeated[name] = [fields[name], value]
                else:
                    values.append(value)
            else:
                fields[name] = value
    except UnicodeDecodeError as error:
        raise MalformedEventError(f"the body is not form data: {error}") from None
    return fields, repeated


def _field_name(name: str) -> str:
    list_field = _LIST_FIELD.fullmatch(name) if "[" in name else None
    return list_field.group(1) + "[]" if list_field else name


def _form_decode(text: str) -> str:
    if "+" in text:
        text = text.replace("+", " ")
    if "%" in text:
        text = unquote(text, errors="strict")
    return text


def _direction(value: str) -> Direction:
    return _DIRECTIONS.get(value) or Direction(value)


def _cause(value: str) -> HangUpCause:
    return _CAUSES.get(value) or HangUpCause(value)


_EVENT_TYPES = {event_type.value: event_type for event_type in EventType}
_DIRECTIONS = {direction.value: direction for direction in Direction}
_CAUSES = {cause.value: cause for cause in HangUpCause}
_CONVERTERS = {"direction": _direction, "cause": _cause}
# event type -> (class, [(wire name, attribute, required, converter or None)])
_PLANS: dict[
    EventType, tuple[type[Event], list[tuple[str, str, bool, Callable[[str], object] | None]]]
] = {
    event_type: (
        event_class,
        [
            (
                wire_name,
                attribute,
                required,
                with_plus if is_number else _CONVERTERS.get(wire_name),
            )
            for wire_name, (attribute, required, is_number) in fields.items()
        ],
    )
    for event_type, (event_class, fields) in _FIELDS.items()
}
# names as sipgate writes them, which need no decoding
_KNOWN_NAMES = {name: name for fields in _FIELDS.values() for name in fields[1]}
_KNOWN_NAMES.update(
    {f"{name}%5B%5D": f"{name}[]" for name in _LIST_ATTRIBUTES}
    | {f"{name}[]": f"{name}[]" for name in _LIST_ATTRIBUTES}
    | {"event": "event"}
)
