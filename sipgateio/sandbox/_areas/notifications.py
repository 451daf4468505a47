"""``notifications``: the e-mails and text messages a user gets about calls, faxes and voicemail.

Notifications are stored per user and listed grouped by kind and by the extension they
watch. Each names an extension of the user (a phoneline or group for calls, a fax line, a
mobile device for text messages, a voicemail box of one of the user's lines); an unknown
one answers 404, one of the wrong kind 400. Setting up a notification that exists already
changes nothing. A user may have at most ``MAX_PER_USER`` notifications (sipgate answers 403
beyond its limit; the sandbox's limit is its own choice). A notification whose extension is
gone (a deleted phoneline, say) is dropped.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from typing import Any, Final

import attrs

from sipgateio.sandbox._account import Account
from sipgateio.sandbox._api import Reply, Request, _number, operation
from sipgateio.sandbox._areas._store import NO_CONTENT, area_state, ok, user_id
from sipgateio.sandbox._errors import bad_request, forbidden, not_found

MAX_PER_USER: Final = 20
_EMAIL: Final = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")
_KINDS: Final = ("call", "fax", "sms", "voicemail")
_FIELD: Final = {
    "call": "endpointId",
    "fax": "faxlineId",
    "sms": "endpointId",
    "voicemail": "voicemailId",
}
_WHAT: Final = {
    "call": "a phoneline or group",
    "fax": "a fax line",
    "sms": "a mobile device",
    "voicemail": "a voicemail box",
}


@attrs.define
class Notifications:
    """Every user's notifications by id, in the order they were set up."""

    by_user: dict[str, dict[str, dict[str, Any]]] = attrs.field(factory=dict)
    ids: Iterator[int] = attrs.field(factory=lambda: itertools.count(1))

    def add(self, owner: str, record: dict[str, Any]) -> None:
        records = self.by_user.setdefault(owner, {})
        fields = {key: value for key, value in record.items() if key != "id"}
        if any({k: v for k, v in old.items() if k != "id"} == fields for old in records.values()):
            return
        if len(records) >= MAX_PER_USER:
            raise forbidden(
                f"user {owner} has {MAX_PER_USER} notifications, the most allowed; delete one first"
            )
        record["id"] = str(next(self.ids))
        records[record["id"]] = record


def _seed(account: Account) -> Notifications:
    state = Notifications()
    state.add(
        "w0",
        {"kind": "voicemail", "via": "emails", "endpointId": "v0", "email": "ada@example.com"},
    )
    state.add(
        "w0",
        {
            "kind": "call",
            "via": "sms",
            "endpointId": "p0",
            "number": "+4915799912345",
            "direction": "INCOMING",
            "cause": "MISSED",
        },
    )
    state.add(
        "w0",
        {
            "kind": "fax",
            "via": "emails",
            "endpointId": "f0",
            "email": "ada@example.com",
            "direction": "INCOMING",
        },
    )
    return state


def _state(request: Request) -> Notifications:
    return area_state(request, "notifications", _seed)


# ------------------------------------------------------------- extensions
def _call_endpoints(account: Account, owner: str) -> dict[str, str]:
    lines = {line.id: line.alias for line in account.phonelines.values() if line.user_id == owner}
    groups = {
        group_id: str(group["alias"])
        for group_id, group in account.groups.items()
        if set(group.get("phonelines", [])) & set(lines)
    }
    return lines | groups


def _faxlines(account: Account, owner: str) -> dict[str, dict[str, Any]]:
    return {faxline["id"]: faxline for faxline in account.faxlines.get(owner, [])}


def _mobiles(account: Account, owner: str) -> dict[str, str]:
    devices = account.devices.get(owner, [])
    return {device["id"]: str(device["alias"]) for device in devices if device["type"] == "MOBILE"}


def _voicemails(account: Account, owner: str) -> dict[str, str]:
    lines = {line.id for line in account.phonelines.values() if line.user_id == owner}
    return {
        voicemail["id"]: str(voicemail.get("alias", ""))
        for voicemail in account.voicemails
        if voicemail.get("belongsToEndpoint", {}).get("extension") in lines
    }


def _watchable(account: Account, owner: str, kind: str) -> dict[str, str]:
    """The extensions of ``owner`` that notifications of ``kind`` can watch, with names."""
    if kind == "call":
        return _call_endpoints(account, owner)
    if kind == "fax":
        return {key: str(line["alias"]) for key, line in _faxlines(account, owner).items()}
    if kind == "sms":
        return _mobiles(account, owner)
    return _voicemails(account, owner)


