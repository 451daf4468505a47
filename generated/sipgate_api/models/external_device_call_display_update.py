from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.external_device_call_display import ExternalDeviceCallDisplay

T = TypeVar("T", bound="ExternalDeviceCallDisplayUpdate")


@_attrs_define
class ExternalDeviceCallDisplayUpdate:
    """
    Attributes:
        incoming_call_display (ExternalDeviceCallDisplay): Which number an external device is shown for an incoming
            call: the sipgate number
            that was called, or the caller's number.
    """

    incoming_call_display: ExternalDeviceCallDisplay
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        incoming_call_display = self.incoming_call_display.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "incomingCallDisplay": incoming_call_display,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        incoming_call_display = ExternalDeviceCallDisplay(d.pop("incomingCallDisplay"))

        external_device_call_display_update = cls(
            incoming_call_display=incoming_call_display,
        )

        external_device_call_display_update.additional_properties = d
        return external_device_call_display_update

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
