"""``devices``: a user's VoIP phones, mobiles, external numbers and apps, and their settings.

The devices themselves are the account's (``account.devices``, user id → wire dicts), so a
device created here is listed by ``list_devices`` (and the facade's ``get_devices``), can
place calls (``initiate_call``), and is gone everywhere once deleted. What only this area
reads (SIP and SIM credentials, registrations, the SIM's state, the number of an
external device, caller id and the other per-device settings) is kept in ``Devices``,
made on first use for the seeded devices and for any device another area adds.

``get_device`` and the ``create_*`` operations answer the common fields plus the fields of
the device's kind (credentials included, so that a password reset or a SIM activation can
be read back; sipgate's own answers may hold fewer of them).
"""

from __future__ import annotations

import random
import re
import string
from datetime import UTC, datetime
from typing import Any, Final

import attrs

from sipgateio.sandbox._account import MASTER_SIP_ID, Account, iso
from sipgateio.sandbox._api import Reply, Request, operation
from sipgateio.sandbox._areas._store import NO_CONTENT, area_state, ok, user_id
from sipgateio.sandbox._errors import bad_request, forbidden, not_found
from sipgateio.sandbox._phone import international_digits

# The letter of each kind's extension ids (sipgate-platform.md §2.9).
_LETTERS: Final = {"REGISTER": "e", "MOBILE": "y", "EXTERNAL": "x", "APP": "a"}
_KIND_NAMES: Final = {
    "REGISTER": "VoIP phone",
    "MOBILE": "mobile",
    "EXTERNAL": "external phone",
    "APP": "app",
}
_RESTRICTIONS: Final = {
    "REGISTER": "CAN_CREATE_REGISTER_DEVICE",
    "MOBILE": "CAN_CREATE_MOBILE_DEVICE",
    "EXTERNAL": "CAN_CREATE_EXTERNAL_DEVICE",
}
# How many devices of one kind a user of the sandbox account may own.
MAX_DEVICES_PER_KIND: Final = 10
_AREA_CODE: Final = re.compile(r"0[1-9][0-9]{1,4}")
_FAST_DATA_KILOBYTES: Final = 10 * 1024 * 1024
_SIP_SERVER: Final = "sipgate.de"


@attrs.define
class Devices:
    """Per device (by id): its credentials, kind-specific fields and settings."""

    details: dict[str, dict[str, Any]]
    # Per id letter, the lowest number not given out yet: deleted ids are not reused.
    next_numbers: dict[str, int] = attrs.field(factory=dict)
    # Passwords and PUKs: reproducible, and apart from the account's own random draws.
    rng: random.Random = attrs.field(factory=lambda: random.Random(0))


def _seed(account: Account) -> Devices:
    state = Devices(details={})
    seeded: dict[str, dict[str, Any]] = {
        "e0": {"registered": [_registration("Yealink T46U", "192.0.2.10", "5060")]},
        "e1": {"registered": [_registration("sipgate softphone", "192.0.2.11", "5062")]},
        "y0": {
            "simState": "ACTIVE",
            "credentials": {"simId": "8949228000012345678", "puk1": "12345678", "puk2": "87654321"},
            "fastDataUsed": 3 * 1024 * 1024,
        },
        "x0": {"number": "+4921199887766", "incomingCallDisplayState": "CALLER_NUMBER"},
    }
    for devices in account.devices.values():
        for device in devices:
            details = _details(state, device)
            details.update(seeded.get(device["id"], {}))
    return state


def _registration(user_agent: str, ip: str, port: str) -> dict[str, str]:
    return {"userAgent": user_agent, "ip": ip, "port": port}


def _details(state: Devices, device: dict[str, Any]) -> dict[str, Any]:
    """The area's record of ``device``, with the defaults of its kind on first use."""
    found = state.details.get(device["id"])
    if found is not None:
        return found
    details: dict[str, Any] = {
        "callerId": None,
        "localPrefix": {"value": "0211", "active": False},
        "singleRowDisplay": False,
        "tariffAnnouncement": False,
        "emergencyAddressId": None,
    }
    kind = device.get("type")
    if kind == "REGISTER":
        details["credentials"] = {
            "username": MASTER_SIP_ID + device["id"],
            "password": _secret(state.rng, string.ascii_letters + string.digits, 12),
            "sipServer": _SIP_SERVER,
            "outboundProxy": _SIP_SERVER,
            "sipServerWebsocketUrl": f"wss://{_SIP_SERVER}/ws",
        }
        details["registered"] = []
    elif kind == "MOBILE":
        details.update(simState="INACTIVE", esim=False, credentials=None, fastDataUsed=0)
    elif kind == "EXTERNAL":
        details.update(number=None, incomingCallDisplayState="CALLER_NUMBER")
    state.details[device["id"]] = details
    return details


