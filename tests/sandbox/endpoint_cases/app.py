"""``client.endpoints.app`` against the sandbox."""

from __future__ import annotations

import re
from typing import Any

import pytest
from sipgate_api.models import WebuserBusyOnBusyRequest

import sipgateio
from sipgateio.sandbox import Sandbox
from sipgateio.sandbox._openapi import ApiDescription
from tests.sandbox.endpoint_cases import scenario


@scenario("app.get_api_urls")
def test_api_urls_name_paths_the_api_has(endpoints: Any, sandbox: Sandbox) -> None:
    urls = endpoints.app.get_api_urls().to_dict()
    description = ApiDescription.load()

    assert urls["balanceUrl"] == sandbox.base_url + "/balance"
    assert len(urls) > 40
    for name, url in urls.items():
        assert url.startswith(sandbox.base_url + "/"), name
        path = re.sub(r"\{[^}]+\}", "x1", url.removeprefix(sandbox.base_url))
        _, _, known = description.match("GET", path)
        assert known, f"{name}: {url}"


@scenario("app.list_app_events", "app.delete_app_event")
def test_dismissed_notice_is_gone(endpoints: Any, sandbox: Sandbox) -> None:
    area = endpoints.app
    events = area.list_app_events().items
    assert [event.event_name for event in events] == ["VERIFY_ACCOUNT", "NEW_FEATURE"]
    assert events[0].payload["title"] == "Confirm your account"

    remaining = area.delete_app_event(int(events[0].event_id)).items
    assert [event.event_id for event in remaining] == [events[1].event_id]
    assert [event.event_id for event in area.list_app_events().items] == [events[1].event_id]
    with pytest.raises(sipgateio.NotFoundError):
        area.delete_app_event(int(events[0].event_id))


@scenario("app.get_app_links", "app.get_app_properties", "app.get_terms_acceptance")
def test_web_app_settings_are_read(endpoints: Any, sandbox: Sandbox) -> None:
    area = endpoints.app
    links = area.get_app_links()
    assert links.logout_url.startswith("https://")
    assert links.helpdesk_url.startswith("https://")

    properties = area.get_app_properties()
    assert properties.show_sip_credentials is True
    assert properties.mobile_only_product is False
    assert properties.show_basic_logo is False
    assert area.get_terms_acceptance().accepted is True


@scenario("app.list_app_users", "users.set_user_busy_on_busy")
def test_app_users_are_the_web_users_with_their_numbers(endpoints: Any, sandbox: Sandbox) -> None:
    endpoints.users.set_user_busy_on_busy("w0", body=WebuserBusyOnBusyRequest(enabled=True))
    users = {user.id: user for user in endpoints.app.list_app_users().items}

    assert set(users) == {user.id for user in endpoints.users.list_users().items}
    assert users["w0"].busy_on_busy is True
    assert "+4921112345670" in users["w0"]["numbers"]
    assert users["w1"]["numbers"] == ["+4921112345671"]


@scenario("app.get_translations")
def test_translations_exist_for_german_and_english(endpoints: Any, sandbox: Sandbox) -> None:
    german = endpoints.app.get_translations("de_DE")
    english = endpoints.app.get_translations("en_GB")

    assert german["history.title"] == "Verlauf"
    assert english["history.title"] == "History"
    assert set(german.additional_keys) == set(english.additional_keys)
    with pytest.raises(sipgateio.NotFoundError):
        endpoints.app.get_translations("xx_XX")


SCENARIOS = [
    test_api_urls_name_paths_the_api_has,
    test_dismissed_notice_is_gone,
    test_web_app_settings_are_read,
    test_app_users_are_the_web_users_with_their_numbers,
    test_translations_exist_for_german_and_english,
]
