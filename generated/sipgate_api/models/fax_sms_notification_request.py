from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_direction import NotificationDirection

T = TypeVar("T", bound="FaxSmsNotificationRequest")


@_attrs_define
class FaxSmsNotificationRequest:
    """
    Attributes:
        faxline_id (str): Fax line whose faxes are reported. Example: f0.
        direction (NotificationDirection): Whether incoming or outgoing calls or faxes are reported.
        number (str): Mobile number to text, preferably in international format. Example: 4915799912345.
    """

    faxline_id: str
    direction: NotificationDirection
    number: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        faxline_id = self.faxline_id

        direction = self.direction.value

        number = self.number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "faxlineId": faxline_id,
                "direction": direction,
                "number": number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        faxline_id = d.pop("faxlineId")

        direction = NotificationDirection(d.pop("direction"))

        number = d.pop("number")

        fax_sms_notification_request = cls(
            faxline_id=faxline_id,
            direction=direction,
            number=number,
        )

        fax_sms_notification_request.additional_properties = d
        return fax_sms_notification_request

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
