"""``phonelines``: a user's lines, the devices they ring, forwardings, settings and voicemail.

The lines themselves are ``account.phonelines`` (the facade's calls and history use them),
the devices a line rings are its ``device_ids`` (and each device's ``activePhonelines`` in
``account.devices``), its voicemail boxes are the records of ``account.voicemails`` that
belong to it. What only this area knows (forwardings, handling of anonymous callers, the
per-line webhook settings, the boxes' timeouts and greetings) is kept in ``Phonelines``.

Parallel forwardings are what sipgate makes of them: external devices (``x…``) attached to
the line. Creating one adds an ``EXTERNAL`` device to the user's devices with the number
as its ``number``; deleting one removes that device.

The per-line webhook settings are stored and read back; the sandbox's calls push to the
account-wide URLs (``settings.update_webhook_settings``). A line's webhook log lists the
pushes the sandbox sent for the line's calls while logging is on, account-wide or for the
line (the switch is read when the log is read).
"""

from __future__ import annotations

import base64
import binascii
import re
from typing import Any, Final

import attrs

from sipgateio.sandbox._account import Account, Phoneline, iso
from sipgateio.sandbox._api import Reply, Request, _number, _webhook_url, operation
from sipgateio.sandbox._areas._store import NO_CONTENT, Records, area_state, ok, user_id
from sipgateio.sandbox._errors import bad_request, forbidden, not_found
from sipgateio.sandbox._phone import international_digits, same_number

_EXTENSION: Final = re.compile(r"[a-z](0|[1-9][0-9]*)")
_GREETING_FILE: Final = re.compile(r".+\.(mp3|wav)", re.IGNORECASE)
_MAX_TIMEOUT: Final = 600


def _webhook_defaults() -> dict[str, Any]:
    return {
        "incomingActive": False,
        "outgoingActive": False,
        "incomingUrl": "",
        "outgoingUrl": "",
        "log": False,
        "allowSelfSigned": False,
    }


@attrs.define
class LineSettings:
    """What a line does beyond ringing its devices."""

    forwardings: list[dict[str, Any]] = attrs.field(factory=list)
    block_anonymous: dict[str, Any] = attrs.field(
        factory=lambda: {"enabled": False, "target": "REJECT"}
    )
    webhook: dict[str, Any] = attrs.field(factory=_webhook_defaults)


@attrs.define
class Box:
    """A voicemail box's own settings and its greetings (one of them in use)."""

    active: bool
    timeout: int
    standard_id: str
    greetings: Records


@attrs.define
class Phonelines:
    """The area's state; settings of lines and boxes are made on first use."""

    lines: dict[str, LineSettings] = attrs.field(factory=dict)
    boxes: dict[str, Box] = attrs.field(factory=dict)
    # Numbers of external devices whose record carries none (the seeded x0).
    external_numbers: dict[str, str] = attrs.field(factory=dict)
    inactive_parallel: set[str] = attrs.field(factory=set)
    next_line: int = 0
    next_voicemail: int = 0
    next_external: int = 0
    next_greeting: int = 0

    def line(self, line_id: str) -> LineSettings:
        return self.lines.setdefault(line_id, LineSettings())


def _seed(account: Account) -> Phonelines:
    state = Phonelines()
    # Ada's calls go to Alan after 20 seconds; to Charles Babbage only when she switches it on.
    state.line("p0").forwardings = [
        {"destination": "p1", "timeout": 20, "active": True},
        {"destination": "+4930987654321", "timeout": 45, "active": False},
    ]
    state.line("p1").block_anonymous = {"enabled": True, "target": "VOICEMAIL"}
    state.external_numbers["x0"] = "+4922198765432"
    for voicemail in account.voicemails:
        _box(state, voicemail)
    if "v0" in state.boxes:
        holiday = {"id": _greeting_id(state), "alias": "Holiday greeting", "active": False}
        state.boxes["v0"].greetings.add(holiday)
    return state


def _state(request: Request) -> Phonelines:
    return area_state(request, "phonelines", _seed)


# ------------------------------------------------------------------ lookups
def _line(request: Request) -> Phoneline:
    owner = user_id(request)
    line_id = str(request.path["phonelineId"])
    line = request.account.phonelines.get(line_id)
    if line is None or line.user_id != owner:
        raise not_found(f"phoneline {line_id} of user {owner}")
    return line


