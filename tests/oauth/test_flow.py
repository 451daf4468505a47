"""The authorization code flow against the sandbox's login server, sync and async.

Authorization URL (state, PKCE S256, scopes) → the browser's redirect → code exchange →
API calls with the user's tokens; and what the login server refuses.
"""

from __future__ import annotations

import base64
import hashlib
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

import sipgateio
from sipgateio.oauth import AuthorizationRequest, OAuthApp, TokenSet
from sipgateio.sandbox import Sandbox
from sipgateio.sandbox._openapi import ApiDescription
from tests.oauth.conftest import REDIRECT_URI, follow_login, log_in, new_app, token_requests

TOKEN_PATH = "/auth/realms/{realm}/protocol/openid-connect/token"


def test_the_whole_flow_ends_in_a_client_that_acts_for_the_user(
    sandbox: Sandbox, app: OAuthApp
) -> None:
    request = app.authorization_url(scopes=["all"])
    redirect = follow_login(request)
    assert redirect.location.startswith(REDIRECT_URI + "?")
    assert redirect.state == request.state

    tokens = app.exchange_code(redirect.code, request, state=redirect.state)

    assert tokens.scope == ("all",)
    now = datetime.now(UTC)
    assert now < tokens.expires_at <= now + timedelta(seconds=300)
    assert tokens.refresh_expires_at is not None
    assert tokens.refresh_expires_at > now + timedelta(days=29)
    with sipgateio.SipgateIO(oauth=app, token_set=tokens, base_url=sandbox.base_url) as client:
        assert client.get_authenticated_webuser_id() == "w0"
        client.sms.send(to="+4915112345678", message="sent for the user", sms_id="s0")
        assert client.endpoints.numbers.list_numbers().items
    assert sandbox.sent_sms[-1]["message"] == "sent for the user"
    assert token_requests(sandbox, "authorization_code") == [200]


async def test_the_whole_flow_works_in_async_code(sandbox: Sandbox, app: OAuthApp) -> None:
    request = app.authorization_url(scopes=["all"])
    async with httpx.AsyncClient() as browser:
        answer = await browser.get(request.url, follow_redirects=False)
    assert answer.status_code == 302
    query = parse_qs(urlsplit(answer.headers["Location"]).query)

    tokens = await app.aexchange_code(query["code"][0], request, state=query["state"][0])

    async with sipgateio.AsyncSipgateIO(
        oauth=app, token_set=tokens, base_url=sandbox.base_url
    ) as client:
        assert await client.get_authenticated_webuser_id() == "w0"
        users = await client.get_web_users()
    assert [user.id for user in users] == ["w0", "w1"]
    fresh = await app.arefresh(tokens)
    assert fresh.access_token != tokens.access_token
    assert token_requests(sandbox, "refresh_token") == [200]


def test_the_authorization_url_carries_state_pkce_and_the_scopes(app: OAuthApp) -> None:
    request = app.authorization_url(scopes=["balance:read", "sessions:sms:write"])

    url = urlsplit(request.url)
    query = {name: values[0] for name, values in parse_qs(url.query).items()}
    assert f"{url.scheme}://{url.netloc}{url.path}" == app.authorization_endpoint
    assert url.path == "/auth/realms/sipgate-apps/protocol/openid-connect/auth"
    assert query["response_type"] == "code"
    assert query["client_id"] == app.client_id
    assert query["redirect_uri"] == REDIRECT_URI
    assert query["scope"] == "balance:read sessions:sms:write"
    assert query["state"] == request.state
    assert query["code_challenge_method"] == "S256"
    digest = hashlib.sha256(request.code_verifier.encode()).digest()
    assert query["code_challenge"] == base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
    assert 43 <= len(request.code_verifier) <= 128
    assert request.code_verifier not in request.url
    again = app.authorization_url(scopes=["all"])
    assert (again.state, again.code_verifier) != (request.state, request.code_verifier)


