"""Checks that several of the area modules make on what a request names."""

from __future__ import annotations

from sipgateio.sandbox._account import Account
from sipgateio.sandbox._api import Request
from sipgateio.sandbox._errors import bad_request


def web_user(account: Account, value: str, pointer: str = "/userId") -> str:
    """``value`` when it names a web user of the account; 400 otherwise."""
    if value not in account.users:
        known = ", ".join(account.users)
        raise bad_request(f"userId {value!r} is not a web user of this account ({known})", pointer)
    return value


def new_alias(request: Request) -> str:
    """The ``alias`` of the request body; 400 when it is blank."""
    alias = str(request.body["alias"])
    if not alias.strip():
        raise bad_request("alias must not be empty", "/alias")
    return alias