def _settings(request: Request) -> LineSettings:
    """What this area stores for the line the path names."""
    return _state(request).line(_line(request).id)


def _device(account: Account, device_id: str) -> dict[str, Any] | None:
    for devices in account.devices.values():
        for device in devices:
            if device["id"] == device_id:
                return device
    return None


def _line_devices(account: Account, line: Phoneline) -> list[dict[str, Any]]:
    found = (_device(account, device_id) for device_id in line.device_ids)
    return [device for device in found if device is not None]


def _boxes(account: Account, line_id: str) -> list[dict[str, Any]]:
    return [
        voicemail
        for voicemail in account.voicemails
        if voicemail.get("belongsToEndpoint", {}).get("extension") == line_id
    ]


def _box(state: Phonelines, voicemail: dict[str, Any]) -> Box:
    box = state.boxes.get(voicemail["id"])
    if box is None:
        standard: dict[str, Any] = {
            "id": str(voicemail.get("activeGreetingId") or _greeting_id(state)),
            "alias": voicemail.get("activeGreetingAlias") or "Standard greeting",
            "active": True,
        }
        box = Box(
            active=True, timeout=20, standard_id=standard["id"], greetings=Records("greeting")
        )
        box.greetings.add(standard)
        state.boxes[voicemail["id"]] = box
    return box


def _greeting_id(state: Phonelines) -> str:
    taken = {greeting["id"] for box in state.boxes.values() for greeting in box.greetings}
    greeting_id, state.next_greeting = _fresh_id("greeting-", state.next_greeting, taken)
    return greeting_id


def _voicemail(request: Request, line: Phoneline) -> tuple[dict[str, Any], Box]:
    voicemail_id = str(request.path["voicemailId"])
    for voicemail in _boxes(request.account, line.id):
        if voicemail["id"] == voicemail_id:
            return voicemail, _box(_state(request), voicemail)
    raise not_found(f"voicemail box {voicemail_id} of phoneline {line.id}")


def _alias_of(account: Account, destination: str) -> str | None:
    """The name sipgate shows for a forwarding destination, when it knows one."""
    if destination in account.phonelines:
        return account.phonelines[destination].alias
    if destination in account.groups:
        return str(account.groups[destination]["alias"])
    device = _device(account, destination)
    if device is not None:
        return str(device["alias"])
    for voicemail in account.voicemails:
        if voicemail["id"] == destination:
            return str(voicemail["alias"])
    for item in account.numbers:
        if same_number(item["number"], destination) and item.get("endpointAlias"):
            return str(item["endpointAlias"])
    for item in account.contacts.values():
        if any(same_number(entry["number"], destination) for entry in item["numbers"]):
            return str(item["name"])
    return None


def _rings(account: Account, extension: str) -> bool:
    """Whether calls can be passed to ``extension``: a line, group, device or voicemail box."""
    return (
        extension in account.phonelines
        or extension in account.groups
        or _device(account, extension) is not None
        or any(voicemail["id"] == extension for voicemail in account.voicemails)
    )


def _other_extension(account: Account, extension: str) -> bool:
    """Whether ``extension`` is a web user, fax line or SMS extension of the account."""
    return (
        extension in account.users
        or any(f["id"] == extension for faxlines in account.faxlines.values() for f in faxlines)
        or any(s["id"] == extension for sms in account.sms_extensions.values() for s in sms)
    )


def _urls(request: Request, line: Phoneline) -> dict[str, str]:
    base = f"{request.base_url}/{line.user_id}/phonelines/{line.id}"
    return {
        "blockAnonymousUrl": f"{base}/blockanonymous",
        "devicesUrl": f"{base}/devices",
        "forwardingsUrl": f"{base}/forwardings",
        "numbersUrl": f"{base}/numbers",
        "parallelForwardingsUrl": f"{base}/parallelforwardings",
        "voicemailsUrl": f"{base}/voicemails",
    }


def _summary(request: Request, line: Phoneline) -> dict[str, Any]:
    return {"id": line.id, "alias": line.alias, **_urls(request, line)}


