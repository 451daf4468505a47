"""``autorecordings``: the greeting before automatically recorded calls, and per-device switches."""

from __future__ import annotations

from typing import Any

import attrs

from sipgateio.sandbox._account import Account
from sipgateio.sandbox._api import Reply, Request, operation
from sipgateio.sandbox._areas._store import NO_CONTENT, area_state, ok
from sipgateio.sandbox._errors import not_found


@attrs.define
class Autorecordings:
    """The account's greeting (or none) and the devices whose calls are recorded."""

    greeting: dict[str, Any] | None
    recorded_devices: set[str]
    next_greeting: int = 43


def _seed(account: Account) -> Autorecordings:
    greeting = {
        "id": "42",
        "alias": "This call is recorded",
        "greetingUrl": "/files/autorecording-greeting.wav",
        "recordingEnabled": True,
        "active": True,
    }
    return Autorecordings(greeting=greeting, recorded_devices={"e0"})


def _state(request: Request) -> Autorecordings:
    return area_state(request, "autorecordings", _seed)


def _device(request: Request) -> str:
    extension = str(request.path["extension"])
    if request.account.extension_owner(extension) is None:
        raise not_found(f"device {extension}")
    return extension


@operation
def get_autorecording_greeting(request: Request) -> Reply:
    greeting = _state(request).greeting
    if greeting is None:
        raise not_found("autorecording greeting")
    return ok(greeting)


@operation
def create_autorecording_greeting(request: Request) -> Reply:
    state = _state(request)
    filename = request.body.get("filename") or "greeting.wav"
    state.greeting = {
        "id": str(state.next_greeting),
        "alias": filename,
        "greetingUrl": f"/files/{filename}",
        "recordingEnabled": True,
        "active": True,
    }
    state.next_greeting += 1
    return NO_CONTENT


@operation
def delete_autorecording_greeting(request: Request) -> Reply:
    state = _state(request)
    if state.greeting is None or state.greeting["id"] != str(request.path["greetingId"]):
        raise not_found(f"autorecording greeting {request.path['greetingId']}")
    state.greeting = None
    return NO_CONTENT


@operation
def get_autorecording_settings(request: Request) -> Reply:
    return ok({"active": _device(request) in _state(request).recorded_devices})


@operation
def update_autorecording_settings(request: Request) -> Reply:
    device = _device(request)
    recorded = _state(request).recorded_devices
    if request.body.get("active"):
        recorded.add(device)
    else:
        recorded.discard(device)
    return ok({"active": device in recorded})
