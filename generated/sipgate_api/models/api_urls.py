from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiUrls")


@_attrs_define
class ApiUrls:
    """Addresses of the API's resources, each field named after the resource (for
    example `usersUrl`, `historyEntryUrl`). Many are templates with `{…}` placeholders.

        Attributes:
            account_url (str | Unset):
            account_verified_url (str | Unset):
            address_url (str | Unset):
            addresses_url (str | Unset):
            address_numbers_url (str | Unset):
            authorization_oauth_clients_url (str | Unset):
            authorization_oauth_client_url (str | Unset):
            authorization_token_url (str | Unset):
            balance_url (str | Unset):
            get_call_restrictions_url (str | Unset):
            call_restrictions_url (str | Unset):
            contacts_url (str | Unset):
            crm_bridge_url (str | Unset):
            internal_contacts_url (str | Unset):
            device_caller_id_url (str | Unset):
            device_url (str | Unset):
            devices_tariff_announcement_url (str | Unset):
            devices_single_row_display_url (str | Unset):
            device_sim_orders_url (str | Unset):
            faxlines_url (str | Unset):
            faxline_url (str | Unset):
            faxline_numbers_url (str | Unset):
            groups_url (str | Unset):
            group_detail_url (str | Unset):
            group_user_url (str | Unset):
            group_devices_url (str | Unset):
            group_numbers_url (str | Unset):
            history_entry_url (str | Unset):
            history_url (str | Unset):
            notifications_url (str | Unset):
            number_url (str | Unset):
            numbers_url (str | Unset):
            webuser_numbers_url (str | Unset):
            add_direct_dial_url (str | Unset):
            change_direct_dial_url (str | Unset):
            delete_direct_dial_url (str | Unset):
            phoneline_url (str | Unset):
            phoneline_block_anonymous_url (str | Unset):
            phoneline_devices_url (str | Unset):
            phoneline_forwardings_url (str | Unset):
            phoneline_numbers_url (str | Unset):
            phonelines_parallel_forwarding_url (str | Unset):
            phonelines_parallel_forwardings_url (str | Unset):
            phoneline_sipgate_io_url (str | Unset):
            phoneline_sipgate_io_log_url (str | Unset):
            phoneline_voicemail_greeting_url (str | Unset):
            phoneline_voicemail_greetings_url (str | Unset):
            phoneline_voicemail_url (str | Unset):
            phoneline_voicemails_url (str | Unset):
            phonelines_url (str | Unset):
            phoneline_detail_url (str | Unset):
            porting_url (str | Unset):
            portings_url (str | Unset):
            restrictions_url (str | Unset):
            sessions_call_url (str | Unset):
            settings_sipgateio_url (str | Unset):
            sms_url (str | Unset):
            sms_caller_ids_url (str | Unset):
            translations_url (str | Unset):
            user_info_url (str | Unset):
            user_url (str | Unset):
            user_busy_on_busy_url (str | Unset):
            user_default_device_url (str | Unset):
            user_devices_url (str | Unset):
            user_device_sim_url (str | Unset):
            user_external_devices_url (str | Unset):
            user_mobile_devices_url (str | Unset):
            user_register_devices_url (str | Unset):
            user_role_url (str | Unset):
            users_url (str | Unset):
            voicemails_url (str | Unset):
            voicemail_detail_url (str | Unset):
    """

    account_url: str | Unset = UNSET
    account_verified_url: str | Unset = UNSET
    address_url: str | Unset = UNSET
    addresses_url: str | Unset = UNSET
    address_numbers_url: str | Unset = UNSET
    authorization_oauth_clients_url: str | Unset = UNSET
    authorization_oauth_client_url: str | Unset = UNSET
    authorization_token_url: str | Unset = UNSET
    balance_url: str | Unset = UNSET
    get_call_restrictions_url: str | Unset = UNSET
    call_restrictions_url: str | Unset = UNSET
    contacts_url: str | Unset = UNSET
    crm_bridge_url: str | Unset = UNSET
    internal_contacts_url: str | Unset = UNSET
    device_caller_id_url: str | Unset = UNSET
    device_url: str | Unset = UNSET
    devices_tariff_announcement_url: str | Unset = UNSET
    devices_single_row_display_url: str | Unset = UNSET
    device_sim_orders_url: str | Unset = UNSET
    faxlines_url: str | Unset = UNSET
    faxline_url: str | Unset = UNSET
    faxline_numbers_url: str | Unset = UNSET
    groups_url: str | Unset = UNSET
    group_detail_url: str | Unset = UNSET
    group_user_url: str | Unset = UNSET
    group_devices_url: str | Unset = UNSET
    group_numbers_url: str | Unset = UNSET
    history_entry_url: str | Unset = UNSET
    history_url: str | Unset = UNSET
    notifications_url: str | Unset = UNSET
    number_url: str | Unset = UNSET
    numbers_url: str | Unset = UNSET
    webuser_numbers_url: str | Unset = UNSET
    add_direct_dial_url: str | Unset = UNSET
    change_direct_dial_url: str | Unset = UNSET
    delete_direct_dial_url: str | Unset = UNSET
    phoneline_url: str | Unset = UNSET
    phoneline_block_anonymous_url: str | Unset = UNSET
    phoneline_devices_url: str | Unset = UNSET
    phoneline_forwardings_url: str | Unset = UNSET
    phoneline_numbers_url: str | Unset = UNSET
    phonelines_parallel_forwarding_url: str | Unset = UNSET
    phonelines_parallel_forwardings_url: str | Unset = UNSET
    phoneline_sipgate_io_url: str | Unset = UNSET
    phoneline_sipgate_io_log_url: str | Unset = UNSET
    phoneline_voicemail_greeting_url: str | Unset = UNSET
    phoneline_voicemail_greetings_url: str | Unset = UNSET
    phoneline_voicemail_url: str | Unset = UNSET
    phoneline_voicemails_url: str | Unset = UNSET
    phonelines_url: str | Unset = UNSET
    phoneline_detail_url: str | Unset = UNSET
    porting_url: str | Unset = UNSET
    portings_url: str | Unset = UNSET
    restrictions_url: str | Unset = UNSET
    sessions_call_url: str | Unset = UNSET
    settings_sipgateio_url: str | Unset = UNSET
    sms_url: str | Unset = UNSET
    sms_caller_ids_url: str | Unset = UNSET
    translations_url: str | Unset = UNSET
    user_info_url: str | Unset = UNSET
    user_url: str | Unset = UNSET
    user_busy_on_busy_url: str | Unset = UNSET
    user_default_device_url: str | Unset = UNSET
    user_devices_url: str | Unset = UNSET
    user_device_sim_url: str | Unset = UNSET
    user_external_devices_url: str | Unset = UNSET
    user_mobile_devices_url: str | Unset = UNSET
    user_register_devices_url: str | Unset = UNSET
    user_role_url: str | Unset = UNSET
    users_url: str | Unset = UNSET
    voicemails_url: str | Unset = UNSET
    voicemail_detail_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_url = self.account_url

        account_verified_url = self.account_verified_url

        address_url = self.address_url

        addresses_url = self.addresses_url

        address_numbers_url = self.address_numbers_url

        authorization_oauth_clients_url = self.authorization_oauth_clients_url

        authorization_oauth_client_url = self.authorization_oauth_client_url

        authorization_token_url = self.authorization_token_url

        balance_url = self.balance_url

        get_call_restrictions_url = self.get_call_restrictions_url

        call_restrictions_url = self.call_restrictions_url

        contacts_url = self.contacts_url

        crm_bridge_url = self.crm_bridge_url

        internal_contacts_url = self.internal_contacts_url

        device_caller_id_url = self.device_caller_id_url

        device_url = self.device_url

        devices_tariff_announcement_url = self.devices_tariff_announcement_url

        devices_single_row_display_url = self.devices_single_row_display_url

        device_sim_orders_url = self.device_sim_orders_url

        faxlines_url = self.faxlines_url

        faxline_url = self.faxline_url

        faxline_numbers_url = self.faxline_numbers_url

        groups_url = self.groups_url

        group_detail_url = self.group_detail_url

        group_user_url = self.group_user_url

        group_devices_url = self.group_devices_url

        group_numbers_url = self.group_numbers_url

        history_entry_url = self.history_entry_url

        history_url = self.history_url

        notifications_url = self.notifications_url

        number_url = self.number_url

        numbers_url = self.numbers_url

        webuser_numbers_url = self.webuser_numbers_url

        add_direct_dial_url = self.add_direct_dial_url

        change_direct_dial_url = self.change_direct_dial_url

        delete_direct_dial_url = self.delete_direct_dial_url

        phoneline_url = self.phoneline_url

        phoneline_block_anonymous_url = self.phoneline_block_anonymous_url

        phoneline_devices_url = self.phoneline_devices_url

        phoneline_forwardings_url = self.phoneline_forwardings_url

        phoneline_numbers_url = self.phoneline_numbers_url

        phonelines_parallel_forwarding_url = self.phonelines_parallel_forwarding_url

        phonelines_parallel_forwardings_url = self.phonelines_parallel_forwardings_url

        phoneline_sipgate_io_url = self.phoneline_sipgate_io_url

        phoneline_sipgate_io_log_url = self.phoneline_sipgate_io_log_url

        phoneline_voicemail_greeting_url = self.phoneline_voicemail_greeting_url

        phoneline_voicemail_greetings_url = self.phoneline_voicemail_greetings_url

        phoneline_voicemail_url = self.phoneline_voicemail_url

        phoneline_voicemails_url = self.phoneline_voicemails_url

        phonelines_url = self.phonelines_url

        phoneline_detail_url = self.phoneline_detail_url

        porting_url = self.porting_url

        portings_url = self.portings_url

        restrictions_url = self.restrictions_url

        sessions_call_url = self.sessions_call_url

        settings_sipgateio_url = self.settings_sipgateio_url

        sms_url = self.sms_url

        sms_caller_ids_url = self.sms_caller_ids_url

        translations_url = self.translations_url

        user_info_url = self.user_info_url

        user_url = self.user_url

        user_busy_on_busy_url = self.user_busy_on_busy_url

        user_default_device_url = self.user_default_device_url

        user_devices_url = self.user_devices_url

        user_device_sim_url = self.user_device_sim_url

        user_external_devices_url = self.user_external_devices_url

        user_mobile_devices_url = self.user_mobile_devices_url

        user_register_devices_url = self.user_register_devices_url

        user_role_url = self.user_role_url

        users_url = self.users_url

        voicemails_url = self.voicemails_url

        voicemail_detail_url = self.voicemail_detail_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_url is not UNSET:
            field_dict["accountUrl"] = account_url
        if account_verified_url is not UNSET:
            field_dict["accountVerifiedUrl"] = account_verified_url
        if address_url is not UNSET:
            field_dict["addressUrl"] = address_url
        if addresses_url is not UNSET:
            field_dict["addressesUrl"] = addresses_url
        if address_numbers_url is not UNSET:
            field_dict["addressNumbersUrl"] = address_numbers_url
        if authorization_oauth_clients_url is not UNSET:
            field_dict["authorizationOauthClientsUrl"] = authorization_oauth_clients_url
        if authorization_oauth_client_url is not UNSET:
            field_dict["authorizationOauthClientUrl"] = authorization_oauth_client_url
        if authorization_token_url is not UNSET:
            field_dict["authorizationTokenUrl"] = authorization_token_url
        if balance_url is not UNSET:
            field_dict["balanceUrl"] = balance_url
        if get_call_restrictions_url is not UNSET:
            field_dict["getCallRestrictionsUrl"] = get_call_restrictions_url
        if call_restrictions_url is not UNSET:
            field_dict["callRestrictionsUrl"] = call_restrictions_url
        if contacts_url is not UNSET:
            field_dict["contactsUrl"] = contacts_url
        if crm_bridge_url is not UNSET:
            field_dict["crmBridgeUrl"] = crm_bridge_url
        if internal_contacts_url is not UNSET:
            field_dict["internalContactsUrl"] = internal_contacts_url
        if device_caller_id_url is not UNSET:
            field_dict["deviceCallerIdUrl"] = device_caller_id_url
        if device_url is not UNSET:
            field_dict["deviceUrl"] = device_url
        if devices_tariff_announcement_url is not UNSET:
            field_dict["devicesTariffAnnouncementUrl"] = devices_tariff_announcement_url
        if devices_single_row_display_url is not UNSET:
            field_dict["devicesSingleRowDisplayUrl"] = devices_single_row_display_url
        if device_sim_orders_url is not UNSET:
            field_dict["deviceSimOrdersUrl"] = device_sim_orders_url
        if faxlines_url is not UNSET:
            field_dict["faxlinesUrl"] = faxlines_url
        if faxline_url is not UNSET:
            field_dict["faxlineUrl"] = faxline_url
        if faxline_numbers_url is not UNSET:
            field_dict["faxlineNumbersUrl"] = faxline_numbers_url
        if groups_url is not UNSET:
            field_dict["groupsUrl"] = groups_url
        if group_detail_url is not UNSET:
            field_dict["groupDetailUrl"] = group_detail_url
        if group_user_url is not UNSET:
            field_dict["groupUserUrl"] = group_user_url
        if group_devices_url is not UNSET:
            field_dict["groupDevicesUrl"] = group_devices_url
        if group_numbers_url is not UNSET:
            field_dict["groupNumbersUrl"] = group_numbers_url
        if history_entry_url is not UNSET:
            field_dict["historyEntryUrl"] = history_entry_url
        if history_url is not UNSET:
            field_dict["historyUrl"] = history_url
        if notifications_url is not UNSET:
            field_dict["notificationsUrl"] = notifications_url
        if number_url is not UNSET:
            field_dict["numberUrl"] = number_url
        if numbers_url is not UNSET:
            field_dict["numbersUrl"] = numbers_url
        if webuser_numbers_url is not UNSET:
            field_dict["webuserNumbersUrl"] = webuser_numbers_url
        if add_direct_dial_url is not UNSET:
            field_dict["addDirectDialUrl"] = add_direct_dial_url
        if change_direct_dial_url is not UNSET:
            field_dict["changeDirectDialUrl"] = change_direct_dial_url
        if delete_direct_dial_url is not UNSET:
            field_dict["deleteDirectDialUrl"] = delete_direct_dial_url
        if phoneline_url is not UNSET:
            field_dict["phonelineUrl"] = phoneline_url
        if phoneline_block_anonymous_url is not UNSET:
            field_dict["phonelineBlockAnonymousUrl"] = phoneline_block_anonymous_url
        if phoneline_devices_url is not UNSET:
            field_dict["phonelineDevicesUrl"] = phoneline_devices_url
        if phoneline_forwardings_url is not UNSET:
            field_dict["phonelineForwardingsUrl"] = phoneline_forwardings_url
        if phoneline_numbers_url is not UNSET:
            field_dict["phonelineNumbersUrl"] = phoneline_numbers_url
        if phonelines_parallel_forwarding_url is not UNSET:
            field_dict["phonelinesParallelForwardingUrl"] = phonelines_parallel_forwarding_url
        if phonelines_parallel_forwardings_url is not UNSET:
            field_dict["phonelinesParallelForwardingsUrl"] = phonelines_parallel_forwardings_url
        if phoneline_sipgate_io_url is not UNSET:
            field_dict["phonelineSipgateIoUrl"] = phoneline_sipgate_io_url
        if phoneline_sipgate_io_log_url is not UNSET:
            field_dict["phonelineSipgateIoLogUrl"] = phoneline_sipgate_io_log_url
        if phoneline_voicemail_greeting_url is not UNSET:
            field_dict["phonelineVoicemailGreetingUrl"] = phoneline_voicemail_greeting_url
        if phoneline_voicemail_greetings_url is not UNSET:
            field_dict["phonelineVoicemailGreetingsUrl"] = phoneline_voicemail_greetings_url
        if phoneline_voicemail_url is not UNSET:
            field_dict["phonelineVoicemailUrl"] = phoneline_voicemail_url
        if phoneline_voicemails_url is not UNSET:
            field_dict["phonelineVoicemailsUrl"] = phoneline_voicemails_url
        if phonelines_url is not UNSET:
            field_dict["phonelinesUrl"] = phonelines_url
        if phoneline_detail_url is not UNSET:
            field_dict["phonelineDetailUrl"] = phoneline_detail_url
        if porting_url is not UNSET:
            field_dict["portingUrl"] = porting_url
        if portings_url is not UNSET:
            field_dict["portingsUrl"] = portings_url
        if restrictions_url is not UNSET:
            field_dict["restrictionsUrl"] = restrictions_url
        if sessions_call_url is not UNSET:
            field_dict["sessionsCallUrl"] = sessions_call_url
        if settings_sipgateio_url is not UNSET:
            field_dict["settingsSipgateioUrl"] = settings_sipgateio_url
        if sms_url is not UNSET:
            field_dict["smsUrl"] = sms_url
        if sms_caller_ids_url is not UNSET:
            field_dict["smsCallerIdsUrl"] = sms_caller_ids_url
        if translations_url is not UNSET:
            field_dict["translationsUrl"] = translations_url
        if user_info_url is not UNSET:
            field_dict["userInfoUrl"] = user_info_url
        if user_url is not UNSET:
            field_dict["userUrl"] = user_url
        if user_busy_on_busy_url is not UNSET:
            field_dict["userBusyOnBusyUrl"] = user_busy_on_busy_url
        if user_default_device_url is not UNSET:
            field_dict["userDefaultDeviceUrl"] = user_default_device_url
        if user_devices_url is not UNSET:
            field_dict["userDevicesUrl"] = user_devices_url
        if user_device_sim_url is not UNSET:
            field_dict["userDeviceSimUrl"] = user_device_sim_url
        if user_external_devices_url is not UNSET:
            field_dict["userExternalDevicesUrl"] = user_external_devices_url
        if user_mobile_devices_url is not UNSET:
            field_dict["userMobileDevicesUrl"] = user_mobile_devices_url
        if user_register_devices_url is not UNSET:
            field_dict["userRegisterDevicesUrl"] = user_register_devices_url
        if user_role_url is not UNSET:
            field_dict["userRoleUrl"] = user_role_url
        if users_url is not UNSET:
            field_dict["usersUrl"] = users_url
        if voicemails_url is not UNSET:
            field_dict["voicemailsUrl"] = voicemails_url
        if voicemail_detail_url is not UNSET:
            field_dict["voicemailDetailUrl"] = voicemail_detail_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_url = d.pop("accountUrl", UNSET)

        account_verified_url = d.pop("accountVerifiedUrl", UNSET)

        address_url = d.pop("addressUrl", UNSET)

        addresses_url = d.pop("addressesUrl", UNSET)

        address_numbers_url = d.pop("addressNumbersUrl", UNSET)

        authorization_oauth_clients_url = d.pop("authorizationOauthClientsUrl", UNSET)

        authorization_oauth_client_url = d.pop("authorizationOauthClientUrl", UNSET)

        authorization_token_url = d.pop("authorizationTokenUrl", UNSET)

        balance_url = d.pop("balanceUrl", UNSET)

        get_call_restrictions_url = d.pop("getCallRestrictionsUrl", UNSET)

        call_restrictions_url = d.pop("callRestrictionsUrl", UNSET)

        contacts_url = d.pop("contactsUrl", UNSET)

        crm_bridge_url = d.pop("crmBridgeUrl", UNSET)

        internal_contacts_url = d.pop("internalContactsUrl", UNSET)

        device_caller_id_url = d.pop("deviceCallerIdUrl", UNSET)

        device_url = d.pop("deviceUrl", UNSET)

        devices_tariff_announcement_url = d.pop("devicesTariffAnnouncementUrl", UNSET)

        devices_single_row_display_url = d.pop("devicesSingleRowDisplayUrl", UNSET)

        device_sim_orders_url = d.pop("deviceSimOrdersUrl", UNSET)

        faxlines_url = d.pop("faxlinesUrl", UNSET)

        faxline_url = d.pop("faxlineUrl", UNSET)

        faxline_numbers_url = d.pop("faxlineNumbersUrl", UNSET)

        groups_url = d.pop("groupsUrl", UNSET)

        group_detail_url = d.pop("groupDetailUrl", UNSET)

        group_user_url = d.pop("groupUserUrl", UNSET)

        group_devices_url = d.pop("groupDevicesUrl", UNSET)

        group_numbers_url = d.pop("groupNumbersUrl", UNSET)

        history_entry_url = d.pop("historyEntryUrl", UNSET)

        history_url = d.pop("historyUrl", UNSET)

        notifications_url = d.pop("notificationsUrl", UNSET)

        number_url = d.pop("numberUrl", UNSET)

        numbers_url = d.pop("numbersUrl", UNSET)

        webuser_numbers_url = d.pop("webuserNumbersUrl", UNSET)

        add_direct_dial_url = d.pop("addDirectDialUrl", UNSET)

        change_direct_dial_url = d.pop("changeDirectDialUrl", UNSET)

        delete_direct_dial_url = d.pop("deleteDirectDialUrl", UNSET)

        phoneline_url = d.pop("phonelineUrl", UNSET)

        phoneline_block_anonymous_url = d.pop("phonelineBlockAnonymousUrl", UNSET)

        phoneline_devices_url = d.pop("phonelineDevicesUrl", UNSET)

        phoneline_forwardings_url = d.pop("phonelineForwardingsUrl", UNSET)

        phoneline_numbers_url = d.pop("phonelineNumbersUrl", UNSET)

        phonelines_parallel_forwarding_url = d.pop("phonelinesParallelForwardingUrl", UNSET)

        phonelines_parallel_forwardings_url = d.pop("phonelinesParallelForwardingsUrl", UNSET)

        phoneline_sipgate_io_url = d.pop("phonelineSipgateIoUrl", UNSET)

        phoneline_sipgate_io_log_url = d.pop("phonelineSipgateIoLogUrl", UNSET)

        phoneline_voicemail_greeting_url = d.pop("phonelineVoicemailGreetingUrl", UNSET)

        phoneline_voicemail_greetings_url = d.pop("phonelineVoicemailGreetingsUrl", UNSET)

        phoneline_voicemail_url = d.pop("phonelineVoicemailUrl", UNSET)

        phoneline_voicemails_url = d.pop("phonelineVoicemailsUrl", UNSET)

        phonelines_url = d.pop("phonelinesUrl", UNSET)

        phoneline_detail_url = d.pop("phonelineDetailUrl", UNSET)

        porting_url = d.pop("portingUrl", UNSET)

        portings_url = d.pop("portingsUrl", UNSET)

        restrictions_url = d.pop("restrictionsUrl", UNSET)

        sessions_call_url = d.pop("sessionsCallUrl", UNSET)

        settings_sipgateio_url = d.pop("settingsSipgateioUrl", UNSET)

        sms_url = d.pop("smsUrl", UNSET)

        sms_caller_ids_url = d.pop("smsCallerIdsUrl", UNSET)

        translations_url = d.pop("translationsUrl", UNSET)

        user_info_url = d.pop("userInfoUrl", UNSET)

        user_url = d.pop("userUrl", UNSET)

        user_busy_on_busy_url = d.pop("userBusyOnBusyUrl", UNSET)

        user_default_device_url = d.pop("userDefaultDeviceUrl", UNSET)

        user_devices_url = d.pop("userDevicesUrl", UNSET)

        user_device_sim_url = d.pop("userDeviceSimUrl", UNSET)

        user_external_devices_url = d.pop("userExternalDevicesUrl", UNSET)

        user_mobile_devices_url = d.pop("userMobileDevicesUrl", UNSET)

        user_register_devices_url = d.pop("userRegisterDevicesUrl", UNSET)

        user_role_url = d.pop("userRoleUrl", UNSET)

        users_url = d.pop("usersUrl", UNSET)

        voicemails_url = d.pop("voicemailsUrl", UNSET)

        voicemail_detail_url = d.pop("voicemailDetailUrl", UNSET)

        api_urls = cls(
            account_url=account_url,
            account_verified_url=account_verified_url,
            address_url=address_url,
            addresses_url=addresses_url,
            address_numbers_url=address_numbers_url,
            authorization_oauth_clients_url=authorization_oauth_clients_url,
            authorization_oauth_client_url=authorization_oauth_client_url,
            authorization_token_url=authorization_token_url,
            balance_url=balance_url,
            get_call_restrictions_url=get_call_restrictions_url,
            call_restrictions_url=call_restrictions_url,
            contacts_url=contacts_url,
            crm_bridge_url=crm_bridge_url,
            internal_contacts_url=internal_contacts_url,
            device_caller_id_url=device_caller_id_url,
            device_url=device_url,
            devices_tariff_announcement_url=devices_tariff_announcement_url,
            devices_single_row_display_url=devices_single_row_display_url,
            device_sim_orders_url=device_sim_orders_url,
            faxlines_url=faxlines_url,
            faxline_url=faxline_url,
            faxline_numbers_url=faxline_numbers_url,
            groups_url=groups_url,
            group_detail_url=group_detail_url,
            group_user_url=group_user_url,
            group_devices_url=group_devices_url,
            group_numbers_url=group_numbers_url,
            history_entry_url=history_entry_url,
            history_url=history_url,
            notifications_url=notifications_url,
            number_url=number_url,
            numbers_url=numbers_url,
            webuser_numbers_url=webuser_numbers_url,
            add_direct_dial_url=add_direct_dial_url,
            change_direct_dial_url=change_direct_dial_url,
            delete_direct_dial_url=delete_direct_dial_url,
            phoneline_url=phoneline_url,
            phoneline_block_anonymous_url=phoneline_block_anonymous_url,
            phoneline_devices_url=phoneline_devices_url,
            phoneline_forwardings_url=phoneline_forwardings_url,
            phoneline_numbers_url=phoneline_numbers_url,
            phonelines_parallel_forwarding_url=phonelines_parallel_forwarding_url,
            phonelines_parallel_forwardings_url=phonelines_parallel_forwardings_url,
            phoneline_sipgate_io_url=phoneline_sipgate_io_url,
            phoneline_sipgate_io_log_url=phoneline_sipgate_io_log_url,
            phoneline_voicemail_greeting_url=phoneline_voicemail_greeting_url,
            phoneline_voicemail_greetings_url=phoneline_voicemail_greetings_url,
            phoneline_voicemail_url=phoneline_voicemail_url,
            phoneline_voicemails_url=phoneline_voicemails_url,
            phonelines_url=phonelines_url,
            phoneline_detail_url=phoneline_detail_url,
            porting_url=porting_url,
            portings_url=portings_url,
            restrictions_url=restrictions_url,
            sessions_call_url=sessions_call_url,
            settings_sipgateio_url=settings_sipgateio_url,
            sms_url=sms_url,
            sms_caller_ids_url=sms_caller_ids_url,
            translations_url=translations_url,
            user_info_url=user_info_url,
            user_url=user_url,
            user_busy_on_busy_url=user_busy_on_busy_url,
            user_default_device_url=user_default_device_url,
            user_devices_url=user_devices_url,
            user_device_sim_url=user_device_sim_url,
            user_external_devices_url=user_external_devices_url,
            user_mobile_devices_url=user_mobile_devices_url,
            user_register_devices_url=user_register_devices_url,
            user_role_url=user_role_url,
            users_url=users_url,
            voicemails_url=voicemails_url,
            voicemail_detail_url=voicemail_detail_url,
        )

        api_urls.additional_properties = d
        return api_urls

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
