"""One handler per operation of the API description, named by its ``operationId``.

Requests reach a handler only after the description's checks passed (credentials,
parameters, body schema), so a handler checks only what a schema cannot say: that ids
exist, that numbers are numbers, that a time lies in the allowed window.
"""

from __future__ import annotations

import base64
import binascii
import csv
import io
import re
import time
import uuid
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any, Final
from urllib.parse import urlsplit

import attrs

from sipgateio.sandbox._account import MASTER_SIP_ID, Account, FaxJob, contact, iso
from sipgateio.sandbox._calls import CallEngine
from sipgateio.sandbox._errors import ApiError, bad_request, forbidden, not_found
from sipgateio.sandbox._openapi import parse_datetime
from sipgateio.sandbox._phone import international_digits, same_number

_CALLER_EXTENSION: Final = re.compile(r"[epxy](0|[1-9][0-9]*)")
_EXTENSION: Final = re.compile(r"[a-z](0|[1-9][0-9]*)")
_DTMF: Final = re.compile(r"[0-9A-D#*]+")
_PDF_PAGE: Final = re.compile(rb"/Type\s*/Page(?!s)")
_MAX_SEND_AHEAD: Final = 30 * 24 * 3600
# The ``type`` filter of ``list_devices``. Without one, sipgate leaves app extensions out
# (they came later than the other kinds); ``all`` lists every kind.
_DEFAULT_DEVICE_KINDS: Final = ("REGISTER", "MOBILE", "EXTERNAL")
_DEVICE_KINDS: Final = {
    "app": ("APP",),
    "register": ("REGISTER",),
    "mobile": ("MOBILE",),
    "external": ("EXTERNAL",),
}
_HISTORY_CSV_COLUMNS: Final = (
    "id",
    "created",
    "lastModified",
    "type",
    "direction",
    "status",
    "source",
    "sourceAlias",
    "target",
    "targetAlias",
    "connectionIds",
    "duration",
    "read",
    "starred",
    "archived",
    "note",
)


@attrs.frozen
class Request:
    """What a handler gets: checked and converted parameters and body."""

    account: Account
    calls: CallEngine
    user_id: str
    path: dict[str, Any]
    query: dict[str, Any]
    body: Any
    base_url: str
    accept: str = "*/*"

    def negotiate(self, *offered: str) -> str:
        """The one of the ``offered`` media types the ``Accept`` header prefers.

        Ties go to the first offered; a header that admits none of them is answered with
        406, as an HTTP server does (a malformed header counts as admitting none).
        """
        from falcon.util import mediatypes

        try:
            chosen = mediatypes.best_match(offered, self.accept)
        except ValueError:
            chosen = ""
        if not chosen:
            raise ApiError(
                406, f"this answer comes as {' or '.join(offered)}; the request accepts neither"
            )
        return chosen


@attrs.frozen
class Reply:
    """What a handler returns: a status and a JSON value, or text with its content type."""

    status: int = 204
    media: Any = None
    text: str | None = None
    content_type: str = "application/json"


Handler = Callable[[Request], Reply]
HANDLERS: dict[str, Handler] = {}


def operation(func: Handler) -> Handler:
    """Register ``func`` as the handler of the operation with the same ``operationId``."""
    HANDLERS[func.__name__] = func
    return func


def _ok(media: Any) -> Reply:
    return Reply(200, media)


NO_CONTENT: Final = Reply(204)


def _number(value: str, pointer: str) -> str:
    digits = international_digits(value)
    if digits is None:
        raise bad_request(f"{value!r} is not a phone number; write it like +4921112345678", pointer)
    return digits


def _user(request: Request) -> str:
    user_id = str(request.path["userId"])
    if user_id not in request.account.users:
        raise not_found(f"user {user_id}")
    return user_id


def _page(items: list[Any], offset: int | None, limit: int | None) -> list[Any]:
    if offset is not None and offset < 0:
        raise bad_request("offset must not be negative", "/offset")
    if limit is not None and limit < 0:
        raise bad_request("limit must not be negative", "/limit")
    start = offset or 0
    return items[start:] if limit is None else items[start : start + limit]


# ------------------------------------------------------------------ identity
@operation
def get_userinfo(request: Request) -> Reply:
    return _ok(
        {
            "sub": request.user_id,
            "domain": "sipgate.de",
            "masterSipId": MASTER_SIP_ID,
            "locale": "de_DE",
        }
    )


