from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsExtension")


@_attrs_define
class SmsExtension:
    """
    Attributes:
        id (str): Extension id. Example: s0.
        alias (str | Unset): Display name of the extension.
        caller_id (str | Unset): Number currently shown as the sender.
    """

    id: str
    alias: str | Unset = UNSET
    caller_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        alias = self.alias

        caller_id = self.caller_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if alias is not UNSET:
            field_dict["alias"] = alias
        if caller_id is not UNSET:
            field_dict["callerId"] = caller_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        alias = d.pop("alias", UNSET)

        caller_id = d.pop("callerId", UNSET)

        sms_extension = cls(
            id=id,
            alias=alias,
            caller_id=caller_id,
        )

        sms_extension.additional_properties = d
        return sms_extension

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