def test_the_realm_and_the_login_server_make_the_endpoints() -> None:
    app = OAuthApp("my-app", "secret", "https://example.com/cb", realm="third-party")

    assert app.authorization_endpoint == (
        "https://login.sipgate.com/auth/realms/third-party/protocol/openid-connect/auth"
    )
    assert app.token_endpoint.endswith("/auth/realms/third-party/protocol/openid-connect/token")


@pytest.mark.parametrize(
    ("scopes", "shown"),
    [("all", "'all'"), ([], "[]"), (["all", "a b"], "'a b'"), ([1], "[1]")],
)
def test_scopes_must_be_a_list_of_scope_names(app: OAuthApp, scopes: object, shown: str) -> None:
    with pytest.raises(sipgateio.ValidationError, match="scopes must") as caught:
        app.authorization_url(scopes=scopes)  # type: ignore[arg-type]

    assert caught.value.argument == "scopes"
    assert shown in str(caught.value)


@pytest.mark.parametrize(
    ("arguments", "argument"),
    [
        ({"redirect_uri": "/callback"}, "redirect_uri"),
        ({"login_url": "login.sipgate.com"}, "login_url"),
        ({"realm": "sipgate apps"}, "realm"),
        ({"client_id": ""}, "client_id"),
        ({"client_secret": ""}, "client_secret"),
        ({"timeout": -1}, "timeout"),
    ],
)
def test_an_app_with_a_bad_setting_is_refused_naming_it(
    arguments: dict[str, str], argument: str
) -> None:
    settings = {
        "client_id": "my-app",
        "client_secret": "secret",
        "redirect_uri": "https://example.com/cb",
        **arguments,
    }

    with pytest.raises(sipgateio.ValidationError) as caught:
        OAuthApp(**settings)  # type: ignore[arg-type]

    assert caught.value.argument == argument


def test_a_redirect_of_another_login_is_refused_before_any_request(
    sandbox: Sandbox, app: OAuthApp
) -> None:
    mine = app.authorization_url(scopes=["all"])
    theirs = follow_login(app.authorization_url(scopes=["all"]))

    with pytest.raises(sipgateio.ValidationError, match="state does not match"):
        app.exchange_code(theirs.code, mine, state=theirs.state)

    assert token_requests(sandbox, "authorization_code") == []


def test_a_code_is_good_for_one_exchange_only(sandbox: Sandbox, app: OAuthApp) -> None:
    request = app.authorization_url(scopes=["all"])
    redirect = follow_login(request)
    tokens = app.exchange_code(redirect.code, request)

    with pytest.raises(sipgateio.AuthenticationError, match="log in again") as caught:
        app.exchange_code(redirect.code, request)

    assert caught.value.body["error"] == "invalid_grant"
    # A code used twice also revokes the refresh token it was first traded for.
    with pytest.raises(sipgateio.AuthenticationError, match="invalid_grant"):
        app.refresh(tokens)


def test_a_code_with_another_login_s_verifier_is_refused(sandbox: Sandbox, app: OAuthApp) -> None:
    request = app.authorization_url(scopes=["all"])
    redirect = follow_login(request)
    other = app.authorization_url(scopes=["all"])
    forged = AuthorizationRequest(request.url, request.state, other.code_verifier)

    with pytest.raises(sipgateio.AuthenticationError) as caught:
        app.exchange_code(redirect.code, forged)

    assert caught.value.body == {
        "error": "invalid_grant",
        "error_description": "PKCE verification failed",
    }


def test_a_wrong_client_secret_is_refused_as_invalid_client(
    sandbox: Sandbox, app: OAuthApp
) -> None:
    impostor = OAuthApp(app.client_id, "not-the-secret", REDIRECT_URI, login_url=sandbox.login_url)
    request = impostor.authorization_url(scopes=["all"])
    redirect = follow_login(request)

    with pytest.raises(sipgateio.AuthenticationError, match="check client_id") as caught:
        impostor.exchange_code(redirect.code, request)

    assert caught.value.status_code == 401
    assert caught.value.body["error"] == "invalid_client"


