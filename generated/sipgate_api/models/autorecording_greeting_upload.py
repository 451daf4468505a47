from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AutorecordingGreetingUpload")


@_attrs_define
class AutorecordingGreetingUpload:
    """
    Attributes:
        base_64_content (str): The audio file, base64-encoded; at most 15,000,000 characters.
        filename (str | Unset): Name of the audio file, for example `greeting.mp3`. Example: greeting.mp3.
    """

    base_64_content: str
    filename: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base_64_content = self.base_64_content

        filename = self.filename

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "base64Content": base_64_content,
            }
        )
        if filename is not UNSET:
            field_dict["filename"] = filename

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        base_64_content = d.pop("base64Content")

        filename = d.pop("filename", UNSET)

        autorecording_greeting_upload = cls(
            base_64_content=base_64_content,
            filename=filename,
        )

        autorecording_greeting_upload.additional_properties = d
        return autorecording_greeting_upload

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
