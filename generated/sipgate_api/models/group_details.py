from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.group_voicemail_setting import GroupVoicemailSetting


T = TypeVar("T", bound="GroupDetails")


@_attrs_define
class GroupDetails:
    """One group with the voicemail settings of its boxes.

    Attributes:
        id (str): Extension id of the group. Example: g0.
        alias (str | Unset): Display name.
        department_id (int | Unset): Department the group is assigned to.
        voicemails (list[GroupVoicemailSetting] | Unset):
    """

    id: str
    alias: str | Unset = UNSET
    department_id: int | Unset = UNSET
    voicemails: list[GroupVoicemailSetting] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        alias = self.alias

        department_id = self.department_id

        voicemails: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.voicemails, Unset):
            voicemails = []
            for voicemails_item_data in self.voicemails:
                voicemails_item = voicemails_item_data.to_dict()
                voicemails.append(voicemails_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if alias is not UNSET:
            field_dict["alias"] = alias
        if department_id is not UNSET:
            field_dict["departmentId"] = department_id
        if voicemails is not UNSET:
            field_dict["voicemails"] = voicemails

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.group_voicemail_setting import GroupVoicemailSetting  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        alias = d.pop("alias", UNSET)

        department_id = d.pop("departmentId", UNSET)

        _voicemails = d.pop("voicemails", UNSET)
        voicemails: list[GroupVoicemailSetting] | Unset = UNSET
        if _voicemails is not UNSET:
            voicemails = []
            for voicemails_item_data in _voicemails:
                voicemails_item = GroupVoicemailSetting.from_dict(voicemails_item_data)

                voicemails.append(voicemails_item)

        group_details = cls(
            id=id,
            alias=alias,
            department_id=department_id,
            voicemails=voicemails,
        )

        group_details.additional_properties = d
        return group_details

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