@operation
def list_users(request: Request) -> Reply:
    return _ok({"items": list(request.account.users.values())})


# ----------------------------------------------------------------------- SMS
def _sms_extension(account: Account, sms_id: str) -> tuple[str, dict[str, Any]] | None:
    for user_id, extensions in account.sms_extensions.items():
        for extension in extensions:
            if extension["id"] == sms_id:
                return user_id, extension
    return None


@operation
def send_sms(request: Request) -> Reply:
    body, account = request.body, request.account
    found = _sms_extension(account, body["smsId"])
    if found is None:
        raise forbidden(f"{body['smsId']!r} is not an SMS extension you may use")
    recipient = _number(body["recipient"], "/recipient")
    if not body["message"].strip():
        raise bad_request("message must not be empty", "/message")
    now = account.clock()
    send_at = body.get("sendAt")
    if send_at is not None and not now < send_at <= now + _MAX_SEND_AHEAD:
        raise bad_request(
            "sendAt must lie in the future and at most 30 days ahead (Unix seconds)", "/sendAt"
        )
    extension = found[1]
    record = {
        "smsId": body["smsId"],
        "recipient": "+" + recipient,
        "message": body["message"],
        "sendAt": send_at,
        "sender": extension["callerId"],
    }
    account.sent_sms.append(record)
    account.add_history(
        {
            "type": "SMS",
            "direction": "OUTGOING",
            "status": "PICKUP",
            "source": extension["callerId"],
            "sourceAlias": extension["alias"],
            "target": "+" + recipient,
            "connectionIds": [body["smsId"]],
            "smsContent": body["message"],
            "scheduled": None if send_at is None else iso(send_at),
            "read": True,
        }
    )
    return NO_CONTENT


@operation
def list_sms_extensions(request: Request) -> Reply:
    user_id = _user(request)
    return _ok({"items": request.account.sms_extensions.get(user_id, [])})


def _users_sms_extension(request: Request) -> dict[str, Any]:
    user_id = _user(request)
    sms_id = request.path["smsId"]
    for extension in request.account.sms_extensions.get(user_id, []):
        if extension["id"] == sms_id:
            return extension
    raise not_found(f"SMS extension {sms_id} of user {user_id}")


@operation
def list_sms_caller_ids(request: Request) -> Reply:
    extension = _users_sms_extension(request)
    return _ok({"items": request.account.sms_caller_ids.get(extension["id"], [])})


@operation
def update_sms_caller_id(request: Request) -> Reply:
    extension = _users_sms_extension(request)
    caller_ids = request.account.sms_caller_ids.get(extension["id"], [])
    wanted = request.path["callerId"]
    chosen = next((item for item in caller_ids if item["id"] == wanted), None)
    if chosen is None:
        raise not_found(f"caller id {wanted} of SMS extension {extension['id']}")
    if not chosen["verified"]:
        raise bad_request(f"{chosen['phonenumber']} is not verified yet", "/defaultNumber")
    if request.body["defaultNumber"]:
        for item in caller_ids:
            item["defaultNumber"] = item is chosen
        extension["callerId"] = chosen["phonenumber"]
    elif chosen["defaultNumber"]:
        chosen["defaultNumber"] = False
        extension["callerId"] = "sipgate"
    return NO_CONTENT


# ----------------------------------------------------------------------- fax
def _faxline(account: Account, faxline_id: str) -> dict[str, Any] | None:
    for faxlines in account.faxlines.values():
        for faxline in faxlines:
            if faxline["id"] == faxline_id:
                return faxline
    return None


def _pdf(base64_content: str) -> bytes:
    try:
        document = base64.b64decode(base64_content, validate=True)
    except (binascii.Error, ValueError):
        raise bad_request("base64Content is not valid base64", "/base64Content") from None
    if not document.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"%PDF-"):
        raise bad_request("base64Content is not a PDF document", "/base64Content")
    return document


