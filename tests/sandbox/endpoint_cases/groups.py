"""``client.endpoints.groups`` against the sandbox."""

from __future__ import annotations

from typing import Any

import pytest
from sipgate_api.models import AddGroupDeviceRequest

import sipgateio
from sipgateio.sandbox import Sandbox
from tests.sandbox.endpoint_cases import scenario


@scenario(
    "groups.list_groups",
    "groups.get_group",
    "groups.list_group_users",
    "groups.list_group_numbers",
    "groups.list_group_faxlines",
    "groups.list_group_voicemails",
)
def test_group_shows_its_members_numbers_fax_lines_and_boxes(
    endpoints: Any, sandbox: Sandbox
) -> None:
    area = endpoints.groups
    (group,) = area.list_groups().items
    assert (group.id, group.alias, group.group_users_url) == ("g0", "Support", "/groups/g0/users")
    assert [g.id for g in area.list_groups(user_id="w1").items] == ["g0"]

    details = area.get_group("g0")
    assert [(box.id, box.timeout, box.active) for box in details.voicemails] == [("v7", 20, True)]
    members = area.list_group_users("g0").items
    assert [(m.id, m.firstname, m.lastname) for m in members] == [
        ("w0", "Ada", "Lovelace"),
        ("w1", "Alan", "Turing"),
    ]
    assert [n.number for n in area.list_group_numbers("g0").items] == ["4921112345600"]
    (faxline,) = area.list_group_faxlines("g0").items
    assert (faxline.id, faxline.group_id, faxline.can_send) == ("f3", "g0", True)
    (box,) = area.list_group_voicemails("g0").items
    assert (box.id, box.access_number) == ("v7", "+4921112345600")

    with pytest.raises(sipgateio.BadRequestError):
        area.list_groups(user_id="w9")
    for read in (area.get_group, area.list_group_users, area.list_group_voicemails):
        with pytest.raises(sipgateio.NotFoundError):
            read("g9")


def _group_ids(endpoints: Any, device_id: str) -> list[str]:
    (device,) = [d for d in endpoints.devices.list_devices("w0").items if d.id == device_id]
    return [routing.id for routing in device.active_groups]


@scenario("groups.add_group_device", "groups.remove_group_device", "devices.list_devices")
def test_device_rings_for_a_group_until_it_is_removed(endpoints: Any, sandbox: Sandbox) -> None:
    area = endpoints.groups
    assert _group_ids(endpoints, "y0") == []

    assert area.add_group_device("g0", body=AddGroupDeviceRequest(device_id="y0")) is None
    area.add_group_device("g0", body=AddGroupDeviceRequest(device_id="y0"))
    assert _group_ids(endpoints, "y0") == ["g0"]

    area.remove_group_device("g0", "y0")
    assert _group_ids(endpoints, "y0") == []
    with pytest.raises(sipgateio.NotFoundError):
        area.remove_group_device("g0", "y0")
    with pytest.raises(sipgateio.NotFoundError):
        area.add_group_device("g0", body=AddGroupDeviceRequest(device_id="e99"))
    with pytest.raises(sipgateio.NotFoundError):
        area.add_group_device("g9", body=AddGroupDeviceRequest(device_id="y0"))


SCENARIOS = [
    test_group_shows_its_members_numbers_fax_lines_and_boxes,
    test_device_rings_for_a_group_until_it_is_removed,
]