def _secret(rng: random.Random, alphabet: str, length: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(length))


def _state(request: Request) -> Devices:
    return area_state(request, "devices", _seed)


# ------------------------------------------------------------------ lookups
def _find(request: Request, device_id: str) -> tuple[str, dict[str, Any]]:
    """The owner and the wire dict of a device of the account; 404 if there is none."""
    for owner, devices in request.account.devices.items():
        for device in devices:
            if device["id"] == device_id:
                return owner, device
    raise not_found(f"device {device_id}")


def _device(request: Request, kind: str | None = None) -> dict[str, Any]:
    """The device named by the path (``deviceId``), of ``kind`` if given; 404 otherwise."""
    device_id = str(request.path["deviceId"])
    owner, device = _find(request, device_id)
    if "userId" in request.path and owner != user_id(request):
        raise not_found(f"device {device_id} of user {request.path['userId']}")
    if kind is not None and device.get("type") != kind:
        raise not_found(f"{_KIND_NAMES[kind]} device {device_id}")
    return device


def _settings(request: Request, kind: str | None = None) -> dict[str, Any]:
    """This area's record of the device named by the path."""
    return _details(_state(request), _device(request, kind))


def _view(request: Request, device: dict[str, Any]) -> dict[str, Any]:
    """A device as ``get_device`` answers it: common fields plus those of its kind."""
    details = _details(_state(request), device)
    view = dict(device)
    view["callerId"] = _caller_id(request, device, details)
    kind = device.get("type")
    if kind == "REGISTER":
        view["credentials"] = details["credentials"]
        view["registered"] = details["registered"]
    elif kind == "MOBILE":
        view["simState"] = details["simState"]
        view["esim"] = details["esim"]
        if details["credentials"] is not None:
            view["credentials"] = details["credentials"]
    elif kind == "EXTERNAL":
        if details["number"] is not None:
            view["number"] = details["number"]
        view["incomingCallDisplayState"] = details["incomingCallDisplayState"]
    if details["emergencyAddressId"] is not None:
        view["emergencyAddressId"] = details["emergencyAddressId"]
        view["addressUrl"] = f"/addresses/{details['emergencyAddressId']}"
    return view


def _caller_id(request: Request, device: dict[str, Any], details: dict[str, Any]) -> str:
    """The number the device shows: the one chosen, else its own, else its phoneline's."""
    if details["callerId"] is not None:
        return str(details["callerId"])
    account = request.account
    for item in account.numbers:
        if item["endpointId"] == device["id"]:
            return "+" + str(item["number"])
    lines = [line for line in account.phonelines.values() if device["id"] in line.device_ids]
    lines += [line for line in account.phonelines.values() if line.user_id == device.get("owner")]
    return "+" + lines[0].number if lines else "anonymous"


# ----------------------------------------------------------------- creating
def _create(request: Request, kind: str, **fields: Any) -> dict[str, Any]:
    """Add a device of ``kind`` to the user of the path; its ``get_device`` view."""
    owner = user_id(request)
    account = request.account
    devices = account.devices.setdefault(owner, [])
    if sum(device.get("type") == kind for device in devices) >= MAX_DEVICES_PER_KIND:
        raise forbidden(
            f"user {owner} owns {MAX_DEVICES_PER_KIND} {_KIND_NAMES[kind]} devices, the most "
            f"this account allows ({_RESTRICTIONS[kind]})"
        )
    body = request.body or {}
    user = account.users[owner]
    name = _KIND_NAMES[kind]
    default_alias = f"{name[:1].upper()}{name[1:]} of {user['firstname']} {user['lastname']}"
    device = {
        "id": _new_id(request, _LETTERS[kind]),
        "alias": default_alias if "alias" not in body else _alias(body["alias"], "/alias"),
        "type": kind,
        "online": kind == "EXTERNAL",
        "dnd": False,
        "owner": owner,
        "activePhonelines": [],
        "activeGroups": [],
    }
    devices.append(device)
    _details(_state(request), device).update(fields)
    return _view(request, device)


