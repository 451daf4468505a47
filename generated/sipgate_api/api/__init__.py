"""Contains methods for accessing the API, and namespaces that bind them to a client.

`Endpoints` and `AsyncEndpoints` have one attribute per area of the API (a tag of the
description); an area's module is imported when the attribute is first read.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..client import AuthenticatedClient, Client
    from .account import Account, AsyncAccount
    from .addresses import Addresses, AsyncAddresses
    from .app import App, AsyncApp
    from .authorization import AsyncAuthorization, Authorization
    from .autorecordings import AsyncAutorecordings, Autorecordings
    from .blocklist import AsyncBlocklist, Blocklist
    from .callrestrictions import AsyncCallrestrictions, Callrestrictions
    from .calls import AsyncCalls, Calls
    from .channels import AsyncChannels, Channels
    from .contacts import AsyncContacts, Contacts
    from .devices import AsyncDevices, Devices
    from .fax import AsyncFax, Fax
    from .groups import AsyncGroups, Groups
    from .history import AsyncHistory, History
    from .log import AsyncLog, Log
    from .notifications import AsyncNotifications, Notifications
    from .numbers import AsyncNumbers, Numbers
    from .phonelines import AsyncPhonelines, Phonelines
    from .portings import AsyncPortings, Portings
    from .rtcm import AsyncRtcm, Rtcm
    from .settings import AsyncSettings, Settings
    from .sms import AsyncSms, Sms
    from .users import AsyncUsers, Users
    from .voicemails import AsyncVoicemails, Voicemails

__all__ = ("AsyncEndpoints", "Endpoints")


class Endpoints:
    """Every operation of the API, bound to one synchronous client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    @cached_property
    def account(self) -> Account:
        """The `account` operations."""
        from .account import Account

        return Account(self._client)

    @cached_property
    def addresses(self) -> Addresses:
        """The `addresses` operations."""
        from .addresses import Addresses

        return Addresses(self._client)

    @cached_property
    def app(self) -> App:
        """The `app` operations."""
        from .app import App

        return App(self._client)

    @cached_property
    def authorization(self) -> Authorization:
        """The `authorization` operations."""
        from .authorization import Authorization

        return Authorization(self._client)

    @cached_property
    def autorecordings(self) -> Autorecordings:
        """The `autorecordings` operations."""
        from .autorecordings import Autorecordings

        return Autorecordings(self._client)

    @cached_property
    def blocklist(self) -> Blocklist:
        """The `blocklist` operations."""
        from .blocklist import Blocklist

        return Blocklist(self._client)

    @cached_property
    def callrestrictions(self) -> Callrestrictions:
        """The `callrestrictions` operations."""
        from .callrestrictions import Callrestrictions

        return Callrestrictions(self._client)

    @cached_property
    def calls(self) -> Calls:
        """The `calls` operations."""
        from .calls import Calls

        return Calls(self._client)

    @cached_property
    def channels(self) -> Channels:
        """The `channels` operations."""
        from .channels import Channels

        return Channels(self._client)

    @cached_property
    def contacts(self) -> Contacts:
        """The `contacts` operations."""
        from .contacts import Contacts

        return Contacts(self._client)

    @cached_property
    def devices(self) -> Devices:
        """The `devices` operations."""
        from .devices import Devices

        return Devices(self._client)

    @cached_property
    def fax(self) -> Fax:
        """The `fax` operations."""
        from .fax import Fax

        return Fax(self._client)

    @cached_property
    def groups(self) -> Groups:
        """The `groups` operations."""
        from .groups import Groups

        return Groups(self._client)

    @cached_property
    def history(self) -> History:
        """The `history` operations."""
        from .history import History

        return History(self._client)

    @cached_property
    def log(self) -> Log:
        """The `log` operations."""
        from .log import Log

        return Log(self._client)

    @cached_property
    def notifications(self) -> Notifications:
        """The `notifications` operations."""
        from .notifications import Notifications

        return Notifications(self._client)

    @cached_property
    def numbers(self) -> Numbers:
        """The `numbers` operations."""
        from .numbers import Numbers

        return Numbers(self._client)

    @cached_property
    def phonelines(self) -> Phonelines:
        """The `phonelines` operations."""
        from .phonelines import Phonelines

        return Phonelines(self._client)

    @cached_property
    def portings(self) -> Portings:
        """The `portings` operations."""
        from .portings import Portings

        return Portings(self._client)

    @cached_property
    def rtcm(self) -> Rtcm:
        """The `rtcm` operations."""
        from .rtcm import Rtcm

        return Rtcm(self._client)

    @cached_property
    def settings(self) -> Settings:
        """The `settings` operations."""
        from .settings import Settings

        return Settings(self._client)

    @cached_property
    def sms(self) -> Sms:
        """The `sms` operations."""
        from .sms import Sms

        return Sms(self._client)

    @cached_property
    def users(self) -> Users:
        """The `users` operations."""
        from .users import Users

        return Users(self._client)

    @cached_property
    def voicemails(self) -> Voicemails:
        """The `voicemails` operations."""
        from .voicemails import Voicemails

        return Voicemails(self._client)


