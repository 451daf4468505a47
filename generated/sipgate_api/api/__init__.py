"""Contains methods for accessing the API, and namespaces that bind them to a client.

`Endpoints` and `AsyncEndpoints` have one attribute per area of the API (a tag of the
description); an area's module is imported when the attribute is first read.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..client import AuthenticatedClient, Client
    from .account import AccountEndpoints, AsyncAccountEndpoints
    from .addresses import AddressesEndpoints, AsyncAddressesEndpoints
    from .app import AppEndpoints, AsyncAppEndpoints
    from .authorization import AsyncAuthorizationEndpoints, AuthorizationEndpoints
    from .autorecordings import AsyncAutorecordingsEndpoints, AutorecordingsEndpoints
    from .blocklist import AsyncBlocklistEndpoints, BlocklistEndpoints
    from .callrestrictions import AsyncCallrestrictionsEndpoints, CallrestrictionsEndpoints
    from .calls import AsyncCallsEndpoints, CallsEndpoints
    from .channels import AsyncChannelsEndpoints, ChannelsEndpoints
    from .contacts import AsyncContactsEndpoints, ContactsEndpoints
    from .devices import AsyncDevicesEndpoints, DevicesEndpoints
    from .fax import AsyncFaxEndpoints, FaxEndpoints
    from .groups import AsyncGroupsEndpoints, GroupsEndpoints
    from .history import AsyncHistoryEndpoints, HistoryEndpoints
    from .log import AsyncLogEndpoints, LogEndpoints
    from .notifications import AsyncNotificationsEndpoints, NotificationsEndpoints
    from .numbers import AsyncNumbersEndpoints, NumbersEndpoints
    from .phonelines import AsyncPhonelinesEndpoints, PhonelinesEndpoints
    from .portings import AsyncPortingsEndpoints, PortingsEndpoints
    from .rtcm import AsyncRtcmEndpoints, RtcmEndpoints
    from .settings import AsyncSettingsEndpoints, SettingsEndpoints
    from .sms import AsyncSmsEndpoints, SmsEndpoints
    from .users import AsyncUsersEndpoints, UsersEndpoints
    from .voicemails import AsyncVoicemailsEndpoints, VoicemailsEndpoints

__all__ = ("AsyncEndpoints", "Endpoints")


class Endpoints:
    """Every operation of the API, bound to one synchronous client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    @cached_property
    def account(self) -> AccountEndpoints:
        """The `account` operations."""
        from .account import AccountEndpoints

        return AccountEndpoints(self._client)

    @cached_property
    def addresses(self) -> AddressesEndpoints:
        """The `addresses` operations."""
        from .addresses import AddressesEndpoints

        return AddressesEndpoints(self._client)

    @cached_property
    def app(self) -> AppEndpoints:
        """The `app` operations."""
        from .app import AppEndpoints

        return AppEndpoints(self._client)

    @cached_property
    def authorization(self) -> AuthorizationEndpoints:
        """The `authorization` operations."""
        from .authorization import AuthorizationEndpoints

        return AuthorizationEndpoints(self._client)

    @cached_property
    def autorecordings(self) -> AutorecordingsEndpoints:
        """The `autorecordings` operations."""
        from .autorecordings import AutorecordingsEndpoints

        return AutorecordingsEndpoints(self._client)

    @cached_property
    def blocklist(self) -> BlocklistEndpoints:
        """The `blocklist` operations."""
        from .blocklist import BlocklistEndpoints

        return BlocklistEndpoints(self._client)

    @cached_property
    def callrestrictions(self) -> CallrestrictionsEndpoints:
        """The `callrestrictions` operations."""
        from .callrestrictions import CallrestrictionsEndpoints

        return CallrestrictionsEndpoints(self._client)

    @cached_property
    def calls(self) -> CallsEndpoints:
        """The `calls` operations."""
        from .calls import CallsEndpoints

        return CallsEndpoints(self._client)

    @cached_property
    def channels(self) -> ChannelsEndpoints:
        """The `channels` operations."""
        from .channels import ChannelsEndpoints

        return ChannelsEndpoints(self._client)

    @cached_property
    def contacts(self) -> ContactsEndpoints:
        """The `contacts` operations."""
        from .contacts import ContactsEndpoints

        return ContactsEndpoints(self._client)

    @cached_property
    def devices(self) -> DevicesEndpoints:
        """The `devices` operations."""
        from .devices import DevicesEndpoints

        return DevicesEndpoints(self._client)

    @cached_property
    def fax(self) -> FaxEndpoints:
        """The `fax` operations."""
        from .fax import FaxEndpoints

        return FaxEndpoints(self._client)

    @cached_property
    def groups(self) -> GroupsEndpoints:
        """The `groups` operations."""
        from .groups import GroupsEndpoints

        return GroupsEndpoints(self._client)

    @cached_property
    def history(self) -> HistoryEndpoints:
        """The `history` operations."""
        from .history import HistoryEndpoints

        return HistoryEndpoints(self._client)

    @cached_property
    def log(self) -> LogEndpoints:
        """The `log` operations."""
        from .log import LogEndpoints

        return LogEndpoints(self._client)

    @cached_property
    def notifications(self) -> NotificationsEndpoints:
        """The `notifications` operations."""
        from .notifications import NotificationsEndpoints

        return NotificationsEndpoints(self._client)

    @cached_property
    def numbers(self) -> NumbersEndpoints:
        """The `numbers` operations."""
        from .numbers import NumbersEndpoints

        return NumbersEndpoints(self._client)

    @cached_property
    def phonelines(self) -> PhonelinesEndpoints:
        """The `phonelines` operations."""
        from .phonelines import PhonelinesEndpoints

        return PhonelinesEndpoints(self._client)

    @cached_property
    def portings(self) -> PortingsEndpoints:
        """The `portings` operations."""
        from .portings import PortingsEndpoints

        return PortingsEndpoints(self._client)

    @cached_property
    def rtcm(self) -> RtcmEndpoints:
        """The `rtcm` operations."""
        from .rtcm import RtcmEndpoints

        return RtcmEndpoints(self._client)

    @cached_property
    def settings(self) -> SettingsEndpoints:
        """The `settings` operations."""
        from .settings import SettingsEndpoints

        return SettingsEndpoints(self._client)

    @cached_property
    def sms(self) -> SmsEndpoints:
        """The `sms` operations."""
        from .sms import SmsEndpoints

        return SmsEndpoints(self._client)

    @cached_property
    def users(self) -> UsersEndpoints:
        """The `users` operations."""
        from .users import UsersEndpoints

        return UsersEndpoints(self._client)

    @cached_property
    def voicemails(self) -> VoicemailsEndpoints:
        """The `voicemails` operations."""
        from .voicemails import VoicemailsEndpoints

        return VoicemailsEndpoints(self._client)


