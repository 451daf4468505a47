"""``client.endpoints.account`` against the sandbox."""

from __future__ import annotations

from typing import Any

import pytest
from sipgate_api.models import (
    AccountRestriction,
    AccountVerificationRequest,
    IdentityVerificationState,
    SendSmsRequest,
)
from sipgate_api.types import Unset

import sipgateio
from sipgateio.sandbox import Sandbox
from tests.sandbox.endpoint_cases import scenario


@scenario("account.get_account", "account.verify_account")
def test_account_is_verified_with_the_code_from_the_letter(
    endpoints: Any, sandbox: Sandbox
) -> None:
    area = endpoints.account
    account = area.get_account()
    assert account.company == "Lovelace Analytics GmbH"
    assert account.main_product_type == "TEAM"
    assert account.verified is False

    with pytest.raises(sipgateio.NotFoundError):
        area.verify_account(body=AccountVerificationRequest(verification_code="WRONG1"))
    assert area.get_account().verified is False

    assert area.verify_account(body=AccountVerificationRequest(verification_code="K7Q2ZP")) is None
    assert area.get_account().verified is True


@scenario("account.get_balance")
def test_each_sms_sent_lowers_the_balance(endpoints: Any, sandbox: Sandbox) -> None:
    before = endpoints.account.get_balance()
    assert (before.amount, before.currency) == (1_234_500, "EUR")

    for text in ("first", "second"):
        message = SendSmsRequest(sms_id="s0", recipient="+4915112345678", message=text)
        endpoints.sms.send_sms(body=message)

    assert endpoints.account.get_balance().amount == before.amount - 2 * 900


@scenario("account.get_identity_verification")
def test_identity_check_starts_only_when_allowed(endpoints: Any, sandbox: Sandbox) -> None:
    area = endpoints.account
    assert isinstance(area.get_identity_verification().state, Unset)

    started = area.get_identity_verification(allow_start=True)
    assert started.state == IdentityVerificationState.PENDING
    assert started.external_verification_link.startswith("https://")

    again = area.get_identity_verification()
    assert again.state == IdentityVerificationState.PENDING
    assert again.external_transaction_number == started.external_transaction_number


@scenario("account.list_restrictions")
def test_restrictions_follow_the_users_role(endpoints: Any, sandbox: Sandbox) -> None:
    area = endpoints.account
    every = area.list_restrictions(user_id="w0").items
    assert {item.restriction for item in every} == set(AccountRestriction)
    assert {item.target for item in every} == {"w0"}

    asked = [AccountRestriction.CAN_CHANGE_USER_ROLE, AccountRestriction.CAN_SEND_FAX]
    admin = {
        item.restriction: item.value
        for item in area.list_restrictions(user_id="w0", restriction=asked).items
    }
    member = {
        item.restriction: item.value
        for item in area.list_restrictions(user_id="w1", restriction=asked).items
    }
    assert admin == {"CAN_CHANGE_USER_ROLE": True, "CAN_SEND_FAX": True}
    assert member == {"CAN_CHANGE_USER_ROLE": False, "CAN_SEND_FAX": True}

    with pytest.raises(sipgateio.BadRequestError):
        area.list_restrictions(user_id="w99")


SCENARIOS = [
    test_account_is_verified_with_the_code_from_the_letter,
    test_each_sms_sent_lowers_the_balance,
    test_identity_check_starts_only_when_allowed,
    test_restrictions_follow_the_users_role,
]
