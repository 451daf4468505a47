"""OAuth credentials never leave the library by accident.

No access token, refresh token, client secret, authorization code or PKCE verifier shows
in a ``repr``, a log line or an error (its text, attributes, pickle or chain), and the
objects that hold them refuse to be pickled. The ``oauth`` extra loads only when used.
"""

from __future__ import annotations

import copy
import logging
import pickle
import subprocess
import sys
from datetime import UTC, datetime
from typing import Any

import pytest

import sipgateio
from sipgateio.oauth import AuthorizationRequest, OAuthApp, TokenSet
from sipgateio.sandbox import Sandbox
from tests.oauth.conftest import REDIRECT_URI, follow_login, log_in
from tests.test_secrets import secrets_in


def secrets_of(app: OAuthApp, *items: Any) -> list[str]:
    """Every credential among ``items`` (token sets, requests, codes) and the app's secret."""
    found = [app._client_secret or ""]
    for item in items:
        if isinstance(item, TokenSet):
            found += [item.access_token, item.refresh_token or ""]
        elif isinstance(item, AuthorizationRequest):
            found.append(item.code_verifier)
        else:
            found.append(str(item))
    return [secret for secret in found if secret]


def test_reprs_show_no_credential(sandbox: Sandbox, app: OAuthApp) -> None:
    request = app.authorization_url(scopes=["all"])
    redirect = follow_login(request)
    tokens = app.exchange_code(redirect.code, request)
    secrets = secrets_of(app, request, tokens, redirect.code)

    with sipgateio.SipgateIO(oauth=app, token_set=tokens, base_url=sandbox.base_url) as client:
        shown = [
            repr(tokens),
            str(tokens),
            repr(request),
            repr(app),
            repr(client),
            repr(client.http_client.auth),
        ]

    assert "access_token=<redacted>" in repr(tokens)
    assert "code_verifier=<redacted>" in repr(request)
    assert [secret[:6] for secret in secrets if any(secret in text for text in shown)] == []


def test_the_generated_token_models_show_no_credential(sandbox: Sandbox, app: OAuthApp) -> None:
    """The raw token call (``sipgate_api.api.oauth``) prints as safely as ``TokenSet``."""
    from sipgate_api import Client
    from sipgate_api.api.oauth import request_oauth_token
    from sipgate_api.models import OAuthGrantType, OAuthRealmName, OAuthTokenRequest

    request = app.authorization_url(scopes=["all"])
    redirect = follow_login(request)
    body = OAuthTokenRequest(
        grant_type=OAuthGrantType.AUTHORIZATION_CODE,
        client_id=app.client_id,
        client_secret=app._client_secret,  # type: ignore[arg-type]
        code=redirect.code,
        redirect_uri=REDIRECT_URI,
        code_verifier=request.code_verifier,
    )
    with Client(base_url=sandbox.login_url) as login_server:
        answer = request_oauth_token.sync_detailed(
            OAuthRealmName.SIPGATE_APPS, client=login_server, body=body
        )
    tokens = answer.parsed
    assert answer.status_code == 200 and tokens is not None
    refresh_body = OAuthTokenRequest(
        grant_type=OAuthGrantType.REFRESH_TOKEN,
        client_id=app.client_id,
        refresh_token=tokens.refresh_token,
    )
    secrets = secrets_of(app, request, redirect.code, tokens.access_token, tokens.refresh_token)
    shown = [repr(body), str(body), repr(tokens), str(tokens), repr(refresh_body)]

    assert "access_token=<redacted>" in repr(tokens)
    assert "client_id=" + repr(app.client_id) in repr(body)  # not a secret
    assert [secret[:6] for secret in secrets if any(secret in text for text in shown)] == []


@pytest.mark.parametrize("kind", ["TokenSet", "AuthorizationRequest", "OAuthApp", "auth"])
def test_what_holds_credentials_refuses_to_be_pickled(
    sandbox: Sandbox, app: OAuthApp, kind: str
) -> None:
    tokens = log_in(app)
    with sipgateio.SipgateIO(oauth=app, token_set=tokens, base_url=sandbox.base_url) as client:
        holders = {
            "TokenSet": tokens,
            "AuthorizationRequest": app.authorization_url(scopes=["all"]),
            "OAuthApp": app,
            "auth": client.http_client.auth,
        }

        with pytest.raises(TypeError, match="not pickled"):
            pickle.dumps(holders[kind])


def test_token_sets_copy_as_themselves(app: OAuthApp, sandbox: Sandbox) -> None:
    tokens = log_in(app)

    assert copy.copy(tokens) is tokens
    assert copy.deepcopy({"user": tokens})["user"] is tokens