def _owned_anywhere(account: Account, owner: str, extension: str) -> bool:
    return any(extension in _watchable(account, owner, kind) for kind in _KINDS)


def _endpoint(request: Request, owner: str, kind: str) -> str:
    field = _FIELD[kind]
    extension = str(request.body[field])
    if extension in _watchable(request.account, owner, kind):
        return extension
    if _owned_anywhere(request.account, owner, extension):
        raise bad_request(f"{field} {extension!r} is not {_WHAT[kind]}", f"/{field}")
    raise not_found(f"extension {extension} of user {owner}")


def _email(request: Request) -> str:
    email = str(request.body["email"]).strip()
    if not _EMAIL.fullmatch(email):
        raise bad_request(f"{email!r} is not an e-mail address (like office@example.com)", "/email")
    return email


def _records(request: Request, owner: str) -> dict[str, dict[str, Any]]:
    """The user's notifications, without those whose extension is gone."""
    records = _state(request).by_user.setdefault(owner, {})
    for record in list(records.values()):
        if record["endpointId"] not in _watchable(request.account, owner, record["kind"]):
            del records[record["id"]]
    return records


def _set_up(request: Request, kind: str, via: str, *, copied: tuple[str, ...] = ()) -> Reply:
    """Store a notification of ``kind`` sent ``via`` e-mails, sms or (fax) reports."""
    owner = user_id(request)
    endpoint = _endpoint(request, owner, kind)
    record: dict[str, Any] = {"kind": kind, "via": via, "endpointId": endpoint}
    record |= {key: request.body[key] for key in copied}
    about_sent = via == "reports" or record.get("direction") == "OUTGOING"
    if kind == "fax" and about_sent:
        sends = _faxlines(request.account, owner)[endpoint].get("canSend", False)
        if not sends:
            raise bad_request(f"fax line {endpoint} cannot send faxes", "/faxlineId")
    if kind == "sms":
        record["direction"] = "INCOMING"
    if via == "sms":
        record["number"] = "+" + _number(request.body["number"], "/number")
    else:
        record["email"] = _email(request)
    _records(request, owner)
    _state(request).add(owner, record)
    return NO_CONTENT


# ------------------------------------------------------------- operations
@operation
def list_notifications(request: Request) -> Reply:
    owner = user_id(request)
    overview: dict[str, list[dict[str, Any]]] = {kind: [] for kind in _KINDS}
    groups: dict[tuple[str, str], dict[str, Any]] = {}
    for record in _records(request, owner).values():
        key = (record["kind"], record["endpointId"])
        if key not in groups:
            names = _watchable(request.account, owner, record["kind"])
            groups[key] = {"endpointId": record["endpointId"], "endpointAlias": names[key[1]]}
            overview[record["kind"]].append(groups[key])
        entry = {k: v for k, v in record.items() if k not in ("kind", "via", "endpointId")}
        groups[key].setdefault(record["via"], []).append(entry)
    return ok(overview)


@operation
def create_call_email_notification(request: Request) -> Reply:
    return _set_up(request, "call", "emails", copied=("direction", "cause"))


@operation
def create_call_sms_notification(request: Request) -> Reply:
    return _set_up(request, "call", "sms", copied=("direction", "cause"))


@operation
def create_fax_email_notification(request: Request) -> Reply:
    return _set_up(request, "fax", "emails", copied=("direction",))


@operation
def create_fax_report_notification(request: Request) -> Reply:
    """Transmission reports are of sent faxes: a fax line that cannot send answers 400."""
    return _set_up(request, "fax", "reports")


@operation
def create_fax_sms_notification(request: Request) -> Reply:
    return _set_up(request, "fax", "sms", copied=("direction",))


@operation
def create_sms_email_notification(request: Request) -> Reply:
    return _set_up(request, "sms", "emails")


@operation
def create_voicemail_email_notification(request: Request) -> Reply:
    return _set_up(request, "voicemail", "emails")


@operation
def create_voicemail_sms_notification(request: Request) -> Reply:
    return _set_up(request, "voicemail", "sms")


@operation
def delete_notification(request: Request) -> Reply:
    owner = user_id(request)
    records = _records(request, owner)
    notification_id = str(request.path["notificationId"])
    if records.pop(notification_id, None) is None:
        raise not_found(f"notification {notification_id} of user {owner}")
    return NO_CONTENT
