from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PhonelineVoicemailUpdate")


@_attrs_define
class PhonelineVoicemailUpdate:
    """
    Attributes:
        active (bool): Whether the box answers calls.
        transcription (bool): Whether messages are transcribed to text; 403 when the box cannot transcribe.
        timeout (int | Unset): Seconds a call rings before the box answers. Example: 20.
    """

    active: bool
    transcription: bool
    timeout: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        transcription = self.transcription

        timeout = self.timeout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "transcription": transcription,
            }
        )
        if timeout is not UNSET:
            field_dict["timeout"] = timeout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active")

        transcription = d.pop("transcription")

        timeout = d.pop("timeout", UNSET)

        phoneline_voicemail_update = cls(
            active=active,
            transcription=transcription,
            timeout=timeout,
        )

        phoneline_voicemail_update.additional_properties = d
        return phoneline_voicemail_update

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
