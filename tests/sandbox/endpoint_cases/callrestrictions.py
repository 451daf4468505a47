"""``client.endpoints.callrestrictions`` against the sandbox."""

from __future__ import annotations

from typing import Any

import pytest
from sipgate_api.models import CallRestrictionUpdate

import sipgateio
from sipgateio.sandbox import Sandbox
from tests.sandbox.endpoint_cases import scenario


def _flags(restrictions: Any) -> tuple[str, bool, bool, bool, bool]:
    return (
        restrictions.user_id,
        restrictions.foreign_special,
        restrictions.charged,
        restrictions.roaming,
        restrictions.high_cost_foreign_numbers,
    )


@scenario("callrestrictions.get_call_restrictions", "callrestrictions.set_call_restriction")
def test_call_restrictions_are_switched_per_user(endpoints: Any, sandbox: Sandbox) -> None:
    area = endpoints.callrestrictions
    assert _flags(area.get_call_restrictions()) == ("w0", False, False, False, True)
    assert _flags(area.get_call_restrictions(user_ids=["w1"])) == ("w1", True, False, True, True)

    changed = area.set_call_restriction("w0", "roaming", body=CallRestrictionUpdate(enabled=True))
    assert _flags(changed) == ("w0", False, False, True, True)
    area.set_call_restriction(
        "w0", "highCostForeignNumbers", body=CallRestrictionUpdate(enabled=False)
    )
    assert _flags(area.get_call_restrictions(user_ids=["w0"])) == ("w0", False, False, True, False)
    assert _flags(area.get_call_restrictions(user_ids=["w1"]))[3] is True

    with pytest.raises(sipgateio.NotFoundError):
        area.set_call_restriction("w0", "moonCalls", body=CallRestrictionUpdate(enabled=True))
    with pytest.raises(sipgateio.NotFoundError):
        area.set_call_restriction("w9", "roaming", body=CallRestrictionUpdate(enabled=True))
    with pytest.raises(sipgateio.NotFoundError):
        area.get_call_restrictions(user_ids=["w9"])


SCENARIOS = [test_call_restrictions_are_switched_per_user]
