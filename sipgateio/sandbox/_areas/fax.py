"""``fax``: fax lines of users and groups, their settings, and sending a failed fax again.

Fax lines are ``account.faxlines``: a web user's under the user's id, a group's under the
group's id (those carry ``groupId``), so ``send_fax`` and the facade's ``client.fax`` see
lines created, renamed, retitled or removed here. The number a line sends with defaults to
the first number routed to it (else one routed to its owner) until ``set_faxline_caller_id``
chooses another number of the account. ``resend_fax`` queues the document of a ``FAILED``
fax again: a new entry in the history that moves from ``PENDING`` to ``SENT`` or ``FAILED``
as one from ``send_fax`` does.
"""

from __future__ import annotations

from typing import Any

import attrs

from sipgateio.sandbox._account import Account, FaxJob
from sipgateio.sandbox._api import Reply, Request, _faxline, _faxline_number, operation
from sipgateio.sandbox._areas._checks import new_alias, web_user
from sipgateio.sandbox._areas._store import NO_CONTENT, area_state, ok, user_id
from sipgateio.sandbox._areas.groups import members
from sipgateio.sandbox._areas.numbers import endpoint, routed_numbers, unroute
from sipgateio.sandbox._errors import bad_request, forbidden, not_found
from sipgateio.sandbox._phone import international_digits

# What a resent fax keeps of the failed one; the rest is its own.
_RESENT_FIELDS = ("type", "direction", "target", "scheduled", "pageCount")


@attrs.define
class Fax:
    """The sender number chosen for a fax line, by fax line id (digits, no ``+``)."""

    caller_ids: dict[str, str] = attrs.field(factory=dict)


def _state(request: Request) -> Fax:
    return area_state(request, "fax", lambda _: Fax())


def _users_faxline(request: Request) -> dict[str, Any]:
    owner = user_id(request)
    faxline_id = str(request.path["faxlineId"])
    for faxline in request.account.faxlines.get(owner, []):
        if faxline["id"] == faxline_id:
            return faxline
    raise not_found(f"fax line {faxline_id} of user {owner}")


def _group_faxlines(account: Account) -> list[dict[str, Any]]:
    return [
        faxline
        for owner, faxlines in account.faxlines.items()
        if owner in account.groups
        for faxline in faxlines
    ]


def _group_faxline(request: Request) -> dict[str, Any]:
    faxline_id = str(request.path["faxlineId"])
    for faxline in _group_faxlines(request.account):
        if faxline["id"] == faxline_id:
            return faxline
    raise not_found(f"group fax line {faxline_id}")


def _caller_id(request: Request, faxline: dict[str, Any]) -> Reply:
    chosen = _state(request).caller_ids.get(faxline["id"])
    return ok(
        {"value": _default_caller_id(request.account, faxline["id"]) if chosen is None else chosen}
    )


def _default_caller_id(account: Account, faxline_id: str) -> str:
    """The first number routed to the line, else the first of its owner's numbers, else ''."""
    owner = next(
        owner
        for owner, faxlines in account.faxlines.items()
        if any(faxline["id"] == faxline_id for faxline in faxlines)
    )
    own = [item["number"] for item in account.numbers if item["endpointId"] == faxline_id]
    owners = [
        item["number"]
        for item in account.numbers
        if item["type"] != "QUICKDIAL" and _belongs_to(account, item["endpointId"], owner)
    ]
    return next(iter(own + owners), "")


def _belongs_to(account: Account, extension: str, owner: str) -> bool:
    if extension == owner:
        return True
    target = endpoint(account, extension)
    return target is not None and target.owner == owner


@operation
def create_faxline(request: Request) -> Reply:
    """A new fax line of the user, sending and receiving, named after the user."""
    owner, account = user_id(request), request.account
    taken = {line["id"] for lines in account.faxlines.values() for line in lines}
    faxline_id = next(f"f{n}" for n in range(len(taken) + 1) if f"f{n}" not in taken)
    user = account.users[owner]
    faxline = {
        "id": faxline_id,
        "alias": f"Fax of {user['firstname']} {user['lastname']}",
        "tagline": "",
        "canSend": True,
        "canReceive": True,
    }
    account.faxlines.setdefault(owner, []).append(faxline)
    return ok(faxline)


@operation
def update_faxline_alias(request: Request) -> Reply:
    faxline = _users_faxline(request)
    alias = new_alias(request)
    faxline["alias"] = alias
    for item in request.account.numbers:
        if item["endpointId"] == faxline["id"]:
            item["endpointAlias"] = alias
    return NO_CONTENT