@operation
def send_fax(request: Request) -> Reply:
    body, account = request.body, request.account
    faxline = _faxline(account, body["faxlineId"])
    if faxline is None:
        raise not_found(f"fax line {body['faxlineId']}")
    if not faxline["canSend"]:
        raise forbidden(f"fax line {faxline['id']} cannot send faxes")
    recipient = _number(body["recipient"], "/recipient")
    document = _pdf(body["base64Content"])
    entry_id = account.next_history_id()
    account.fax_documents[entry_id] = (body["filename"], document)
    account.faxes[entry_id] = FaxJob(account.clock(), account.fax_fails(recipient))
    files = f"{request.base_url.removesuffix('/v2')}/files/faxes/{entry_id}"
    account.add_history(
        {
            "id": entry_id,
            "type": "FAX",
            "direction": "OUTGOING",
            "status": "PICKUP",
            "source": "+" + _faxline_number(account, faxline["id"]),
            "sourceAlias": faxline["alias"],
            "target": "+" + recipient,
            "connectionIds": [faxline["id"]],
            "faxStatusType": "PENDING",
            "scheduled": None,
            "documentUrl": f"{files}.pdf",
            "reportUrl": f"{files}-report.pdf",
            "previewUrl": f"{files}.pdf",
            "pageCount": max(1, len(_PDF_PAGE.findall(document))),
            "read": True,
        }
    )
    return _ok({"sessionId": entry_id})


def _faxline_number(account: Account, faxline_id: str) -> str:
    for item in account.numbers:
        if item["endpointId"] == faxline_id:
            return str(item["number"])
    return "4921112345679"


@operation
def list_faxlines(request: Request) -> Reply:
    user_id = _user(request)
    return _ok({"items": request.account.faxlines.get(user_id, [])})


# --------------------------------------------------------------------- calls
@operation
def initiate_call(request: Request) -> Reply:
    body, account = request.body, request.account
    callee = _number(body["callee"], "/callee")
    caller_id = body.get("callerId")
    caller_number = None if not caller_id else _number(caller_id, "/callerId")
    caller, device_id = body["caller"], body.get("deviceId")
    if _CALLER_EXTENSION.fullmatch(caller):
        extension = caller
    else:
        _number(caller, "/caller")
        if not device_id:
            raise bad_request("deviceId is required when caller is a phone number", "/deviceId")
        extension = device_id
    user_id = account.extension_owner(extension)
    if user_id is None:
        raise bad_request(f"{extension!r} is not a device or phone line of this account", "/caller")
    if extension in account.phonelines:
        phoneline = account.phonelines[extension]
    else:
        lines = [line for line in account.phonelines.values() if extension in line.device_ids]
        phoneline = lines[0] if lines else account.default_phoneline(user_id)
    flow = request.calls.start_outgoing(
        user_id=user_id,
        phoneline=phoneline,
        caller_number=caller_number or phoneline.number,
        callee=callee,
    )
    return _ok({"sessionId": flow.session_id})


# ---------------------------------------------------------- webhook settings
@operation
def get_webhook_settings(request: Request) -> Reply:
    return _ok(request.account.webhook_settings)


def _webhook_url(value: str, pointer: str) -> str:
    parts = urlsplit(value)
    if value and (parts.scheme not in ("http", "https") or not parts.hostname):
        raise bad_request(f"{value!r} is not an http(s) URL (use '' to switch it off)", pointer)
    return value


@operation
def update_webhook_settings(request: Request) -> Reply:
    body = request.body
    whitelist = body.get("whitelist")
    for index, extension in enumerate(whitelist or []):
        if not _EXTENSION.fullmatch(extension):
            raise bad_request(f"{extension!r} is not an extension id", f"/whitelist/{index}")
    settings: dict[str, Any] = {
        "incomingUrl": _webhook_url(body.get("incomingUrl", ""), "/incomingUrl"),
        "outgoingUrl": _webhook_url(body.get("outgoingUrl", ""), "/outgoingUrl"),
        "log": body.get("log", False),
        "whitelist": whitelist,
    }
    if "pushApiVersion" in body:
        settings["pushApiVersion"] = body["pushApiVersion"]
    request.account.webhook_settings = settings
    return NO_CONTENT


# ------------------------------------------------------------------ contacts
def _contact_from_body(body: dict[str, Any], contact_id: str) -> dict[str, Any]:
    name = body.get("name") or f"{body.get('given', '')} {body.get('family', '')}".strip()
    if not name.strip():
        raise bad_request("a contact needs a name (name, given or family)", "/name")
    stored = contact(name, body["scope"], contact_id=contact_id)
    for field in ("emails", "numbers", "addresses", "organization", "note", "websites"):
        if field in body:
            stored[field] = body[field]
    stored["picture"] = body.get("picture")
    return stored


