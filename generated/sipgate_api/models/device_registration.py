from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeviceRegistration")


@_attrs_define
class DeviceRegistration:
    """One phone currently registered for a VoIP device.

    Attributes:
        user_agent (str | Unset): Software the phone reports.
        ip (str | Unset):
        port (str | Unset):
    """

    user_agent: str | Unset = UNSET
    ip: str | Unset = UNSET
    port: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_agent = self.user_agent

        ip = self.ip

        port = self.port

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_agent is not UNSET:
            field_dict["userAgent"] = user_agent
        if ip is not UNSET:
            field_dict["ip"] = ip
        if port is not UNSET:
            field_dict["port"] = port

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_agent = d.pop("userAgent", UNSET)

        ip = d.pop("ip", UNSET)

        port = d.pop("port", UNSET)

        device_registration = cls(
            user_agent=user_agent,
            ip=ip,
            port=port,
        )

        device_registration.additional_properties = d
        return device_registration

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
