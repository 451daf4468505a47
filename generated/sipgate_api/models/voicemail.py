from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.endpoint import Endpoint


T = TypeVar("T", bound="Voicemail")


@_attrs_define
class Voicemail:
    """
    Attributes:
        id (str):  Example: v0.
        alias (str | Unset):
        belongs_to_endpoint (Endpoint | Unset): An extension of the account.
        transcription (bool | Unset): Whether messages are transcribed to text.
        can_transcribe (bool | Unset): Whether transcription can be switched on.
        active_greeting_alias (str | Unset):
        active_greeting_id (str | Unset):
        access_number (str | Unset): Number to dial to listen to the box.
    """

    id: str
    alias: str | Unset = UNSET
    belongs_to_endpoint: Endpoint | Unset = UNSET
    transcription: bool | Unset = UNSET
    can_transcribe: bool | Unset = UNSET
    active_greeting_alias: str | Unset = UNSET
    active_greeting_id: str | Unset = UNSET
    access_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        alias = self.alias

        belongs_to_endpoint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.belongs_to_endpoint, Unset):
            belongs_to_endpoint = self.belongs_to_endpoint.to_dict()

        transcription = self.transcription

        can_transcribe = self.can_transcribe

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
        if belongs_to_endpoint is not UNSET:
            field_dict["belongsToEndpoint"] = belongs_to_endpoint
        if transcription is not UNSET:
            field_dict["transcription"] = transcription
        if can_transcribe is not UNSET:
            field_dict["canTranscribe"] = can_transcribe
        if active_greeting_alias is not UNSET:
            field_dict["activeGreetingAlias"] = active_greeting_alias
        if active_greeting_id is not UNSET:
            field_dict["activeGreetingId"] = active_greeting_id
        if access_number is not UNSET:
            field_dict["accessNumber"] = access_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.endpoint import Endpoint  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        alias = d.pop("alias", UNSET)

        _belongs_to_endpoint = d.pop("belongsToEndpoint", UNSET)
        belongs_to_endpoint: Endpoint | Unset
        if isinstance(_belongs_to_endpoint, Unset):
            belongs_to_endpoint = UNSET
        else:
            belongs_to_endpoint = Endpoint.from_dict(_belongs_to_endpoint)

        transcription = d.pop("transcription", UNSET)

        can_transcribe = d.pop("canTranscribe", UNSET)

        active_greeting_alias = d.pop("activeGreetingAlias", UNSET)

        active_greeting_id = d.pop("activeGreetingId", UNSET)

        access_number = d.pop("accessNumber", UNSET)

        voicemail = cls(
            id=id,
            alias=alias,
            belongs_to_endpoint=belongs_to_endpoint,
            transcription=transcription,
            can_transcribe=can_transcribe,
            active_greeting_alias=active_greeting_alias,
            active_greeting_id=active_greeting_id,
            access_number=access_number,
        )

        voicemail.additional_properties = d
        return voicemail

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
