"""``sms``: renaming an SMS extension and managing its sender numbers (caller ids).

Extensions and caller ids are ``account.sms_extensions`` and ``account.sms_caller_ids``,
which ``send_sms``, ``list_sms_caller_ids`` and ``update_sms_caller_id`` (and so the
facade's ``client.sms.send(from_=...)``) use. A caller id added with
``create_sms_caller_id`` is unverified until ``verify_sms_caller_id`` gets the code sipgate
would text to the number; the sandbox texts nothing, and its code is always
``VERIFICATION_CODE`` (``123456``).
"""

from __future__ import annotations

from typing import Any, Final

from sipgateio.sandbox._api import Reply, Request, _users_sms_extension, operation
from sipgateio.sandbox._areas._checks import new_alias
from sipgateio.sandbox._areas._store import NO_CONTENT
from sipgateio.sandbox._errors import ApiError, bad_request, not_found
from sipgateio.sandbox._phone import international_digits, same_number

VERIFICATION_CODE: Final = "123456"


def _caller_ids(request: Request) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    extension = _users_sms_extension(request)
    return extension, request.account.sms_caller_ids.setdefault(extension["id"], [])


def _caller_id(request: Request) -> tuple[dict[str, Any], list[dict[str, Any]], dict[str, Any]]:
    extension, caller_ids = _caller_ids(request)
    wanted = request.path["callerId"]
    for item in caller_ids:
        if item["id"] == wanted:
            return extension, caller_ids, item
    raise not_found(f"caller id {wanted} of SMS extension {extension['id']}")


@operation
def update_sms_extension_alias(request: Request) -> Reply:
    _users_sms_extension(request)["alias"] = new_alias(request)
    return NO_CONTENT


@operation
def create_sms_caller_id(request: Request) -> Reply:
    """Add an unverified sender number; 409 when the extension has the number already."""
    extension, caller_ids = _caller_ids(request)
    number = request.body["phonenumber"]
    digits = international_digits(number)
    if digits is None:
        raise bad_request(
            f"phonenumber {number!r} is not a phone number; write it like 4915799912345",
            "/phonenumber",
        )
    if any(same_number(item["phonenumber"], digits) for item in caller_ids):
        raise ApiError(
            409,
            f"+{digits} is already a sender number of {extension['id']}",
            pointer="/phonenumber",
        )
    every = [item["id"] for items in request.account.sms_caller_ids.values() for item in items]
    caller_ids.append(
        {
            "id": max(every, default=0) + 1,
            "phonenumber": "+" + digits,
            "verified": False,
            "defaultNumber": False,
        }
    )
    return NO_CONTENT


@operation
def delete_sms_caller_id(request: Request) -> Reply:
    """Remove a sender number; removing the default one makes ``sipgate`` the sender."""
    extension, caller_ids, item = _caller_id(request)
    caller_ids.remove(item)
    if item["defaultNumber"]:
        extension["callerId"] = "sipgate"
    return NO_CONTENT


@operation
def verify_sms_caller_id(request: Request) -> Reply:
    """Mark the sender number verified when the code is ``VERIFICATION_CODE`` (400 if not)."""
    _, _, item = _caller_id(request)
    if request.body["verificationCode"].strip() != VERIFICATION_CODE:
        raise bad_request(
            f"wrong verification code for {item['phonenumber']} (the sandbox's code is "
            f"{VERIFICATION_CODE})",
            "/verificationCode",
        )
    item["verified"] = True
    return NO_CONTENT