def _new_id(request: Request, letter: str) -> str:
    """A fresh extension id of the kind with ``letter``, above every one given out so far."""
    numbers = [
        int(device["id"][1:])
        for devices in request.account.devices.values()
        for device in devices
        if device["id"].startswith(letter) and device["id"][1:].isdigit()
    ]
    next_numbers = _state(request).next_numbers
    number = max(max(numbers, default=-1) + 1, next_numbers.get(letter, 0))
    next_numbers[letter] = number + 1
    return f"{letter}{number}"


def _alias(value: Any, pointer: str) -> str:
    alias = str(value).strip()
    if not alias:
        raise bad_request("a device's alias must not be blank", pointer)
    return alias


def _phone_number(value: Any, pointer: str) -> str:
    digits = None if value is None else international_digits(str(value))
    if digits is None:
        raise bad_request(f"{value!r} is not a phone number; write it like +4921112345678", pointer)
    return "+" + digits


@operation
def create_device(request: Request) -> Reply:
    return ok(_create(request, request.body["type"]))


@operation
def create_register_device(request: Request) -> Reply:
    return ok(_create(request, "REGISTER"))


@operation
def create_mobile_device(request: Request) -> Reply:
    return ok(_create(request, "MOBILE"))


@operation
def create_external_device(request: Request) -> Reply:
    number = _phone_number(request.body.get("number"), "/number")
    return ok(_create(request, "EXTERNAL", number=number))


# ------------------------------------------------------- reading, changing
@operation
def get_device(request: Request) -> Reply:
    return ok(_view(request, _device(request)))


@operation
def update_device(request: Request) -> Reply:
    device = _device(request)
    details = _details(_state(request), device)
    if "dnd" in request.body:
        device["dnd"] = request.body["dnd"]
    if "emergencyAddressId" in request.body:
        address_id = request.body["emergencyAddressId"]
        if address_id <= 0:
            raise bad_request(f"{address_id} is not an address id", "/emergencyAddressId")
        details["emergencyAddressId"] = str(address_id)
    return NO_CONTENT


@operation
def delete_device(request: Request) -> Reply:
    device = _device(request)
    account = request.account
    owner, _ = _find(request, device["id"])
    account.devices[owner].remove(device)
    for line in account.phonelines.values():
        if device["id"] in line.device_ids:
            line.device_ids.remove(device["id"])
    user = account.users.get(owner)
    if user is not None and user.get("defaultDevice") == device["id"]:
        remaining = account.devices[owner]
        user["defaultDevice"] = remaining[0]["id"] if remaining else ""
    _state(request).details.pop(device["id"], None)
    return NO_CONTENT


@operation
def set_device_alias(request: Request) -> Reply:
    device = _device(request)
    device["alias"] = _alias(request.body["value"], "/value")
    return NO_CONTENT


@operation
def get_device_caller_id(request: Request) -> Reply:
    device = _device(request)
    return ok({"value": _caller_id(request, device, _details(_state(request), device))})


@operation
def set_device_caller_id(request: Request) -> Reply:
    device = _device(request)
    value = request.body.get("value")
    if value is None:
        raise bad_request("value is required: the number the device shows", "/value")
    digits = international_digits(str(value))
    ours = ["+" + item["number"] for item in request.account.numbers]
    if digits is None or "+" + digits not in ours:
        raise bad_request(
            f"{value!r} is not a number of this account; use one of {', '.join(ours[:10])}",
            "/value",
        )
    _details(_state(request), device)["callerId"] = "+" + digits
    device["callerId"] = "+" + digits
    return NO_CONTENT


@operation
def reset_device_password(request: Request) -> Reply:
    device = _device(request, "REGISTER")
    details = _details(_state(request), device)
    old = details["credentials"]["password"]
    rng = _state(request).rng
    new = old
    while new == old:
        new = _secret(rng, string.ascii_letters + string.digits, 12)
    details["credentials"] = {**details["credentials"], "password": new}
    # Phones registered with the old password are signed out.
    details["registered"] = []
    device["online"] = False
    return NO_CONTENT


