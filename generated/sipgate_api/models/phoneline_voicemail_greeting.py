from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PhonelineVoicemailGreeting")


@_attrs_define
class PhonelineVoicemailGreeting:
    """An announcement a voicemail box can play.

    Attributes:
        id (str): Id of the greeting.
        alias (str | Unset): Display name.
        greeting_url (str | Unset): Where the audio can be downloaded.
        recording_enabled (bool | Unset): Whether a message is recorded after the greeting has played.
        active (bool | Unset): Whether this greeting is the one in use.
    """

    id: str
    alias: str | Unset = UNSET
    greeting_url: str | Unset = UNSET
    recording_enabled: bool | Unset = UNSET
    active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        alias = self.alias

        greeting_url = self.greeting_url

        recording_enabled = self.recording_enabled

        active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if alias is not UNSET:
            field_dict["alias"] = alias
        if greeting_url is not UNSET:
            field_dict["greetingUrl"] = greeting_url
        if recording_enabled is not UNSET:
            field_dict["recordingEnabled"] = recording_enabled
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        alias = d.pop("alias", UNSET)

        greeting_url = d.pop("greetingUrl", UNSET)

        recording_enabled = d.pop("recordingEnabled", UNSET)

        active = d.pop("active", UNSET)

        phoneline_voicemail_greeting = cls(
            id=id,
            alias=alias,
            greeting_url=greeting_url,
            recording_enabled=recording_enabled,
            active=active,
        )

        phoneline_voicemail_greeting.additional_properties = d
        return phoneline_voicemail_greeting

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
