from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PhonelineVoicemailGreetingUpload")


@_attrs_define
class PhonelineVoicemailGreetingUpload:
    """
    Attributes:
        filename (str): File name of the audio, with its extension. Example: greeting.mp3.
        base_64_content (str): The audio file, base64-encoded.
    """

    filename: str
    base_64_content: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filename = self.filename

        base_64_content = self.base_64_content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filename": filename,
                "base64Content": base_64_content,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        filename = d.pop("filename")

        base_64_content = d.pop("base64Content")

        phoneline_voicemail_greeting_upload = cls(
            filename=filename,
            base_64_content=base_64_content,
        )

        phoneline_voicemail_greeting_upload.additional_properties = d
        return phoneline_voicemail_greeting_upload

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
