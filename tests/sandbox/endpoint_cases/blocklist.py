"""``client.endpoints.blocklist`` against the sandbox."""

from __future__ import annotations

from typing import Any

import pytest
from sipgate_api.models import BlockedNumber

import sipgateio
from sipgateio.sandbox import Sandbox
from tests.sandbox.endpoint_cases import scenario


@scenario(
    "blocklist.list_blocked_numbers",
    "blocklist.add_blocked_number",
    "blocklist.remove_blocked_number",
)
def test_blocked_number_is_added_once_and_removed(endpoints: Any, sandbox: Sandbox) -> None:
    area = endpoints.blocklist
    assert [entry.phone_number for entry in area.list_blocked_numbers().items] == ["+4917612345678"]

    stored = area.add_blocked_number(body=BlockedNumber(phone_number="4930555123456"))
    assert (stored.phone_number, stored.is_block) == ("+4930555123456", False)
    prefix = area.add_blocked_number(body=BlockedNumber(phone_number="+49900", is_block=True))
    assert prefix.is_block is True
    listed = {entry.phone_number: entry.is_block for entry in area.list_blocked_numbers().items}
    assert listed == {"+4917612345678": False, "+4930555123456": False, "+49900": True}

    with pytest.raises(sipgateio.APIStatusError) as clash:
        area.add_blocked_number(body=BlockedNumber(phone_number="+4930555123456"))
    assert clash.value.status_code == 409

    assert area.remove_blocked_number("+4930555123456") is None
    assert area.remove_blocked_number("49900") is None
    assert [entry.phone_number for entry in area.list_blocked_numbers().items] == ["+4917612345678"]
    with pytest.raises(sipgateio.NotFoundError):
        area.remove_blocked_number("4930555123456")
    with pytest.raises(sipgateio.BadRequestError):
        area.remove_blocked_number("not-a-number")


SCENARIOS = [test_blocked_number_is_added_once_and_removed]
