from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VerifySmsCallerIdRequest")


def _hidden(value: object) -> str:
    """The repr of a secret: whether it is set, never its text."""
    return "<redacted>" if value else repr(value)


@_attrs_define
class VerifySmsCallerIdRequest:
    """
    Attributes:
        verification_code (str): The code sipgate sent to the number.
    """

    verification_code: str = _attrs_field(repr=_hidden)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        verification_code = self.verification_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "verificationCode": verification_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        verification_code = d.pop("verificationCode")

        verify_sms_caller_id_request = cls(
            verification_code=verification_code,
        )

        verify_sms_caller_id_request.additional_properties = d
        return verify_sms_caller_id_request

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
