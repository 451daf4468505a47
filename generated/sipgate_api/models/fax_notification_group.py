from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.directed_email_notification import DirectedEmailNotification
    from ..models.directed_sms_notification import DirectedSmsNotification
    from ..models.email_notification import EmailNotification


T = TypeVar("T", bound="FaxNotificationGroup")


@_attrs_define
class FaxNotificationGroup:
    """The fax notifications of one fax line.

    Attributes:
        endpoint_id (str | Unset): Extension id, for example `p0`, `f0` or `v0`. Example: p0.
        endpoint_alias (str | Unset): Display name of the extension.
        emails (list[DirectedEmailNotification] | Unset):
        sms (list[DirectedSmsNotification] | Unset):
        reports (list[EmailNotification] | Unset): Addresses that receive transmission reports.
    """

    endpoint_id: str | Unset = UNSET
    endpoint_alias: str | Unset = UNSET
    emails: list[DirectedEmailNotification] | Unset = UNSET
    sms: list[DirectedSmsNotification] | Unset = UNSET
    reports: list[EmailNotification] | Unset = UNSET
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

        sms: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sms, Unset):
            sms = []
            for sms_item_data in self.sms:
                sms_item = sms_item_data.to_dict()
                sms.append(sms_item)

        reports: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reports, Unset):
            reports = []
            for reports_item_data in self.reports:
                reports_item = reports_item_data.to_dict()
                reports.append(reports_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if endpoint_id is not UNSET:
            field_dict["endpointId"] = endpoint_id
        if endpoint_alias is not UNSET:
            field_dict["endpointAlias"] = endpoint_alias
        if emails is not UNSET:
            field_dict["emails"] = emails
        if sms is not UNSET:
            field_dict["sms"] = sms
        if reports is not UNSET:
            field_dict["reports"] = reports

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.directed_email_notification import DirectedEmailNotification  # noqa: PLC0415
        from ..models.directed_sms_notification import DirectedSmsNotification  # noqa: PLC0415
        from ..models.email_notification import EmailNotification  # noqa: PLC0415

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

        _sms = d.pop("sms", UNSET)
        sms: list[DirectedSmsNotification] | Unset = UNSET
        if _sms is not UNSET:
            sms = []
            for sms_item_data in _sms:
                sms_item = DirectedSmsNotification.from_dict(sms_item_data)

                sms.append(sms_item)

        _reports = d.pop("reports", UNSET)
        reports: list[EmailNotification] | Unset = UNSET
        if _reports is not UNSET:
            reports = []
            for reports_item_data in _reports:
                reports_item = EmailNotification.from_dict(reports_item_data)

                reports.append(reports_item)

        fax_notification_group = cls(
            endpoint_id=endpoint_id,
            endpoint_alias=endpoint_alias,
            emails=emails,
            sms=sms,
            reports=reports,
        )

        fax_notification_group.additional_properties = d
        return fax_notification_group

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
