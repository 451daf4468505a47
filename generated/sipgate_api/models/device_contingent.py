from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeviceContingent")


@_attrs_define
class DeviceContingent:
    """One allowance of a mobile tariff and how much of it is used.

    Attributes:
        type_ (str | Unset): What the allowance is for, for example `DATA_FAST`.
        amount (int | Unset): Size of the allowance, in `unit`.
        used (int | Unset): Part already used, in `unit`.
        left (int | Unset): Part still available, in `unit`.
        unit (str | Unset): Unit of the three amounts, for example `KILOBYTE`.
        expires (datetime.datetime | Unset): When the allowance runs out or renews (ISO 8601).
    """

    type_: str | Unset = UNSET
    amount: int | Unset = UNSET
    used: int | Unset = UNSET
    left: int | Unset = UNSET
    unit: str | Unset = UNSET
    expires: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        amount = self.amount

        used = self.used

        left = self.left

        unit = self.unit

        expires: str | Unset = UNSET
        if not isinstance(self.expires, Unset):
            expires = self.expires.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if amount is not UNSET:
            field_dict["amount"] = amount
        if used is not UNSET:
            field_dict["used"] = used
        if left is not UNSET:
            field_dict["left"] = left
        if unit is not UNSET:
            field_dict["unit"] = unit
        if expires is not UNSET:
            field_dict["expires"] = expires

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        amount = d.pop("amount", UNSET)

        used = d.pop("used", UNSET)

        left = d.pop("left", UNSET)

        unit = d.pop("unit", UNSET)

        _expires = d.pop("expires", UNSET)
        expires: datetime.datetime | Unset
        if isinstance(_expires, Unset):
            expires = UNSET
        else:
            expires = datetime.datetime.fromisoformat(_expires)

        device_contingent = cls(
            type_=type_,
            amount=amount,
            used=used,
            left=left,
            unit=unit,
            expires=expires,
        )

        device_contingent.additional_properties = d
        return device_contingent

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