class AsyncEndpoints:
    """Every operation of the API, bound to one asynchronous client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    @cached_property
    def account(self) -> AsyncAccountEndpoints:
        """The `account` operations."""
        from .account import AsyncAccountEndpoints

        return AsyncAccountEndpoints(self._client)

    @cached_property
    def addresses(self) -> AsyncAddressesEndpoints:
        """The `addresses` operations."""
        from .addresses import AsyncAddressesEndpoints

        return AsyncAddressesEndpoints(self._client)

    @cached_property
    def app(self) -> AsyncAppEndpoints:
        """The `app` operations."""
        from .app import AsyncAppEndpoints

        return AsyncAppEndpoints(self._client)

    @cached_property
    def authorization(self) -> AsyncAuthorizationEndpoints:
        """The `authorization` operations."""
        from .authorization import AsyncAuthorizationEndpoints

        return AsyncAuthorizationEndpoints(self._client)

    @cached_property
    def autorecordings(self) -> AsyncAutorecordingsEndpoints:
        """The `autorecordings` operations."""
        from .autorecordings import AsyncAutorecordingsEndpoints

        return AsyncAutorecordingsEndpoints(self._client)

    @cached_property
    def blocklist(self) -> AsyncBlocklistEndpoints:
        """The `blocklist` operations."""
        from .blocklist import AsyncBlocklistEndpoints

        return AsyncBlocklistEndpoints(self._client)

    @cached_property
    def callrestrictions(self) -> AsyncCallrestrictionsEndpoints:
        """The `callrestrictions` operations."""
        from .callrestrictions import AsyncCallrestrictionsEndpoints

        return AsyncCallrestrictionsEndpoints(self._client)

    @cached_property
    def calls(self) -> AsyncCallsEndpoints:
        """The `calls` operations."""
        from .calls import AsyncCallsEndpoints

        return AsyncCallsEndpoints(self._client)

    @cached_property
    def channels(self) -> AsyncChannelsEndpoints:
        """The `channels` operations."""
        from .channels import AsyncChannelsEndpoints

        return AsyncChannelsEndpoints(self._client)

    @cached_property
    def contacts(self) -> AsyncContactsEndpoints:
        """The `contacts` operations."""
        from .contacts import AsyncContactsEndpoints

        return AsyncContactsEndpoints(self._client)

    @cached_property
    def devices(self) -> AsyncDevicesEndpoints:
        """The `devices` operations."""
        from .devices import AsyncDevicesEndpoints

        return AsyncDevicesEndpoints(self._client)

    @cached_property
    def fax(self) -> AsyncFaxEndpoints:
        """The `fax` operations."""
        from .fax import AsyncFaxEndpoints

        return AsyncFaxEndpoints(self._client)

    @cached_property
    def groups(self) -> AsyncGroupsEndpoints:
        """The `groups` operations."""
        from .groups import AsyncGroupsEndpoints

        return AsyncGroupsEndpoints(self._client)

    @cached_property
    def history(self) -> AsyncHistoryEndpoints:
        """The `history` operations."""
        from .history import AsyncHistoryEndpoints

        return AsyncHistoryEndpoints(self._client)

    @cached_property
    def log(self) -> AsyncLogEndpoints:
        """The `log` operations."""
        from .log import AsyncLogEndpoints

        return AsyncLogEndpoints(self._client)

    @cached_property
    def notifications(self) -> AsyncNotificationsEndpoints:
        """The `notifications` operations."""
        from .notifications import AsyncNotificationsEndpoints

        return AsyncNotificationsEndpoints(self._client)

    @cached_property
    def numbers(self) -> AsyncNumbersEndpoints:
        """The `numbers` operations."""
        from .numbers import AsyncNumbersEndpoints

        return AsyncNumbersEndpoints(self._client)

    @cached_property
    def phonelines(self) -> AsyncPhonelinesEndpoints:
        """The `phonelines` operations."""
        from .phonelines import AsyncPhonelinesEndpoints

        return AsyncPhonelinesEndpoints(self._client)

    @cached_property
    def portings(self) -> AsyncPortingsEndpoints:
        """The `portings` operations."""
        from .portings import AsyncPortingsEndpoints

        return AsyncPortingsEndpoints(self._client)

    @cached_property
    def rtcm(self) -> AsyncRtcmEndpoints:
        """The `rtcm` operations."""
        from .rtcm import AsyncRtcmEndpoints

        return AsyncRtcmEndpoints(self._client)

    @cached_property
    def settings(self) -> AsyncSettingsEndpoints:
        """The `settings` operations."""
        from .settings import AsyncSettingsEndpoints

        return AsyncSettingsEndpoints(self._client)

    @cached_property
    def sms(self) -> AsyncSmsEndpoints:
        """The `sms` operations."""
        from .sms import AsyncSmsEndpoints

        return AsyncSmsEndpoints(self._client)

    @cached_property
    def users(self) -> AsyncUsersEndpoints:
        """The `users` operations."""
        from .users import AsyncUsersEndpoints

        return AsyncUsersEndpoints(self._client)

    @cached_property
    def voicemails(self) -> AsyncVoicemailsEndpoints:
        """The `voicemails` operations."""
        from .voicemails import AsyncVoicemailsEndpoints

        return AsyncVoicemailsEndpoints(self._client)
