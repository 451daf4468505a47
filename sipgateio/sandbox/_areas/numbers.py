"""``numbers``: quick dial numbers, routing a number to another extension, a user's numbers.

Every number lives in ``account.numbers``, the list ``list_numbers`` (and so the facade's
``client.numbers``) reads: a quick dial number booked here, or a number routed elsewhere,
shows up there. A quick dial number is a record of kind ``QUICKDIAL`` whose endpoint is the
web user it reaches; the sandbox takes 2 to 4 digits not starting with 0 as quick dial
digits, and books the lowest free ones (from 10) when a request leaves them out.
"""

from __future__ import annotations

import re
from typing import Any, Final

import attrs

from sipgateio.sandbox._account import Account, iso
from sipgateio.sandbox._api import Reply, Request, operation
from sipgateio.sandbox._areas._checks import web_user
from sipgateio.sandbox._areas._store import NO_CONTENT, area_state, ok, user_id
from sipgateio.sandbox._errors import ApiError, bad_request, not_found

_QUICK_DIAL: Final = re.compile(r"[1-9][0-9]{1,3}")
_MNP_RELEASE_SECONDS: Final = 30 * 24 * 3600


@attrs.frozen
class Endpoint:
    """An extension a number can lead to, as a number record names it."""

    id: str
    alias: str
    url: str
    owner: str | None  # the web user it belongs to; None for groups and their fax lines


@attrs.define
class Numbers:
    """What a number record cannot hold: the ids of numbers marked ``quickDial``."""

    quick_dial_flags: set[str] = attrs.field(factory=set)


def _state(request: Request) -> Numbers:
    return area_state(request, "numbers", lambda _: Numbers())


def endpoint(account: Account, extension: str) -> Endpoint | None:
    """The user, phone line, group, fax line or device ``extension``; None if there is none."""
    if extension in account.users:
        user = account.users[extension]
        name = f"{user['firstname']} {user['lastname']}"
        return Endpoint(extension, name, f"/users/{extension}", extension)
    line = account.phonelines.get(extension)
    if line is not None:
        return Endpoint(
            extension, line.alias, f"/{line.user_id}/phonelines/{extension}", line.user_id
        )
    group = account.groups.get(extension)
    if group is not None:
        return Endpoint(extension, group["alias"], f"/groups/{extension}", None)
    for owner, faxlines in account.faxlines.items():
        for faxline in faxlines:
            if faxline["id"] == extension:
                if owner in account.users:
                    return Endpoint(
                        extension, faxline["alias"], f"/{owner}/faxlines/{extension}", owner
                    )
                return Endpoint(extension, faxline["alias"], f"/groupfaxlines/{extension}", None)
    for owner, devices in account.devices.items():
        for device in devices:
            if device["id"] == extension:
                return Endpoint(extension, device["alias"], f"/{owner}/devices/{extension}", owner)
    return None


def routed_numbers(account: Account, extension: str) -> list[dict[str, Any]]:
    """The numbers leading to ``extension``, as a ``RoutedNumberList`` lists them."""
    return [
        {"number": item["number"], "type": [item["type"]]}
        for item in account.numbers
        if item["endpointId"] == extension
    ]


def unroute(account: Account, extension: str) -> None:
    """Leave the numbers that led to a removed extension assigned but routed nowhere."""
    for item in account.numbers:
        if item["endpointId"] == extension:
            item.update(endpointId="", endpointAlias="", endpointUrl="")


def _route(item: dict[str, Any], target: Endpoint) -> None:
    item.update(endpointId=target.id, endpointAlias=target.alias, endpointUrl=target.url)


def _number(request: Request) -> dict[str, Any]:
    number_id = str(request.path["numberId"])
    for item in request.account.numbers:
        if item["id"] == number_id:
            return item
    raise not_found(f"number {number_id}")


def _quick_dial_number(request: Request) -> dict[str, Any]:
    item = _number(request)
    if item["type"] != "QUICKDIAL":
        raise not_found(f"quick dial number {item['id']}")
    return item


def _quick_dial_owner(request: Request) -> Endpoint:
    owner = web_user(request.account, str(request.body["userId"]))
    target = endpoint(request.account, owner)
    assert target is not None
    return target


def _taken(account: Account, digits: str) -> bool:
    return any(item["type"] == "QUICKDIAL" and item["number"] == digits for item in account.numbers)


def _check_free(account: Account, digits: str, pointer: str) -> None:
    if not _QUICK_DIAL.fullmatch(digits):
        raise bad_request(
            f"{digits!r} is not a quick dial number: use 2 to 4 digits, not starting with 0",
            pointer,
        )
    if _taken(account, digits):
        raise ApiError(409, f"quick dial number {digits} is already booked", pointer=pointer)


def _new_number_id(account: Account) -> str:
    ids = [int(item["id"]) for item in account.numbers if str(item["id"]).isdigit()]
    return str(max(ids, default=-1) + 1)


@operation
def create_quick_dial_number(request: Request) -> Reply:
    account = request.account
    owner = _quick_dial_owner(request)
    digits = request.body.get("number")
    if digits is None:
        digits = next(str(n) for n in range(10, 10_000) if not _taken(account, str(n)))
    _check_free(account, digits, "/number")
    item = {
        "id": _new_number_id(account),
        "number": digits,
        "localized": digits,
        "type": "QUICKDIAL",
    }
    _route(item, owner)
    account.numbers.append(item)
    return NO_CONTENT


@operation
def validate_quick_dial_number(request: Request) -> Reply:
    _check_free(request.account, str(request.path["quickDialNumber"]), "/quickDialNumber")
    return NO_CONTENT


@operation
def update_quick_dial_number(request: Request) -> Reply:
    item = _quick_dial_number(request)
    owner = _quick_dial_owner(request)
    digits = request.body.get("number", item["number"])
    if digits != item["number"]:
        _check_free(request.account, digits, "/number")
    item.update(number=digits, localized=digits)
    _route(item, owner)
    return NO_CONTENT


@operation
def delete_quick_dial_number(request: Request) -> Reply:
    item = _quick_dial_number(request)
    request.account.numbers.remove(item)
    _state(request).quick_dial_flags.discard(item["id"])
    return NO_CONTENT


@operation
def update_number_settings(request: Request) -> Reply:
    account, body = request.account, request.body
    item = _number(request)
    if "endpointId" in body:
        target = endpoint(account, body["endpointId"])
        quick_dial = item["type"] == "QUICKDIAL"
        if target is None or (target.id in account.users) != quick_dial:
            wanted = "a web user" if quick_dial else "a phone line, group, fax line or device"
            raise bad_request(
                f"endpointId {body['endpointId']!r} is not {wanted} of this account", "/endpointId"
            )
        _route(item, target)
    if "releaseForMnp" in body:
        if body["releaseForMnp"]:
            until = iso(account.clock() + _MNP_RELEASE_SECONDS)
            item["mnpState"] = {"isReleased": True, "releasedUntil": until}
        else:
            item.pop("mnpState", None)
    if "quickDial" in body:
        flags = _state(request).quick_dial_flags
        if body["quickDial"]:
            flags.add(item["id"])
        else:
            flags.discard(item["id"])
    return NO_CONTENT


@operation
def list_user_numbers(request: Request) -> Reply:
    owner, account = user_id(request), request.account
    items = []
    for item in account.numbers:
        target = endpoint(account, item["endpointId"])
        if target is not None and target.owner == owner:
            items.append(item)
    return ok({"items": items})
