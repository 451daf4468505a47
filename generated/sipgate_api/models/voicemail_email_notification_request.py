from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VoicemailEmailNotificationRequest")


@_attrs_define
class VoicemailEmailNotificationRequest:
    """
    Attributes:
        voicemail_id (str): Voicemail box whose messages are reported. Example: v0.
        email (str): Address to write to. Example: office@example.com.
    """

    voicemail_id: str
    email: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voicemail_id = self.voicemail_id

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "voicemailId": voicemail_id,
                "email": email,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        voicemail_id = d.pop("voicemailId")

        email = d.pop("email")

        voicemail_email_notification_request = cls(
            voicemail_id=voicemail_id,
            email=email,
        )

        voicemail_email_notification_request.additional_properties = d
        return voicemail_email_notification_request

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
