from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.phoneline_voicemail_state import PhonelineVoicemailState


T = TypeVar("T", bound="Phoneline")


@_attrs_define
class Phoneline:
    """One phoneline and the state of its voicemail boxes.

    Attributes:
        id (str): Extension id of the phoneline. Example: p0.
        alias (str | Unset): Display name.
        voicemails (list[PhonelineVoicemailState] | Unset):
    """

    id: str
    alias: str | Unset = UNSET
    voicemails: list[PhonelineVoicemailState] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        alias = self.alias

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
        if voicemails is not UNSET:
            field_dict["voicemails"] = voicemails

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.phoneline_voicemail_state import PhonelineVoicemailState  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        alias = d.pop("alias", UNSET)

        _voicemails = d.pop("voicemails", UNSET)
        voicemails: list[PhonelineVoicemailState] | Unset = UNSET
        if _voicemails is not UNSET:
            voicemails = []
            for voicemails_item_data in _voicemails:
                voicemails_item = PhonelineVoicemailState.from_dict(voicemails_item_data)

                voicemails.append(voicemails_item)

        phoneline = cls(
            id=id,
            alias=alias,
            voicemails=voicemails,
        )

        phoneline.additional_properties = d
        return phoneline

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