@pytest.mark.parametrize("what", ["client_id", "redirect_uri"])
def test_the_login_server_never_redirects_to_an_unregistered_address(
    sandbox: Sandbox, app: OAuthApp, what: str
) -> None:
    if what == "client_id":
        stranger = OAuthApp("unknown-app", "x", REDIRECT_URI, login_url=sandbox.login_url)
    else:
        stranger = OAuthApp(
            app.client_id, "x", "https://attacker.example/cb", login_url=sandbox.login_url
        )

    answer = httpx.get(stranger.authorization_url(scopes=["all"]).url, follow_redirects=False)

    assert answer.status_code == 400
    assert "Location" not in answer.headers
    assert answer.json()["error"] in ("unauthorized_client", "invalid_request")


def test_the_login_server_checks_its_parameters_against_the_description(
    sandbox: Sandbox, app: OAuthApp
) -> None:
    url = httpx.URL(app.authorization_url(scopes=["all"]).url)

    wrong_method = httpx.get(
        url.copy_set_param("code_challenge_method", "S512"), follow_redirects=False
    )
    unknown_realm = httpx.get(
        str(url).replace("/realms/sipgate-apps/", "/realms/nobody/"), follow_redirects=False
    )
    json_body = httpx.post(app.token_endpoint, json={"grant_type": "refresh_token"})
    no_grant = httpx.post(app.token_endpoint, data={"client_id": app.client_id})

    assert wrong_method.status_code == 400
    assert "code_challenge_method" in wrong_method.json()["error_description"]
    assert unknown_realm.status_code == 400
    assert "Realm does not exist" in unknown_realm.json()["error_description"]
    assert json_body.status_code == 400
    assert json_body.json()["error"] == "invalid_request"
    assert no_grant.json()["error"] == "unsupported_grant_type"


def test_a_refresh_rotates_the_refresh_token(sandbox: Sandbox, app: OAuthApp) -> None:
    tokens = log_in(app)

    fresh = app.refresh(tokens)

    assert fresh.access_token != tokens.access_token
    assert fresh.refresh_token not in (None, tokens.refresh_token)
    assert fresh.scope == tokens.scope
    with pytest.raises(sipgateio.AuthenticationError, match="must log in again"):
        app.refresh(tokens)
    assert app.refresh(fresh).refresh_token != fresh.refresh_token
    assert token_requests(sandbox, "refresh_token") == [200, 400, 200]


def test_the_token_answers_are_those_the_description_declares(
    sandbox: Sandbox, app: OAuthApp
) -> None:
    description = ApiDescription.load()
    operation = description.document["paths"][TOKEN_PATH]["post"]
    schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
    request = app.authorization_url(scopes=["all"])
    redirect = follow_login(request)
    form = {
        "grant_type": "authorization_code",
        "code": redirect.code,
        "redirect_uri": REDIRECT_URI,
        "code_verifier": request.code_verifier,
        "client_id": app.client_id,
        "client_secret": app._client_secret,
    }

    answer = httpx.post(app.token_endpoint, data=form)

    assert answer.status_code == 200
    assert answer.headers["Cache-Control"] == "no-store"
    assert description.validate(schema, answer.json()) == []
    assert answer.json()["expires_in"] == 300
    assert answer.json()["refresh_expires_in"] == 30 * 24 * 3600


