"""``client.endpoints.devices`` against the sandbox."""

from __future__ import annotations

from typing import Any

import pytest
from sipgate_api.models import (
    CreateDeviceRequest,
    CreateExternalDeviceRequest,
    CreateMobileDeviceRequest,
    CreateRegisterDeviceRequest,
    DeviceAliasUpdate,
    DeviceCallerId,
    DeviceLocalPrefix,
    DeviceSettingsUpdate,
    DeviceSimActivation,
    DeviceSimOrder,
    DeviceSingleRowDisplay,
    DeviceTariffAnnouncement,
    DeviceType,
    DeviceTypeFilter,
    ExternalDeviceCallDisplay,
    ExternalDeviceCallDisplayUpdate,
    ExternalDeviceTargetNumberUpdate,
    InitiateCallRequest,
)

import sipgateio
from sipgateio.sandbox import Sandbox
from tests.sandbox.endpoint_cases import scenario


def _ids(devices: Any) -> list[str]:
    return [device.id for device in devices.items]


@scenario("devices.list_devices")
def test_devices_are_listed_by_kind(endpoints: Any, sandbox: Sandbox) -> None:
    area = endpoints.devices
    assert _ids(area.list_devices("w0")) == ["e0", "y0", "x0"]
    assert _ids(area.list_devices("w0", type_=DeviceTypeFilter.ALL)) == ["e0", "y0", "x0", "a0"]
    (app,) = area.list_devices("w0", type_=DeviceTypeFilter.APP).items
    assert (app.id, app.type_, app.owner) == ("a0", "APP", "w0")
    assert [line.id for line in app.active_phonelines] == ["p0"]
    assert _ids(area.list_devices("w0", type_=DeviceTypeFilter.REGISTER)) == ["e0"]
    assert _ids(area.list_devices("w0", type_=DeviceTypeFilter.MOBILE)) == ["y0"]
    assert _ids(area.list_devices("w0", type_=DeviceTypeFilter.EXTERNAL)) == ["x0"]
    assert _ids(area.list_devices("w1", type_=DeviceTypeFilter.APP)) == []
    with pytest.raises(sipgateio.NotFoundError):
        area.list_devices("w9")


@scenario(
    "devices.create_register_device",
    "devices.get_device",
    "devices.delete_device",
    "calls.initiate_call",
)
def test_new_voip_phone_places_calls_until_deleted(endpoints: Any, sandbox: Sandbox) -> None:
    area = endpoints.devices
    phone = area.create_register_device(
        "w0", body=CreateRegisterDeviceRequest(alias="Ada's second desk")
    )
    assert (phone.id, phone.type_, phone.alias, phone.online) == (
        "e2",
        DeviceType.REGISTER,
        "Ada's second desk",
        False,
    )
    assert phone.credentials.username == "1234567e2"
    assert len(phone.credentials.password) >= 8
    assert phone.registered == []
    assert _ids(area.list_devices("w0", type_=DeviceTypeFilter.REGISTER)) == ["e0", "e2"]
    assert area.get_device("e2").alias == "Ada's second desk"

    call = InitiateCallRequest(caller="e2", callee="+4989123456")
    session = endpoints.calls.initiate_call(body=call)
    assert sandbox.call(session.session_id).user_ids == ["w0"]

    assert area.delete_device("e2") is None
    assert _ids(area.list_devices("w0")) == ["e0", "y0", "x0"]
    with pytest.raises(sipgateio.NotFoundError):
        area.get_device("e2")
    with pytest.raises(sipgateio.NotFoundError):
        area.delete_device("e2")
    with pytest.raises(sipgateio.BadRequestError):
        endpoints.calls.initiate_call(body=call)
    # A deleted id is not given out again.
    assert area.create_register_device("w0", body=CreateRegisterDeviceRequest()).id == "e3"