@operation
def list_contacts(request: Request) -> Reply:
    contacts = list(request.account.contacts.values())
    if "scopes" in request.query:
        contacts = [item for item in contacts if item["scope"] in request.query["scopes"]]
    wanted = request.query.get("phonenumbers")
    if wanted:
        contacts = [
            item
            for item in contacts
            if any(same_number(n.get("number", ""), w) for n in item["numbers"] for w in wanted)
        ]
    after = contacts
    if "lastId" in request.query:
        ids = [item["id"] for item in contacts]
        if request.query["lastId"] not in ids:
            raise bad_request(
                f"lastId {request.query['lastId']!r} is not a listed contact", "/lastId"
            )
        after = contacts[ids.index(request.query["lastId"]) + 1 :]
    page = _page(after, request.query.get("offset", 0), request.query.get("limit", 5000))
    return _ok({"items": page, "totalCount": len(contacts)})


@operation
def create_contact(request: Request) -> Reply:
    stored = _contact_from_body(request.body, str(uuid.uuid4()))
    request.account.contacts[stored["id"]] = stored
    return NO_CONTENT


def _stored_contact(request: Request) -> dict[str, Any]:
    contact_id = request.path["contactId"]
    stored = request.account.contacts.get(contact_id)
    if stored is None:
        raise not_found(f"contact {contact_id}")
    if stored["scope"] == "INTERNAL":
        raise forbidden("internal contacts (colleagues) cannot be changed")
    return stored


@operation
def update_contact(request: Request) -> Reply:
    stored = _stored_contact(request)
    if request.body["id"] != stored["id"]:
        raise bad_request("the id in the body differs from the one in the path", "/id")
    request.account.contacts[stored["id"]] = _contact_from_body(request.body, stored["id"])
    return NO_CONTENT


@operation
def delete_contact(request: Request) -> Reply:
    stored = _stored_contact(request)
    scopes = request.query.get("scope")
    if scopes and stored["scope"] not in scopes:
        raise not_found(f"contact {stored['id']} in the address books {', '.join(scopes)}")
    del request.account.contacts[stored["id"]]
    return NO_CONTENT


@operation
def delete_all_contacts(request: Request) -> Reply:
    contacts = request.account.contacts
    for contact_id in _contacts_to_delete(request):
        del contacts[contact_id]
    return NO_CONTENT


def _contacts_to_delete(request: Request) -> list[str]:
    """The ids a ``DELETE /contacts`` selects: every given filter must match.

    Without a body it empties the private address book, as the older API does; a body
    without ``scope`` means both the private and the shared one.
    """
    contacts, sources = request.account.contacts, request.account.contact_sources
    chosen = request.body if request.body is not None else {"scope": ["PRIVATE"]}
    scopes = {
        part for value in chosen.get("scope", ["PRIVATE,SHARED"]) for part in value.split(",")
    }
    ids = chosen.get("contactIds")
    if ids is not None:
        unknown = [contact_id for contact_id in ids if contact_id not in contacts]
        if unknown:
            raise bad_request(f"unknown contacts: {', '.join(unknown[:10])}", "/contactIds")
    if "INTERNAL" in scopes or any(contacts[cid]["scope"] == "INTERNAL" for cid in ids or ()):
        raise forbidden("internal contacts (colleagues) cannot be deleted")
    return [
        contact_id
        for contact_id, item in contacts.items()
        if item["scope"] in scopes
        and (ids is None or contact_id in ids)
        and ("source" not in chosen or sources.get(contact_id) == chosen["source"])
    ]


@operation
def import_contacts_csv(request: Request) -> Reply:
    try:
        raw = base64.b64decode(request.body["base64Content"], validate=True)
    except (binascii.Error, ValueError):
        raise bad_request("base64Content is not valid base64", "/base64Content") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    rows = [row for row in csv.reader(io.StringIO(text)) if any(cell.strip() for cell in row)]
    if not rows:
        raise bad_request("the CSV document is empty", "/base64Content")
    header = [cell.strip().lower() for cell in rows[0]]
    missing = [name for name in ("firstname", "lastname", "number") if name not in header]
    if missing:
        raise bad_request(
            f"the CSV header needs the columns firstname, lastname and number; missing: "
            f"{', '.join(missing)}",
            "/base64Content",
        )
    imported = []
    for line, row in enumerate(rows[1:], start=2):
        if len(row) != len(header):
            raise bad_request(
                f"CSV line {line} has {len(row)} fields, the header has {len(header)}",
                "/base64Content",
            )
        cells = dict(zip(header, (cell.strip() for cell in row), strict=True))
        name = f"{cells['firstname']} {cells['lastname']}".strip()
        if not name:
            continue
        numbers: list[tuple[str, list[str]]] = [(cells["number"], [])] if cells["number"] else []
        imported.append(contact(name, "PRIVATE", numbers=numbers))
    for item in imported:
        request.account.contacts[item["id"]] = item
        request.account.contact_sources[item["id"]] = "CSV"
    return NO_CONTENT


