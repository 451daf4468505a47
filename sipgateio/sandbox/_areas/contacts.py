"""``contacts`` beyond the facade: by id, colleagues, CSV export, structured vCards, Google import.

Every operation reads and writes ``account.contacts``, the store the facade's handlers in
``sandbox/_api.py`` keep, so a contact written as a vCard is listed by ``list_contacts``
and the other way round. vCard ``CATEGORIES`` are kept as the contact's labels (for the
``labels`` filter). The colleagues (``list_internal_contacts``) are the account's web
users with the numbers routed to their lines, devices and fax lines. A Google import adds
two fixed contacts to the private address book, marked as coming from ``GOOGLE`` (see
``source`` of ``delete_all_contacts``); importing again replaces them.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Iterable
from typing import Any, Final

import attrs

from sipgateio.sandbox._account import MASTER_SIP_ID, Account, contact
from sipgateio.sandbox._api import Reply, Request, operation
from sipgateio.sandbox._areas._store import NO_CONTENT, area_state, ok
from sipgateio.sandbox._errors import bad_request, forbidden, not_found

_CSV_COLUMNS: Final = ("id", "name", "scope", "numbers", "emails", "organization", "note")
_GOOGLE_CONTACTS: Final = (
    ("Katherine Johnson", "+4915222233344", "katherine@example.org"),
    ("Margaret Hamilton", "+4916033344455", "margaret@example.org"),
)
# vCard ADR parts and the contact address fields they hold.
_ADR: Final = (
    ("po_box", "poBox"),
    ("extended", "extendedAddress"),
    ("street", "streetAddress"),
    ("city", "locality"),
    ("region", "region"),
    ("post_code", "postalCode"),
    ("country", "country"),
)


@attrs.define
class ContactLabels:
    """The labels (vCard ``CATEGORIES``) of contacts, by contact id."""

    labels: dict[str, list[str]] = attrs.field(factory=dict)


def _labels(request: Request) -> dict[str, list[str]]:
    return area_state(request, "contacts", lambda account: ContactLabels()).labels


def _contact(request: Request, contact_id: str) -> dict[str, Any]:
    stored = request.account.contacts.get(contact_id)
    if stored is None:
        raise not_found(f"contact {contact_id}")
    return stored


def _in_scopes(request: Request, scopes: Iterable[str]) -> list[dict[str, Any]]:
    wanted = set(scopes)
    return [item for item in request.account.contacts.values() if item["scope"] in wanted]


@operation
def get_contact(request: Request) -> Reply:
    return ok(_contact(request, str(request.path["contactId"])))


# ---------------------------------------------------------------- colleagues
@operation
def list_internal_contacts(request: Request) -> Reply:
    account = request.account
    return ok({"items": [_colleague(account, user) for user in account.users.values()]})


def _colleague(account: Account, user: dict[str, Any]) -> dict[str, Any]:
    owner = user["id"]
    lines = {line.id for line in account.phonelines.values() if line.user_id == owner}
    devices = {device["id"] for device in account.devices.get(owner, [])}
    faxlines = {faxline["id"] for faxline in account.faxlines.get(owner, [])}

    def numbers(endpoints: set[str], kind: str | None = None) -> list[str]:
        return [
            "+" + item["number"]
            for item in account.numbers
            if item["endpointId"] in endpoints and kind in (None, item["type"])
        ]

    return {
        "id": hashlib.sha256(f"{MASTER_SIP_ID}/{owner}".encode()).hexdigest()[:40],
        "name": f"{user['firstname']} {user['lastname']}",
        "emails": [user["email"]],
        "mobile": numbers(devices, "MOBILE"),
        "landline": numbers(lines, "LANDLINE"),
        "fax": numbers(faxlines),
        "directdial": [],
    }


# -------------------------------------------------------------------- import
@operation
def import_contacts_google(request: Request) -> Reply:
    if not request.body["token"].strip():
        raise bad_request("token must not be empty; pass the Google access token", "/token")
    account = request.account
    for name, number, email in _GOOGLE_CONTACTS:
        for old_id in [
            cid
            for cid, item in account.contacts.items()
            if item["name"] == name and account.contact_sources.get(cid) == "GOOGLE"
        ]:
            del account.contacts[old_id]
        item = contact(name, "PRIVATE", numbers=[(number, ["cell"])], emails=[(email, ["home"])])
        account.contacts[item["id"]] = item
        account.contact_sources[item["id"]] = "GOOGLE"
    return NO_CONTENT


# -------------------------------------------------------------------- export
@operation
def export_contacts_csv(request: Request) -> Reply:
    # CSV only: a request that accepts JSON alone is refused (406), so a client that does
    # not ask for text/csv notices here, not against sipgate.
    request.negotiate("text/csv")
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(_CSV_COLUMNS)
    for item in _in_scopes(request, request.query["scope"]):
        writer.writerow(
            [
                item["id"],
                item["name"],
                item["scope"],
                " ".join(number.get("number", "") for number in item["numbers"]),
                " ".join(email.get("email", "") for email in item["emails"]),
                " / ".join(" - ".join(units) for units in item["organization"]),
                item.get("note") or "",
            ]
        )
    return Reply(200, text=out.getvalue(), content_type="text/csv; charset=utf-8")


# --------------------------------------------------------------------- vCard
def _vcard(item: dict[str, Any], labels: list[str]) -> dict[str, list[dict[str, Any]]]:
    """A contact as vCard properties (``FN``, ``N``, ``TEL``, ...)."""
    given, _, family = item["name"].rpartition(" ")
    card: dict[str, list[dict[str, Any]]] = {
        "FN": [{"value": item["name"]}],
        "N": [{"family": family, "given": given}],
        "TEL": [
            {"value": n.get("number", ""), "types": n.get("type", [])} for n in item["numbers"]
        ],
        "EMAIL": [
            {"value": e.get("email", ""), "types": e.get("type", [])} for e in item["emails"]
        ],
        "ADR": [{part: a.get(field, "") for part, field in _ADR} for a in item["addresses"]],
        "ORG": [{"unit": list(units)} for units in item["organization"]],
        "URL": [
            {"value": w.get("url", ""), "types": w.get("type", [])}
            for w in item.get("websites", [])
        ],
        "NOTE": [{"value": item["note"]}] if item.get("note") else [],
        "CATEGORIES": [{"value": label} for label in labels],
    }
    return {name: values for name, values in card.items() if values}


def _matches(item: dict[str, Any], text: str) -> bool:
    needle = text.casefold()
    haystack = [item["name"], *(e.get("email", "") for e in item["emails"])]
    haystack += [n.get("number", "") for n in item["numbers"]]
    return any(needle in value.casefold() for value in haystack)


@operation
def list_contact_vcards(request: Request) -> Reply:
    query, labels = request.query, _labels(request)
    found = _in_scopes(request, query["scope"])
    if "contactIds" in query:
        found = [item for item in found if item["id"] in query["contactIds"]]
    if "labels" in query:
        wanted = set(query["labels"])
        found = [item for item in found if wanted & set(labels.get(item["id"], []))]
    if "filter" in query:
        found = [item for item in found if _matches(item, query["filter"])]
    page = found
    if "lastId" in query:
        ids = [item["id"] for item in found]
        if query["lastId"] not in ids:
            raise bad_request(f"lastId {query['lastId']!r} is not a matching contact", "/lastId")
        page = found[ids.index(query["lastId"]) + 1 :]
    start = query.get("offset", 0)
    page = page[start:] if "limit" not in query else page[start : start + query["limit"]]
    fields = {name.upper() for name in query.get("wantedFields", [])}
    cards = []
    for item in page:
        card = _vcard(item, labels.get(item["id"], []))
        if fields:
            card = {name: values for name, values in card.items() if name in fields}
        cards.append({"meta": {"UUID": item["id"]}, "items": card})
    return ok({"contacts": cards, "overallMatches": len(found)})


def _from_vcard(
    card: dict[str, Any], contact_id: str | None, scope: str, pointer: str
) -> dict[str, Any]:
    """The contact a vCard describes (a new id without ``contact_id``); 400 without a name."""

    def values(name: str) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = card.get(name, [])
        return found

    full = next((v["value"] for v in values("FN") if v.get("value", "").strip()), "")
    if not full:
        parts = next(iter(values("N")), {})
        full = f"{parts.get('given', '')} {parts.get('family', '')}".strip()
    if not full:
        raise bad_request("a card needs a name: FN, or N with given or family", f"{pointer}/FN")
    stored = contact(full, scope, contact_id=contact_id)
    stored["numbers"] = [
        {"number": v.get("value", ""), "type": v.get("types", [])} for v in values("TEL")
    ]
    stored["emails"] = [
        {"email": v.get("value", ""), "type": v.get("types", [])} for v in values("EMAIL")
    ]
    stored["addresses"] = [{field: v.get(part, "") for part, field in _ADR} for v in values("ADR")]
    stored["organization"] = [list(v.get("unit") or [v.get("value", "")]) for v in values("ORG")]
    websites = [{"url": v.get("value", ""), "type": v.get("types", [])} for v in values("URL")]
    if websites:
        stored["websites"] = websites
    note = next((v.get("value", "") for v in values("NOTE")), "")
    if note:
        stored["note"] = note
    return stored


@operation
def store_contact_vcards(request: Request) -> Reply:
    scope = request.query["scope"]
    if scope == "INTERNAL":
        raise forbidden("internal contacts (colleagues) cannot be written; use PRIVATE or SHARED")
    contacts, labels = request.account.contacts, _labels(request)
    written: list[tuple[dict[str, Any], list[str]]] = []
    for index, entry in enumerate(request.body["data"]):
        pointer = f"/data/{index}"
        contact_id = entry.get("contactId")
        if contact_id is not None and _contact(request, contact_id)["scope"] == "INTERNAL":
            raise forbidden(f"contact {contact_id} is a colleague and cannot be changed")
        card = entry.get("item", {})
        stored = _from_vcard(card, contact_id, scope, f"{pointer}/item")
        tags = [v.get("value", "") for v in card.get("CATEGORIES", []) if v.get("value")]
        written.append((stored, tags))
    # Checked every card first, so a bad one leaves the address book as it was.
    for stored, tags in written:
        contacts[stored["id"]] = stored
        labels[stored["id"]] = tags
    return ok({"result": [{"contactId": stored["id"]} for stored, _ in written]})
