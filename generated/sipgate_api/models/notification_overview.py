from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_notification_group import CallNotificationGroup
    from ..models.fax_notification_group import FaxNotificationGroup
    from ..models.sms_notification_group import SmsNotificationGroup
    from ..models.voicemail_notification_group import VoicemailNotificationGroup


T = TypeVar("T", bound="NotificationOverview")


@_attrs_define
class NotificationOverview:
    """A user's notifications, one list per kind of event.

    Attributes:
        call (list[CallNotificationGroup] | Unset):
        fax (list[FaxNotificationGroup] | Unset):
        sms (list[SmsNotificationGroup] | Unset):
        voicemail (list[VoicemailNotificationGroup] | Unset):
    """

    call: list[CallNotificationGroup] | Unset = UNSET
    fax: list[FaxNotificationGroup] | Unset = UNSET
    sms: list[SmsNotificationGroup] | Unset = UNSET
    voicemail: list[VoicemailNotificationGroup] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.call, Unset):
            call = []
            for call_item_data in self.call:
                call_item = call_item_data.to_dict()
                call.append(call_item)

        fax: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fax, Unset):
            fax = []
            for fax_item_data in self.fax:
                fax_item = fax_item_data.to_dict()
                fax.append(fax_item)

        sms: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sms, Unset):
            sms = []
            for sms_item_data in self.sms:
                sms_item = sms_item_data.to_dict()
                sms.append(sms_item)

        voicemail: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.voicemail, Unset):
            voicemail = []
            for voicemail_item_data in self.voicemail:
                voicemail_item = voicemail_item_data.to_dict()
                voicemail.append(voicemail_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if call is not UNSET:
            field_dict["call"] = call
        if fax is not UNSET:
            field_dict["fax"] = fax
        if sms is not UNSET:
            field_dict["sms"] = sms
        if voicemail is not UNSET:
            field_dict["voicemail"] = voicemail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_notification_group import CallNotificationGroup  # noqa: PLC0415
        from ..models.fax_notification_group import FaxNotificationGroup  # noqa: PLC0415
        from ..models.sms_notification_group import SmsNotificationGroup  # noqa: PLC0415
        from ..models.voicemail_notification_group import VoicemailNotificationGroup  # noqa: PLC0415

        d = dict(src_dict)
        _call = d.pop("call", UNSET)
        call: list[CallNotificationGroup] | Unset = UNSET
        if _call is not UNSET:
            call = []
            for call_item_data in _call:
                call_item = CallNotificationGroup.from_dict(call_item_data)

                call.append(call_item)

        _fax = d.pop("fax", UNSET)
        fax: list[FaxNotificationGroup] | Unset = UNSET
        if _fax is not UNSET:
            fax = []
            for fax_item_data in _fax:
                fax_item = FaxNotificationGroup.from_dict(fax_item_data)

                fax.append(fax_item)

        _sms = d.pop("sms", UNSET)
        sms: list[SmsNotificationGroup] | Unset = UNSET
        if _sms is not UNSET:
            sms = []
            for sms_item_data in _sms:
                sms_item = SmsNotificationGroup.from_dict(sms_item_data)

                sms.append(sms_item)

        _voicemail = d.pop("voicemail", UNSET)
        voicemail: list[VoicemailNotificationGroup] | Unset = UNSET
        if _voicemail is not UNSET:
            voicemail = []
            for voicemail_item_data in _voicemail:
                voicemail_item = VoicemailNotificationGroup.from_dict(voicemail_item_data)

                voicemail.append(voicemail_item)

        notification_overview = cls(
            call=call,
            fax=fax,
            sms=sms,
            voicemail=voicemail,
        )

        notification_overview.additional_properties = d
        return notification_overview

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
