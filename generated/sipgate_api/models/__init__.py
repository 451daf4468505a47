"""Contains all the data models used in inputs/outputs.

A model's module is imported when the model is first used, so that importing one endpoint
does not import every model of the API.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .active_routing import ActiveRouting
    from .call_history_entry import CallHistoryEntry
    from .call_history_entry_type import CallHistoryEntryType
    from .call_participant import CallParticipant
    from .call_recording import CallRecording
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
    from .device import Device
    from .device_list import DeviceList
    from .device_type import DeviceType
    from .endpoint import Endpoint
    from .endpoint_type import EndpointType
    from .error_body import ErrorBody
    from .error_detail import ErrorDetail
    from .error_source import ErrorSource
    from .established_call import EstablishedCall
    from .established_call_list import EstablishedCallList
    from .fax_history_entry import FaxHistoryEntry
    from .fax_history_entry_type import FaxHistoryEntryType
    from .fax_status_type import FaxStatusType
    from .faxline import Faxline
    from .faxline_list import FaxlineList
    from .history_batch_update_item import HistoryBatchUpdateItem
    from .history_direction import HistoryDirection
    from .history_entry_base import HistoryEntryBase
    from .history_entry_status import HistoryEntryStatus
    from .history_entry_type import HistoryEntryType
    from .history_entry_update import HistoryEntryUpdate
    from .history_page import HistoryPage
    from .initiate_call_request import InitiateCallRequest
    from .initiate_call_response import InitiateCallResponse
    from .mnp_state import MnpState
    from .other_history_entry import OtherHistoryEntry
    from .phone_number_item import PhoneNumberItem
    from .phone_number_list import PhoneNumberList
    from .phone_number_type import PhoneNumberType
    from .play_announcement_request import PlayAnnouncementRequest
    from .routed_endpoint import RoutedEndpoint
    from .routing_type import RoutingType
    from .send_dtmf_request import SendDtmfRequest
    from .send_fax_request import SendFaxRequest
    from .send_fax_response import SendFaxResponse
    from .send_sms_request import SendSmsRequest
    from .set_call_hold_request import SetCallHoldRequest
    from .set_call_muted_request import SetCallMutedRequest
    from .set_call_recording_request import SetCallRecordingRequest
    from .sms_caller_id import SmsCallerId
    from .sms_caller_id_list import SmsCallerIdList
    from .sms_extension import SmsExtension
    from .sms_extension_list import SmsExtensionList
    from .sms_history_entry import SmsHistoryEntry
    from .sms_history_entry_type import SmsHistoryEntryType
    from .starred_filter import StarredFilter
    from .stored_contact_scope import StoredContactScope
    from .transfer_call_request import TransferCallRequest
    from .update_sms_caller_id_request import UpdateSmsCallerIdRequest
    from .userinfo import Userinfo
    from .voicemail import Voicemail
    from .voicemail_history_entry import VoicemailHistoryEntry
    from .voicemail_history_entry_type import VoicemailHistoryEntryType
    from .voicemail_list import VoicemailList
    from .webhook_settings import WebhookSettings
    from .webuser import Webuser
    from .webuser_list import WebuserList

_MODULES = {
    "ActiveRouting": ".active_routing",
    "CallHistoryEntry": ".call_history_entry",
    "CallHistoryEntryType": ".call_history_entry_type",
    "CallParticipant": ".call_participant",
    "CallRecording": ".call_recording",
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
    "Device": ".device",
    "DeviceList": ".device_list",
    "DeviceType": ".device_type",
    "Endpoint": ".endpoint",
    "EndpointType": ".endpoint_type",
    "ErrorBody": ".error_body",
    "ErrorDetail": ".error_detail",
    "ErrorSource": ".error_source",
    "EstablishedCall": ".established_call",
    "EstablishedCallList": ".established_call_list",
    "FaxHistoryEntry": ".fax_history_entry",
    "FaxHistoryEntryType": ".fax_history_entry_type",
    "FaxStatusType": ".fax_status_type",
    "Faxline": ".faxline",
    "FaxlineList": ".faxline_list",
    "HistoryBatchUpdateItem": ".history_batch_update_item",
    "HistoryDirection": ".history_direction",
    "HistoryEntryBase": ".history_entry_base",
    "HistoryEntryStatus": ".history_entry_status",
    "HistoryEntryType": ".history_entry_type",
    "HistoryEntryUpdate": ".history_entry_update",
    "HistoryPage": ".history_page",
    "InitiateCallRequest": ".initiate_call_request",
    "InitiateCallResponse": ".initiate_call_response",
    "MnpState": ".mnp_state",
    "OtherHistoryEntry": ".other_history_entry",
    "PhoneNumberItem": ".phone_number_item",
    "PhoneNumberList": ".phone_number_list",
    "PhoneNumberType": ".phone_number_type",
    "PlayAnnouncementRequest": ".play_announcement_request",
    "RoutedEndpoint": ".routed_endpoint",
    "RoutingType": ".routing_type",
    "SendDtmfRequest": ".send_dtmf_request",
    "SendFaxRequest": ".send_fax_request",
    "SendFaxResponse": ".send_fax_response",
    "SendSmsRequest": ".send_sms_request",
    "SetCallHoldRequest": ".set_call_hold_request",
    "SetCallMutedRequest": ".set_call_muted_request",
    "SetCallRecordingRequest": ".set_call_recording_request",
    "SmsCallerId": ".sms_caller_id",
    "SmsCallerIdList": ".sms_caller_id_list",
    "SmsExtension": ".sms_extension",
    "SmsExtensionList": ".sms_extension_list",
    "SmsHistoryEntry": ".sms_history_entry",
    "SmsHistoryEntryType": ".sms_history_entry_type",
    "StarredFilter": ".starred_filter",
    "StoredContactScope": ".stored_contact_scope",
    "TransferCallRequest": ".transfer_call_request",
    "UpdateSmsCallerIdRequest": ".update_sms_caller_id_request",
    "Userinfo": ".userinfo",
    "Voicemail": ".voicemail",
    "VoicemailHistoryEntry": ".voicemail_history_entry",
    "VoicemailHistoryEntryType": ".voicemail_history_entry_type",
    "VoicemailList": ".voicemail_list",
    "WebhookSettings": ".webhook_settings",
    "Webuser": ".webuser",
    "WebuserList": ".webuser_list",
}

__all__ = (
    "ActiveRouting",
    "CallHistoryEntry",
    "CallHistoryEntryType",
    "CallParticipant",
    "CallRecording",
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
    "Device",
    "DeviceList",
    "DeviceType",
    "Endpoint",
    "EndpointType",
    "ErrorBody",
    "ErrorDetail",
    "ErrorSource",
    "EstablishedCall",
    "EstablishedCallList",
    "FaxHistoryEntry",
    "FaxHistoryEntryType",
    "Faxline",
    "FaxlineList",
    "FaxStatusType",
    "HistoryBatchUpdateItem",
    "HistoryDirection",
    "HistoryEntryBase",
    "HistoryEntryStatus",
    "HistoryEntryType",
    "HistoryEntryUpdate",
    "HistoryPage",
    "InitiateCallRequest",
    "InitiateCallResponse",
    "MnpState",
    "OtherHistoryEntry",
    "PhoneNumberItem",
    "PhoneNumberList",
    "PhoneNumberType",
    "PlayAnnouncementRequest",
    "RoutedEndpoint",
    "RoutingType",
    "SendDtmfRequest",
    "SendFaxRequest",
    "SendFaxResponse",
    "SendSmsRequest",
    "SetCallHoldRequest",
    "SetCallMutedRequest",
    "SetCallRecordingRequest",
    "SmsCallerId",
    "SmsCallerIdList",
    "SmsExtension",
    "SmsExtensionList",
    "SmsHistoryEntry",
    "SmsHistoryEntryType",
    "StarredFilter",
    "StoredContactScope",
    "TransferCallRequest",
    "UpdateSmsCallerIdRequest",
    "Userinfo",
    "Voicemail",
    "VoicemailHistoryEntry",
    "VoicemailHistoryEntryType",
    "VoicemailList",
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