def test_the_api_accepts_issued_tokens_until_they_expire(sandbox: Sandbox, app: OAuthApp) -> None:
    tokens = log_in(app)
    bearer = {"Authorization": f"Bearer {tokens.access_token}"}
    userinfo = sandbox.base_url + "/authorization/userinfo"

    before = httpx.get(userinfo, headers=bearer)
    sandbox.expire_access_tokens()
    after = httpx.get(userinfo, headers=bearer)
    unknown = httpx.get(userinfo, headers={"Authorization": "Bearer never-issued"})

    assert before.status_code == 200
    assert before.json()["sub"] == "w0"
    assert after.status_code == 401
    assert 'error="invalid_token"' in after.headers["WWW-Authenticate"]
    assert unknown.status_code == 401
    # The sandbox's own credentials keep working beside the issued tokens.
    with sipgateio.SipgateIO(**sandbox.client_options()) as client:
        assert client.get_authenticated_webuser_id() == "w0"
    with sipgateio.SipgateIO(token=sandbox.token, base_url=sandbox.base_url) as client:
        assert client.get_authenticated_webuser_id() == "w0"


def test_the_login_operations_point_to_the_login_server_when_asked_under_v2(
    sandbox: Sandbox,
) -> None:
    path = "/auth/realms/sipgate-apps/protocol/openid-connect/token"

    answer = httpx.post(
        sandbox.base_url + path,
        auth=(sandbox.token_id, sandbox.token),
        data={"grant_type": "refresh_token", "client_id": "x"},
    )

    assert answer.status_code == 404
    assert f"use {sandbox.login_url}/auth/realms/" in answer.json()["errors"][0]["detail"]


def test_a_token_set_survives_storing_as_json(
    sandbox: Sandbox, app: OAuthApp, tmp_path: Path
) -> None:
    tokens = log_in(app)
    store = tmp_path / "tokens.json"

    store.write_text(json.dumps(tokens.to_dict()))
    loaded = TokenSet.from_dict(json.loads(store.read_text()))

    assert loaded == tokens
    assert loaded.expires_at.tzinfo is not None
    assert TokenSet.from_dict({**tokens.to_dict(), "scope": "all sms"}).scope == ("all", "sms")
    with pytest.raises(sipgateio.ValidationError) as caught:
        TokenSet.from_dict({**tokens.to_dict(), "access_token": None})
    assert caught.value.argument == "access_token"
    with sipgateio.SipgateIO(oauth=app, token_set=loaded, base_url=sandbox.base_url) as client:
        assert client.get_authenticated_webuser_id() == "w0"


def test_an_authorization_request_survives_a_session_store(sandbox: Sandbox, app: OAuthApp) -> None:
    request = app.authorization_url(scopes=["all"])
    session = json.dumps(request.to_dict())
    redirect = follow_login(request)

    restored = AuthorizationRequest.from_dict(json.loads(session))
    tokens = app.exchange_code(redirect.code, restored, state=redirect.state)

    assert restored == request
    assert tokens.scope == ("all",)


@pytest.mark.parametrize(
    ("arguments", "argument"),
    [
        ({"token_set": "set"}, "token_set"),
        ({"token": "abc"}, "token"),
        ({"oauth": None}, "oauth"),
        ({"on_token_update": "save"}, "on_token_update"),
    ],
)
def test_a_client_with_incomplete_oauth_arguments_is_refused_naming_them(
    sandbox: Sandbox, app: OAuthApp, arguments: dict[str, object], argument: str
) -> None:
    tokens = TokenSet("a", "r", datetime.now(UTC))
    given: dict[str, object] = {"oauth": app, "token_set": tokens, **arguments}

    with pytest.raises(sipgateio.ValidationError) as caught:
        sipgateio.SipgateIO(base_url=sandbox.base_url, **given)  # type: ignore[arg-type]

    assert caught.value.argument == argument


def test_a_second_app_has_its_own_client_and_tokens(sandbox: Sandbox, app: OAuthApp) -> None:
    other = new_app(sandbox, "http://127.0.0.1:8766/cb")
    tokens = log_in(other)

    with pytest.raises(sipgateio.AuthenticationError, match="invalid_grant"):
        app.refresh(tokens)  # a refresh token works only for the client it was issued to
    assert other.refresh(tokens).scope == ("all",)