# ------------------------------------------------------------------- history
def _filtered_history(request: Request, *, with_phonenumber: bool) -> list[dict[str, Any]]:
    query = request.query
    entries = request.account.all_history()
    archived = query.get("archived", False)
    entries = [entry for entry in entries if entry["archived"] == archived]
    if "connectionIds" in query:
        wanted = set(query["connectionIds"])
        entries = [entry for entry in entries if wanted & set(entry["connectionIds"])]
    if "types" in query:
        entries = [entry for entry in entries if entry["type"] in query["types"]]
    if "directions" in query:
        entries = [entry for entry in entries if entry["direction"] in query["directions"]]
    if "starred" in query:
        starred = set(query["starred"])
        entries = [
            entry
            for entry in entries
            if ("STARRED" if entry["starred"] else "UNSTARRED") in starred
        ]
    if "from" in query:
        start = _moment(query["from"])
        entries = [entry for entry in entries if _moment(entry["created"]) >= start]
    if "to" in query:
        end = _moment(query["to"])
        entries = [entry for entry in entries if _moment(entry["created"]) <= end]
    if with_phonenumber and "phonenumber" in query:
        number = query["phonenumber"]
        entries = [
            entry
            for entry in entries
            if same_number(entry["source"], number) or same_number(entry["target"], number)
        ]
    return entries


def _moment(text: str) -> datetime:
    # Parameters arrive here only after the description's date-time check passed.
    moment = parse_datetime(text)
    assert moment is not None
    return moment


@operation
def list_history(request: Request) -> Reply:
    entries = _filtered_history(request, with_phonenumber=True)
    page = _page(entries, request.query.get("offset", 0), request.query.get("limit", 10))
    return _ok({"items": page, "totalCount": len(entries)})


@operation
def export_history_csv(request: Request) -> Reply:
    entries = _filtered_history(request, with_phonenumber=False)
    page = _page(entries, request.query.get("offset", 0), request.query.get("limit", 10))
    # sipgate labels the export application/octet-stream (sipgate-platform.md §2.8); a
    # client that accepts JSON only gets the selection as a history page, as the
    # description of export_history_csv says.
    chosen = request.negotiate("text/csv", "application/octet-stream", "application/json")
    if chosen == "application/json":
        return _ok({"items": page, "totalCount": len(entries)})
    return Reply(200, text=history_csv(page), content_type=f"{chosen}; charset=utf-8")


