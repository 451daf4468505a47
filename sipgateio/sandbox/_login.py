"""sipgate's OAuth 2.0 login server, as the sandbox plays it, on the same port as the API.

``GET /auth/realms/{realm}/protocol/openid-connect/auth`` approves every login at once (as
the account's web user ``w0``) and redirects to the client's registered redirect URI with
``code`` and ``state``; ``POST .../token`` trades a code (checking the PKCE verifier) or a
refresh token (rotating it) for tokens. Both check their parameters against the
``oauth`` operations of the API description first. Refusals are OAuth errors (RFC 6749
§5.2): 400 with ``{"error", "error_description"}``, 401 ``invalid_client`` for unknown
clients or wrong secrets. Access tokens live ``access_token_lifetime`` seconds; the REST
API under ``/v2`` accepts them until then and answers 401 afterwards.

The protocol is small enough to keep here by hand: the sandbox is the server side, which
Authlib offers only through web-framework integrations, and a server that is
deliberately strict about sipgate's own rules (redirect URIs registered exactly,
single-use codes, rotated refresh tokens) is easier to read as plain code.
"""

from __future__ import annotations

import base64
import binascii
import collections
import hashlib
import hmac
import itertools
import json
import math
import secrets
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any, Final
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

import attrs
import falcon

from sipgateio.sandbox._api import Reply, Request, operation
from sipgateio.sandbox._errors import ApiError
from sipgateio.sandbox._openapi import ApiDescription, Operation

DEFAULT_ACCESS_TOKEN_LIFETIME: Final = 300.0
DEFAULT_REFRESH_TOKEN_LIFETIME: Final = 30 * 24 * 3600.0
CODE_LIFETIME: Final = 60.0
_PREFIX: Final = "/auth/realms/{realm}/protocol/openid-connect"
_FORM: Final = "application/x-www-form-urlencoded"
_MAX_FORM: Final = 64_000
_KEPT_TOKENS: Final = 10_000


@attrs.frozen
class LoginRequest:
    """One request to the login server and how it was answered.

    ``grant_type`` is set for token requests; ``error`` is the OAuth error code of a refusal.
    """

    method: str
    path: str
    status: int
    grant_type: str | None = None
    error: str | None = None


class OAuthError(Exception):
    """A refusal as the OAuth 2.0 standard words it: status, error code, description."""

    def __init__(self, status: int, error: str, description: str) -> None:
        super().__init__(f"{error}: {description}")
        self.status = status
        self.error = error
        self.description = description


@attrs.define
class _Client:
    secret: str
    redirect_uris: set[str]


@attrs.define
class _Code:
    client_id: str
    redirect_uri: str
    scope: str
    challenge: str | None
    challenge_method: str
    user_id: str
    expires_at: float
    used: bool = False
    refresh_tokens: list[str] = attrs.field(factory=list)


@attrs.define
class _AccessToken:
    user_id: str
    expires_at: float


@attrs.define
class _RefreshToken:
    client_id: str
    user_id: str
    scope: str
    expires_at: float
    active: bool = True


