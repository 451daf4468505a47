from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PhonelineParallelForwardingSetting")


@_attrs_define
class PhonelineParallelForwardingSetting:
    """Number, name and state of a parallel forwarding to store.

    Attributes:
        destination (str): External phone number, preferably in international format. Example: 4915799912345.
        alias (str | Unset): Display name.
        active (bool | Unset): Whether the number rings. Default: False.
    """

    destination: str
    alias: str | Unset = UNSET
    active: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        destination = self.destination

        alias = self.alias

        active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "destination": destination,
            }
        )
        if alias is not UNSET:
            field_dict["alias"] = alias
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        destination = d.pop("destination")

        alias = d.pop("alias", UNSET)

        active = d.pop("active", UNSET)

        phoneline_parallel_forwarding_setting = cls(
            destination=destination,
            alias=alias,
            active=active,
        )

        phoneline_parallel_forwarding_setting.additional_properties = d
        return phoneline_parallel_forwarding_setting

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
