from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VoicemailSmsNotificationRequest")


@_attrs_define
class VoicemailSmsNotificationRequest:
    """
    Attributes:
        voicemail_id (str): Voicemail box whose messages are reported. Example: v0.
        number (str): Mobile number to text, preferably in international format. Example: 4915799912345.
    """

    voicemail_id: str
    number: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voicemail_id = self.voicemail_id

        number = self.number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "voicemailId": voicemail_id,
                "number": number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        voicemail_id = d.pop("voicemailId")

        number = d.pop("number")

        voicemail_sms_notification_request = cls(
            voicemail_id=voicemail_id,
            number=number,
        )

        voicemail_sms_notification_request.additional_properties = d
        return voicemail_sms_notification_request

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
