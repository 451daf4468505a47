from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.phoneline_anonymous_call_target import PhonelineAnonymousCallTarget
from ..types import UNSET, Unset

T = TypeVar("T", bound="PhonelineBlockAnonymousUpdate")


@_attrs_define
class PhonelineBlockAnonymousUpdate:
    """
    Attributes:
        enabled (bool): `true` blocks callers who suppress their number.
        target (PhonelineAnonymousCallTarget | Unset): What happens to a blocked anonymous call.
    """

    enabled: bool
    target: PhonelineAnonymousCallTarget | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        target: str | Unset = UNSET
        if not isinstance(self.target, Unset):
            target = self.target.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
            }
        )
        if target is not UNSET:
            field_dict["target"] = target

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled")

        _target = d.pop("target", UNSET)
        target: PhonelineAnonymousCallTarget | Unset
        if isinstance(_target, Unset):
            target = UNSET
        else:
            target = PhonelineAnonymousCallTarget(_target)

        phoneline_block_anonymous_update = cls(
            enabled=enabled,
            target=target,
        )

        phoneline_block_anonymous_update.additional_properties = d
        return phoneline_block_anonymous_update

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
