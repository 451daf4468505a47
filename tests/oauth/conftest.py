"""Fixtures for OAuth against the sandbox's login server: a registered app and a login.

``log_in`` plays the user's browser: it opens the authorization URL without following
the redirect (the sandbox approves at once) and reads ``code`` and ``state`` from the
redirect to the app's callback, as the app's callback handler would.
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import attrs
import httpx
import pytest

from sipgateio.oauth import AuthorizationRequest, OAuthApp, TokenSet
from sipgateio.sandbox import Sandbox

REDIRECT_URI = "http://127.0.0.1:8765/oauth/callback"


@attrs.frozen
class Redirect:
    """Where the login server sent the browser back to, and what the app needs from it."""

    location: str
    code: str
    state: str


def follow_login(request: AuthorizationRequest) -> Redirect:
    """Open ``request.url`` like a browser and return the redirect to the callback."""
    answer = httpx.get(request.url, follow_redirects=False)
    assert answer.status_code == 302, answer.text
    location = answer.headers["Location"]
    query = parse_qs(urlsplit(location).query)
    return Redirect(location=location, code=query["code"][0], state=query["state"][0])


def log_in(app: OAuthApp, scopes: list[str] | None = None) -> TokenSet:
    """A user's whole login: authorization URL, browser, code exchange."""
    request = app.authorization_url(scopes=scopes or ["all"])
    redirect = follow_login(request)
    return app.exchange_code(redirect.code, request, state=redirect.state)


def token_requests(sandbox: Sandbox, grant_type: str) -> list[int]:
    """The statuses of the token requests of ``grant_type`` the sandbox answered."""
    return [
        logged.status
        for logged in sandbox.login_requests
        if logged.path.endswith("/token") and logged.grant_type == grant_type
    ]


def new_app(sandbox: Sandbox, redirect_uri: str = REDIRECT_URI) -> OAuthApp:
    client_id, client_secret = sandbox.register_oauth_client(redirect_uri)
    return OAuthApp(client_id, client_secret, redirect_uri, login_url=sandbox.login_url)


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as running:
        yield running


@pytest.fixture
def app(sandbox: Sandbox) -> OAuthApp:
    return new_app(sandbox)