def history_csv(entries: Iterable[dict[str, Any]]) -> str:
    """History entries as a CSV document with a header line."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(_HISTORY_CSV_COLUMNS)
    for entry in entries:
        row = []
        for column in _HISTORY_CSV_COLUMNS:
            value = entry.get(column, "")
            if isinstance(value, list):
                value = " ".join(value)
            elif isinstance(value, bool):
                value = "true" if value else "false"
            row.append("" if value is None else str(value))
        writer.writerow(row)
    return out.getvalue()


def _entry(request: Request) -> dict[str, Any]:
    entry_id = request.path["entryId"]
    entry = request.account.history_entry(entry_id)
    if entry is None:
        raise not_found(f"history entry {entry_id}")
    return entry


def _apply_flags(entry: dict[str, Any], changes: dict[str, Any], now: float) -> None:
    for field in ("note", "archived", "read", "starred"):
        if field in changes:
            entry[field] = changes[field]
    entry["lastModified"] = iso(now)


@operation
def get_history_entry(request: Request) -> Reply:
    return _ok(_entry(request))


@operation
def update_history_entry(request: Request) -> Reply:
    _apply_flags(_entry(request), request.body, request.account.clock())
    return NO_CONTENT


@operation
def delete_history_entry(request: Request) -> Reply:
    entry = _entry(request)
    request.account.delete_history(entry["id"])
    return NO_CONTENT


@operation
def update_history_entries(request: Request) -> Reply:
    account = request.account
    unknown = [item["id"] for item in request.body if item["id"] not in account.history]
    if unknown:
        # The description declares no 404 here: unknown ids make the whole batch malformed.
        raise bad_request(f"unknown history entries: {', '.join(unknown[:10])}", "/")
    now = account.clock()
    for item in request.body:
        changes = {key: value for key, value in item.items() if key != "note"}
        _apply_flags(account.history[item["id"]], changes, now)
    return NO_CONTENT


@operation
def delete_history_entries(request: Request) -> Reply:
    for entry_id in request.query["id"]:
        request.account.delete_history(entry_id)
    return NO_CONTENT


# ------------------------------------------------------------------- numbers
@operation
def list_numbers(request: Request) -> Reply:
    numbers = request.account.numbers
    return _ok({"items": _page(numbers, request.query.get("offset"), request.query.get("limit"))})


@operation
def list_voicemails(request: Request) -> Reply:
    return _ok({"items": request.account.voicemails})


@operation
def list_devices(request: Request) -> Reply:
    user_id = _user(request)
    devices = request.account.devices.get(user_id, [])
    kind = request.query.get("type")
    if kind != "all":
        wanted = _DEVICE_KINDS[kind] if kind else _DEFAULT_DEVICE_KINDS
        devices = [device for device in devices if device["type"] in wanted]
    return _ok({"items": devices})


# ---------------------------------------------------------------------- RTCM
def _established(request: Request) -> Any:
    call_id = request.path["callId"]
    call = request.account.calls.get(call_id)
    if call is None:
        raise ApiError(404, f"Call not found: {call_id}")
    return call


@operation
def list_established_calls(request: Request) -> Reply:
    return _ok({"data": [call.wire() for call in request.account.calls.values()]})


@operation
def hang_up_call(request: Request) -> Reply:
    # sipgate hangs up a call that is still ringing too, though GET /calls lists only
    # established ones (sipgate-platform.md, RTCM); its other operations need an
    # established call.
    call_id = request.path["callId"]
    ringing_or_established = call_id in request.account.calls or request.calls.is_ringing(call_id)
    if not (ringing_or_established and request.calls.hang_up(call_id)):
        raise ApiError(404, f"Call not found: {call_id}")
    return NO_CONTENT


@operation
def set_call_muted(request: Request) -> Reply:
    call = _established(request)
    call.muted = request.body["value"]
    request.calls.note(call.call_id, "muted" if call.muted else "unmuted")
    return NO_CONTENT


@operation
def set_call_hold(request: Request) -> Reply:
    call = _established(request)
    call.hold = request.body["value"]
    request.calls.note(call.call_id, "put on hold" if call.hold else "resumed from hold")
    return NO_CONTENT


@operation
def set_call_recording(request: Request) -> Reply:
    call = _established(request)
    value, announce = request.body["value"], request.body["announcement"]
    if value and not call.recording:
        call.recording_started = time.time()
    elif not value and call.recording:
        recording_id = uuid.uuid4().hex[:12]
        base = request.base_url.removesuffix("/v2")
        call.recordings.append({"id": recording_id, "url": f"{base}/files/{recording_id}.wav"})
    call.recording = value
    announced = " (announced)" if announce else ""
    request.calls.note(call.call_id, ("recording" if value else "recording stopped") + announced)
    return NO_CONTENT


@operation
def play_call_announcement(request: Request) -> Reply:
    call = _established(request)
    url = request.body["url"]
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise bad_request(f"{url!r} is not an http(s) URL", "/url")
    request.calls.note(call.call_id, f"announcement {url} played to everyone")
    return NO_CONTENT


@operation
def transfer_call(request: Request) -> Reply:
    call = _established(request)
    target = _number(request.body["phoneNumber"], "/phoneNumber")
    request.calls.transfer(call.call_id, target, request.body["attended"])
    return NO_CONTENT


@operation
def send_call_dtmf(request: Request) -> Reply:
    call = _established(request)
    sequence = request.body["sequence"]
    if not _DTMF.fullmatch(sequence):
        raise bad_request(
            f"{sequence!r} holds characters other than 0-9, A-D, # and *", "/sequence"
        )
    request.calls.note(call.call_id, f"DTMF {sequence} sent")
    return NO_CONTENT
