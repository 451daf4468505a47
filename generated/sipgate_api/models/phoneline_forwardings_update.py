from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.phoneline_forwarding_setting import PhonelineForwardingSetting


T = TypeVar("T", bound="PhonelineForwardingsUpdate")


@_attrs_define
class PhonelineForwardingsUpdate:
    """The complete new list of forwardings of a phoneline.

    Attributes:
        forwardings (list[PhonelineForwardingSetting]):
    """

    forwardings: list[PhonelineForwardingSetting]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        forwardings = []
        for forwardings_item_data in self.forwardings:
            forwardings_item = forwardings_item_data.to_dict()
            forwardings.append(forwardings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "forwardings": forwardings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.phoneline_forwarding_setting import PhonelineForwardingSetting  # noqa: PLC0415

        d = dict(src_dict)
        forwardings = []
        _forwardings = d.pop("forwardings")
        for forwardings_item_data in _forwardings:
            forwardings_item = PhonelineForwardingSetting.from_dict(forwardings_item_data)

            forwardings.append(forwardings_item)

        phoneline_forwardings_update = cls(
            forwardings=forwardings,
        )

        phoneline_forwardings_update.additional_properties = d
        return phoneline_forwardings_update

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
