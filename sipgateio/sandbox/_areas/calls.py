"""``calls``: sessions that ring a device to record an announcement or greeting, or to play
back a voicemail message.

Each one is a call of the call engine, as ``initiate_call`` starts: the device's phone line
calls the number of the voicemail box (or line or group) concerned, so the call shows in
``GET /calls`` (RTCM can hang it up), follows the outgoing webhook when one is set, ends up
in the history, and ``sandbox.call(session_id)`` returns its flow, whose transcript says
what the session records or plays. The schema marks no field as required and declares no
404, so a missing or unknown ``deviceId``, ``targetId`` or ``datadId`` answers 400.
"""

from __future__ import annotations

import re
from typing import Any, Final

from sipgateio.sandbox._account import Phoneline
from sipgateio.sandbox._api import Reply, Request, operation
from sipgateio.sandbox._areas._store import ok
from sipgateio.sandbox._areas.voicemails import voicemail_box
from sipgateio.sandbox._errors import bad_request
from sipgateio.sandbox._phone import international_digits

_SLOT: Final = re.compile(r"MAIN|a(0|[1-9][0-9]*)")


def _required(request: Request, field: str, what: str) -> str:
    value = request.body.get(field) if request.body else None
    if not value:
        raise bad_request(f"{field} is required: {what}", f"/{field}")
    return str(value)


def _phoneline(request: Request) -> Phoneline:
    """The phone line the device in ``deviceId`` calls from."""
    device_id = _required(request, "deviceId", "the device that is rung, e.g. e0")
    account = request.account
    owner = next(
        (
            user
            for user, devices in account.devices.items()
            if any(device["id"] == device_id for device in devices)
        ),
        None,
    )
    if owner is None:
        raise bad_request(f"deviceId {device_id!r} is not a device of this account", "/deviceId")
    lines = [line for line in account.phonelines.values() if device_id in line.device_ids]
    lines += [line for line in account.phonelines.values() if line.user_id == owner]
    if not lines:
        raise bad_request(f"device {device_id} has no phone line to call from", "/deviceId")
    return lines[0]


def _slot(request: Request) -> str:
    slot = str(request.body.get("endpoint") or "MAIN")
    if not _SLOT.fullmatch(slot):
        raise bad_request(
            f"endpoint {slot!r} names no announcement: use MAIN or a menu entry such as a0",
            "/endpoint",
        )
    return slot


def _box(request: Request, voicemail_id: str, pointer: str) -> dict[str, Any]:
    box = voicemail_box(request, voicemail_id)
    if box is None:
        raise bad_request(f"{voicemail_id!r} is not a voicemail box of this account", pointer)
    return box


def _ring(request: Request, phoneline: Phoneline, number: str, purpose: str) -> Reply:
    digits = international_digits(number)
    if digits is None:  # a seeded access number is always a phone number
        raise bad_request(f"{number!r} cannot be dialled")
    flow = request.calls.start_outgoing(
        user_id=phoneline.user_id,
        phoneline=phoneline,
        caller_number=phoneline.number,
        callee=digits,
    )
    request.calls.note(flow.call_id, purpose)
    return ok({"sessionId": flow.session_id})


def _dial_in_number(request: Request, target: str) -> str:
    """The number that reaches the announcements of a voicemail box, phone line or group."""
    account = request.account
    if target in account.phonelines:
        return account.phonelines[target].number
    if target in account.groups:
        routed = [item["number"] for item in account.numbers if item["endpointId"] == target]
        if routed:
            return str(routed[0])
        raise bad_request(f"group {target} has no number to call", "/targetId")
    return str(_box(request, target, "/targetId")["accessNumber"])


@operation
def start_ivr_recording(request: Request) -> Reply:
    """Ring ``deviceId`` to record announcement ``endpoint`` of ``targetId``.

    The target is a voicemail box (as in sipgate's example), a phone line or a group.
    """
    phoneline = _phoneline(request)
    target = _required(request, "targetId", "the voicemail box, phone line or group, e.g. v0")
    slot = _slot(request)
    number = _dial_in_number(request, target)
    return _ring(request, phoneline, number, f"records announcement {slot} of {target}")


@operation
def start_voicemail_greeting_recording(request: Request) -> Reply:
    """Ring ``deviceId`` to record greeting ``endpoint`` of the voicemail box ``targetId``."""
    phoneline = _phoneline(request)
    target = _required(request, "targetId", "the voicemail box, e.g. v0")
    slot = _slot(request)
    box = _box(request, target, "/targetId")
    return _ring(request, phoneline, box["accessNumber"], f"records greeting {slot} of {target}")


@operation
def start_voicemail_playback(request: Request) -> Reply:
    """Ring ``deviceId`` to play the voicemail message whose history entry is ``datadId``."""
    phoneline = _phoneline(request)
    message_id = _required(request, "datadId", "the history entry id of a voicemail message")
    entry = request.account.history_entry(message_id)
    if entry is None or entry["type"] != "VOICEMAIL":
        raise bad_request(f"datadId {message_id!r} is not a voicemail message", "/datadId")
    boxes = [voicemail_box(request, ext) for ext in entry["connectionIds"]]
    number = next((box["accessNumber"] for box in boxes if box is not None), entry["target"])
    return _ring(request, phoneline, number, f"plays voicemail message {message_id}")
