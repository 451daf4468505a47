from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupVoicemailSetting")


@_attrs_define
class GroupVoicemailSetting:
    """Whether a voicemail box of the group answers, and when.

    Attributes:
        id (str | Unset): Extension id of the voicemail box. Example: v1.
        timeout (int | Unset): Seconds of ringing before the box answers. Example: 20.
        active (bool | Unset): Whether the box answers calls at all.
    """

    id: str | Unset = UNSET
    timeout: int | Unset = UNSET
    active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        timeout = self.timeout

        active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        timeout = d.pop("timeout", UNSET)

        active = d.pop("active", UNSET)

        group_voicemail_setting = cls(
            id=id,
            timeout=timeout,
            active=active,
        )

        group_voicemail_setting.additional_properties = d
        return group_voicemail_setting

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