@operation
def delete_faxline(request: Request) -> Reply:
    """Remove the line; numbers that led to it stay assigned but lead nowhere."""
    faxline = _users_faxline(request)
    account = request.account
    owner = str(request.path["userId"])
    account.faxlines[owner] = [line for line in account.faxlines[owner] if line is not faxline]
    unroute(account, faxline["id"])
    _state(request).caller_ids.pop(faxline["id"], None)
    return NO_CONTENT


@operation
def get_faxline_caller_id(request: Request) -> Reply:
    return _caller_id(request, _users_faxline(request))


@operation
def set_faxline_caller_id(request: Request) -> Reply:
    """Any number of the account that is not a quick dial number may be the sender."""
    faxline = _users_faxline(request)
    account = request.account
    value = request.body["value"]
    digits = international_digits(value)
    own = [item["number"] for item in account.numbers if item["type"] != "QUICKDIAL"]
    if digits is None or digits not in own:
        raise bad_request(
            f"value {value!r} is not a number of this account; use one of "
            + ", ".join("+" + number for number in own),
            "/value",
        )
    _state(request).caller_ids[faxline["id"]] = digits
    return NO_CONTENT


@operation
def list_faxline_numbers(request: Request) -> Reply:
    faxline = _users_faxline(request)
    return ok({"items": routed_numbers(request.account, faxline["id"])})


@operation
def set_faxline_tagline(request: Request) -> Reply:
    _users_faxline(request)["tagline"] = request.body["value"]
    return NO_CONTENT


@operation
def list_all_group_faxlines(request: Request) -> Reply:
    """Every group fax line; with ``userId`` those of the user's groups (400 if unknown)."""
    account = request.account
    faxlines = _group_faxlines(account)
    if "userId" in request.query:
        wanted = web_user(account, request.query["userId"])
        faxlines = [line for line in faxlines if wanted in members(account, line["groupId"])]
    return ok({"items": faxlines})


@operation
def get_group_faxline_caller_id(request: Request) -> Reply:
    return _caller_id(request, _group_faxline(request))


@operation
def list_group_faxline_numbers(request: Request) -> Reply:
    faxline = _group_faxline(request)
    return ok({"items": routed_numbers(request.account, faxline["id"])})


@operation
def resend_fax(request: Request) -> Reply:
    """Queue a ``FAILED`` fax again; 404 for an unknown fax, 400 for one that did not fail.

    The new fax is a new history entry (find it with ``list_history``); it goes to the same
    recipient from ``faxlineId`` or, without it, from the line that sent the first time.
    """
    account, body = request.account, request.body
    fax_id = str(body["faxId"])
    original = account.history_entry(fax_id)
    if original is None or original["type"] != "FAX":
        raise not_found(f"fax {fax_id}")
    if fax_id not in account.fax_documents:
        raise bad_request(
            f"fax {fax_id} was received, not sent: only a sent fax can be resent", "/faxId"
        )
    if original["faxStatusType"] != "FAILED":
        raise bad_request(
            f"fax {fax_id} is {original['faxStatusType']}: only a FAILED fax can be sent again",
            "/faxId",
        )
    faxline_id = body.get("faxlineId") or original["connectionIds"][0]
    faxline = _faxline(account, faxline_id)
    if faxline is None:
        raise not_found(f"fax line {faxline_id}")
    if not faxline["canSend"]:
        raise forbidden(f"fax line {faxline['id']} cannot send faxes")
    entry_id = account.next_history_id()
    account.fax_documents[entry_id] = account.fax_documents[fax_id]
    recipient = original["target"].removeprefix("+")
    account.faxes[entry_id] = FaxJob(account.clock(), account.fax_fails(recipient))
    files = f"{request.base_url.removesuffix('/v2')}/files/faxes/{entry_id}"
    entry = {key: original[key] for key in _RESENT_FIELDS}
    entry.update(
        id=entry_id,
        status="PICKUP",
        source="+" + _faxline_number(account, faxline["id"]),
        sourceAlias=faxline["alias"],
        connectionIds=[faxline["id"]],
        faxStatusType="PENDING",
        documentUrl=f"{files}.pdf",
        reportUrl=f"{files}-report.pdf",
        previewUrl=f"{files}.pdf",
        read=True,
    )
    account.add_history(entry)
    return NO_CONTENT