class LoginServer:
    """The state of the login server: clients, codes and tokens."""

    def __init__(
        self,
        *,
        access_token_lifetime: float = DEFAULT_ACCESS_TOKEN_LIFETIME,
        refresh_token_lifetime: float = DEFAULT_REFRESH_TOKEN_LIFETIME,
        user_id: str = "w0",
        clock: Callable[[], float] = time.time,
    ) -> None:
        for name, value in (
            ("access_token_lifetime", access_token_lifetime),
            ("refresh_token_lifetime", refresh_token_lifetime),
        ):
            if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
                raise ValueError(f"{name} must be a positive number of seconds, got {value!r}")
        self.access_token_lifetime = float(access_token_lifetime)
        self.refresh_token_lifetime = float(refresh_token_lifetime)
        self.user_id = user_id
        self.clock = clock
        self.lock = threading.Lock()
        self._client_ids = itertools.count(1)
        self._clients: dict[str, _Client] = {}
        self._codes: dict[str, _Code] = {}
        self._access_tokens: dict[str, _AccessToken] = {}
        self._refresh_tokens: dict[str, _RefreshToken] = {}
        self.log: collections.deque[LoginRequest] = collections.deque(maxlen=10_000)

    # -------------------------------------------------------------- clients
    def register_client(self, redirect_uri: str) -> tuple[str, str]:
        """A new confidential client that may redirect to ``redirect_uri``: its id and secret."""
        parts = urlsplit(redirect_uri) if isinstance(redirect_uri, str) else None
        if parts is None or parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError(f"redirect_uri must be an absolute http(s) URL, got {redirect_uri!r}")
        if parts.fragment:
            raise ValueError(f"redirect_uri must not have a fragment, got {redirect_uri!r}")
        with self.lock:
            client_id = f"sandbox-app-{next(self._client_ids)}"
            secret = secrets.token_urlsafe(24)
            self._clients[client_id] = _Client(secret, {redirect_uri})
        return client_id, secret

    # ------------------------------------------------------------ authorize
    def authorize(self, query: Mapping[str, str]) -> str:
        """Approve a login: the address (the redirect URI with code and state) to go to next.

        Raises ``OAuthError`` when the client or its redirect URI is not registered: those
        must not be redirected to. Other problems are redirected as ``error=...``.
        """
        client_id = query.get("client_id", "")
        redirect_uri = query.get("redirect_uri", "")
        with self.lock:
            client = self._clients.get(client_id)
            if client is None:
                raise OAuthError(400, "unauthorized_client", "Client not found")
            if redirect_uri not in client.redirect_uris:
                raise OAuthError(400, "invalid_request", "Invalid parameter: redirect_uri")
            state = query.get("state")
            challenge = query.get("code_challenge")
            method = query.get("code_challenge_method", "plain" if challenge else "")
            if method and not challenge:
                return _with_query(
                    redirect_uri,
                    error="invalid_request",
                    error_description="Missing parameter: code_challenge",
                    state=state,
                )
            code = secrets.token_urlsafe(24)
            self._codes[code] = _Code(
                client_id=client_id,
                redirect_uri=redirect_uri,
                scope=query.get("scope", ""),
                challenge=challenge,
                challenge_method=method,
                user_id=self.user_id,
                expires_at=self.clock() + CODE_LIFETIME,
            )
        return _with_query(redirect_uri, code=code, state=state)

    # ---------------------------------------------------------------- token
    def token(self, form: Mapping[str, str], client_id: str, client_secret: str) -> dict[str, Any]:
        """The answer to a token request by an authenticated client, or ``OAuthError``."""
        with self.lock:
            client = self._clients.get(client_id)
            if client is None or not hmac.compare_digest(client.secret, client_secret):
                raise OAuthError(
                    401, "invalid_client", "Invalid client or Invalid client credentials"
                )
            if form["grant_type"] == "authorization_code":
                return self._trade_code(form, client_id)
            return self._trade_refresh_token(form, client_id)

    def _trade_code(self, form: Mapping[str, str], client_id: str) -> dict[str, Any]:
        code = self._codes.get(form.get("code", ""))
        if code is None or code.client_id != client_id:
            raise OAuthError(400, "invalid_grant", "Code not valid")
        if code.used:
            # RFC 6749 §4.1.2: a code used twice revokes what it was traded for.
            for token in code.refresh_tokens:
                self._refresh_tokens[token].active = False
            raise OAuthError(400, "invalid_grant", "Code not valid")
        code.used = True
        if self.clock() >= code.expires_at:
            raise OAuthError(400, "invalid_grant", "Code not valid")
        if form.get("redirect_uri") != code.redirect_uri:
            raise OAuthError(400, "invalid_grant", "Incorrect redirect_uri")
        verifier = form.get("code_verifier")
        if code.challenge is not None:
            if not verifier:
                raise OAuthError(400, "invalid_grant", "PKCE code verifier not specified")
            if not hmac.compare_digest(_challenge(verifier, code.challenge_method), code.challenge):
                raise OAuthError(400, "invalid_grant", "PKCE verification failed")
        elif verifier:
            raise OAuthError(400, "invalid_grant", "PKCE code verifier given without a challenge")
        answer = self._issue(client_id, code.user_id, code.scope)
        code.refresh_tokens.append(answer["refresh_token"])
        return answer

    def _trade_refresh_token(self, form: Mapping[str, str], client_id: str) -> dict[str, Any]:
        token = form.get("refresh_token", "")
        grant = self._refresh_tokens.get(token)
        if grant is None or not grant.active or self.clock() >= grant.expires_at:
            raise OAuthError(400, "invalid_grant", "Token is not active")
        if grant.client_id != client_id:
            raise OAuthError(400, "invalid_grant", "Token client and authorized client don't match")
        grant.active = False  # rotated: the new refresh token replaces it
        return self._issue(client_id, grant.user_id, grant.scope)

    def _issue(self, client_id: str, user_id: str, scope: str) -> dict[str, Any]:
        now = self.clock()
        self._forget_expired(now)
        access_token = secrets.token_urlsafe(32)
        refresh_token = secrets.token_urlsafe(32)
        self._access_tokens[access_token] = _AccessToken(user_id, now + self.access_token_lifetime)
        self._refresh_tokens[refresh_token] = _RefreshToken(
            client_id, user_id, scope, now + self.refresh_token_lifetime
        )
        return {
            "access_token": access_token,
            # Whole seconds, as the description says; a fractional lifetime (in tests)
            # ends before the client expects it to, which it must survive anyway.
            "expires_in": math.ceil(self.access_token_lifetime),
            "refresh_expires_in": math.ceil(self.refresh_token_lifetime),
            "refresh_token": refresh_token,
            "token_type": "Bearer",
            "scope": scope,
        }

    def _forget_expired(self, now: float) -> None:
        if len(self._access_tokens) > _KEPT_TOKENS:
            for token, record in list(self._access_tokens.items()):
                if record.expires_at <= now:
                    del self._access_tokens[token]
        if len(self._refresh_tokens) > _KEPT_TOKENS:
            for token, grant in list(self._refresh_tokens.items()):
                if not grant.active or grant.expires_at <= now:
                    del self._refresh_tokens[token]

    # ----------------------------------------------------------- the API's side
    def user_for(self, access_token: str) -> str | None:
        """The web user an access token acts for; ``None`` for a token never issued.

        An expired token raises the API's 401 with a ``Bearer`` challenge that says so.
        """
        with self.lock:
            record = self._access_tokens.get(access_token)
            if record is None:
                return None
            if self.clock() < record.expires_at:
                return record.user_id
        raise ApiError(
            401,
            headers={
                "WWW-Authenticate": 'Bearer realm="sipgate sandbox", error="invalid_token", '
                'error_description="The access token expired"'
            },
        )

    def expire_access_tokens(self) -> None:
        """End the life of every access token issued so far, as if it had run out."""
        with self.lock:
            now = self.clock()
            for record in self._access_tokens.values():
                record.expires_at = min(record.expires_at, now)

    def revoke_refresh_tokens(self) -> None:
        """Revoke every refresh token, as a user who withdraws the app's access does."""
        with self.lock:
            for grant in self._refresh_tokens.values():
                grant.active = False


