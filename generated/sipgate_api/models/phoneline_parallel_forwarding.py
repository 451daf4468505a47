from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PhonelineParallelForwarding")


@_attrs_define
class PhonelineParallelForwarding:
    """An external number that rings together with a phoneline.

    Attributes:
        id (str): Id of the entry, used in the path to change or remove it. Example: x0.
        alias (str | Unset): Display name.
        destination (str | Unset): The external phone number. Example: 4915799912345.
        active (bool | Unset): Whether the number rings.
    """

    id: str
    alias: str | Unset = UNSET
    destination: str | Unset = UNSET
    active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        alias = self.alias

        destination = self.destination

        active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if alias is not UNSET:
            field_dict["alias"] = alias
        if destination is not UNSET:
            field_dict["destination"] = destination
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        alias = d.pop("alias", UNSET)

        destination = d.pop("destination", UNSET)

        active = d.pop("active", UNSET)

        phoneline_parallel_forwarding = cls(
            id=id,
            alias=alias,
            destination=destination,
            active=active,
        )

        phoneline_parallel_forwarding.additional_properties = d
        return phoneline_parallel_forwarding

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