@operation
def set_external_device_call_display(request: Request) -> Reply:
    details = _settings(request, "EXTERNAL")
    details["incomingCallDisplayState"] = request.body["incomingCallDisplay"]
    return NO_CONTENT


@operation
def set_external_device_target_number(request: Request) -> Reply:
    details = _settings(request, "EXTERNAL")
    details["number"] = _phone_number(request.body["number"], "/number")
    return NO_CONTENT


@operation
def get_device_local_prefix(request: Request) -> Reply:
    return ok(_settings(request)["localPrefix"])


@operation
def set_device_local_prefix(request: Request) -> Reply:
    details = _settings(request)
    prefix = {**details["localPrefix"], **request.body}
    if "value" in request.body and not _AREA_CODE.fullmatch(prefix["value"]):
        raise bad_request(
            f"{prefix['value']!r} is not an area code; write it with its leading zero, like 0211",
            "/value",
        )
    details["localPrefix"] = {"value": prefix["value"], "active": prefix["active"]}
    return NO_CONTENT


def _switch(request: Request, name: str) -> Reply:
    enabled = request.body.get("enabled")
    if enabled is None:
        raise bad_request("enabled is required (true or false)", "/enabled")
    _settings(request)[name] = enabled
    return NO_CONTENT


@operation
def get_device_single_row_display(request: Request) -> Reply:
    return ok({"enabled": _settings(request)["singleRowDisplay"]})


@operation
def set_device_single_row_display(request: Request) -> Reply:
    return _switch(request, "singleRowDisplay")


@operation
def get_device_tariff_announcement(request: Request) -> Reply:
    return ok({"enabled": _settings(request)["tariffAnnouncement"]})


@operation
def set_device_tariff_announcement(request: Request) -> Reply:
    return _switch(request, "tariffAnnouncement")


# ---------------------------------------------------------- mobile devices
@operation
def activate_device_sim(request: Request) -> Reply:
    device = _device(request, "MOBILE")
    state = _state(request)
    sim_id = request.body["simId"].strip()
    if not sim_id.isdigit():
        raise bad_request(
            f"{sim_id!r} is not a SIM id: use the digits printed on the card", "/simId"
        )
    for other_id, other in state.details.items():
        credentials = other.get("credentials") or {}
        if other_id != device["id"] and credentials.get("simId") == sim_id:
            raise bad_request(f"SIM {sim_id} already belongs to device {other_id}", "/simId")
    details = _details(state, device)
    details["credentials"] = {
        "simId": sim_id,
        "puk1": _secret(state.rng, string.digits, 8),
        "puk2": _secret(state.rng, string.digits, 8),
    }
    details["simState"] = "ACTIVE"
    device["online"] = True
    return NO_CONTENT


@operation
def deactivate_device_sim(request: Request) -> Reply:
    device = _device(request, "MOBILE")
    _details(_state(request), device)["simState"] = "INACTIVE"
    device["online"] = False
    return NO_CONTENT


@operation
def order_device_sim(request: Request) -> Reply:
    device = _device(request, "MOBILE")
    address_id = request.body["addressId"].strip()
    if not address_id:
        raise bad_request("addressId must name an address of the account", "/addressId")
    details = _details(_state(request), device)
    if details["simState"] == "INACTIVE":
        # A card is on its way to the address: it works once it is activated.
        details["simState"] = "PENDING"
    return NO_CONTENT


@operation
def list_device_contingents(request: Request) -> Reply:
    details = _settings(request, "MOBILE")
    if details["simState"] != "ACTIVE":
        return ok({"contingents": []})
    used = min(details["fastDataUsed"], _FAST_DATA_KILOBYTES)
    fast_data = {
        "type": "DATA_FAST",
        "amount": _FAST_DATA_KILOBYTES,
        "used": used,
        "left": _FAST_DATA_KILOBYTES - used,
        "unit": "KILOBYTE",
        "expires": _next_month(request.account.clock()),
    }
    return ok({"contingents": [fast_data]})


def _next_month(timestamp: float) -> str:
    """The start of the next calendar month (UTC), when monthly allowances renew."""
    now = datetime.fromtimestamp(timestamp, UTC)
    year, month = (now.year + 1, 1) if now.month == 12 else (now.year, now.month + 1)
    return iso(datetime(year, month, 1, tzinfo=UTC).timestamp())
