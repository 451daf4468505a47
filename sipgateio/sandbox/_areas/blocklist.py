"""``blocklist``: the numbers whose incoming calls the account blocks.

A store keyed by the number's international digits, so ``+4921112345678`` and
``4921112345678`` are one entry (stored and answered as ``+4921112345678``); adding a
listed number again answers 409. Seeded with one nuisance caller. Blocking is only
listed: calls the sandbox simulates are not checked against the list.
"""

from __future__ import annotations

import re
from typing import Final

from sipgateio.sandbox._account import Account
from sipgateio.sandbox._api import Reply, Request, operation
from sipgateio.sandbox._areas._store import NO_CONTENT, Records, area_state, ok
from sipgateio.sandbox._errors import ApiError, bad_request

_NUMBER: Final = re.compile(r"\+?([1-9][0-9]{1,14})")


def _seed(account: Account) -> Records:
    blocked = Records("blocked number")
    blocked.add({"phoneNumber": "+4917612345678", "isBlock": False}, key="phoneNumber")
    return blocked


def _blocked(request: Request) -> Records:
    return area_state(request, "blocklist", _seed)


def _normalised(number: str, pointer: str) -> str:
    """``+`` and the digits of ``number``; 400 when it is not international digits."""
    found = _NUMBER.fullmatch(number.strip())
    if found is None:
        raise bad_request(
            f"{number!r} is not a number with its country code, like +4921112345678", pointer
        )
    return "+" + found.group(1)


@operation
def list_blocked_numbers(request: Request) -> Reply:
    return ok({"items": list(_blocked(request))})


@operation
def add_blocked_number(request: Request) -> Reply:
    blocked = _blocked(request)
    number = _normalised(request.body["phoneNumber"], "/phoneNumber")
    if number in blocked:
        raise ApiError(409, f"{number} is blocked already", pointer="/phoneNumber")
    entry = {"phoneNumber": number, "isBlock": request.body.get("isBlock", False)}
    return Reply(201, blocked.add(entry, key="phoneNumber"))


@operation
def remove_blocked_number(request: Request) -> Reply:
    number = _normalised(str(request.path["phoneNumber"]), "/phoneNumber")
    _blocked(request).remove(number)
    return NO_CONTENT
