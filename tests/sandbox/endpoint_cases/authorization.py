"""``client.endpoints.authorization`` against the sandbox."""

from __future__ import annotations

from typing import Any

import pytest
from sipgate_api.api.authorization import (
    change_password,
    list_oauth_clients,
    request_password_reset,
)
from sipgate_api.client import Client
from sipgate_api.models import ChangePasswordRequest, OAuthClientRequest, PasswordResetRequest

import sipgateio
from sipgateio.sandbox import Sandbox
from tests.sandbox.endpoint_cases import scenario


def _registration(name: str) -> OAuthClientRequest:
    return OAuthClientRequest(
        name=name,
        description="Dials from the CRM",
        redirect_uris=["https://app.example.com/*"],
        web_origins=["https://app.example.com"],
        privacy_url="https://app.example.com/privacy",
        terms_url="https://app.example.com/terms",
    )


@scenario("authorization.get_userinfo")
def test_userinfo_names_the_user_of_the_token(endpoints: Any, sandbox: Sandbox) -> None:
    info = endpoints.authorization.get_userinfo()

    assert info.sub == "w0"
    assert info.sub in {user.id for user in endpoints.users.list_users().items}


@scenario(
    "authorization.list_oauth_clients",
    "authorization.create_oauth_client",
    "authorization.get_oauth_client",
    "authorization.update_oauth_client",
    "authorization.get_oauth_client_legal_urls",
    "authorization.delete_oauth_client",
)
def test_oauth_client_is_registered_changed_and_removed(endpoints: Any, sandbox: Sandbox) -> None:
    area = endpoints.authorization
    seeded = [client.name for client in area.list_oauth_clients().data]
    assert seeded == ["Example CRM"]

    created = area.create_oauth_client(body=_registration("Dialer"))
    assert created.client_id and len(created.client_secret) >= 16
    assert [client.client_id for client in area.list_oauth_clients().data][-1] == created.client_id

    changed = _registration("Dialer 2")
    changed.terms_url = "https://app.example.com/terms-v2"
    updated = area.update_oauth_client(created.client_id, body=changed)
    assert (updated.name, updated.client_secret) == ("Dialer 2", created.client_secret)
    assert area.get_oauth_client(created.client_id).name == "Dialer 2"
    legal = area.get_oauth_client_legal_urls(created.client_id)
    assert legal.terms_url == "https://app.example.com/terms-v2"

    with pytest.raises(sipgateio.BadRequestError):
        area.create_oauth_client(body=_registration("   "))
    not_a_page = _registration("Dialer 3")
    not_a_page.privacy_url = "privacy"
    with pytest.raises(sipgateio.BadRequestError):
        area.update_oauth_client(created.client_id, body=not_a_page)

    assert area.delete_oauth_client(created.client_id) is None
    assert created.client_id not in {client.client_id for client in area.list_oauth_clients().data}
    with pytest.raises(sipgateio.NotFoundError):
        area.get_oauth_client(created.client_id)
    with pytest.raises(sipgateio.NotFoundError):
        area.update_oauth_client(created.client_id, body=changed)
    with pytest.raises(sipgateio.NotFoundError):
        area.get_oauth_client_legal_urls(created.client_id)
    with pytest.raises(sipgateio.NotFoundError):
        area.delete_oauth_client(created.client_id)


@scenario("authorization.request_password_reset", "authorization.change_password")
def test_password_is_reset_with_the_links_nonce(endpoints: Any, sandbox: Sandbox) -> None:
    area = endpoints.authorization
    unknown = PasswordResetRequest(username="nobody@example.com")
    assert area.request_password_reset(body=unknown) is None
    assert sandbox.account.areas["authorization"].resets.sent == []

    area.request_password_reset(body=PasswordResetRequest(username="alan@example.com"))
    (link,) = sandbox.account.areas["authorization"].resets.sent
    assert link["username"] == "alan@example.com"

    with pytest.raises(sipgateio.BadRequestError):
        area.change_password(
            link["nonce"], body=ChangePasswordRequest(password="correct horse", password_repeat="x")
        )
    new = ChangePasswordRequest(password="correct horse", password_repeat="correct horse")
    assert area.change_password(link["nonce"], body=new) is None
    with pytest.raises(sipgateio.NotFoundError):
        area.change_password(link["nonce"], body=new)


@scenario("authorization.request_password_reset", "authorization.change_password")
def test_password_operations_answer_without_credentials(endpoints: Any, sandbox: Sandbox) -> None:
    with Client(base_url=sandbox.base_url) as anonymous:
        reset = request_password_reset.sync_detailed(
            client=anonymous, body=PasswordResetRequest(username="ada@example.com")
        )
        assert reset.status_code == 204
        (link,) = sandbox.account.areas["authorization"].resets.sent
        new = ChangePasswordRequest(password="analytical", password_repeat="analytical")
        changed = change_password.sync_detailed(link["nonce"], client=anonymous, body=new)
        assert changed.status_code == 204

        assert list_oauth_clients.sync_detailed(client=anonymous).status_code == 401


SCENARIOS = [
    test_userinfo_names_the_user_of_the_token,
    test_oauth_client_is_registered_changed_and_removed,
    test_password_is_reset_with_the_links_nonce,
    test_password_operations_answer_without_credentials,
]