def _attach(account: Account, line: Phoneline, device: dict[str, Any]) -> None:
    if device["id"] not in line.device_ids:
        line.device_ids.append(device["id"])
    routes = device.setdefault("activePhonelines", [])
    if not any(_routing_id(route) == line.id for route in routes):
        routes.append({"id": line.id, "alias": line.alias})


def _detach(account: Account, line: Phoneline, device_id: str) -> None:
    if device_id in line.device_ids:
        line.device_ids.remove(device_id)
    device = _device(account, device_id)
    if device is not None:
        device["activePhonelines"] = [
            route for route in device.get("activePhonelines", []) if _routing_id(route) != line.id
        ]


def _routing_id(route: Any) -> str:
    return str(route["id"]) if isinstance(route, dict) else str(route)


# -------------------------------------------------------------------- lines
@operation
def list_phonelines(request: Request) -> Reply:
    owner = user_id(request)
    lines = [line for line in request.account.phonelines.values() if line.user_id == owner]
    return ok({"items": [_summary(request, line) for line in lines]})


def _fresh_id(prefix: str, counter: int, taken: set[str]) -> tuple[str, int]:
    """The first ``<prefix><n>`` from ``counter`` on that is not taken, and the next counter."""
    while f"{prefix}{counter}" in taken:
        counter += 1
    return f"{prefix}{counter}", counter + 1


@operation
def create_phoneline(request: Request) -> Reply:
    """A new line for the user, with a voicemail box of its own (listed by ``list_voicemails``).

    It gets a fresh ``p<n>`` id (ids of deleted lines are not given out again, since the
    history still names them), the user's name as alias, no devices, and as the number it
    shows on outgoing calls that of the user's first line (else the account's first one).
    """
    owner = user_id(request)
    account, state = request.account, _state(request)
    line_id, state.next_line = _fresh_id("p", state.next_line, set(account.phonelines))
    user = account.users[owner]
    own = [line.number for line in account.phonelines.values() if line.user_id == owner]
    number = (own or [item["number"] for item in account.numbers] or [""])[0]
    line = Phoneline(line_id, f"{user['firstname']} {user['lastname']}", owner, number, [])
    account.phonelines[line_id] = line
    taken = {voicemail["id"] for voicemail in account.voicemails}
    voicemail_id, state.next_voicemail = _fresh_id("v", state.next_voicemail, taken)
    voicemail = {
        "id": voicemail_id,
        "alias": f"Voicemail of {line.alias}",
        "belongsToEndpoint": {"extension": line_id, "type": "PHONELINE"},
        "transcription": False,
        "canTranscribe": True,
        "accessNumber": "+" + number if number else "",
    }
    account.voicemails.append(voicemail)
    box = _box(state, voicemail)
    voicemail["activeGreetingId"] = box.standard_id
    voicemail["activeGreetingAlias"] = box.greetings.get(box.standard_id)["alias"]
    return ok(_summary(request, line))


@operation
def get_phoneline(request: Request) -> Reply:
    line = _line(request)
    state = _state(request)
    boxes = []
    for voicemail in _boxes(request.account, line.id):
        box = _box(state, voicemail)
        boxes.append({"id": voicemail["id"], "timeout": box.timeout, "active": box.active})
    return ok({"id": line.id, "alias": line.alias, "voicemails": boxes})


@operation
def set_phoneline_alias(request: Request) -> Reply:
    """Rename the line, and with it how numbers, devices and its voicemail box name it."""
    line = _line(request)
    alias = request.body["alias"].strip()
    if not alias:
        raise bad_request("alias must not be empty", "/alias")
    account, old = request.account, line.alias
    line.alias = alias
    for item in account.numbers:
        if item.get("endpointId") == line.id:
            item["endpointAlias"] = alias
    for devices in account.devices.values():
        for device in devices:
            for route in device.get("activePhonelines", []):
                if isinstance(route, dict) and route.get("id") == line.id:
                    route["alias"] = alias
    for voicemail in _boxes(account, line.id):
        if voicemail.get("alias") == f"Voicemail of {old}":
            voicemail["alias"] = f"Voicemail of {alias}"
    return NO_CONTENT


