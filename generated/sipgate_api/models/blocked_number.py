from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BlockedNumber")


@_attrs_define
class BlockedNumber:
    """One entry of the list of blocked callers.

    Attributes:
        phone_number (str): The number with its country code (E.164 digits, optionally with a leading `+`). Example:
            +4921112345678.
        is_block (bool | Unset): When true, every number that starts with `phoneNumber` is blocked, not only
            that exact number.
             Default: False.
    """

    phone_number: str
    is_block: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        is_block = self.is_block

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phoneNumber": phone_number,
            }
        )
        if is_block is not UNSET:
            field_dict["isBlock"] = is_block

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone_number = d.pop("phoneNumber")

        is_block = d.pop("isBlock", UNSET)

        blocked_number = cls(
            phone_number=phone_number,
            is_block=is_block,
        )

        blocked_number.additional_properties = d
        return blocked_number

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