@scenario("devices.create_device")
def test_device_of_a_kind_is_created(endpoints: Any, sandbox: Sandbox) -> None:
    area = endpoints.devices
    body = CreateDeviceRequest(type_=DeviceType.MOBILE, alias="Alan's mobile")
    mobile = area.create_device("w1", body=body)
    assert (mobile.id, mobile.type_, mobile.owner) == ("y1", DeviceType.MOBILE, "w1")
    assert _ids(area.list_devices("w1")) == ["e1", "y1"]
    assert area.get_device("y1")["simState"] == "INACTIVE"

    default = area.create_device("w1", body=CreateDeviceRequest(type_=DeviceType.REGISTER))
    assert default.alias == "VoIP phone of Alan Turing"
    with pytest.raises(sipgateio.BadRequestError):
        area.create_device("w1", body=CreateDeviceRequest(type_=DeviceType.EXTERNAL, alias=" "))
    with pytest.raises(sipgateio.NotFoundError):
        area.create_device("w9", body=body)
    # w1 now owns two VoIP phones; the account allows ten per user and kind.
    for _ in range(8):
        area.create_device("w1", body=CreateDeviceRequest(type_=DeviceType.REGISTER))
    with pytest.raises(sipgateio.PermissionDeniedError):
        area.create_device("w1", body=CreateDeviceRequest(type_=DeviceType.REGISTER))


@scenario(
    "devices.update_device",
    "devices.set_device_alias",
    "devices.get_device_caller_id",
    "devices.set_device_caller_id",
)
def test_device_name_dnd_and_caller_id_are_stored(endpoints: Any, sandbox: Sandbox) -> None:
    area = endpoints.devices
    update = DeviceSettingsUpdate(dnd=True, emergency_address_id=1234)
    assert area.update_device("e0", body=update) is None
    desk = area.get_device("e0")
    assert desk.dnd is True
    assert (desk["emergencyAddressId"], desk["addressUrl"]) == ("1234", "/addresses/1234")
    assert area.list_devices("w0").items[0].dnd is True

    area.set_device_alias("e0", body=DeviceAliasUpdate(value="Reception"))
    assert area.get_device("e0").alias == "Reception"
    with pytest.raises(sipgateio.BadRequestError):
        area.set_device_alias("e0", body=DeviceAliasUpdate(value="  "))

    assert area.get_device_caller_id("e0").value == "+4921112345670"
    assert area.get_device_caller_id("y0").value == "+4915799912345"
    area.set_device_caller_id("e0", body=DeviceCallerId(value="+49 30 123456780"))
    assert area.get_device_caller_id("e0").value == "+4930123456780"
    assert area.list_devices("w0").items[0].caller_id == "+4930123456780"
    with pytest.raises(sipgateio.BadRequestError):
        area.set_device_caller_id("e0", body=DeviceCallerId(value="+4917612345678"))
    with pytest.raises(sipgateio.NotFoundError):
        area.set_device_alias("e99", body=DeviceAliasUpdate(value="Nobody's"))


@scenario(
    "devices.get_device_local_prefix",
    "devices.set_device_local_prefix",
    "devices.get_device_single_row_display",
    "devices.set_device_single_row_display",
    "devices.get_device_tariff_announcement",
    "devices.set_device_tariff_announcement",
)
def test_device_dialling_settings_are_stored(endpoints: Any, sandbox: Sandbox) -> None:
    area = endpoints.devices
    prefix = area.get_device_local_prefix("e1")
    assert (prefix.value, prefix.active) == ("0211", False)
    area.set_device_local_prefix("e1", body=DeviceLocalPrefix(value="030", active=True))
    prefix = area.get_device_local_prefix("e1")
    assert (prefix.value, prefix.active) == ("030", True)
    with pytest.raises(sipgateio.BadRequestError):
        area.set_device_local_prefix("e1", body=DeviceLocalPrefix(value="30"))
    assert area.get_device_local_prefix("e0").value == "0211"

    assert area.get_device_single_row_display("e1").enabled is False
    area.set_device_single_row_display("e1", body=DeviceSingleRowDisplay(enabled=True))
    assert area.get_device_single_row_display("e1").enabled is True

    assert area.get_device_tariff_announcement("y0").enabled is False
    area.set_device_tariff_announcement("y0", body=DeviceTariffAnnouncement(enabled=True))
    assert area.get_device_tariff_announcement("y0").enabled is True
    assert area.get_device_tariff_announcement("e1").enabled is False
    with pytest.raises(sipgateio.BadRequestError):
        area.set_device_tariff_announcement("y0", body=DeviceTariffAnnouncement())
    with pytest.raises(sipgateio.NotFoundError):
        area.get_device_single_row_display("e99")


@scenario("devices.reset_device_password")
def test_password_reset_signs_the_phone_out(endpoints: Any, sandbox: Sandbox) -> None:
    area = endpoints.devices
    before = area.get_device("e0")
    assert before.online is True
    assert len(before["registered"]) == 1

    assert area.reset_device_password("e0") is None
    after = area.get_device("e0")
    assert after["credentials"]["password"] != before["credentials"]["password"]
    assert after["credentials"]["username"] == before["credentials"]["username"]
    assert after["registered"] == []
    assert area.list_devices("w0").items[0].online is False
    with pytest.raises(sipgateio.NotFoundError):
        area.reset_device_password("y0")


