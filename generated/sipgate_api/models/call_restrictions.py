from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CallRestrictions")


@_attrs_define
class CallRestrictions:
    """The kinds of outgoing calls blocked for a web user.

    Attributes:
        user_id (str | Unset): The web user these flags belong to. Example: w0.
        foreign_special (bool | Unset): Restriction on special-rate numbers abroad.
        charged (bool | Unset): Restriction on chargeable calls.
        roaming (bool | Unset): Restriction on calls while roaming abroad.
        high_cost_foreign_numbers (bool | Unset): Restriction on high-cost foreign numbers.
    """

    user_id: str | Unset = UNSET
    foreign_special: bool | Unset = UNSET
    charged: bool | Unset = UNSET
    roaming: bool | Unset = UNSET
    high_cost_foreign_numbers: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        foreign_special = self.foreign_special

        charged = self.charged

        roaming = self.roaming

        high_cost_foreign_numbers = self.high_cost_foreign_numbers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if foreign_special is not UNSET:
            field_dict["foreignSpecial"] = foreign_special
        if charged is not UNSET:
            field_dict["charged"] = charged
        if roaming is not UNSET:
            field_dict["roaming"] = roaming
        if high_cost_foreign_numbers is not UNSET:
            field_dict["highCostForeignNumbers"] = high_cost_foreign_numbers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("userId", UNSET)

        foreign_special = d.pop("foreignSpecial", UNSET)

        charged = d.pop("charged", UNSET)

        roaming = d.pop("roaming", UNSET)

        high_cost_foreign_numbers = d.pop("highCostForeignNumbers", UNSET)

        call_restrictions = cls(
            user_id=user_id,
            foreign_special=foreign_special,
            charged=charged,
            roaming=roaming,
            high_cost_foreign_numbers=high_cost_foreign_numbers,
        )

        call_restrictions.additional_properties = d
        return call_restrictions

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
