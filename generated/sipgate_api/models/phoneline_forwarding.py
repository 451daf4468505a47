from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PhonelineForwarding")


@_attrs_define
class PhonelineForwarding:
    """One forwarding of a phoneline, as stored.

    Attributes:
        alias (str | Unset): Name of the destination, when sipgate knows one.
        destination (str | Unset): Phone number or extension id the call is passed to. Example: 4915799912345.
        timeout (int | Unset): Seconds the phoneline rings before the call is passed on.
        active (bool | Unset): Whether the forwarding is switched on.
    """

    alias: str | Unset = UNSET
    destination: str | Unset = UNSET
    timeout: int | Unset = UNSET
    active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alias = self.alias

        destination = self.destination

        timeout = self.timeout

        active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alias is not UNSET:
            field_dict["alias"] = alias
        if destination is not UNSET:
            field_dict["destination"] = destination
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        alias = d.pop("alias", UNSET)

        destination = d.pop("destination", UNSET)

        timeout = d.pop("timeout", UNSET)

        active = d.pop("active", UNSET)

        phoneline_forwarding = cls(
            alias=alias,
            destination=destination,
            timeout=timeout,
            active=active,
        )

        phoneline_forwarding.additional_properties = d
        return phoneline_forwarding

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
