"""``account``: master data, credit, the identity check and what the product allows.

The account is a TEAM account of "Lovelace Analytics GmbH", not yet verified: the code
``VERIFICATION_CODE`` confirms it. The balance starts at ``OPENING_BALANCE`` (123.45 EUR in
ten-thousandths of a euro, as ``get_balance`` reads) and each SMS sent through the sandbox
costs ``SMS_PRICE``; faxes and calls are not charged. No identity check is under way until
``get_identity_verification`` is asked with ``allowStart=true``.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any, Final

import attrs

from sipgateio.sandbox._account import Account
from sipgateio.sandbox._api import Reply, Request, operation
from sipgateio.sandbox._areas._store import NO_CONTENT, area_state, ok
from sipgateio.sandbox._errors import ApiError, bad_request

VERIFICATION_CODE: Final = "K7Q2ZP"
OPENING_BALANCE: Final = 1_234_500
SMS_PRICE: Final = 900

# What only administrators may do, and what a TEAM product does not include at all.
_ADMIN_ONLY: Final = frozenset(
    {
        "CAN_ADD_PHONE_NUMBER",
        "CAN_BOOK_FAX_FEATURE",
        "CAN_BOOK_PHONELINE_FEATURE",
        "CAN_CHANGE_CRM_INTEGRATION",
        "CAN_CHANGE_USER_LOCATION",
        "CAN_CHANGE_USER_LOGIN",
        "CAN_CHANGE_USER_ROLE",
        "CAN_CREATE_CRM_INTEGRATION",
        "CAN_CREATE_GREETING_FOR_ALL_USERS",
        "CAN_CREATE_IVR",
        "CAN_CREATE_WEBUSER",
        "CAN_DELETE_CRM_INTEGRATION",
        "CAN_EDIT_GROUP_SETTINGS",
        "CAN_GET_ACCOUNT_BALANCE",
        "CAN_INDIVIDUALIZE_ACCOUNT",
        "CAN_MANAGE_BLACKLIST",
        "CAN_UPGRADE_CONTRACT",
    }
)
_NOT_IN_PRODUCT: Final = frozenset(
    {
        "CAN_BOOK_TRUNKING",
        "CAN_CREATE_TRUNK_DEVICE",
        "CAN_DELETE_TRUNK_DEVICE",
        "CAN_SEE_TRUNKING_CONTINGENT_ADVERTISEMENT",
        "CAN_USE_AFFILIATE",
        "CAN_USE_TEAM_CLINQ",
        "CAN_USE_TRUNKS",
        "GSUITE_EXTENSION",
        "NOTIFICATION_RESTRICTIONS",
    }
)


@attrs.define
class AccountArea:
    """The account's master data and the state of its identity check (``{}``: none)."""

    master: dict[str, Any]
    identity: dict[str, Any] = attrs.field(factory=dict)


def _seed(account: Account) -> AccountArea:
    return AccountArea(
        master={
            "company": "Lovelace Analytics GmbH",
            "mainProductType": "TEAM",
            "logoUrl": "https://static.example.com/logos/lovelace-analytics.png",
            "verified": False,
            "historyLifeTime": "UNLIMITED",
        }
    )


def _state(request: Request) -> AccountArea:
    return area_state(request, "account", _seed)


@functools.cache
def known_restrictions() -> tuple[str, ...]:
    """Every restriction the description names, in its order."""
    text = resources.files("sipgateio.sandbox").joinpath("openapi.json").read_text("utf-8")
    return tuple(json.loads(text)["components"]["schemas"]["AccountRestriction"]["enum"])


@operation
def get_account(request: Request) -> Reply:
    return ok(_state(request).master)


@operation
def verify_account(request: Request) -> Reply:
    if request.body["verificationCode"].strip().upper() != VERIFICATION_CODE:
        raise ApiError(404, "the verification code is not known; check the letter sipgate sent")
    _state(request).master["verified"] = True
    return NO_CONTENT


@operation
def get_balance(request: Request) -> Reply:
    spent = SMS_PRICE * len(request.account.sent_sms)
    return ok({"amount": OPENING_BALANCE - spent, "currency": "EUR"})


@operation
def get_identity_verification(request: Request) -> Reply:
    state = _state(request)
    if not state.identity and request.query.get("allowStart", False):
        state.identity = {
            "state": "PENDING",
            "externalTransactionNumber": "TX-2024-000417",
            "externalReferenceId": "IDV-7F3A9C",
            "externalVerificationLink": "https://ident.example.com/start/IDV-7F3A9C",
            "externalReferenceIdAutoident": "AUTO-7F3A9C",
            "externalVerificationLinkAutoident": "https://ident.example.com/auto/AUTO-7F3A9C",
        }
    return ok(state.identity)


@operation
def list_restrictions(request: Request) -> Reply:
    target = str(request.query["userId"])
    user = request.account.users.get(target)
    if user is None:
        # The description declares no 404 here: an unknown user makes the query invalid.
        raise bad_request(f"{target!r} is not a web user of this account (e.g. w0)", "/userId")
    wanted = request.query.get("restriction") or known_restrictions()
    items = [
        {
            "restriction": name,
            "value": name not in _NOT_IN_PRODUCT and (user["admin"] or name not in _ADMIN_ONLY),
            "target": target,
        }
        for name in dict.fromkeys(wanted)
    ]
    return ok({"items": items})
