"""Contains all the data models used in inputs/outputs.

A model's module is imported when the model is first used, so that importing one endpoint
does not import every model of the API.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .active_routing import ActiveRouting
    from .add_group_device_request import AddGroupDeviceRequest
    from .autorecording_greeting import AutorecordingGreeting
    from .autorecording_greeting_upload import AutorecordingGreetingUpload
    from .autorecording_settings import AutorecordingSettings
    from .call_email_notification import CallEmailNotification
    from .call_email_notification_request import CallEmailNotificationRequest
    from .call_history_entry import CallHistoryEntry
    from .call_history_entry_type import CallHistoryEntryType
    from .call_notification_group import CallNotificationGroup
    from .call_participant import CallParticipant
    from .call_recording import CallRecording
    from .call_restriction_update import CallRestrictionUpdate
    from .call_restrictions import CallRestrictions
    from .call_sms_notification import CallSmsNotification
    from .call_sms_notification_request import CallSmsNotificationRequest
    from .call_status import CallStatus
    from .contact import Contact
    from .contact_address import ContactAddress
    from .contact_create_request import ContactCreateRequest
    from .contact_csv_import_request import ContactCsvImportRequest
    from .contact_email import ContactEmail
    from .contact_list import ContactList
    from .contact_phone_number import ContactPhoneNumber
    from .contact_scope import ContactScope
    from .contact_update_request import ContactUpdateRequest
    from .create_device_request import CreateDeviceRequest
    from .create_external_device_request import CreateExternalDeviceRequest
    from .create_mobile_device_request import CreateMobileDeviceRequest
    from .create_register_device_request import CreateRegisterDeviceRequest
    from .create_sms_caller_id_request import CreateSmsCallerIdRequest
    from .device import Device
    from .device_alias_update import DeviceAliasUpdate
    from .device_caller_id import DeviceCallerId
    from .device_contingent import DeviceContingent
    from .device_contingent_list import DeviceContingentList
    from .device_list import DeviceList
    from .device_local_prefix import DeviceLocalPrefix
    from .device_registration import DeviceRegistration
    from .device_settings_update import DeviceSettingsUpdate
    from .device_sim_activation import DeviceSimActivation
    from .device_sim_credentials import DeviceSimCredentials
    from .device_sim_order import DeviceSimOrder
    from .device_sim_state import DeviceSimState
    from .device_single_row_display import DeviceSingleRowDisplay
    from .device_sip_credentials import DeviceSipCredentials
    from .device_tariff_announcement import DeviceTariffAnnouncement
    from .device_type import DeviceType
    from .device_type_filter import DeviceTypeFilter
    from .directed_email_notification import DirectedEmailNotification
    from .directed_sms_notification import DirectedSmsNotification
    from .email_notification import EmailNotification
    from .endpoint import Endpoint
    from .endpoint_type import EndpointType
    from .error_body import ErrorBody
    from .error_detail import ErrorDetail
    from .error_source import ErrorSource
    from .established_call import EstablishedCall
    from .established_call_list import EstablishedCallList
    from .external_device import ExternalDevice
    from .external_device_call_display import ExternalDeviceCallDisplay
    from .external_device_call_display_update import ExternalDeviceCallDisplayUpdate
    from .external_device_target_number_update import ExternalDeviceTargetNumberUpdate
    from .fax_email_notification_request import FaxEmailNotificationRequest
    from .fax_history_entry import FaxHistoryEntry
    from .fax_history_entry_type import FaxHistoryEntryType
    from .fax_notification_group import FaxNotificationGroup
    from .fax_report_notification_request import FaxReportNotificationRequest
    from .fax_sms_notification_request import FaxSmsNotificationRequest
    from .fax_status_type import FaxStatusType
    from .faxline import Faxline
    from .faxline_alias_request import FaxlineAliasRequest
    from .faxline_caller_id import FaxlineCallerId
    from .faxline_list import FaxlineList
    from .faxline_tagline_request import FaxlineTaglineRequest
    from .group import Group
    from .group_details import GroupDetails
    from .group_faxline import GroupFaxline
    from .group_faxline_list import GroupFaxlineList
    from .group_list import GroupList
    from .group_member import GroupMember
    from .group_member_list import GroupMemberList
    from .group_voicemail import GroupVoicemail
    from .group_voicemail_list import GroupVoicemailList
    from .group_voicemail_setting import GroupVoicemailSetting
    from .history_batch_update_item import HistoryBatchUpdateItem
    from .history_direction import HistoryDirection
    from .history_entry_base import HistoryEntryBase
    from .history_entry_flag_request import HistoryEntryFlagRequest
    from .history_entry_note_request import HistoryEntryNoteRequest
    from .history_entry_status import HistoryEntryStatus
    from .history_entry_type import HistoryEntryType
    from .history_entry_update import HistoryEntryUpdate
    from .history_page import HistoryPage
    from .initiate_call_request import InitiateCallRequest
    from .initiate_call_response import InitiateCallResponse
    from .ivr_recording_request import IvrRecordingRequest
    from .mnp_state import MnpState
    from .mobile_device import MobileDevice
    from .notification_call_cause import NotificationCallCause
    from .notification_direction import NotificationDirection
    from .notification_endpoint import NotificationEndpoint
    from .notification_overview import NotificationOverview
    from .other_history_entry import OtherHistoryEntry
    from .phone_number_item import PhoneNumberItem
    from .phone_number_list import PhoneNumberList
    from .phone_number_type import PhoneNumberType
    from .phoneline import Phoneline
    from .phoneline_alias_update import PhonelineAliasUpdate
    from .phoneline_anonymous_call_target import PhonelineAnonymousCallTarget
    from .phoneline_block_anonymous import PhonelineBlockAnonymous
    from .phoneline_block_anonymous_update import PhonelineBlockAnonymousUpdate
    from .phoneline_device_assignment import PhonelineDeviceAssignment
    from .phoneline_device_list import PhonelineDeviceList
    from .phoneline_forwarding import PhonelineForwarding
    from .phoneline_forwarding_list import PhonelineForwardingList
    from .phoneline_forwarding_setting import PhonelineForwardingSetting
    from .phoneline_forwardings_update import PhonelineForwardingsUpdate
    from .phoneline_list import PhonelineList
    from .phoneline_number import PhonelineNumber
    from .phoneline_number_list import PhonelineNumberList
    from .phoneline_parallel_forwarding import PhonelineParallelForwarding
    from .phoneline_parallel_forwarding_list import PhonelineParallelForwardingList
    from .phoneline_parallel_forwarding_setting import PhonelineParallelForwardingSetting
    from .phoneline_summary import PhonelineSummary
    from .phoneline_voicemail import PhonelineVoicemail
    from .phoneline_voicemail_greeting import PhonelineVoicemailGreeting
    from .phoneline_voicemail_greeting_list import PhonelineVoicemailGreetingList
    from .phoneline_voicemail_greeting_update import PhonelineVoicemailGreetingUpdate
    from .phoneline_voicemail_greeting_upload import PhonelineVoicemailGreetingUpload
    from .phoneline_voicemail_list import PhonelineVoicemailList
    from .phoneline_voicemail_state import PhonelineVoicemailState
    from .phoneline_voicemail_transcription_update import PhonelineVoicemailTranscriptionUpdate
    from .phoneline_voicemail_update import PhonelineVoicemailUpdate
    from .phoneline_webhook_log import PhonelineWebhookLog
    from .phoneline_webhook_log_entry import PhonelineWebhookLogEntry
    from .phoneline_webhook_settings import PhonelineWebhookSettings
    from .phoneline_webhook_settings_update import PhonelineWebhookSettingsUpdate
    from .play_announcement_request import PlayAnnouncementRequest
    from .quick_dial_request import QuickDialRequest
    from .register_device import RegisterDevice
    from .resend_fax_request import ResendFaxRequest
    from .routed_endpoint import RoutedEndpoint
    from .routed_number import RoutedNumber
    from .routed_number_list import RoutedNumberList
    from .routing_type import RoutingType
    from .send_dtmf_request import SendDtmfRequest
    from .send_fax_request import SendFaxRequest
    from .send_fax_response import SendFaxResponse
    from .send_sms_request import SendSmsRequest
    from .set_call_hold_request import SetCallHoldRequest
    from .set_call_muted_request import SetCallMutedRequest
    from .set_call_recording_request import SetCallRecordingRequest
    from .set_faxline_caller_id_request import SetFaxlineCallerIdRequest
    from .sms_alias_request import SmsAliasRequest
    from .sms_caller_id import SmsCallerId
    from .sms_caller_id_list import SmsCallerIdList
    from .sms_email_notification_request import SmsEmailNotificationRequest
    from .sms_extension import SmsExtension
    from .sms_extension_list import SmsExtensionList
    from .sms_history_entry import SmsHistoryEntry
    from .sms_history_entry_type import SmsHistoryEntryType
    from .sms_notification import SmsNotification
    from .sms_notification_group import SmsNotificationGroup
    from .starred_filter import StarredFilter
    from .stored_contact_scope import StoredContactScope
    from .transfer_call_request import TransferCallRequest
    from .update_number_settings_request import UpdateNumberSettingsRequest
    from .update_sms_caller_id_request import UpdateSmsCallerIdRequest
    from .userinfo import Userinfo
    from .verify_sms_caller_id_request import VerifySmsCallerIdRequest
    from .voicemail import Voicemail
    from .voicemail_email_notification_request import VoicemailEmailNotificationRequest
    from .voicemail_greeting_recording_request import VoicemailGreetingRecordingRequest
    from .voicemail_history_entry import VoicemailHistoryEntry
    from .voicemail_history_entry_type import VoicemailHistoryEntryType
    from .voicemail_list import VoicemailList
    from .voicemail_notification_group import VoicemailNotificationGroup
    from .voicemail_playback_request import VoicemailPlaybackRequest
    from .voicemail_sms_notification_request import VoicemailSmsNotificationRequest
    from .webhook_log_entry import WebhookLogEntry
    from .webhook_log_list import WebhookLogList
    from .webhook_settings import WebhookSettings
    from .webuser import Webuser
    from .webuser_list import WebuserList

_MODULES = {
    "ActiveRouting": ".active_routing",
    "AddGroupDeviceRequest": ".add_group_device_request",
    "AutorecordingGreeting": ".autorecording_greeting",
    "AutorecordingGreetingUpload": ".autorecording_greeting_upload",
    "AutorecordingSettings": ".autorecording_settings",
    "CallEmailNotification": ".call_email_notification",
    "CallEmailNotificationRequest": ".call_email_notification_request",
    "CallHistoryEntry": ".call_history_entry",
    "CallHistoryEntryType": ".call_history_entry_type",
    "CallNotificationGroup": ".call_notification_group",
    "CallParticipant": ".call_participant",
    "CallRecording": ".call_recording",
    "CallRestrictionUpdate": ".call_restriction_update",
    "CallRestrictions": ".call_restrictions",
    "CallSmsNotification": ".call_sms_notification",
    "CallSmsNotificationRequest": ".call_sms_notification_request",
    "CallStatus": ".call_status",
    "Contact": ".contact",
    "ContactAddress": ".contact_address",
    "ContactCreateRequest": ".contact_create_request",
    "ContactCsvImportRequest": ".contact_csv_import_request",
    "ContactEmail": ".contact_email",
    "ContactList": ".contact_list",
    "ContactPhoneNumber": ".contact_phone_number",
    "ContactScope": ".contact_scope",
    "ContactUpdateRequest": ".contact_update_request",
    "CreateDeviceRequest": ".create_device_request",
    "CreateExternalDeviceRequest": ".create_external_device_request",
    "CreateMobileDeviceRequest": ".create_mobile_device_request",
    "CreateRegisterDeviceRequest": ".create_register_device_request",
    "CreateSmsCallerIdRequest": ".create_sms_caller_id_request",
    "Device": ".device",
    "DeviceAliasUpdate": ".device_alias_update",
    "DeviceCallerId": ".device_caller_id",
    "DeviceContingent": ".device_contingent",
    "DeviceContingentList": ".device_contingent_list",
    "DeviceList": ".device_list",
    "DeviceLocalPrefix": ".device_local_prefix",
    "DeviceRegistration": ".device_registration",
    "DeviceSettingsUpdate": ".device_settings_update",
    "DeviceSimActivation": ".device_sim_activation",
    "DeviceSimCredentials": ".device_sim_credentials",
    "DeviceSimOrder": ".device_sim_order",
    "DeviceSimState": ".device_sim_state",
    "DeviceSingleRowDisplay": ".device_single_row_display",
    "DeviceSipCredentials": ".device_sip_credentials",
    "DeviceTariffAnnouncement": ".device_tariff_announcement",
    "DeviceType": ".device_type",
    "DeviceTypeFilter": ".device_type_filter",
    "DirectedEmailNotification": ".directed_email_notification",
    "DirectedSmsNotification": ".directed_sms_notification",
    "EmailNotification": ".email_notification",
    "Endpoint": ".endpoint",
    "EndpointType": ".endpoint_type",
    "ErrorBody": ".error_body",
    "ErrorDetail": ".error_detail",
    "ErrorSource": ".error_source",
    "EstablishedCall": ".established_call",
    "EstablishedCallList": ".established_call_list",
    "ExternalDevice": ".external_device",
    "ExternalDeviceCallDisplay": ".external_device_call_display",
    "ExternalDeviceCallDisplayUpdate": ".external_device_call_display_update",
    "ExternalDeviceTargetNumberUpdate": ".external_device_target_number_update",
    "FaxEmailNotificationRequest": ".fax_email_notification_request",
    "FaxHistoryEntry": ".fax_history_entry",
    "FaxHistoryEntryType": ".fax_history_entry_type",
    "FaxNotificationGroup": ".fax_notification_group",
    "FaxReportNotificationRequest": ".fax_report_notification_request",
    "FaxSmsNotificationRequest": ".fax_sms_notification_request",
    "FaxStatusType": ".fax_status_type",
    "Faxline": ".faxline",
    "FaxlineAliasRequest": ".faxline_alias_request",
    "FaxlineCallerId": ".faxline_caller_id",
    "FaxlineList": ".faxline_list",
    "FaxlineTaglineRequest": ".faxline_tagline_request",
    "Group": ".group",
    "GroupDetails": ".group_details",
    "GroupFaxline": ".group_faxline",
    "GroupFaxlineList": ".group_faxline_list",
    "GroupList": ".group_list",
    "GroupMember": ".group_member",
    "GroupMemberList": ".group_member_list",
    "GroupVoicemail": ".group_voicemail",
    "GroupVoicemailList": ".group_voicemail_list",
    "GroupVoicemailSetting": ".group_voicemail_setting",
    "HistoryBatchUpdateItem": ".history_batch_update_item",
    "HistoryDirection": ".history_direction",
    "HistoryEntryBase": ".history_entry_base",
    "HistoryEntryFlagRequest": ".history_entry_flag_request",
    "HistoryEntryNoteRequest": ".history_entry_note_request",
    "HistoryEntryStatus": ".history_entry_status",
    "HistoryEntryType": ".history_entry_type",
    "HistoryEntryUpdate": ".history_entry_update",
    "HistoryPage": ".history_page",
    "InitiateCallRequest": ".initiate_call_request",
    "InitiateCallResponse": ".initiate_call_response",
    "IvrRecordingRequest": ".ivr_recording_request",
    "MnpState": ".mnp_state",
    "MobileDevice": ".mobile_device",
    "NotificationCallCause": ".notification_call_cause",
    "NotificationDirection": ".notification_direction",
    "NotificationEndpoint": ".notification_endpoint",
    "NotificationOverview": ".notification_overview",
    "OtherHistoryEntry": ".other_history_entry",
    "PhoneNumberItem": ".phone_number_item",
    "PhoneNumberList": ".phone_number_list",
    "PhoneNumberType": ".phone_number_type",
    "Phoneline": ".phoneline",
    "PhonelineAliasUpdate": ".phoneline_alias_update",
    "PhonelineAnonymousCallTarget": ".phoneline_anonymous_call_target",
    "PhonelineBlockAnonymous": ".phoneline_block_anonymous",
    "PhonelineBlockAnonymousUpdate": ".phoneline_block_anonymous_update",
    "PhonelineDeviceAssignment": ".phoneline_device_assignment",
    "PhonelineDeviceList": ".phoneline_device_list",
    "PhonelineForwarding": ".phoneline_forwarding",
    "PhonelineForwardingList": ".phoneline_forwarding_list",
    "PhonelineForwardingSetting": ".phoneline_forwarding_setting",
    "PhonelineForwardingsUpdate": ".phoneline_forwardings_update",
    "PhonelineList": ".phoneline_list",
    "PhonelineNumber": ".phoneline_number",
    "PhonelineNumberList": ".phoneline_number_list",
    "PhonelineParallelForwarding": ".phoneline_parallel_forwarding",
    "PhonelineParallelForwardingList": ".phoneline_parallel_forwarding_list",
    "PhonelineParallelForwardingSetting": ".phoneline_parallel_forwarding_setting",
    "PhonelineSummary": ".phoneline_summary",
    "PhonelineVoicemail": ".phoneline_voicemail",
    "PhonelineVoicemailGreeting": ".phoneline_voicemail_greeting",
    "PhonelineVoicemailGreetingList": ".phoneline_voicemail_greeting_list",
    "PhonelineVoicemailGreetingUpdate": ".phoneline_voicemail_greeting_update",
    "PhonelineVoicemailGreetingUpload": ".phoneline_voicemail_greeting_upload",
    "PhonelineVoicemailList": ".phoneline_voicemail_list",
    "PhonelineVoicemailState": ".phoneline_voicemail_state",
    "PhonelineVoicemailTranscriptionUpdate": ".phoneline_voicemail_transcription_update",
    "PhonelineVoicemailUpdate": ".phoneline_voicemail_update",
    "PhonelineWebhookLog": ".phoneline_webhook_log",
    "PhonelineWebhookLogEntry": ".phoneline_webhook_log_entry",
    "PhonelineWebhookSettings": ".phoneline_webhook_settings",
    "PhonelineWebhookSettingsUpdate": ".phoneline_webhook_settings_update",
    "PlayAnnouncementRequest": ".play_announcement_request",
    "QuickDialRequest": ".quick_dial_request",
    "RegisterDevice": ".register_device",
    "ResendFaxRequest": ".resend_fax_request",
    "RoutedEndpoint": ".routed_endpoint",
    "RoutedNumber": ".routed_number",
    "RoutedNumberList": ".routed_number_list",
    "RoutingType": ".routing_type",
    "SendDtmfRequest": ".send_dtmf_request",
    "SendFaxRequest": ".send_fax_request",
    "SendFaxResponse": ".send_fax_response",
    "SendSmsRequest": ".send_sms_request",
    "SetCallHoldRequest": ".set_call_hold_request",
    "SetCallMutedRequest": ".set_call_muted_request",
    "SetCallRecordingRequest": ".set_call_recording_request",
    "SetFaxlineCallerIdRequest": ".set_faxline_caller_id_request",
    "SmsAliasRequest": ".sms_alias_request",
    "SmsCallerId": ".sms_caller_id",
    "SmsCallerIdList": ".sms_caller_id_list",
    "SmsEmailNotificationRequest": ".sms_email_notification_request",
    "SmsExtension": ".sms_extension",
    "SmsExtensionList": ".sms_extension_list",
    "SmsHistoryEntry": ".sms_history_entry",
    "SmsHistoryEntryType": ".sms_history_entry_type",
    "SmsNotification": ".sms_notification",
    "SmsNotificationGroup": ".sms_notification_group",
    "StarredFilter": ".starred_filter",
    "StoredContactScope": ".stored_contact_scope",
    "TransferCallRequest": ".transfer_call_request",
    "UpdateNumberSettingsRequest": ".update_number_settings_request",
    "UpdateSmsCallerIdRequest": ".update_sms_caller_id_request",
    "Userinfo": ".userinfo",
    "VerifySmsCallerIdRequest": ".verify_sms_caller_id_request",
    "Voicemail": ".voicemail",
    "VoicemailEmailNotificationRequest": ".voicemail_email_notification_request",
    "VoicemailGreetingRecordingRequest": ".voicemail_greeting_recording_request",
    "VoicemailHistoryEntry": ".voicemail_history_entry",
    "VoicemailHistoryEntryType": ".voicemail_history_entry_type",
    "VoicemailList": ".voicemail_list",
    "VoicemailNotificationGroup": ".voicemail_notification_group",
    "VoicemailPlaybackRequest": ".voicemail_playback_request",
    "VoicemailSmsNotificationRequest": ".voicemail_sms_notification_request",
    "WebhookLogEntry": ".webhook_log_entry",
    "WebhookLogList": ".webhook_log_list",
    "WebhookSettings": ".webhook_settings",
    "Webuser": ".webuser",
    "WebuserList": ".webuser_list",
}

__all__ = (
    "ActiveRouting",
    "AddGroupDeviceRequest",
    "AutorecordingGreeting",
    "AutorecordingGreetingUpload",
    "AutorecordingSettings",
    "CallEmailNotification",
    "CallEmailNotificationRequest",
    "CallHistoryEntry",
    "CallHistoryEntryType",
    "CallNotificationGroup",
    "CallParticipant",
    "CallRecording",
    "CallRestrictions",
    "CallRestrictionUpdate",
    "CallSmsNotification",
    "CallSmsNotificationRequest",
    "CallStatus",
    "Contact",
    "ContactAddress",
    "ContactCreateRequest",
    "ContactCsvImportRequest",
    "ContactEmail",
    "ContactList",
    "ContactPhoneNumber",
    "ContactScope",
    "ContactUpdateRequest",
    "CreateDeviceRequest",
    "CreateExternalDeviceRequest",
    "CreateMobileDeviceRequest",
    "CreateRegisterDeviceRequest",
    "CreateSmsCallerIdRequest",
    "Device",
    "DeviceAliasUpdate",
    "DeviceCallerId",
    "DeviceContingent",
    "DeviceContingentList",
    "DeviceList",
    "DeviceLocalPrefix",
    "DeviceRegistration",
    "DeviceSettingsUpdate",
    "DeviceSimActivation",
    "DeviceSimCredentials",
    "DeviceSimOrder",
    "DeviceSimState",
    "DeviceSingleRowDisplay",
    "DeviceSipCredentials",
    "DeviceTariffAnnouncement",
    "DeviceType",
    "DeviceTypeFilter",
    "DirectedEmailNotification",
    "DirectedSmsNotification",
    "EmailNotification",
    "Endpoint",
    "EndpointType",
    "ErrorBody",
    "ErrorDetail",
    "ErrorSource",
    "EstablishedCall",
    "EstablishedCallList",
    "ExternalDevice",
    "ExternalDeviceCallDisplay",
    "ExternalDeviceCallDisplayUpdate",
    "ExternalDeviceTargetNumberUpdate",
    "FaxEmailNotificationRequest",
    "FaxHistoryEntry",
    "FaxHistoryEntryType",
    "Faxline",
    "FaxlineAliasRequest",
    "FaxlineCallerId",
    "FaxlineList",
    "FaxlineTaglineRequest",
    "FaxNotificationGroup",
    "FaxReportNotificationRequest",
    "FaxSmsNotificationRequest",
    "FaxStatusType",
    "Group",
    "GroupDetails",
    "GroupFaxline",
    "GroupFaxlineList",
    "GroupList",
    "GroupMember",
    "GroupMemberList",
    "GroupVoicemail",
    "GroupVoicemailList",
    "GroupVoicemailSetting",
    "HistoryBatchUpdateItem",
    "HistoryDirection",
    "HistoryEntryBase",
    "HistoryEntryFlagRequest",
    "HistoryEntryNoteRequest",
    "HistoryEntryStatus",
    "HistoryEntryType",
    "HistoryEntryUpdate",
    "HistoryPage",
    "InitiateCallRequest",
    "InitiateCallResponse",
    "IvrRecordingRequest",
    "MnpState",
    "MobileDevice",
    "NotificationCallCause",
    "NotificationDirection",
    "NotificationEndpoint",
    "NotificationOverview",
    "OtherHistoryEntry",
    "Phoneline",
    "PhonelineAliasUpdate",
    "PhonelineAnonymousCallTarget",
    "PhonelineBlockAnonymous",
    "PhonelineBlockAnonymousUpdate",
    "PhonelineDeviceAssignment",
    "PhonelineDeviceList",
    "PhonelineForwarding",
    "PhonelineForwardingList",
    "PhonelineForwardingSetting",
    "PhonelineForwardingsUpdate",
    "PhonelineList",
    "PhonelineNumber",
    "PhonelineNumberList",
    "PhonelineParallelForwarding",
    "PhonelineParallelForwardingList",
    "PhonelineParallelForwardingSetting",
    "PhonelineSummary",
    "PhonelineVoicemail",
    "PhonelineVoicemailGreeting",
    "PhonelineVoicemailGreetingList",
    "PhonelineVoicemailGreetingUpdate",
    "PhonelineVoicemailGreetingUpload",
    "PhonelineVoicemailList",
    "PhonelineVoicemailState",
    "PhonelineVoicemailTranscriptionUpdate",
    "PhonelineVoicemailUpdate",
    "PhonelineWebhookLog",
    "PhonelineWebhookLogEntry",
    "PhonelineWebhookSettings",
    "PhonelineWebhookSettingsUpdate",
    "PhoneNumberItem",
    "PhoneNumberList",
    "PhoneNumberType",
    "PlayAnnouncementRequest",
    "QuickDialRequest",
    "RegisterDevice",
    "ResendFaxRequest",
    "RoutedEndpoint",
    "RoutedNumber",
    "RoutedNumberList",
    "RoutingType",
    "SendDtmfRequest",
    "SendFaxRequest",
    "SendFaxResponse",
    "SendSmsRequest",
    "SetCallHoldRequest",
    "SetCallMutedRequest",
    "SetCallRecordingRequest",
    "SetFaxlineCallerIdRequest",
    "SmsAliasRequest",
    "SmsCallerId",
    "SmsCallerIdList",
    "SmsEmailNotificationRequest",
    "SmsExtension",
    "SmsExtensionList",
    "SmsHistoryEntry",
    "SmsHistoryEntryType",
    "SmsNotification",
    "SmsNotificationGroup",
    "StarredFilter",
    "StoredContactScope",
    "TransferCallRequest",
    "UpdateNumberSettingsRequest",
    "UpdateSmsCallerIdRequest",
    "Userinfo",
    "VerifySmsCallerIdRequest",
    "Voicemail",
    "VoicemailEmailNotificationRequest",
    "VoicemailGreetingRecordingRequest",
    "VoicemailHistoryEntry",
    "VoicemailHistoryEntryType",
    "VoicemailList",
    "VoicemailNotificationGroup",
    "VoicemailPlaybackRequest",
    "VoicemailSmsNotificationRequest",
    "WebhookLogEntry",
    "WebhookLogList",
    "WebhookSettings",
    "Webuser",
    "WebuserList",
)


def __getattr__(name: str) -> Any:
    try:
        module = _MODULES[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value
