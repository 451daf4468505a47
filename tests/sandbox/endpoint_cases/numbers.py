"""``client.endpoints.numbers`` against the sandbox (the operations beyond ``client.numbers``)."""

from __future__ import annotations

from typing import Any

import pytest
from sipgate_api.models import QuickDialRequest, UpdateNumberSettingsRequest
from sipgate_api.types import UNSET

import sipgateio
from sipgateio.sandbox import Sandbox
from tests.sandbox.endpoint_cases import scenario


def _quick_dials(endpoints: Any) -> dict[str, tuple[str, str]]:
    return {
        item.number: (item.id, item.endpoint_id)
        for item in endpoints.numbers.list_numbers().items
        if item.type_ == "QUICKDIAL"
    }


def _status(call: Any) -> int:
    with pytest.raises(sipgateio.APIStatusError) as refused:
        call()
    return refused.value.status_code


@scenario(
    "numbers.validate_quick_dial_number",
    "numbers.create_quick_dial_number",
    "numbers.update_quick_dial_number",
    "numbers.delete_quick_dial_number",
    "numbers.list_numbers",
    "numbers.list_user_numbers",
)
def test_quick_dial_number_is_booked_moved_and_given_up(endpoints: Any, sandbox: Sandbox) -> None:
    area = endpoints.numbers
    assert area.validate_quick_dial_number("42") is None
    area.create_quick_dial_number(body=QuickDialRequest(user_id="w0", number="42"))
    ((number_id, owner),) = _quick_dials(endpoints).values()
    assert owner == "w0"
    assert "42" in [item.number for item in area.list_user_numbers("w0").items]
    assert _status(lambda: area.validate_quick_dial_number("42")) == 409
    assert _status(lambda: area.validate_quick_dial_number("042")) == 400
    assert (
        _status(
            lambda: area.create_quick_dial_number(body=QuickDialRequest(user_id="w1", number="42"))
        )
        == 409
    )

    area.update_quick_dial_number(number_id, body=QuickDialRequest(user_id="w1", number="43"))
    assert _quick_dials(endpoints) == {"43": (number_id, "w1")}
    assert "43" in [item.number for item in area.list_user_numbers("w1").items]
    assert "43" not in [item.number for item in area.list_user_numbers("w0").items]
    area.validate_quick_dial_number("42")

    area.delete_quick_dial_number(number_id)
    assert _quick_dials(endpoints) == {}
    with pytest.raises(sipgateio.NotFoundError):
        area.delete_quick_dial_number(number_id)
    with pytest.raises(sipgateio.NotFoundError):
        area.update_quick_dial_number("0", body=QuickDialRequest(user_id="w0", number="44"))
    with pytest.raises(sipgateio.BadRequestError):
        area.create_quick_dial_number(body=QuickDialRequest(user_id="w9", number="44"))


@scenario("numbers.create_quick_dial_number", "numbers.list_numbers")
def test_quick_dial_number_without_digits_gets_the_lowest_free_ones(
    endpoints: Any, sandbox: Sandbox
) -> None:
    area = endpoints.numbers
    area.create_quick_dial_number(body=QuickDialRequest(user_id="w0", number="10"))
    area.create_quick_dial_number(body=QuickDialRequest(user_id="w1"))
    assert {digits: owner for digits, (_, owner) in _quick_dials(endpoints).items()} == {
        "10": "w0",
        "11": "w1",
    }


@scenario("numbers.update_number_settings", "numbers.list_user_numbers", "numbers.list_numbers")
def test_number_is_routed_to_another_line(endpoints: Any, sandbox: Sandbox) -> None:
    area = endpoints.numbers
    (berlin,) = [n for n in area.list_numbers().items if n.number == "4930123456780"]
    assert (berlin.endpoint_id, berlin.mnp_state) == ("p0", UNSET)
    assert berlin.number in [n.number for n in area.list_user_numbers("w0").items]

    area.update_number_settings(
        berlin.id, body=UpdateNumberSettingsRequest(endpoint_id="p1", release_for_mnp=True)
    )
    with sipgateio.SipgateIO(**sandbox.client_options()) as client:
        (moved,) = [n for n in client.numbers.get_all_numbers() if n.id == berlin.id]
    assert (moved.endpoint_id, moved.endpoint_alias) == ("p1", "Alan Turing")
    assert moved.mnp_state is not None and moved.mnp_state.is_released
    assert berlin.number in [n.number for n in area.list_user_numbers("w1").items]
    assert berlin.number not in [n.number for n in area.list_user_numbers("w0").items]

    with pytest.raises(sipgateio.BadRequestError):
        area.update_number_settings(berlin.id, body=UpdateNumberSettingsRequest(endpoint_id="p9"))
    with pytest.raises(sipgateio.NotFoundError):
        area.update_number_settings("99", body=UpdateNumberSettingsRequest(endpoint_id="p0"))
    with pytest.raises(sipgateio.NotFoundError):
        area.list_user_numbers("w9")


SCENARIOS = [
    test_quick_dial_number_is_booked_moved_and_given_up,
    test_quick_dial_number_without_digits_gets_the_lowest_free_ones,
    test_number_is_routed_to_another_line,
]