@scenario(
    "devices.create_external_device",
    "devices.set_external_device_target_number",
    "devices.set_external_device_call_display",
)
def test_external_device_number_and_display_are_stored(endpoints: Any, sandbox: Sandbox) -> None:
    area = endpoints.devices
    body = CreateExternalDeviceRequest(alias="Alan's landline", number="0211 5550123")
    landline = area.create_external_device("w1", body=body)
    assert (landline.id, landline.number) == ("x1", "+492115550123")
    assert landline.incoming_call_display_state == ExternalDeviceCallDisplay.CALLER_NUMBER
    assert _ids(area.list_devices("w1", type_=DeviceTypeFilter.EXTERNAL)) == ["x1"]

    target = ExternalDeviceTargetNumberUpdate(number="+4930987650000")
    area.set_external_device_target_number("x1", body=target)
    display = ExternalDeviceCallDisplayUpdate(
        incoming_call_display=ExternalDeviceCallDisplay.CALLED_NUMBER
    )
    area.set_external_device_call_display("x1", body=display)
    stored = area.get_device("x1")
    assert (stored["number"], stored["incomingCallDisplayState"]) == (
        "+4930987650000",
        "CALLED_NUMBER",
    )
    assert area.get_device("x0")["number"] == "+4921199887766"
    with pytest.raises(sipgateio.BadRequestError):
        area.set_external_device_target_number(
            "x1", body=ExternalDeviceTargetNumberUpdate(number="call me")
        )
    with pytest.raises(sipgateio.BadRequestError):
        area.create_external_device("w1", body=CreateExternalDeviceRequest(alias="No number"))
    with pytest.raises(sipgateio.NotFoundError):
        area.set_external_device_call_display("e0", body=display)


@scenario(
    "devices.create_mobile_device",
    "devices.order_device_sim",
    "devices.activate_device_sim",
    "devices.deactivate_device_sim",
    "devices.list_device_contingents",
)
def test_mobile_sim_is_ordered_activated_and_deactivated(endpoints: Any, sandbox: Sandbox) -> None:
    area = endpoints.devices
    mobile = area.create_mobile_device("w0", body=CreateMobileDeviceRequest(alias="Work mobile"))
    assert (mobile.id, mobile.sim_state, mobile.online) == ("y1", "INACTIVE", False)
    assert area.list_device_contingents("w0", "y1").contingents == []

    area.order_device_sim("w0", "y1", body=DeviceSimOrder(address_id="a0"))
    assert area.get_device("y1")["simState"] == "PENDING"

    area.activate_device_sim("w0", "y1", body=DeviceSimActivation(sim_id="8949228000099999999"))
    active = area.get_device("y1")
    assert (active["simState"], active.online) == ("ACTIVE", True)
    assert active["credentials"]["simId"] == "8949228000099999999"
    (fast_data,) = area.list_device_contingents("w0", "y1").contingents
    assert (fast_data.type_, fast_data.used, fast_data.left) == ("DATA_FAST", 0, fast_data.amount)
    (seeded,) = area.list_device_contingents("w0", "y0").contingents
    assert 0 < seeded.used < seeded.amount and seeded.left == seeded.amount - seeded.used

    area.deactivate_device_sim("w0", "y1")
    inactive = area.get_device("y1")
    assert (inactive["simState"], inactive.online) == ("INACTIVE", False)

    taken = DeviceSimActivation(sim_id="8949228000012345678")  # y0's card
    with pytest.raises(sipgateio.BadRequestError):
        area.activate_device_sim("w0", "y1", body=taken)
    with pytest.raises(sipgateio.NotFoundError):
        area.activate_device_sim("w0", "e0", body=taken)
    with pytest.raises(sipgateio.NotFoundError):
        area.list_device_contingents("w1", "y0")


SCENARIOS = [
    test_devices_are_listed_by_kind,
    test_new_voip_phone_places_calls_until_deleted,
    test_device_of_a_kind_is_created,
    test_device_name_dnd_and_caller_id_are_stored,
    test_device_dialling_settings_are_stored,
    test_password_reset_signs_the_phone_out,
    test_external_device_number_and_display_are_stored,
    test_mobile_sim_is_ordered_activated_and_deactivated,
]