@operation
def delete_phoneline(request: Request) -> Reply:
    """Delete a line, unless that would leave a number, a user or a group without a line.

    A line that numbers are routed to answers 403 naming them: route them elsewhere first
    (``numbers.update_number_settings``), so that calls to them keep reaching someone.
    Likewise 403 for the user's last line (calls from the user's devices start on it) and
    for the last line of a group. Otherwise the line leaves its groups, its devices stop
    ringing for it (they stay the user's devices), its voicemail boxes and its settings go
    with it, and forwardings of other lines to it or its boxes are dropped. The history
    keeps naming it.
    """
    line = _line(request)
    account, state = request.account, _state(request)
    routed = [item["number"] for item in account.numbers if item.get("endpointId") == line.id]
    if routed:
        numbers = ", ".join("+" + number for number in routed)
        raise forbidden(
            f"numbers {numbers} are routed to phoneline {line.id}; route them to another "
            "extension first"
        )
    if not any(
        other.user_id == line.user_id for other in account.phonelines.values() if other is not line
    ):
        raise forbidden(f"phoneline {line.id} is the last phoneline of user {line.user_id}")
    for group in account.groups.values():
        if group.get("phonelines") == [line.id]:
            raise forbidden(f"phoneline {line.id} is the only phoneline of group {group['id']}")
    for group in account.groups.values():
        if line.id in group.get("phonelines", []):
            group["phonelines"].remove(line.id)
    for device_id in list(line.device_ids):
        _detach(account, line, device_id)
    gone = {line.id} | {voicemail["id"] for voicemail in _boxes(account, line.id)}
    account.voicemails[:] = [v for v in account.voicemails if v["id"] not in gone]
    for extension in gone:
        state.boxes.pop(extension, None)
        state.lines.pop(extension, None)
    for settings in state.lines.values():
        settings.forwardings = [f for f in settings.forwardings if f["destination"] not in gone]
    del account.phonelines[line.id]
    return NO_CONTENT


# ---------------------------------------------------------- anonymous callers
@operation
def get_phoneline_block_anonymous(request: Request) -> Reply:
    return ok(_settings(request).block_anonymous)


@operation
def set_phoneline_block_anonymous(request: Request) -> Reply:
    """Store the switch; without ``target`` the current target stays."""
    setting = _settings(request).block_anonymous
    setting["enabled"] = request.body["enabled"]
    setting["target"] = request.body.get("target", setting["target"])
    return ok(setting)


# ------------------------------------------------------------------ devices
@operation
def list_phoneline_devices(request: Request) -> Reply:
    line = _line(request)
    return ok({"items": _line_devices(request.account, line)})


@operation
def add_phoneline_device(request: Request) -> Reply:
    """Attach one of the line's user's devices; attaching an attached device changes nothing."""
    line = _line(request)
    device_id = request.body["deviceId"]
    device = next(
        (item for item in request.account.devices.get(line.user_id, []) if item["id"] == device_id),
        None,
    )
    if device is None:
        raise not_found(f"device {device_id} of user {line.user_id}")
    _attach(request.account, line, device)
    return NO_CONTENT


@operation
def remove_phoneline_device(request: Request) -> Reply:
    line = _line(request)
    device_id = str(request.path["deviceId"])
    if device_id not in line.device_ids:
        raise not_found(f"device {device_id} on phoneline {line.id}")
    _detach(request.account, line, device_id)
    return NO_CONTENT


# -------------------------------------------------------------- forwardings
@operation
def list_phoneline_forwardings(request: Request) -> Reply:
    line = _line(request)
    items = []
    for forwarding in _state(request).line(line.id).forwardings:
        item = dict(forwarding)
        alias = _alias_of(request.account, forwarding["destination"])
        if alias is not None:
            item["alias"] = alias
        items.append(item)
    return ok({"items": items})


