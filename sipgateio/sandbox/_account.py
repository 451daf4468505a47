"""The in-memory sipgate account the sandbox serves, seeded with plausible data.

Records are kept in their wire shape (camelCase dicts), so answers are copies of what
is stored. Everything is guarded by one re-entrant lock; callers hold ``account.lock``
while they read or change several things at once.
"""

from __future__ import annotations

import copy
import itertools
import random
import threading
import time
import uuid
from collections.abc import Callable, Collection, Sequence
from datetime import UTC, datetime
from typing import Any, Final

import attrs

from sipgateio.sandbox._phone import localized

MASTER_SIP_ID: Final = "1234567"
FAX_STATES: Final = ("PENDING", "SENDING")


def iso(timestamp: float) -> str:
    """A Unix time as sipgate writes it: ``2024-01-31T08:00:00.000Z``."""
    moment = datetime.fromtimestamp(timestamp, UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


@attrs.define
class Phoneline:
    """A phone line: the extension calls to a user's numbers ring on."""

    id: str
    alias: str
    user_id: str
    number: str  # international digits without "+"
    device_ids: list[str]


@attrs.define
class FaxJob:
    """A fax in transmission: its state follows from the time it was queued."""

    created: float
    fails: bool


@attrs.define
class EstablishedCall:
    """A call in ``GET /calls``."""

    call_id: str
    owner_number: str
    other_number: str
    muted: bool = False
    hold: bool = False
    recording: bool = False
    recording_started: float | None = None
    recordings: list[dict[str, str]] = attrs.field(factory=list)

    def wire(self) -> dict[str, Any]:
        """The call as ``GET /calls`` lists it."""
        return {
            "callId": self.call_id,
            "muted": self.muted,
            "recording": self.recording,
            "hold": self.hold,
            "participants": [
                {
                    "participantId": f"{self.call_id[:8]}-0",
                    "phoneNumber": "+" + self.owner_number,
                    "muted": self.muted,
                    "hold": self.hold,
                    "owner": True,
                },
                {
                    "participantId": f"{self.call_id[:8]}-1",
                    "phoneNumber": ""
                    if self.other_number == "anonymous"
                    else "+" + self.other_number,
                    "muted": False,
                    "hold": self.hold,
                    "owner": False,
                },
            ],
        }


class Account:
    """One sipgate account: users, devices, lines, numbers, contacts, history, settings."""

    def __init__(
        self,
        *,
        fax_step_seconds: float = 2.0,
        fax_failure_rate: float = 0.0,
        failing_fax_recipients: Collection[str] = (),
        rng: random.Random | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.lock = threading.RLock()
        self.clock = clock
        self.rng = rng or random.Random(0)
        self.fax_step_seconds = fax_step_seconds
        self.fax_failure_rate = fax_failure_rate
        self.failing_fax_recipients = set(failing_fax_recipients)
        self._ids = itertools.count(100_000_100)
        self.users: dict[str, dict[str, Any]] = {}
        self.devices: dict[str, list[dict[str, Any]]] = {}
        self.phonelines: dict[str, Phoneline] = {}
        self.groups: dict[str, dict[str, Any]] = {}
        self.sms_extensions: dict[str, list[dict[str, Any]]] = {}
        self.sms_caller_ids: dict[str, list[dict[str, Any]]] = {}
        self.faxlines: dict[str, list[dict[str, Any]]] = {}
        self.numbers: list[dict[str, Any]] = []
        self.voicemails: list[dict[str, Any]] = []
        self.contacts: dict[str, dict[str, Any]] = {}
        self.history: dict[str, dict[str, Any]] = {}
        self.faxes: dict[str, FaxJob] = {}
        self.fax_documents: dict[str, tuple[str, bytes]] = {}
        self.calls: dict[str, EstablishedCall] = {}
        self.sent_sms: list[dict[str, Any]] = []
        # The state of the areas beyond the facade's (sandbox/_areas), made on first use.
        self.areas: dict[str, Any] = {}
        # ---- contacts beyond the facade (sandbox/_areas/contacts.py) ----
        # The import a contact came from ("CSV", "GOOGLE"), by contact id, for the
        # ``source`` of ``DELETE /contacts``.
        self.contact_sources: dict[str, str] = {}
        # ---- end of the contacts block ----
        self.webhook_settings: dict[str, Any] = {
            "incomingUrl": "",
            "outgoingUrl": "",
            "log": False,
            "whitelist": None,
        }
        _seed(self)

    # ------------------------------------------------------------------ ids
    def next_history_id(self) -> str:
        """A fresh numeric history id."""
        return str(next(self._ids))

    # -------------------------------------------------------------- lookups
    def extension_owner(self, extension_id: str) -> str | None:
        """The web user a device or phone line belongs to."""
        for user_id, devices in self.devices.items():
            if any(device["id"] == extension_id for device in devices):
                return user_id
        line = self.phonelines.get(extension_id)
        return None if line is None else line.user_id

    def phoneline_for_number(self, digits: str) -> Phoneline | None:
        """The phone line a number routes to (group numbers ring the first member's line)."""
        for item in self.numbers:
            if item["number"] != digits:
                continue
            endpoint = item["endpointId"]
            if endpoint in self.phonelines:
                return self.phonelines[endpoint]
            if endpoint in self.groups:
                return self.phonelines[self.groups[endpoint]["phonelines"][0]]
        return None

    def default_phoneline(self, user_id: str) -> Phoneline:
        """The first phone line of a web user."""
        return next(line for line in self.phonelines.values() if line.user_id == user_id)

    # ------------------------------------------------------------- history
    def add_history(self, entry: dict[str, Any]) -> dict[str, Any]:
        """Store a history entry (filling the common fields) and return it."""
        now = iso(self.clock())
        entry.setdefault("id", self.next_history_id())
        entry.setdefault("created", now)
        entry.setdefault("lastModified", entry["created"])
        entry.setdefault("sourceAlias", "")
        entry.setdefault("targetAlias", "")
        entry.setdefault("read", False)
        entry.setdefault("archived", False)
        entry.setdefault("starred", False)
        entry.setdefault("note", "")
        entry.setdefault("labels", [])
        entry.setdefault(
            "endpoints",
            [
                {"type": "ROUTED", "endpoint": {"extension": ext, "type": _endpoint_type(ext)}}
                for ext in entry.get("connectionIds", [])
            ],
        )
        entry["incoming"] = entry["direction"] in ("INCOMING", "MISSED_INCOMING")
        self.history[entry["id"]] = entry
        return entry

    def history_entry(self, entry_id: str) -> dict[str, Any] | None:
        """The current state of a history entry (a fax's status moves with time)."""
        entry = self.history.get(entry_id)
        if entry is None:
            return None
        job = self.faxes.get(entry_id)
        if job is not None:
            self._advance_fax(entry, job)
        return entry

    def all_history(self) -> list[dict[str, Any]]:
        """Every history entry, newest first, fax states brought up to date."""
        entries = [self.history_entry(entry_id) for entry_id in list(self.history)]
        present = [entry for entry in entries if entry is not None]
        return sorted(present, key=lambda entry: (entry["created"], entry["id"]), reverse=True)

    def delete_history(self, entry_id: str) -> None:
        """Forget a history entry (unknown ids are ignored)."""
        self.history.pop(entry_id, None)
        self.faxes.pop(entry_id, None)
        self.fax_documents.pop(entry_id, None)

    def fax_fails(self, recipient_digits: str) -> bool:
        """Decide, when a fax is queued, whether its transmission will fail."""
        if recipient_digits in self.failing_fax_recipients:
            return True
        return self.fax_failure_rate > 0 and self.rng.random() < self.fax_failure_rate

    def _advance_fax(self, entry: dict[str, Any], job: FaxJob) -> None:
        step = self.fax_step_seconds
        elapsed = self.clock() - job.created
        index = int(elapsed // step) if step > 0 else len(FAX_STATES)
        if index < len(FAX_STATES):
            state, changed_at = FAX_STATES[index], job.created + index * step
        else:
            state = "FAILED" if job.fails else "SENT"
            changed_at = job.created + len(FAX_STATES) * step
        if entry["faxStatusType"] != state:
            entry["faxStatusType"] = state
            entry["status"] = {"FAILED": "NOPICKUP", "SENT": "PICKUP"}.get(state, "PICKUP")
            entry["lastModified"] = iso(changed_at)

    # ------------------------------------------------------------ snapshot
    def snapshot(self, value: Any) -> Any:
        """A deep copy, so answers never share state with the account."""
        return copy.deepcopy(value)


def _endpoint_type(extension: str) -> str:
    return {
        "p": "PHONELINE",
        "g": "GROUP",
        "f": "FAX",
        "s": "SMS",
        "v": "VOICEMAIL",
        "w": "USER",
        "e": "REGISTER",
        "y": "MOBILE",
        "x": "EXTERNAL",
    }.get(extension[:1], "PHONELINE")


def contact(
    name: str,
    scope: str,
    *,
    numbers: Sequence[tuple[str, Sequence[str]]] = (),
    emails: Sequence[tuple[str, Sequence[str]]] = (),
    organization: list[list[str]] | None = None,
    addresses: list[dict[str, str]] | None = None,
    contact_id: str | None = None,
) -> dict[str, Any]:
    """A contact in its wire shape."""
    return {
        "id": contact_id or str(uuid.uuid4()),
        "name": name,
        "picture": None,
        "emails": [{"email": email, "type": list(types)} for email, types in emails],
        "numbers": [{"number": number, "type": list(types)} for number, types in numbers],
        "addresses": list(addresses or []),
        "organization": organization or [],
        "scope": scope,
    }


def _seed(account: Account) -> None:
    """Two web users with devices and lines, an SMS extension, fax lines, numbers, history."""
    account.users = {
        "w0": {
            "id": "w0",
            "firstname": "Ada",
            "lastname": "Lovelace",
            "email": "ada@example.com",
            "defaultDevice": "e0",
            "busyOnBusy": False,
            "addressId": "13",
            "directDialIds": ["d0"],
            "timezone": "Europe/Berlin",
            "admin": True,
        },
        "w1": {
            "id": "w1",
            "firstname": "Alan",
            "lastname": "Turing",
            "email": "alan@example.com",
            "defaultDevice": "e1",
            "busyOnBusy": True,
            "addressId": "13",
            "directDialIds": [],
            "timezone": "Europe/Berlin",
            "admin": False,
        },
    }
    account.phonelines = {
        "p0": Phoneline("p0", "Ada Lovelace", "w0", "4921112345670", ["e0", "y0", "x0"]),
        "p1": Phoneline("p1", "Alan Turing", "w1", "4921112345671", ["e1"]),
    }
    account.groups = {"g0": {"id": "g0", "alias": "Support", "phonelines": ["p0", "p1"]}}
    routing_p0 = [{"id": "p0", "alias": "Ada Lovelace"}]
    support = [{"id": "g0", "alias": "Support"}]
    account.devices = {
        "w0": [
            _device("e0", "Ada's desk phone", "REGISTER", "w0", routing_p0, support, True),
            _device("y0", "Ada's mobile", "MOBILE", "w0", routing_p0, [], True),
            _device("x0", "Home office", "EXTERNAL", "w0", routing_p0, [], True),
        ],
        "w1": [
            _device(
                "e1",
                "Alan's softphone",
                "REGISTER",
                "w1",
                [{"id": "p1", "alias": "Alan Turing"}],
                support,
                True,
            )
        ],
    }
    account.sms_extensions = {
        "w0": [{"id": "s0", "alias": "Ada's SMS", "callerId": "+4915799912345"}],
        "w1": [{"id": "s1", "alias": "Alan's SMS", "callerId": "+4921112345671"}],
    }
    account.sms_caller_ids = {
        "s0": [
            {"id": 1, "phonenumber": "+4915799912345", "verified": True, "defaultNumber": True},
            {"id": 2, "phonenumber": "+4921112345670", "verified": True, "defaultNumber": False},
            {"id": 3, "phonenumber": "+4917600000000", "verified": False, "defaultNumber": False},
        ],
        "s1": [
            {"id": 4, "phonenumber": "+4921112345671", "verified": True, "defaultNumber": True},
        ],
    }
    account.faxlines = {
        "w0": [
            _faxline("f0", "Ada's fax", "Lovelace Analytics", can_send=True),
            _faxline("f1", "Incoming faxes", "", can_send=False),
        ],
        "w1": [_faxline("f2", "Alan's fax", "Turing Machines", can_send=True)],
    }
    numbers = [
        ("4921112345670", "LANDLINE", "p0", "Ada Lovelace", "/w0/phonelines/p0"),
        ("4921112345671", "LANDLINE", "p1", "Alan Turing", "/w1/phonelines/p1"),
        ("4921112345600", "LANDLINE", "g0", "Support", "/groups/g0"),
        ("4921112345679", "LANDLINE", "f0", "Ada's fax", "/w0/faxlines/f0"),
        ("4921112345678", "LANDLINE", "f2", "Alan's fax", "/w1/faxlines/f2"),
        ("4930123456780", "LANDLINE", "p0", "Ada Lovelace", "/w0/phonelines/p0"),
        ("4915799912345", "MOBILE", "y0", "Ada's mobile", "/w0/devices/y0"),
    ]
    account.numbers = [
        {
            "id": str(index),
            "number": digits,
            "localized": localized(digits),
            "type": kind,
            "endpointId": endpoint,
            "endpointAlias": alias,
            "endpointUrl": url,
        }
        for index, (digits, kind, endpoint, alias, url) in enumerate(numbers)
    ]
    account.voicemails = [
        {
            "id": f"v{index}",
            "alias": f"Voicemail of {line.alias}",
            "belongsToEndpoint": {"extension": line.id, "type": "PHONELINE"},
            "transcription": index == 0,
            "canTranscribe": True,
            "activeGreetingAlias": "Standard greeting",
            "activeGreetingId": f"greeting-{index}",
            "accessNumber": "+" + line.number,
        }
        for index, line in enumerate(account.phonelines.values())
    ]
    for item in [
        contact(
            "Ada Lovelace",
            "INTERNAL",
            numbers=[("+4921112345670", ["work"])],
            emails=[("ada@example.com", ["work"])],
            contact_id="00000000-0000-4000-8000-000000000000",
        ),
        contact(
            "Alan Turing",
            "INTERNAL",
            numbers=[("+4921112345671", ["work"])],
            emails=[("alan@example.com", ["work"])],
            contact_id="00000000-0000-4000-8000-000000000001",
        ),
        contact(
            "Grace Hopper",
            "PRIVATE",
            numbers=[("+4915112345678", ["cell"])],
            emails=[("grace@example.org", ["home"])],
            contact_id="00000000-0000-4000-8000-000000000002",
        ),
        contact(
            "Charles Babbage",
            "SHARED",
            numbers=[("+4930987654321", ["work"])],
            organization=[["Analytical Engines", "R&D"]],
            addresses=[
                {
                    "poBox": "",
                    "extendedAddress": "",
                    "streetAddress": "Dorset Street 1",
                    "locality": "London",
                    "region": "",
                    "postalCode": "W1U",
                    "country": "GB",
                }
            ],
            contact_id="00000000-0000-4000-8000-000000000003",
        ),
    ]:
        account.contacts[item["id"]] = item
    _seed_history(account)
    _seed_app_devices(account)
    _seed_group_faxlines(account)


def _device(
    device_id: str,
    alias: str,
    kind: str,
    owner: str,
    phonelines: list[dict[str, str]],
    groups: list[dict[str, str]],
    online: bool,
) -> dict[str, Any]:
    return {
        "id": device_id,
        "alias": alias,
        "type": kind,
        "online": online,
        "dnd": False,
        "owner": owner,
        "activePhonelines": phonelines,
        "activeGroups": groups,
    }


# ------------------------------------------------------------ app devices
def _seed_app_devices(account: Account) -> None:
    """Ada's sipgate app: newer accounts list app extensions (``a…``) with ``type=app``.

    It rings for Ada's phoneline like her other devices. ``list_devices`` without a ``type``
    leaves it out, as sipgate does.
    """
    line = account.phonelines["p0"]
    routing = [{"id": line.id, "alias": line.alias}]
    app = _device("a0", "Ada's sipgate app", "APP", "w0", routing, [], True)
    account.devices["w0"].append(app)
    line.device_ids.append(app["id"])


def _faxline(faxline_id: str, alias: str, tagline: str, *, can_send: bool) -> dict[str, Any]:
    return {
        "id": faxline_id,
        "alias": alias,
        "tagline": tagline,
        "canSend": can_send,
        "canReceive": True,
    }


# ------------------------------------------- group fax lines (sandbox/_areas/fax.py)
def _seed_group_faxlines(account: Account) -> None:
    """A fax line of the group ``g0``, kept in ``account.faxlines`` under the group's id.

    ``account.faxlines`` is keyed by the extension that owns the lines: a web user, or a
    group for the lines ``list_all_group_faxlines`` lists (these carry ``groupId``).
    ``send_fax`` finds both kinds.
    """
    line = _faxline("f3", "Support fax", "Support team", can_send=True)
    line["groupId"] = "g0"
    account.faxlines["g0"] = [line]


def _seed_history(account: Account) -> None:
    now = account.clock()

    def at(minutes_ago: float) -> str:
        return iso(now - minutes_ago * 60)

    account.add_history(
        {
            "type": "SMS",
            "created": at(180),
            "direction": "OUTGOING",
            "status": "PICKUP",
            "source": "+4915799912345",
            "target": "+4915112345678",
            "targetAlias": "Grace Hopper",
            "connectionIds": ["s0"],
            "smsContent": "See you at the conference!",
            "scheduled": None,
            "read": True,
        }
    )
    account.add_history(
        {
            "type": "CALL",
            "created": at(120),
            "direction": "INCOMING",
            "status": "PICKUP",
            "source": "+4915112345678",
            "sourceAlias": "Grace Hopper",
            "target": "+4921112345670",
            "targetAlias": "Ada Lovelace",
            "connectionIds": ["p0"],
            "callId": "5F4E3D2C1B0A99887766554433221100AABBCCDD",
            "recordings": [],
            "duration": 184,
            "callStatus": "SUCCESS",
            "read": True,
            "starred": True,
            "note": "Wants the compiler notes",
        }
    )
    account.add_history(
        {
            "type": "CALL",
            "created": at(90),
            "direction": "MISSED_INCOMING",
            "status": "NOPICKUP",
            "source": "+4930987654321",
            "sourceAlias": "Charles Babbage",
            "target": "+4921112345600",
            "targetAlias": "Support",
            "connectionIds": ["g0", "p0", "p1"],
            "callId": "6A5B4C3D2E1F00112233445566778899AABBCCDD",
            "recordings": [],
            "duration": 0,
            "callStatus": "MISSED",
        }
    )
    account.add_history(
        {
            "type": "CALL",
            "created": at(60),
            "direction": "OUTGOING",
            "status": "PICKUP",
            "source": "+4921112345670",
            "sourceAlias": "Ada Lovelace",
            "target": "+4989123456",
            "connectionIds": ["p0"],
            "callId": "7B6C5D4E3F2A11223344556677889900AABBCCDD",
            "recordings": [],
            "duration": 45,
            "callStatus": "SUCCESS",
            "read": True,
            "archived": True,
        }
    )
    account.add_history(
        {
            "type": "VOICEMAIL",
            "created": at(50),
            "direction": "INCOMING",
            "status": "PICKUP",
            "source": "+4930987654321",
            "sourceAlias": "Charles Babbage",
            "target": "+4921112345670",
            "targetAlias": "Ada Lovelace",
            "connectionIds": ["v0", "p0"],
            "transcription": "Hello Ada, the difference engine is ready. Call me back.",
            "recordingUrl": "https://example.com/voicemails/1.mp3",
            "duration": 23,
        }
    )
    account.add_history(
        {
            "type": "FAX",
            "created": at(30),
            "direction": "INCOMING",
            "status": "PICKUP",
            "source": "+4930987654321",
            "sourceAlias": "Charles Babbage",
            "target": "+4921112345679",
            "targetAlias": "Ada's fax",
            "connectionIds": ["f0"],
            "faxStatusType": "SENT",
            "scheduled": None,
            "documentUrl": "https://example.com/faxes/1.pdf",
            "reportUrl": "https://example.com/faxes/1-report.pdf",
            "previewUrl": "https://example.com/faxes/1.png",
            "pageCount": 2,
        }
    )
