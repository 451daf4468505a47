"""``client.endpoints.fax`` against the sandbox (the operations beyond ``client.fax``)."""

from __future__ import annotations

import base64
import time
from typing import Any

import pytest
from sipgate_api.models import (
    FaxlineAliasRequest,
    FaxlineTaglineRequest,
    HistoryEntryType,
    ResendFaxRequest,
    SendFaxRequest,
    SetFaxlineCallerIdRequest,
    UpdateNumberSettingsRequest,
)

import sipgateio
from sipgateio.sandbox import Sandbox
from tests.sandbox.endpoint_cases import scenario

PDF = base64.b64encode(b"%PDF-1.4\n1 0 obj <</Type /Page>> endobj\n%%EOF\n").decode()


@scenario(
    "fax.create_faxline",
    "fax.update_faxline_alias",
    "fax.set_faxline_tagline",
    "fax.delete_faxline",
    "fax.list_faxlines",
)
def test_faxline_is_created_renamed_retitled_and_removed(endpoints: Any, sandbox: Sandbox) -> None:
    area = endpoints.fax
    created = area.create_faxline("w1")
    assert (created.id, created.alias, created.can_send) == ("f4", "Fax of Alan Turing", True)
    assert [line.id for line in area.list_faxlines("w1").items] == ["f2", "f4"]

    area.update_faxline_alias("w1", "f4", body=FaxlineAliasRequest(alias="Accounting fax"))
    area.set_faxline_tagline("w1", "f4", body=FaxlineTaglineRequest(value="Turing Machines Ltd."))
    (changed,) = [line for line in area.list_faxlines("w1").items if line.id == "f4"]
    assert (changed.alias, changed.tagline) == ("Accounting fax", "Turing Machines Ltd.")

    area.delete_faxline("w1", "f4")
    assert [line.id for line in area.list_faxlines("w1").items] == ["f2"]
    with pytest.raises(sipgateio.NotFoundError):
        area.delete_faxline("w1", "f4")
    with pytest.raises(sipgateio.NotFoundError):
        area.update_faxline_alias("w1", "f0", body=FaxlineAliasRequest(alias="not Alan's"))
    with pytest.raises(sipgateio.BadRequestError):
        area.update_faxline_alias("w1", "f2", body=FaxlineAliasRequest(alias=" "))
    with pytest.raises(sipgateio.NotFoundError):
        area.create_faxline("w9")


@scenario(
    "fax.get_faxline_caller_id",
    "fax.set_faxline_caller_id",
    "fax.list_faxline_numbers",
)
def test_faxline_sends_with_a_chosen_number_of_the_account(
    endpoints: Any, sandbox: Sandbox
) -> None:
    area = endpoints.fax
    assert [n.number for n in area.list_faxline_numbers("w0", "f0").items] == ["4921112345679"]
    assert area.get_faxline_caller_id("w0", "f0").value == "4921112345679"
    # f1 has no number of its own: it sends with the first number of its owner.
    assert area.list_faxline_numbers("w0", "f1").items == []
    assert area.get_faxline_caller_id("w0", "f1").value == "4921112345670"

    area.set_faxline_caller_id("w0", "f0", body=SetFaxlineCallerIdRequest(value="+4930123456780"))
    assert area.get_faxline_caller_id("w0", "f0").value == "4930123456780"
    with pytest.raises(sipgateio.BadRequestError):
        area.set_faxline_caller_id("w0", "f0", body=SetFaxlineCallerIdRequest(value="+4915100000"))
    with pytest.raises(sipgateio.NotFoundError):
        area.get_faxline_caller_id("w0", "f2")


@scenario(
    "fax.list_all_group_faxlines",
    "fax.get_group_faxline_caller_id",
    "fax.list_group_faxline_numbers",
    "numbers.update_number_settings",
)
def test_group_faxline_gets_the_numbers_routed_to_it(endpoints: Any, sandbox: Sandbox) -> None:
    area = endpoints.fax
    (line,) = area.list_all_group_faxlines().items
    assert (line.id, line.group_id, line.alias) == ("f3", "g0", "Support fax")
    assert [item.id for item in area.list_all_group_faxlines(user_id="w1").items] == ["f3"]
    assert area.list_group_faxline_numbers("f3").items == []
    assert area.get_group_faxline_caller_id("f3").value == "4921112345600"

    (number,) = [n for n in endpoints.numbers.list_numbers().items if n.number == "4930123456780"]
    endpoints.numbers.update_number_settings(
        number.id, body=UpdateNumberSettingsRequest(endpoint_id="f3")
    )
    assert [n.number for n in area.list_group_faxline_numbers("f3").items] == ["4930123456780"]
    assert area.get_group_faxline_caller_id("f3").value == "4930123456780"

    with pytest.raises(sipgateio.BadRequestError):
        area.list_all_group_faxlines(user_id="w9")
    with pytest.raises(sipgateio.NotFoundError):
        area.get_group_faxline_caller_id("f0")
    with pytest.raises(sipgateio.NotFoundError):
        area.list_group_faxline_numbers("f9")


def _final_state(endpoints: Any, entry_id: str) -> str:
    for _ in range(200):
        state = str(endpoints.history.get_history_entry(entry_id).fax_status_type)
        if state in ("SENT", "FAILED"):
            return state
        time.sleep(0.02)
    raise AssertionError(f"fax {entry_id} never left {state}")


@scenario("fax.send_fax", "fax.resend_fax", "history.list_history")
def test_failed_fax_is_sent_again(endpoints: Any, sandbox: Sandbox) -> None:
    area = endpoints.fax
    with sandbox.account.lock:
        sandbox.account.failing_fax_recipients.add("4930999999")
    letter = SendFaxRequest(
        faxline_id="f0", recipient="+4930999999", filename="letter.pdf", base_64_content=PDF
    )
    failed = area.send_fax(body=letter).session_id
    assert _final_state(endpoints, failed) == "FAILED"

    with sandbox.account.lock:
        sandbox.account.failing_fax_recipients.clear()
    assert area.resend_fax(body=ResendFaxRequest(fax_id=failed)) is None
    again, first, received = endpoints.history.list_history(types=[HistoryEntryType.FAX]).items
    assert first.id == failed and again.id != failed
    assert (again.target, again.connection_ids) == ("+4930999999", ["f0"])
    assert str(again.status) == "PICKUP"
    assert _final_state(endpoints, again.id) == "SENT"

    for not_failed in (again.id, received.id):
        with pytest.raises(sipgateio.BadRequestError):
            area.resend_fax(body=ResendFaxRequest(fax_id=not_failed))
    with pytest.raises(sipgateio.NotFoundError):
        area.resend_fax(body=ResendFaxRequest(fax_id="999"))
    with pytest.raises(sipgateio.PermissionDeniedError):
        area.resend_fax(body=ResendFaxRequest(fax_id=failed, faxline_id="f1"))


SCENARIOS = [
    test_faxline_is_created_renamed_retitled_and_removed,
    test_faxline_sends_with_a_chosen_number_of_the_account,
    test_group_faxline_gets_the_numbers_routed_to_it,
    test_failed_fax_is_sent_again,
]
