"""``app``: what sipgate's web app loads — resource addresses, notices, links, switches, texts.

Everything is seeded. The notices (``list_app_events``) are a store that
``delete_app_event`` dismisses from; the web users are the account's (``account.users``),
each with the numbers routed to their phone lines.
"""

from __future__ import annotations

from typing import Any, Final

import attrs

from sipgateio.sandbox._account import Account
from sipgateio.sandbox._api import Reply, Request, operation
from sipgateio.sandbox._areas._store import Records, area_state, ok
from sipgateio.sandbox._errors import not_found

# Resource addresses by name, relative to the API's base URL.
_API_PATHS: Final = {
    "accountUrl": "/account",
    "accountVerifiedUrl": "/account/verified",
    "addressesUrl": "/addresses",
    "addressUrl": "/addresses/{addressId}",
    "addressNumbersUrl": "/addresses/{addressId}/numbers",
    "authorizationOauthClientsUrl": "/authorization/oauth2/clients",
    "authorizationOauthClientUrl": "/authorization/oauth2/clients/{clientId}",
    "balanceUrl": "/balance",
    "callRestrictionsUrl": "/callrestrictions",
    "contactsUrl": "/contacts",
    "internalContactsUrl": "/contacts/internal",
    "deviceUrl": "/devices/{deviceId}",
    "deviceCallerIdUrl": "/devices/{deviceId}/callerid",
    "faxlinesUrl": "/{userId}/faxlines",
    "faxlineUrl": "/{userId}/faxlines/{faxlineId}",
    "faxlineNumbersUrl": "/{userId}/faxlines/{faxlineId}/numbers",
    "groupsUrl": "/groups",
    "groupDetailUrl": "/groups/{groupId}",
    "groupUserUrl": "/groups/{groupId}/users",
    "groupDevicesUrl": "/groups/{groupId}/devices",
    "groupNumbersUrl": "/groups/{groupId}/numbers",
    "historyUrl": "/history",
    "historyEntryUrl": "/history/{entryId}",
    "notificationsUrl": "/{userId}/notifications",
    "numbersUrl": "/numbers",
    "numberUrl": "/numbers/{numberId}",
    "webuserNumbersUrl": "/{userId}/numbers",
    "phonelinesUrl": "/{userId}/phonelines",
    "phonelineUrl": "/{userId}/phonelines/{phonelineId}",
    "phonelineDevicesUrl": "/{userId}/phonelines/{phonelineId}/devices",
    "phonelineForwardingsUrl": "/{userId}/phonelines/{phonelineId}/forwardings",
    "phonelineNumbersUrl": "/{userId}/phonelines/{phonelineId}/numbers",
    "phonelineVoicemailsUrl": "/{userId}/phonelines/{phonelineId}/voicemails",
    "portingsUrl": "/portings",
    "portingUrl": "/portings/{portingId}",
    "restrictionsUrl": "/restrictions",
    "sessionsCallUrl": "/sessions/calls",
    "settingsSipgateioUrl": "/settings/sipgateio",
    "smsUrl": "/{userId}/sms",
    "smsCallerIdsUrl": "/{userId}/sms/{smsId}/callerids",
    "translationsUrl": "/translations/{language}",
    "userInfoUrl": "/authorization/userinfo",
    "usersUrl": "/users",
    "userUrl": "/users/{userId}",
    "userBusyOnBusyUrl": "/users/{userId}/busyonbusy",
    "userDefaultDeviceUrl": "/users/{userId}/defaultdevice",
    "userRoleUrl": "/users/{userId}/role",
    "userDevicesUrl": "/{userId}/devices",
    "voicemailsUrl": "/voicemails",
    "voicemailDetailUrl": "/voicemails/{voicemailId}",
}