def _challenge(verifier: str, method: str) -> str:
    if method == "S256":
        digest = hashlib.sha256(verifier.encode("ascii", "replace")).digest()
        return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")
    return verifier


def _with_query(url: str, **params: str | None) -> str:
    """``url`` with ``params`` (those not ``None``) added to its query."""
    parts = urlsplit(url)
    extra = urlencode({name: value for name, value in params.items() if value is not None})
    query = f"{parts.query}&{extra}" if parts.query else extra
    return urlunsplit(parts._replace(query=query))


# ------------------------------------------------------------------ HTTP


def add_login_routes(
    app: falcon.App[falcon.Request, falcon.Response],
    login: LoginServer,
    description: ApiDescription,
) -> None:
    """Serve ``login`` at sipgate's login-server paths of ``app``."""
    app.add_route(_PREFIX + "/auth", _Authorize(login, description))
    app.add_route(_PREFIX + "/token", _Token(login, description))


class _Endpoint:
    def __init__(self, login: LoginServer, description: ApiDescription, method: str) -> None:
        self.login = login
        self.description = description
        self.method = method

    def operation(self, req: falcon.Request) -> Operation:
        found, _, _ = self.description.match(self.method, req.path)
        assert found is not None, req.path
        return found

    def check_realm(self, operation: Operation, realm: str) -> None:
        _, problems = operation.check_parameters("path", {"realm": [realm]})
        if problems:
            raise OAuthError(400, "invalid_request", f"Realm does not exist: {realm}")

    def answer(
        self,
        req: falcon.Request,
        resp: falcon.Response,
        status: int,
        body: Mapping[str, Any] | None,
        grant_type: str | None = None,
    ) -> None:
        resp.status = status
        resp.set_header("Cache-Control", "no-store")
        if body is not None:
            resp.content_type = falcon.MEDIA_JSON
            resp.text = json.dumps(body)
        error = body.get("error") if body is not None and status >= 400 else None
        with self.login.lock:
            self.login.log.append(LoginRequest(req.method, req.path, status, grant_type, error))


