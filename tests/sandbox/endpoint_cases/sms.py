"""``client.endpoints.sms`` against the sandbox (the operations beyond ``client.sms``)."""

from __future__ import annotations

from typing import Any

import pytest
from sipgate_api.models import (
    CreateSmsCallerIdRequest,
    SendSmsRequest,
    SmsAliasRequest,
    UpdateSmsCallerIdRequest,
    VerifySmsCallerIdRequest,
)

import sipgateio
from sipgateio.sandbox import Sandbox
from tests.sandbox.endpoint_cases import scenario


@scenario("sms.update_sms_extension_alias", "sms.list_sms_extensions")
def test_sms_extension_is_renamed(endpoints: Any, sandbox: Sandbox) -> None:
    area = endpoints.sms
    assert (
        area.update_sms_extension_alias("w0", "s0", body=SmsAliasRequest(alias="Support")) is None
    )
    (extension,) = area.list_sms_extensions("w0").items
    assert (extension.id, extension.alias) == ("s0", "Support")

    with pytest.raises(sipgateio.NotFoundError):
        area.update_sms_extension_alias("w0", "s1", body=SmsAliasRequest(alias="Alan's"))
    with pytest.raises(sipgateio.BadRequestError):
        area.update_sms_extension_alias("w0", "s0", body=SmsAliasRequest(alias=""))


def _caller_ids(endpoints: Any) -> dict[str, tuple[int, bool, bool]]:
    items = endpoints.sms.list_sms_caller_ids("w0", "s0").items
    return {item.phonenumber: (item.id, item.verified, item.default_number) for item in items}


@scenario(
    "sms.create_sms_caller_id",
    "sms.verify_sms_caller_id",
    "sms.delete_sms_caller_id",
    "sms.list_sms_caller_ids",
    "sms.update_sms_caller_id",
    "sms.send_sms",
)
def test_sender_number_is_usable_once_verified(endpoints: Any, sandbox: Sandbox) -> None:
    area = endpoints.sms
    number = CreateSmsCallerIdRequest(phonenumber="4915112345678")
    assert area.create_sms_caller_id("w0", "s0", body=number) is None
    caller_id, verified, default = _caller_ids(endpoints)["+4915112345678"]
    assert (verified, default) == (False, False)
    with pytest.raises(sipgateio.APIStatusError) as clash:
        area.create_sms_caller_id("w0", "s0", body=number)
    assert clash.value.status_code == 409
    with pytest.raises(sipgateio.BadRequestError):
        area.update_sms_caller_id(
            "w0", "s0", caller_id, body=UpdateSmsCallerIdRequest(default_number=True)
        )
    with pytest.raises(sipgateio.BadRequestError):
        area.verify_sms_caller_id(
            "w0", "s0", caller_id, body=VerifySmsCallerIdRequest(verification_code="000000")
        )

    area.verify_sms_caller_id(
        "w0", "s0", caller_id, body=VerifySmsCallerIdRequest(verification_code="123456")
    )
    assert _caller_ids(endpoints)["+4915112345678"] == (caller_id, True, False)
    with sipgateio.SipgateIO(**sandbox.client_options()) as client:
        client.sms.send(to="+4930987654321", message="Verified", from_="+4915112345678")
    assert sandbox.sent_sms[-1]["sender"] == "+4915112345678"
    assert _caller_ids(endpoints)["+4915799912345"][2] is True  # the old default is back

    area.update_sms_caller_id(
        "w0", "s0", caller_id, body=UpdateSmsCallerIdRequest(default_number=True)
    )
    assert _caller_ids(endpoints)["+4915112345678"] == (caller_id, True, True)
    assert _caller_ids(endpoints)["+4915799912345"][2] is False
    area.send_sms(body=SendSmsRequest(sms_id="s0", recipient="+4930987654321", message="New"))
    assert sandbox.sent_sms[-1]["sender"] == "+4915112345678"

    area.delete_sms_caller_id("w0", "s0", caller_id)
    assert "+4915112345678" not in _caller_ids(endpoints)
    with pytest.raises(sipgateio.NotFoundError):
        area.delete_sms_caller_id("w0", "s0", caller_id)
    with pytest.raises(sipgateio.NotFoundError):
        area.verify_sms_caller_id(
            "w0", "s0", caller_id, body=VerifySmsCallerIdRequest(verification_code="123456")
        )
    with pytest.raises(sipgateio.BadRequestError):
        area.create_sms_caller_id("w0", "s0", body=CreateSmsCallerIdRequest(phonenumber="12"))


@scenario("sms.delete_sms_caller_id", "sms.list_sms_extensions")
def test_removing_the_default_sender_makes_sipgate_the_sender(
    endpoints: Any, sandbox: Sandbox
) -> None:
    area = endpoints.sms
    ((caller_id, default),) = [
        (item.id, item.default_number) for item in area.list_sms_caller_ids("w1", "s1").items
    ]
    assert default is True
    area.delete_sms_caller_id("w1", "s1", caller_id)
    assert area.list_sms_caller_ids("w1", "s1").items == []
    assert area.list_sms_extensions("w1").items[0].caller_id == "sipgate"


SCENARIOS = [
    test_sms_extension_is_renamed,
    test_sender_number_is_usable_once_verified,
    test_removing_the_default_sender_makes_sipgate_the_sender,
]