def _destination(account: Account, line: Phoneline, value: str, pointer: str) -> str:
    """An extension of the account as it is, a phone number as ``+`` and digits."""
    if _EXTENSION.fullmatch(value):
        if _other_extension(account, value):
            raise bad_request(
                f"{value} takes no calls; forward to a phoneline, group, device or voicemail box",
                pointer,
            )
        if not _rings(account, value):
            raise not_found(f"extension {value}")
        if value == line.id:
            raise bad_request(f"phoneline {line.id} cannot forward to itself", pointer)
        return value
    digits = international_digits(value)
    if digits is None:
        raise bad_request(
            f"{value!r} is neither a phone number (like +4915799912345) nor an extension id "
            "(like p1 or v0)",
            pointer,
        )
    return "+" + digits


@operation
def set_phoneline_forwardings(request: Request) -> Reply:
    """Replace the list; numbers are stored as ``+`` and digits, each destination once.

    ``timeout`` defaults to 0 (pass calls on at once) and ``active`` to false, as described.
    """
    line = _line(request)
    stored: list[dict[str, Any]] = []
    for index, item in enumerate(request.body["forwardings"]):
        pointer = f"/forwardings/{index}/destination"
        destination = _destination(request.account, line, item["destination"], pointer)
        if any(other["destination"] == destination for other in stored):
            raise bad_request(f"{destination} is listed twice; list each destination once", pointer)
        timeout = item.get("timeout", 0)
        stored.append(
            {"destination": destination, "timeout": timeout, "active": item.get("active", False)}
        )
    _state(request).line(line.id).forwardings = stored
    return NO_CONTENT


# ------------------------------------------------------------------ numbers
@operation
def list_phoneline_numbers(request: Request) -> Reply:
    line = _line(request)
    return ok(
        {
            "items": [
                {"number": item["number"], "type": [item["type"]]}
                for item in request.account.numbers
                if item.get("endpointId") == line.id
            ]
        }
    )


# ------------------------------------------------------ parallel forwardings
def _parallel(state: Phonelines, device: dict[str, Any]) -> dict[str, Any]:
    item: dict[str, Any] = {"id": device["id"], "alias": device.get("alias", "")}
    number = device.get("number") or state.external_numbers.get(device["id"])
    if number:
        item["destination"] = number
    item["active"] = device["id"] not in state.inactive_parallel
    return item


def _line_externals(request: Request, line: Phoneline) -> list[dict[str, Any]]:
    devices = _line_devices(request.account, line)
    return [device for device in devices if device.get("type") == "EXTERNAL"]


def _line_external(request: Request, line: Phoneline) -> dict[str, Any]:
    forwarding_id = str(request.path["parallelForwardingId"])
    for device in _line_externals(request, line):
        if device["id"] == forwarding_id:
            return device
    raise not_found(f"parallel forwarding {forwarding_id} of phoneline {line.id}")


@operation
def list_phoneline_parallel_forwardings(request: Request) -> Reply:
    line = _line(request)
    state = _state(request)
    return ok({"items": [_parallel(state, device) for device in _line_externals(request, line)]})


def _parallel_number(request: Request, line: Phoneline, skip: str | None = None) -> str:
    number = "+" + _number(request.body["destination"], "/destination")
    state = _state(request)
    for device in _line_externals(request, line):
        if device["id"] != skip and _parallel(state, device).get("destination") == number:
            raise bad_request(
                f"{number} already rings alongside phoneline {line.id} (as {device['id']})",
                "/destination",
            )
    return number


@operation
def create_phoneline_parallel_forwarding(request: Request) -> Reply:
    """Add an external device ``x<n>`` of the line's user that rings with the line."""
    line = _line(request)
    account, state = request.account, _state(request)
    number = _parallel_number(request, line)
    taken = {device["id"] for devices in account.devices.values() for device in devices}
    device_id, state.next_external = _fresh_id("x", state.next_external, taken)
    device: dict[str, Any] = {
        "id": device_id,
        "alias": request.body.get("alias") or number,
        "type": "EXTERNAL",
        "online": True,
        "dnd": False,
        "owner": line.user_id,
        "activePhonelines": [],
        "activeGroups": [],
        "number": number,
    }
    account.devices.setdefault(line.user_id, []).append(device)
    _attach(account, line, device)
    if not request.body.get("active", False):
        state.inactive_parallel.add(device_id)
    return NO_CONTENT