class AsyncEndpoints:
    """Every operation of the API, bound to one asynchronous client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    @cached_property
    def account(self) -> AsyncAccount:
        """The `account` operations."""
        from .account import AsyncAccount

        return AsyncAccount(self._client)

    @cached_property
    def addresses(self) -> AsyncAddresses:
        """The `addresses` operations."""
        from .addresses import AsyncAddresses

        return AsyncAddresses(self._client)

    @cached_property
    def app(self) -> AsyncApp:
        """The `app` operations."""
        from .app import AsyncApp

        return AsyncApp(self._client)

    @cached_property
    def authorization(self) -> AsyncAuthorization:
        """The `authorization` operations."""
        from .authorization import AsyncAuthorization

        return AsyncAuthorization(self._client)

    @cached_property
    def autorecordings(self) -> AsyncAutorecordings:
        """The `autorecordings` operations."""
        from .autorecordings import AsyncAutorecordings

        return AsyncAutorecordings(self._client)

    @cached_property
    def blocklist(self) -> AsyncBlocklist:
        """The `blocklist` operations."""
        from .blocklist import AsyncBlocklist

        return AsyncBlocklist(self._client)

    @cached_property
    def callrestrictions(self) -> AsyncCallrestrictions:
        """The `callrestrictions` operations."""
        from .callrestrictions import AsyncCallrestrictions

        return AsyncCallrestrictions(self._client)

    @cached_property
    def calls(self) -> AsyncCalls:
        """The `calls` operations."""
        from .calls import AsyncCalls

        return AsyncCalls(self._client)

    @cached_property
    def channels(self) -> AsyncChannels:
        """The `channels` operations."""
        from .channels import AsyncChannels

        return AsyncChannels(self._client)

    @cached_property
    def contacts(self) -> AsyncContacts:
        """The `contacts` operations."""
        from .contacts import AsyncContacts

        return AsyncContacts(self._client)

    @cached_property
    def devices(self) -> AsyncDevices:
        """The `devices` operations."""
        from .devices import AsyncDevices

        return AsyncDevices(self._client)

    @cached_property
    def fax(self) -> AsyncFax:
        """The `fax` operations."""
        from .fax import AsyncFax

        return AsyncFax(self._client)

    @cached_property
    def groups(self) -> AsyncGroups:
        """The `groups` operations."""
        from .groups import AsyncGroups

        return AsyncGroups(self._client)

    @cached_property
    def history(self) -> AsyncHistory:
        """The `history` operations."""
        from .history import AsyncHistory

        return AsyncHistory(self._client)

    @cached_property
    def log(self) -> AsyncLog:
        """The `log` operations."""
        from .log import AsyncLog

        return AsyncLog(self._client)

    @cached_property
    def notifications(self) -> AsyncNotifications:
        """The `notifications` operations."""
        from .notifications import AsyncNotifications

        return AsyncNotifications(self._client)

    @cached_property
    def numbers(self) -> AsyncNumbers:
        """The `numbers` operations."""
        from .numbers import AsyncNumbers

        return AsyncNumbers(self._client)

    @cached_property
    def phonelines(self) -> AsyncPhonelines:
        """The `phonelines` operations."""
        from .phonelines import AsyncPhonelines

        return AsyncPhonelines(self._client)

    @cached_property
    def portings(self) -> AsyncPortings:
        """The `portings` operations."""
        from .portings import AsyncPortings

        return AsyncPortings(self._client)

    @cached_property
    def rtcm(self) -> AsyncRtcm:
        """The `rtcm` operations."""
        from .rtcm import AsyncRtcm

        return AsyncRtcm(self._client)

    @cached_property
    def settings(self) -> AsyncSettings:
        """The `settings` operations."""
        from .settings import AsyncSettings

        return AsyncSettings(self._client)

    @cached_property
    def sms(self) -> AsyncSms:
        """The `sms` operations."""
        from .sms import AsyncSms

        return AsyncSms(self._client)

    @cached_property
    def users(self) -> AsyncUsers:
        """The `users` operations."""
        from .users import AsyncUsers

        return AsyncUsers(self._client)

    @cached_property
    def voicemails(self) -> AsyncVoicemails:
        """The `voicemails` operations."""
        from .voicemails import AsyncVoicemails

        return AsyncVoicemails(self._client)
