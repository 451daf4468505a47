"""``client.endpoints.users`` against the sandbox."""

from __future__ import annotations

from typing import Any

import pytest
from sipgate_api.models import (
    AccountRestriction,
    WebuserBusyOnBusyRequest,
    WebuserDefaultDeviceRequest,
    WebuserLocationRequest,
    WebuserRoleRequest,
)

import sipgateio
from sipgateio.sandbox import Sandbox
from tests.sandbox.endpoint_cases import scenario


def _listed(endpoints: Any, user_id: str) -> Any:
    (user,) = [user for user in endpoints.users.list_users().items if user.id == user_id]
    return user


@scenario(
    "users.list_users",
    "users.get_user",
    "users.set_user_busy_on_busy",
    "users.set_user_default_device",
    "users.set_user_location",
)
def test_user_settings_show_in_the_user_list(endpoints: Any, sandbox: Sandbox) -> None:
    area = endpoints.users
    alan = area.get_user("w1")
    assert (alan.firstname, alan.busy_on_busy, alan.default_device) == ("Alan", True, "e1")

    area.set_user_busy_on_busy("w1", body=WebuserBusyOnBusyRequest(enabled=False))
    area.set_user_default_device("w0", body=WebuserDefaultDeviceRequest(device_id="y0"))
    area.set_user_location("w1", body=WebuserLocationRequest(address_id=14))

    assert area.get_user("w1").busy_on_busy is False
    assert _listed(endpoints, "w1").busy_on_busy is False
    assert _listed(endpoints, "w0").default_device == "y0"
    assert _listed(endpoints, "w1").address_id == "14"
    assert endpoints.addresses.get_address(int(area.get_user("w1").address_id)).locality == "Berlin"

    with pytest.raises(sipgateio.BadRequestError):
        area.set_user_default_device("w1", body=WebuserDefaultDeviceRequest(device_id="e0"))
    with pytest.raises(sipgateio.NotFoundError):
        area.set_user_default_device("w1", body=WebuserDefaultDeviceRequest(device_id="e99"))
    with pytest.raises(sipgateio.NotFoundError):
        area.set_user_location("w1", body=WebuserLocationRequest(address_id=99))
    with pytest.raises(sipgateio.NotFoundError):
        area.get_user("w99")
    with pytest.raises(sipgateio.NotFoundError):
        area.set_user_busy_on_busy("w99", body=WebuserBusyOnBusyRequest(enabled=True))
    assert _listed(endpoints, "w1").default_device == "e1"


@scenario("users.set_user_role", "account.list_restrictions")
def test_role_change_keeps_one_administrator(endpoints: Any, sandbox: Sandbox) -> None:
    area = endpoints.users
    with pytest.raises(sipgateio.PermissionDeniedError):
        area.set_user_role("w0", body=WebuserRoleRequest(admin=False))
    assert area.get_user("w0").admin is True

    area.set_user_role("w1", body=WebuserRoleRequest(admin=True))
    area.set_user_role("w0", body=WebuserRoleRequest(admin=False))
    assert {user.id: user.admin for user in area.list_users().items} == {"w0": False, "w1": True}
    (may,) = endpoints.account.list_restrictions(
        user_id="w1", restriction=[AccountRestriction.CAN_CHANGE_USER_ROLE]
    ).items
    assert may.value is True


@scenario("users.delete_user", "users.list_users")
def test_deleted_user_takes_their_lines_and_devices(endpoints: Any, sandbox: Sandbox) -> None:
    area = endpoints.users
    with pytest.raises(sipgateio.PermissionDeniedError):
        area.delete_user("w0")

    removed = area.delete_user("w1")
    assert (removed.id, removed.lastname) == ("w1", "Turing")
    assert [user.id for user in area.list_users().items] == ["w0"]
    with pytest.raises(sipgateio.NotFoundError):
        area.get_user("w1")
    with pytest.raises(sipgateio.NotFoundError):
        endpoints.devices.list_devices("w1")
    unassigned = {
        item.number for item in endpoints.numbers.list_numbers().items if not item.endpoint_id
    }
    assert unassigned == {"4921112345671", "4921112345678"}
    with pytest.raises(sipgateio.NotFoundError):
        area.delete_user("w1")


SCENARIOS = [
    test_user_settings_show_in_the_user_list,
    test_role_change_keeps_one_administrator,
    test_deleted_user_takes_their_lines_and_devices,
]