@operation
def update_phoneline_parallel_forwarding(request: Request) -> Reply:
    """Store number and state; without ``alias`` the current name stays."""
    line = _line(request)
    device = _line_external(request, line)
    state = _state(request)
    device["number"] = _parallel_number(request, line, skip=device["id"])
    state.external_numbers.pop(device["id"], None)
    if request.body.get("alias"):
        device["alias"] = request.body["alias"]
    if request.body.get("active", False):
        state.inactive_parallel.discard(device["id"])
    else:
        state.inactive_parallel.add(device["id"])
    return NO_CONTENT


@operation
def delete_phoneline_parallel_forwarding(request: Request) -> Reply:
    """Remove the external device: from every line it rang for and from the user's devices."""
    line = _line(request)
    device = _line_external(request, line)
    account = request.account
    for other in account.phonelines.values():
        if device["id"] in other.device_ids:
            other.device_ids.remove(device["id"])
    for owner, devices in account.devices.items():
        account.devices[owner] = [item for item in devices if item is not device]
    state = _state(request)
    state.external_numbers.pop(device["id"], None)
    state.inactive_parallel.discard(device["id"])
    return NO_CONTENT


# --------------------------------------------------------- webhook settings
@operation
def get_phoneline_webhook_settings(request: Request) -> Reply:
    return ok(_settings(request).webhook)


@operation
def update_phoneline_webhook_settings(request: Request) -> Reply:
    """Store the whole settings; an active direction needs its URL."""
    stored = _settings(request)
    body = request.body
    settings = {
        "incomingActive": body.get("incomingActive", False),
        "outgoingActive": body.get("outgoingActive", False),
        "incomingUrl": _webhook_url(body["incomingUrl"], "/incomingUrl"),
        "outgoingUrl": _webhook_url(body["outgoingUrl"], "/outgoingUrl"),
        "log": body.get("log", False),
        "allowSelfSigned": body.get("allowSelfSigned", False),
    }
    for direction in ("incoming", "outgoing"):
        if settings[f"{direction}Active"] and not settings[f"{direction}Url"]:
            raise bad_request(
                f"{direction}Active needs an {direction}Url (an http(s) URL)",
                f"/{direction}Url",
            )
    certificate = body.get("certificate")
    if certificate:
        if "-----BEGIN CERTIFICATE-----" not in certificate:
            raise bad_request("certificate must be a PEM certificate", "/certificate")
        settings["certificate"] = certificate
    stored.webhook = settings
    return NO_CONTENT


@operation
def list_phoneline_webhook_log(request: Request) -> Reply:
    """The pushes sent for the line's calls, newest first, while logging is on."""
    line = _line(request)
    logging = _settings(request).webhook["log"]
    if not (logging or request.account.webhook_settings.get("log")):
        return ok({"items": []})
    entries = []
    flows = [flow for flow in request.calls.flows.values() if flow.phoneline == line.id]
    for flow in sorted(flows, key=lambda flow: flow.started, reverse=True):
        for push in reversed(list(flow.pushes)):
            entries.append(
                {
                    "created": iso(flow.started),
                    "url": push.url,
                    "request": push.body,
                    "response": push.reply,
                    "xmlError": push.error or "",
                    "status": "" if push.status is None else str(push.status),
                }
            )
    return ok({"items": entries})


# --------------------------------------------------------------- voicemails
def _voicemail_wire(request: Request, line: Phoneline, voicemail: dict[str, Any]) -> dict[str, Any]:
    box = _box(_state(request), voicemail)
    base = f"{request.base_url}/{line.user_id}/phonelines/{line.id}/voicemails/{voicemail['id']}"
    return {
        "id": voicemail["id"],
        "alias": voicemail.get("alias", ""),
        "timeout": box.timeout,
        "active": box.active,
        "transcriptionsUrl": f"{base}/transcriptions",
        "transcription": voicemail.get("transcription", False),
        "canTranscribe": voicemail.get("canTranscribe", False),
        "greetingsUrl": f"{base}/greetings",
        "activeGreetingAlias": voicemail.get("activeGreetingAlias", ""),
        "activeGreetingId": voicemail.get("activeGreetingId", ""),
        "accessNumber": voicemail.get("accessNumber", ""),
    }


