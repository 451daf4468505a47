from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.phoneline_anonymous_call_target import PhonelineAnonymousCallTarget
from ..types import UNSET, Unset

T = TypeVar("T", bound="PhonelineBlockAnonymous")


@_attrs_define
class PhonelineBlockAnonymous:
    """How the phoneline treats callers who suppress their number.

    Attributes:
        enabled (bool | Unset): Whether such calls are blocked.
        target (PhonelineAnonymousCallTarget | str | Unset): Where blocked calls go. Known values: see
            `PhonelineAnonymousCallTarget`.
    """

    enabled: bool | Unset = UNSET
    target: PhonelineAnonymousCallTarget | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        target: str | Unset
        if isinstance(self.target, Unset):
            target = UNSET
        elif isinstance(self.target, PhonelineAnonymousCallTarget):
            target = self.target.value
        else:
            target = self.target

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if target is not UNSET:
            field_dict["target"] = target

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        def _parse_target(data: object) -> PhonelineAnonymousCallTarget | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                target_type_0 = PhonelineAnonymousCallTarget(data)

                return target_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(PhonelineAnonymousCallTarget | str | Unset, data)

        target = _parse_target(d.pop("target", UNSET))

        phoneline_block_anonymous = cls(
            enabled=enabled,
            target=target,
        )

        phoneline_block_anonymous.additional_properties = d
        return phoneline_block_anonymous

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