def test_a_whole_session_logs_no_credential(
    sandbox: Sandbox, app: OAuthApp, caplog: pytest.LogCaptureFixture
) -> None:
    request = app.authorization_url(scopes=["all"])
    # The browser's step is not the library's: httpcore logs the redirect with the code.
    redirect = follow_login(request)
    caplog.set_level(logging.DEBUG)
    tokens = app.exchange_code(redirect.code, request, state=redirect.state)
    issued = [tokens]
    with sipgateio.SipgateIO(
        oauth=app, token_set=tokens, on_token_update=issued.append, base_url=sandbox.base_url
    ) as client:
        client.get_web_users()
        sandbox.expire_access_tokens()
        client.sms.send(to="+4915112345678", message="Hello", sms_id="s0")
        sandbox.expire_access_tokens()
        sandbox.revoke_refresh_tokens()
        with pytest.raises(sipgateio.AuthenticationError):
            client.get_web_users()
    with pytest.raises(sipgateio.AuthenticationError):
        app.exchange_code(redirect.code, request)

    assert len(issued) == 2
    assert "refreshed the OAuth access token" in caplog.text  # the log does tell the story
    leaked = [s[:6] for s in secrets_of(app, request, redirect.code, *issued) if s in caplog.text]
    assert leaked == []


@pytest.mark.parametrize("refused", ["refresh", "code", "client"])
def test_a_refusal_holds_no_credential(sandbox: Sandbox, app: OAuthApp, refused: str) -> None:
    request = app.authorization_url(scopes=["all"])
    redirect = follow_login(request)
    if refused == "client":
        app = OAuthApp(app.client_id, "wrong-secret", REDIRECT_URI, login_url=sandbox.login_url)
    # Trading the code once uses it up; the refresh token it gave is then revoked.
    tokens = None if refused == "client" else app.exchange_code(redirect.code, request)
    sandbox.revoke_refresh_tokens()

    with pytest.raises(sipgateio.AuthenticationError) as caught:
        if refused == "refresh" and tokens is not None:
            app.refresh(tokens)
        else:
            app.exchange_code(redirect.code, request)

    error = caught.value
    assert (
        secrets_in(error, *secrets_of(app, request, redirect.code, *([tokens] * bool(tokens))))
        == []
    )
    assert error.response.request.content == b""
    assert "authorization" not in error.response.request.headers
    copy_ = pickle.loads(pickle.dumps(error))
    assert str(copy_) == str(error)


async def test_an_unreachable_login_server_chains_no_request(app: OAuthApp) -> None:
    offline = OAuthApp(
        app.client_id, app._client_secret, REDIRECT_URI, login_url="http://127.0.0.1:9"
    )
    tokens = TokenSet("access-abc", "refresh-xyz", expires_at=datetime.now(UTC))

    with pytest.raises(
        sipgateio.APIConnectionError, match="no answer from the login server"
    ) as caught:
        await offline.arefresh(tokens)

    assert caught.value.__cause__ is None and caught.value.__context__ is None
    assert secrets_in(caught.value, "access-abc", "refresh-xyz", app._client_secret or "") == []


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )


def test_importing_sipgateio_loads_neither_authlib_nor_sipgateio_oauth() -> None:
    probe = (
        "import sys, sipgateio\n"
        "sipgateio.SipgateIO(token='abc', base_url='http://127.0.0.1:9/v2')\n"
        "print(sorted(m for m in ('authlib', 'sipgateio.oauth') if m in sys.modules))\n"
        "sipgateio.oauth\n"
        "print('authlib' in sys.modules)\n"
    )

    result = run_python(probe)

    assert result.stdout.split("\n")[:2] == ["[]", "False"], result.stdout + result.stderr


def test_without_the_extra_an_app_says_which_extra_to_install() -> None:
    probe = (
        "import sys\n"
        "class HideAuthlib:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.partition('.')[0] == 'authlib':\n"
        "            raise ImportError(name)\n"
        "sys.meta_path.insert(0, HideAuthlib())\n"
        "import sipgateio\n"
        "from sipgateio.oauth import TokenSet\n"
        "try:\n"
        "    sipgateio.oauth.OAuthApp('app', 'secret', 'https://example.com/cb')\n"
        "except ImportError as error:\n"
        "    print(error)\n"
    )

    result = run_python(probe)

    assert "pip install 'sipgateio[oauth]'" in result.stdout, result.stdout + result.stderr
