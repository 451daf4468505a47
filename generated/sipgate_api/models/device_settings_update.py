from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeviceSettingsUpdate")


@_attrs_define
class DeviceSettingsUpdate:
    """Changes to a device; only the fields present are changed.

    Attributes:
        dnd (bool | Unset): Do not disturb.
        emergency_address_id (int | Unset): Id of the address given to emergency services for calls from this device.
    """

    dnd: bool | Unset = UNSET
    emergency_address_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dnd = self.dnd

        emergency_address_id = self.emergency_address_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dnd is not UNSET:
            field_dict["dnd"] = dnd
        if emergency_address_id is not UNSET:
            field_dict["emergencyAddressId"] = emergency_address_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dnd = d.pop("dnd", UNSET)

        emergency_address_id = d.pop("emergencyAddressId", UNSET)

        device_settings_update = cls(
            dnd=dnd,
            emergency_address_id=emergency_address_id,
        )

        device_settings_update.additional_properties = d
        return device_settings_update

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
