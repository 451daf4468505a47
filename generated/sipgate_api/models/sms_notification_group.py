from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.directed_email_notification import DirectedEmailNotification


T = TypeVar("T", bound="SmsNotificationGroup")


@_attrs_define
class SmsNotificationGroup:
    """The notifications about text messages arriving on one extension.

    Attributes:
        endpoint_id (str | Unset): Extension id, for example `p0`, `f0` or `v0`. Example: p0.
        endpoint_alias (str | Unset): Display name of the extension.
        emails (list[DirectedEmailNotification] | Unset):
    """

    endpoint_id: str | Unset = UNSET
    endpoint_alias: str | Unset = UNSET
    emails: list[DirectedEmailNotification] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        endpoint_id = self.endpoint_id

        endpoint_alias = self.endpoint_alias

        emails: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.emails, Unset):
            emails = []
            for emails_item_data in self.emails:
                emails_item = emails_item_data.to_dict()
                emails.append(emails_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if endpoint_id is not UNSET:
            field_dict["endpointId"] = endpoint_id
        if endpoint_alias is not UNSET:
            field_dict["endpointAlias"] = endpoint_alias
        if emails is not UNSET:
            field_dict["emails"] = emails

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.directed_email_notification import DirectedEmailNotification  # noqa: PLC0415

        d = dict(src_dict)
        endpoint_id = d.pop("endpointId", UNSET)

        endpoint_alias = d.pop("endpointAlias", UNSET)

        _emails = d.pop("emails", UNSET)
        emails: list[DirectedEmailNotification] | Unset = UNSET
        if _emails is not UNSET:
            emails = []
            for emails_item_data in _emails:
                emails_item = DirectedEmailNotification.from_dict(emails_item_data)

                emails.append(emails_item)

        sms_notification_group = cls(
            endpoint_id=endpoint_id,
            endpoint_alias=endpoint_alias,
            emails=emails,
        )

        sms_notification_group.additional_properties = d
        return sms_notification_group

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
