"""``client.endpoints.portings`` against the sandbox."""

from __future__ import annotations

from typing import Any

import pytest

import sipgateio
from sipgateio.sandbox import Sandbox
from tests.sandbox.endpoint_cases import scenario


@scenario("portings.list_portings", "portings.get_porting", "portings.revoke_porting")
def test_pending_porting_is_revoked_once(endpoints: Any, sandbox: Sandbox) -> None:
    area = endpoints.portings
    listed = {porting.id: porting for porting in area.list_portings().items}
    assert set(listed) == {"3", "7"}
    assert (listed["3"].status, listed["3"].revocable) == (500, False)

    pending = area.get_porting(7)
    assert (pending.pending, pending.revocable) == (True, True)
    assert [number.number for number in pending.numbers] == ["4921112345690", "4921112345691"]

    after = {porting.id: porting for porting in area.revoke_porting(7).items}
    assert (after["7"].status, after["7"].pending, after["7"].revocable) == (600, False, False)
    assert area.get_porting(7).status == 600

    with pytest.raises(sipgateio.BadRequestError):
        area.revoke_porting(7)
    with pytest.raises(sipgateio.BadRequestError):
        area.revoke_porting(3)
    with pytest.raises(sipgateio.NotFoundError):
        area.get_porting(99)
    with pytest.raises(sipgateio.NotFoundError):
        area.revoke_porting(99)


SCENARIOS = [test_pending_porting_is_revoked_once]