@operation
def list_phoneline_voicemails(request: Request) -> Reply:
    line = _line(request)
    boxes = _boxes(request.account, line.id)
    return ok({"items": [_voicemail_wire(request, line, voicemail) for voicemail in boxes]})


def _transcription(voicemail: dict[str, Any], wanted: bool) -> None:
    if wanted and not voicemail.get("canTranscribe", False):
        raise forbidden(f"voicemail box {voicemail['id']} cannot transcribe messages")
    voicemail["transcription"] = wanted


@operation
def update_phoneline_voicemail(request: Request) -> Reply:
    line = _line(request)
    voicemail, box = _voicemail(request, line)
    body = request.body
    timeout = body.get("timeout", box.timeout)
    if timeout > _MAX_TIMEOUT:
        raise bad_request(
            f"timeout {timeout} is too long; use 0 to {_MAX_TIMEOUT} seconds", "/timeout"
        )
    _transcription(voicemail, body["transcription"])
    box.active = body["active"]
    box.timeout = timeout
    return NO_CONTENT


@operation
def set_phoneline_voicemail_transcription(request: Request) -> Reply:
    line = _line(request)
    voicemail, _ = _voicemail(request, line)
    _transcription(voicemail, request.body["active"])
    return NO_CONTENT


# ---------------------------------------------------------------- greetings
def _greetings(request: Request, box: Box) -> dict[str, Any]:
    root = request.base_url.removesuffix("/v2")
    return {
        "items": [
            {
                **greeting,
                "greetingUrl": f"{root}/files/{greeting['id']}.wav",
                "recordingEnabled": True,
            }
            for greeting in box.greetings
        ]
    }


def _activate(voicemail: dict[str, Any], box: Box, greeting_id: str) -> None:
    for greeting in box.greetings:
        greeting["active"] = greeting["id"] == greeting_id
    voicemail["activeGreetingId"] = greeting_id
    voicemail["activeGreetingAlias"] = box.greetings.get(greeting_id)["alias"]


@operation
def list_phoneline_voicemail_greetings(request: Request) -> Reply:
    line = _line(request)
    _, box = _voicemail(request, line)
    return ok(_greetings(request, box))


@operation
def create_phoneline_voicemail_greeting(request: Request) -> Reply:
    """Store an uploaded MP3 or WAV file as a greeting not yet in use."""
    line = _line(request)
    _, box = _voicemail(request, line)
    filename = request.body["filename"]
    if not _GREETING_FILE.fullmatch(filename):
        raise bad_request(f"filename {filename!r} must end in .mp3 or .wav", "/filename")
    try:
        audio = base64.b64decode(request.body["base64Content"], validate=True)
    except (binascii.Error, ValueError):
        raise bad_request("base64Content is not valid base64", "/base64Content") from None
    if not audio:
        raise bad_request("base64Content is empty; send the audio file", "/base64Content")
    state = _state(request)
    box.greetings.add({"id": _greeting_id(state), "alias": filename, "active": False})
    return ok(_greetings(request, box))


@operation
def update_phoneline_voicemail_greeting(request: Request) -> Reply:
    """Put a greeting in use, or stop using it (the standard greeting takes over).

    The standard greeting itself can only be replaced by activating another one: switching
    it off while it is in use answers 400.
    """
    line = _line(request)
    voicemail, box = _voicemail(request, line)
    greeting = box.greetings.get(request.path["greetingId"])
    if request.body["active"]:
        _activate(voicemail, box, greeting["id"])
    elif greeting["active"]:
        if greeting["id"] == box.standard_id:
            raise bad_request(
                "the standard greeting plays until another greeting is switched on", "/active"
            )
        _activate(voicemail, box, box.standard_id)
    return NO_CONTENT


@operation
def delete_phoneline_voicemail_greeting(request: Request) -> Reply:
    """Delete an uploaded greeting; if it was in use, the standard greeting takes over."""
    line = _line(request)
    voicemail, box = _voicemail(request, line)
    greeting = box.greetings.get(request.path["greetingId"])
    if greeting["id"] == box.standard_id:
        raise forbidden("the standard greeting cannot be deleted")
    box.greetings.remove(greeting["id"])
    if greeting["active"]:
        _activate(voicemail, box, box.standard_id)
    return NO_CONTENT
