"""Contains all the data models used in inputs/outputs.

A model's module is imported when the model is first used, so that importing one endpoint
does not import every model of the API.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account import Account
    from .account_balance import AccountBalance
    from .account_history_lifetime import AccountHistoryLifetime
    from .account_product_type import AccountProductType
    from .account_restriction import AccountRestriction
    from .account_restriction_item import AccountRestrictionItem
    from .account_restriction_list import AccountRestrictionList
    from .account_verification_request import AccountVerificationRequest
    from .active_routing import ActiveRouting
    from .add_group_device_request import AddGroupDeviceRequest
    from .api_urls import ApiUrls
    from .app_event import AppEvent
    from .app_event_list import AppEventList
    from .app_event_payload import AppEventPayload
    from .app_links import AppLinks
    from .app_properties import AppProperties
    from .autorecording_greeting import AutorecordingGreeting
    from .autorecording_greeting_upload import AutorecordingGreetingUpload
    from .autorecording_settings import AutorecordingSettings
    from .blocked_number import BlockedNumber
    from .blocked_number_list import BlockedNumberList
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
    from .change_password_request import ChangePasswordRequest
    from .channel_event import ChannelEvent
    from .channel_event_list import ChannelEventList
    from .contact import Contact
    from .contact_address import ContactAddress
    from .contact_create_request import ContactCreateRequest
    from .contact_csv_import_request import ContactCsvImportRequest
    from .contact_delete_request import ContactDeleteRequest
    from .contact_delete_scope import ContactDeleteScope
    from .contact_email import ContactEmail
    from .contact_google_import_request import ContactGoogleImportRequest
    from .contact_list import ContactList
    from .contact_phone_number import ContactPhoneNumber
    from .contact_scope import ContactScope
    from .contact_scope_filter import ContactScopeFilter
    from .contact_update_request import ContactUpdateRequest
    from .contact_vcard import ContactVcard
    from .contact_vcard_meta import ContactVcardMeta
    from .contact_vcard_page import ContactVcardPage
    from .contact_vcard_properties import ContactVcardProperties
    from .contact_vcard_stored import ContactVcardStored
    from .contact_vcard_value import ContactVcardValue
    from .contact_vcard_write_item import ContactVcardWriteItem
    from .contact_vcard_write_request import ContactVcardWriteRequest
    from .contact_vcard_write_result import ContactVcardWriteResult
    from .contact_website import ContactWebsite
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
    from .identity_verification import IdentityVerification
    from .identity_verification_state import IdentityVerificationState
    from .initiate_call_request import InitiateCallRequest
    from .initiate_call_response import InitiateCallResponse
    from .internal_contact import InternalContact
    from .internal_contact_list import InternalContactList
    from .ivr_recording_request import IvrRecordingRequest
    from .mnp_state import MnpState
    from .mobile_device import MobileDevice
    from .notification_call_cause import NotificationCallCause
    from .notification_direction import NotificationDirection
    from .notification_endpoint import NotificationEndpoint
    from .notification_overview import NotificationOverview
    from .o_auth_client import OAuthClient
    from .o_auth_client_legal_urls import OAuthClientLegalUrls
    from .o_auth_client_list import OAuthClientList
    from .o_auth_client_request import OAuthClientRequest
    from .o_auth_code_challenge_method import OAuthCodeChallengeMethod
    from .o_auth_grant_type import OAuthGrantType
    from .o_auth_realm_name import OAuthRealmName
    from .o_auth_response_type import OAuthResponseType
    from .o_auth_token_request import OAuthTokenRequest
    from .o_auth_token_response import OAuthTokenResponse
    from .other_history_entry import OtherHistoryEntry
    from .password_reset_request import PasswordResetRequest
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
    from .porting import Porting
    from .porting_list import PortingList
    from .porting_number import PortingNumber
    from .postal_address import PostalAddress
    from .postal_address_count import PostalAddressCount
    from .postal_address_list import PostalAddressList
    from .postal_address_update_request import PostalAddressUpdateRequest
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
    from .terms_acceptance import TermsAcceptance
    from .transfer_call_request import TransferCallRequest
    from .translations import Translations
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
    from .webuser_busy_on_busy_request import WebuserBusyOnBusyRequest
    from .webuser_default_device_request import WebuserDefaultDeviceRequest
    from .webuser_list import WebuserList
    from .webuser_location_request import WebuserLocationRequest
    from .webuser_role_request import WebuserRoleRequest

_MODULES = {
    "Account": ".account",
    "AccountBalance": ".account_balance",
    "AccountHistoryLifetime": ".account_history_lifetime",
    "AccountProductType": ".account_product_type",
    "AccountRestriction": ".account_restriction",
    "AccountRestrictionItem": ".account_restriction_item",
    "AccountRestrictionList": ".account_restriction_list",
    "AccountVerificationRequest": ".account_verification_request",
    "ActiveRouting": ".active_routing",
    "AddGroupDeviceRequest": ".add_group_device_request",
    "ApiUrls": ".api_urls",
    "AppEvent": ".app_event",
    "AppEventList": ".app_event_list",
    "AppEventPayload": ".app_event_payload",
    "AppLinks": ".app_links",
    "AppProperties": ".app_properties",
    "AutorecordingGreeting": ".autorecording_greeting",
    "AutorecordingGreetingUpload": ".autorecording_greeting_upload",
    "AutorecordingSettings": ".autorecording_settings",
    "BlockedNumber": ".blocked_number",
    "BlockedNumberList": ".blocked_number_list",
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
    "ChangePasswordRequest": ".change_password_request",
    "ChannelEvent": ".channel_event",
    "ChannelEventList": ".channel_event_list",
    "Contact": ".contact",
    "ContactAddress": ".contact_address",
    "ContactCreateRequest": ".contact_create_request",
    "ContactCsvImportRequest": ".contact_csv_import_request",
    "ContactDeleteRequest": ".contact_delete_request",
    "ContactDeleteScope": ".contact_delete_scope",
    "ContactEmail": ".contact_email",
    "ContactGoogleImportRequest": ".contact_google_import_request",
    "ContactList": ".contact_list",
    "ContactPhoneNumber": ".contact_phone_number",
    "ContactScope": ".contact_scope",
    "ContactScopeFilter": ".contact_scope_filter",
    "ContactUpdateRequest": ".contact_update_request",
    "ContactVcard": ".contact_vcard",
    "ContactVcardMeta": ".contact_vcard_meta",
    "ContactVcardPage": ".contact_vcard_page",
    "ContactVcardProperties": ".contact_vcard_properties",
    "ContactVcardStored": ".contact_vcard_stored",
    "ContactVcardValue": ".contact_vcard_value",
    "ContactVcardWriteItem": ".contact_vcard_write_item",
    "ContactVcardWriteRequest": ".contact_vcard_write_request",
    "ContactVcardWriteResult": ".contact_vcard_write_result",
    "ContactWebsite": ".contact_website",
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
    "IdentityVerification": ".identity_verification",
    "IdentityVerificationState": ".identity_verification_state",
    "InitiateCallRequest": ".initiate_call_request",
    "InitiateCallResponse": ".initiate_call_response",
    "InternalContact": ".internal_contact",
    "InternalContactList": ".internal_contact_list",
    "IvrRecordingRequest": ".ivr_recording_request",
    "MnpState": ".mnp_state",
    "MobileDevice": ".mobile_device",
    "NotificationCallCause": ".notification_call_cause",
    "NotificationDirection": ".notification_direction",
    "NotificationEndpoint": ".notification_endpoint",
    "NotificationOverview": ".notification_overview",
    "OAuthClient": ".o_auth_client",
    "OAuthClientLegalUrls": ".o_auth_client_legal_urls",
    "OAuthClientList": ".o_auth_client_list",
    "OAuthClientRequest": ".o_auth_client_request",
    "OAuthCodeChallengeMethod": ".o_auth_code_challenge_method",
    "OAuthGrantType": ".o_auth_grant_type",
    "OAuthRealmName": ".o_auth_realm_name",
    "OAuthResponseType": ".o_auth_response_type",
    "OAuthTokenRequest": ".o_auth_token_request",
    "OAuthTokenResponse": ".o_auth_token_response",
    "OtherHistoryEntry": ".other_history_entry",
    "PasswordResetRequest": ".password_reset_request",
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
    "Porting": ".porting",
    "PortingList": ".porting_list",
    "PortingNumber": ".porting_number",
    "PostalAddress": ".postal_address",
    "PostalAddressCount": ".postal_address_count",
    "PostalAddressList": ".postal_address_list",
    "PostalAddressUpdateRequest": ".postal_address_update_request",
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
    "TermsAcceptance": ".terms_acceptance",
    "TransferCallRequest": ".transfer_call_request",
    "Translations": ".translations",
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
    "WebuserBusyOnBusyRequest": ".webuser_busy_on_busy_request",
    "WebuserDefaultDeviceRequest": ".webuser_default_device_request",
    "WebuserList": ".webuser_list",
    "WebuserLocationRequest": ".webuser_location_request",
    "WebuserRoleRequest": ".webuser_role_request",
}

__all__ = (
    "Account",
    "AccountBalance",
    "AccountHistoryLifetime",
    "AccountProductType",
    "AccountRestriction",
    "AccountRestrictionItem",
    "AccountRestrictionList",
    "AccountVerificationRequest",
    "ActiveRouting",
    "AddGroupDeviceRequest",
    "ApiUrls",
    "AppEvent",
    "AppEventList",
    "AppEventPayload",
    "AppLinks",
    "AppProperties",
    "AutorecordingGreeting",
    "AutorecordingGreetingUpload",
    "AutorecordingSettings",
    "BlockedNumber",
    "BlockedNumberList",
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
    "ChangePasswordRequest",
    "ChannelEvent",
    "ChannelEventList",
    "Contact",
    "ContactAddress",
    "ContactCreateRequest",
    "ContactCsvImportRequest",
    "ContactDeleteRequest",
    "ContactDeleteScope",
    "ContactEmail",
    "ContactGoogleImportRequest",
    "ContactList",
    "ContactPhoneNumber",
    "ContactScope",
    "ContactScopeFilter",
    "ContactUpdateRequest",
    "ContactVcard",
    "ContactVcardMeta",
    "ContactVcardPage",
    "ContactVcardProperties",
    "ContactVcardStored",
    "ContactVcardValue",
    "ContactVcardWriteItem",
    "ContactVcardWriteRequest",
    "ContactVcardWriteResult",
    "ContactWebsite",
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
    "IdentityVerification",
    "IdentityVerificationState",
    "InitiateCallRequest",
    "InitiateCallResponse",
    "InternalContact",
    "InternalContactList",
    "IvrRecordingRequest",
    "MnpState",
    "MobileDevice",
    "NotificationCallCause",
    "NotificationDirection",
    "NotificationEndpoint",
    "NotificationOverview",
    "OAuthClient",
    "OAuthClientLegalUrls",
    "OAuthClientList",
    "OAuthClientRequest",
    "OAuthCodeChallengeMethod",
    "OAuthGrantType",
    "OAuthRealmName",
    "OAuthResponseType",
    "OAuthTokenRequest",
    "OAuthTokenResponse",
    "OtherHistoryEntry",
    "PasswordResetRequest",
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
    "Porting",
    "PortingList",
    "PortingNumber",
    "PostalAddress",
    "PostalAddressCount",
    "PostalAddressList",
    "PostalAddressUpdateRequest",
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
    "TermsAcceptance",
    "TransferCallRequest",
    "Translations",
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
    "WebuserBusyOnBusyRequest",
    "WebuserDefaultDeviceRequest",
    "WebuserList",
    "WebuserLocationRequest",
    "WebuserRoleRequest",
)


def __getattr__(name: str) -> Any:
    try:
        module = _MODULES[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value
