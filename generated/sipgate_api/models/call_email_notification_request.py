from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_call_cause import NotificationCallCause
from ..models.notification_direction import NotificationDirection

T = TypeVar("T", bound="CallEmailNotificationRequest")


@_attrs_define
class CallEmailNotificationRequest:
    """
    Attributes:
        endpoint_id (str): Extension whose calls are reported, for example a phoneline `p0`. Example: p0.
        direction (NotificationDirection): Whether incoming or outgoing calls or faxes are reported.
        cause (NotificationCallCause): Which calls are reported, by outcome.
        email (str): Address to write to. Example: office@example.com.
    """

    endpoint_id: str
    direction: NotificationDirection
    cause: NotificationCallCause
    email: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        endpoint_id = self.endpoint_id

        direction = self.direction.value

        cause = self.cause.value

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "endpointId": endpoint_id,
                "direction": direction,
                "cause": cause,
                "email": email,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        endpoint_id = d.pop("endpointId")

        direction = NotificationDirection(d.pop("direction"))

        cause = NotificationCallCause(d.pop("cause"))

        email = d.pop("email")

        call_email_notification_request = cls(
            endpoint_id=endpoint_id,
            direction=direction,
            cause=cause,
            email=email,
        )

        call_email_notification_request.additional_properties = d
        return call_email_notification_request

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
