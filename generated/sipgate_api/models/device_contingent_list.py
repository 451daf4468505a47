from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.device_contingent import DeviceContingent


T = TypeVar("T", bound="DeviceContingentList")


@_attrs_define
class DeviceContingentList:
    """
    Attributes:
        contingents (list[DeviceContingent]):
    """

    contingents: list[DeviceContingent]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contingents = []
        for contingents_item_data in self.contingents:
            contingents_item = contingents_item_data.to_dict()
            contingents.append(contingents_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contingents": contingents,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.device_contingent import DeviceContingent  # noqa: PLC0415

        d = dict(src_dict)
        contingents = []
        _contingents = d.pop("contingents")
        for contingents_item_data in _contingents:
            contingents_item = DeviceContingent.from_dict(contingents_item_data)

            contingents.append(contingents_item)

        device_contingent_list = cls(
            contingents=contingents,
        )

        device_contingent_list.additional_properties = d
        return device_contingent_list

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
