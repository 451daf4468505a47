from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InitiateCallRequest")


@_attrs_define
class InitiateCallRequest:
    """
    Attributes:
        caller (str): Who is rung first: an extension (`e`, `p`, `x` or `y` followed by digits) or
            a phone number. With a phone number, `deviceId` is required.
             Example: e0.
        callee (str): Number that is dialled once the caller has answered. Example: +4915799912345.
        caller_id (str | Unset): Number to present to the callee instead of the default one.
        device_id (str | Unset): Device that places the call. Example: e0.
    """

    caller: str
    callee: str
    caller_id: str | Unset = UNSET
    device_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        caller = self.caller

        callee = self.callee

        caller_id = self.caller_id

        device_id = self.device_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "caller": caller,
                "callee": callee,
            }
        )
        if caller_id is not UNSET:
            field_dict["callerId"] = caller_id
        if device_id is not UNSET:
            field_dict["deviceId"] = device_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        caller = d.pop("caller")

        callee = d.pop("callee")

        caller_id = d.pop("callerId", UNSET)

        device_id = d.pop("deviceId", UNSET)

        initiate_call_request = cls(
            caller=caller,
            callee=callee,
            caller_id=caller_id,
            device_id=device_id,
        )

        initiate_call_request.additional_properties = d
        return initiate_call_request

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
