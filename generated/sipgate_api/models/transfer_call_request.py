from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TransferCallRequest")


@_attrs_define
class TransferCallRequest:
    """
    Attributes:
        attended (bool): true for an attended transfer, false for a blind one.
        phone_number (str): Number the call is handed to.
        caller_id (str | Unset): Number to present to the transfer target.
    """

    attended: bool
    phone_number: str
    caller_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attended = self.attended

        phone_number = self.phone_number

        caller_id = self.caller_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attended": attended,
                "phoneNumber": phone_number,
            }
        )
        if caller_id is not UNSET:
            field_dict["callerId"] = caller_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attended = d.pop("attended")

        phone_number = d.pop("phoneNumber")

        caller_id = d.pop("callerId", UNSET)

        transfer_call_request = cls(
            attended=attended,
            phone_number=phone_number,
            caller_id=caller_id,
        )

        transfer_call_request.additional_properties = d
        return transfer_call_request

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
