from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_direction import NotificationDirection
from ..types import UNSET, Unset

T = TypeVar("T", bound="DirectedEmailNotification")


@_attrs_define
class DirectedEmailNotification:
    """An e-mail notification about events of one direction.

    Attributes:
        id (str): Id of the notification, used to delete it.
        email (str | Unset): Address the notification goes to.
        direction (NotificationDirection | str | Unset): Known values: see `NotificationDirection`.
    """

    id: str
    email: str | Unset = UNSET
    direction: NotificationDirection | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email = self.email

        direction: str | Unset
        if isinstance(self.direction, Unset):
            direction = UNSET
        elif isinstance(self.direction, NotificationDirection):
            direction = self.direction.value
        else:
            direction = self.direction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if direction is not UNSET:
            field_dict["direction"] = direction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        email = d.pop("email", UNSET)

        def _parse_direction(data: object) -> NotificationDirection | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                direction_type_0 = NotificationDirection(data)

                return direction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NotificationDirection | str | Unset, data)

        direction = _parse_direction(d.pop("direction", UNSET))

        directed_email_notification = cls(
            id=id,
            email=email,
            direction=direction,
        )

        directed_email_notification.additional_properties = d
        return directed_email_notification

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