_WEB_APP: Final = "https://app.sipgate.example"
_APP_LINKS: Final = {
    "accountSettingsUrl": f"{_WEB_APP}/settings/account",
    "accountTopUpUrl": f"{_WEB_APP}/settings/account/credit",
    "bookPhonenumberUrl": f"{_WEB_APP}/numbers/book",
    "contactsUrl": f"{_WEB_APP}/contacts",
    "faxAppUrl": f"{_WEB_APP}/fax",
    "forwardingsUrl": f"{_WEB_APP}/routing",
    "helpdeskUrl": "https://help.sipgate.example",
    "loginUrl": f"{_WEB_APP}/login",
    "logoutUrl": f"{_WEB_APP}/logout",
    "notificationsUrl": f"{_WEB_APP}/settings/notifications",
    "personalSettingsUrl": f"{_WEB_APP}/settings/personal",
    "sendFaxUrl": f"{_WEB_APP}/fax/send",
    "supportUrl": "https://help.sipgate.example/contact",
    "teamUrl": f"{_WEB_APP}/team",
    "userSettingsUrl": f"{_WEB_APP}/settings/users",
}

# What a TEAM product shows in the web app.
_APP_PROPERTIES: Final = {
    "identityVerificationRequired": False,
    "verificationLetterCodeRequired": True,
    "showSipCredentials": True,
    "showRegisterDndOption": True,
    "showDisplaySingleLineOption": True,
    "showClick2DialButton": True,
    "showVerificationLetter": True,
    "hasDedicatedAdminArea": True,
    "showSimRelevantOptions": True,
    "showESimOptions": True,
    "showEventTimeToLiveHint": False,
    "showNettoPrices": True,
    "showBasicLogo": False,
    "showSimquadratLogo": False,
    "identityVerificationRequiredForMobile": True,
    "chatbotHuman": False,
    "chatbotUsingInformalLanguage": False,
    "multiSimProduct": True,
    "productWithoutBaseFee": False,
    "voipOnlyProduct": False,
    "mobileOnlyProduct": False,
}

_TRANSLATIONS: Final = {
    "de_DE": {
        "history.title": "Verlauf",
        "contacts.title": "Kontakte",
        "sms.send": "SMS senden",
        "fax.send": "Fax senden",
        "balance.label": "Guthaben",
    },
    "en_GB": {
        "history.title": "History",
        "contacts.title": "Contacts",
        "sms.send": "Send text message",
        "fax.send": "Send fax",
        "balance.label": "Credit",
    },
}


@attrs.define
class App:
    """The web app's notices that have not been dismissed."""

    events: Records


def _seed(account: Account) -> App:
    events = Records("app event")
    events.add(
        {
            "eventId": "1",
            "eventType": "HINT",
            "eventName": "VERIFY_ACCOUNT",
            "payload": {"title": "Confirm your account", "text": "Enter the code from our letter."},
        },
        key="eventId",
    )
    events.add(
        {
            "eventId": "2",
            "eventType": "ANNOUNCEMENT",
            "eventName": "NEW_FEATURE",
            "payload": {
                "title": "Contacts as vCards",
                "text": "Read and write contacts as vCards.",
            },
        },
        key="eventId",
    )
    return App(events=events)


def _state(request: Request) -> App:
    return area_state(request, "app", _seed)


@operation
def get_api_urls(request: Request) -> Reply:
    return ok({name: request.base_url + path for name, path in _API_PATHS.items()})


@operation
def list_app_events(request: Request) -> Reply:
    return ok({"items": list(_state(request).events)})


@operation
def delete_app_event(request: Request) -> Reply:
    events = _state(request).events
    events.remove(request.path["id"])
    return ok({"items": list(events)})


@operation
def get_app_links(request: Request) -> Reply:
    return ok(_APP_LINKS)


@operation
def get_app_properties(request: Request) -> Reply:
    return ok(_APP_PROPERTIES)


@operation
def get_terms_acceptance(request: Request) -> Reply:
    return ok({"accepted": True})


@operation
def list_app_users(request: Request) -> Reply:
    account = request.account
    users: list[dict[str, Any]] = []
    for user in account.users.values():
        lines = {line.id for line in account.phonelines.values() if line.user_id == user["id"]}
        numbers = ["+" + item["number"] for item in account.numbers if item["endpointId"] in lines]
        users.append({**user, "numbers": numbers})
    return ok({"items": users})


@operation
def get_translations(request: Request) -> Reply:
    language = str(request.path["language"])
    texts = _TRANSLATIONS.get(language)
    if texts is None:
        raise not_found(f"translations for {language!r} (there are {', '.join(_TRANSLATIONS)})")
    return ok(texts)
