from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupVoicemail")


@_attrs_define
class GroupVoicemail:
    """A voicemail box of a group with its settings.

    Attributes:
        id (str): Extension id of the voicemail box. Example: v1.
        alias (str | Unset): Display name.
        timeout (int | Unset): Seconds of ringing before the box answers. Example: 20.
        active (bool | Unset): Whether the box answers calls at all.
        transcription (bool | Unset): Whether messages are transcribed to text.
        can_transcribe (bool | Unset): Whether transcription can be switched on.
        transcriptions_url (str | Unset): Address of the transcription setting.
        greetings_url (str | Unset): Address of the box's greetings.
        active_greeting_alias (str | Unset): Name of the greeting that is played.
        active_greeting_id (str | Unset): Id of the greeting that is played.
        access_number (str | Unset): Number to dial to listen to the box. Example: 50000.
    """

    id: str
    alias: str | Unset = UNSET
    timeout: int | Unset = UNSET
    active: bool | Unset = UNSET
    transcription: bool | Unset = UNSET
    can_transcribe: bool | Unset = UNSET
    transcriptions_url: str | Unset = UNSET
    greetings_url: str | Unset = UNSET
    active_greeting_alias: str | Unset = UNSET
    active_greeting_id: str | Unset = UNSET
    access_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        alias = self.alias

        timeout = self.timeout

        active = self.active

        transcription = self.transcription

        can_transcribe = self.can_transcribe

        transcriptions_url = self.transcriptions_url

        greetings_url = self.greetings_url

        active_greeting_alias = self.active_greeting_alias

        active_greeting_id = self.active_greeting_id

        access_number = self.access_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if alias is not UNSET:
            field_dict["alias"] = alias
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if active is not UNSET:
            field_dict["active"] = active
        if transcription is not UNSET:
            field_dict["transcription"] = transcription
        if can_transcribe is not UNSET:
            field_dict["canTranscribe"] = can_transcribe
        if transcriptions_url is not UNSET:
            field_dict["transcriptionsUrl"] = transcriptions_url
        if greetings_url is not UNSET:
            field_dict["greetingsUrl"] = greetings_url
        if active_greeting_alias is not UNSET:
            field_dict["activeGreetingAlias"] = active_greeting_alias
        if active_greeting_id is not UNSET:
            field_dict["activeGreetingId"] = active_greeting_id
        if access_number is not UNSET:
            field_dict["accessNumber"] = access_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        alias = d.pop("alias", UNSET)

        timeout = d.pop("timeout", UNSET)

        active = d.pop("active", UNSET)

        transcription = d.pop("transcription", UNSET)

        can_transcribe = d.pop("canTranscribe", UNSET)

        transcriptions_url = d.pop("transcriptionsUrl", UNSET)

        greetings_url = d.pop("greetingsUrl", UNSET)

        active_greeting_alias = d.pop("activeGreetingAlias", UNSET)

        active_greeting_id = d.pop("activeGreetingId", UNSET)

        access_number = d.pop("accessNumber", UNSET)

        group_voicemail = cls(
            id=id,
            alias=alias,
            timeout=timeout,
            active=active,
            transcription=transcription,
            can_transcribe=can_transcribe,
            transcriptions_url=transcriptions_url,
            greetings_url=greetings_url,
            active_greeting_alias=active_greeting_alias,
            active_greeting_id=active_greeting_id,
            access_number=access_number,
        )

        group_voicemail.additional_properties = d
        return group_voicemail

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