class _Authorize(_Endpoint):
    def __init__(self, login: LoginServer, description: ApiDescription) -> None:
        super().__init__(login, description, "GET")

    def on_get(self, req: falcon.Request, resp: falcon.Response, realm: str) -> None:
        operation = self.operation(req)
        try:
            self.check_realm(operation, realm)
            query = _single_values(parse_qs(req.query_string, keep_blank_values=True))
            _, problems = operation.check_parameters(
                "query", {name: [value] for name, value in query.items()}
            )
            if problems:
                first = problems[0]
                raise OAuthError(400, "invalid_request", f"{first.pointer}: {first.message}")
            location = self.login.authorize(query)
        except OAuthError as error:
            self.answer(
                req,
                resp,
                error.status,
                {"error": error.error, "error_description": error.description},
            )
            return
        resp.location = location
        self.answer(req, resp, 302, None)


class _Token(_Endpoint):
    def __init__(self, login: LoginServer, description: ApiDescription) -> None:
        super().__init__(login, description, "POST")

    def on_post(self, req: falcon.Request, resp: falcon.Response, realm: str) -> None:
        grant_type = None
        operation = self.operation(req)
        try:
            self.check_realm(operation, realm)
            form = self._form(req)
            grant_type = form.get("grant_type")
            client_id, client_secret = _client_credentials(req, form)
            self._check_form(operation, {**form, "client_id": client_id})
            answer = self.login.token(form, client_id, client_secret)
        except OAuthError as error:
            if error.status == 401:
                resp.set_header("WWW-Authenticate", 'Basic realm="sipgate sandbox"')
            body = {"error": error.error, "error_description": error.description}
            self.answer(req, resp, error.status, body, grant_type)
            return
        resp.set_header("Pragma", "no-cache")
        self.answer(req, resp, 200, answer, grant_type)

    def _form(self, req: falcon.Request) -> dict[str, str]:
        if not (req.content_type or "").lower().startswith(_FORM):
            raise OAuthError(400, "invalid_request", f"Send the token request as {_FORM}")
        raw = req.bounded_stream.read(_MAX_FORM + 1) if req.content_length else b""
        if len(raw) > _MAX_FORM:
            raise OAuthError(400, "invalid_request", "The form is too large")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise OAuthError(400, "invalid_request", "The form is not UTF-8") from None
        form = _single_values(parse_qs(text, keep_blank_values=True))
        if form.get("grant_type") not in ("authorization_code", "refresh_token"):
            raise OAuthError(
                400, "unsupported_grant_type", f"Unsupported grant_type: {form.get('grant_type')}"
            )
        return form

    def _check_form(self, operation: Operation, form: Mapping[str, str]) -> None:
        """Check the form against the description's schema of the token request."""
        body = self.description.document["paths"][operation.template]["post"]["requestBody"]
        problems = self.description.validate(body["content"][_FORM]["schema"], dict(form))
        if problems:
            first = problems[0]
            raise OAuthError(400, "invalid_request", f"{first.pointer or '/'}: {first.message}")


def _single_values(values: Mapping[str, list[str]]) -> dict[str, str]:
    """One value per parameter; RFC 6749 §3.1 forbids repeating one."""
    repeated = sorted(name for name, given in values.items() if len(given) > 1)
    if repeated:
        raise OAuthError(400, "invalid_request", f"Duplicated parameter: {repeated[0]}")
    return {name: given[0] for name, given in values.items()}


def _client_credentials(req: falcon.Request, form: Mapping[str, str]) -> tuple[str, str]:
    """The client id and secret: from the form (client_secret_post) or Basic auth."""
    client_id = form.get("client_id", "")
    client_secret = form.get("client_secret", "")
    scheme, _, credentials = (req.get_header("Authorization") or "").partition(" ")
    if scheme.lower() == "basic":
        try:
            decoded = base64.b64decode(credentials, validate=True).decode("utf-8")
        except (binascii.Error, ValueError):
            raise OAuthError(401, "invalid_client", "Malformed Basic credentials") from None
        basic_id, _, basic_secret = decoded.partition(":")
        if client_id and client_id != basic_id:
            raise OAuthError(400, "invalid_request", "Two different client ids")
        client_id, client_secret = basic_id, basic_secret
    if not client_id:
        raise OAuthError(401, "invalid_client", "Missing parameter: client_id")
    return client_id, client_secret


# The login server's operations live at the login server's address, not under /v2.
def _elsewhere(request: Request) -> Reply:
    login_url = request.base_url.removesuffix("/v2")
    raise ApiError(
        404,
        f"the login server is not under /v2: use {login_url}{_PREFIX}/auth and .../token",
    )


@operation
def authorize_oauth(request: Request) -> Reply:
    """Served by the login server (``add_login_routes``), not under ``/v2``."""
    return _elsewhere(request)


@operation
def request_oauth_token(request: Request) -> Reply:
    """Served by the login server (``add_login_routes``), not under ``/v2``."""
    return _elsewhere(request)
