"""OAuth 2.0 for apps that act for other sipgate users: log in, trade the code, refresh.

::

    app = sipgateio.oauth.OAuthApp(client_id, client_secret, "https://example.com/callback")
    login = app.authorization_url(scopes=["all"])   # send the user's browser to login.url
    tokens = app.exchange_code(code, login, state=state)   # code and state from the callback
    client = sipgateio.SipgateIO(oauth=app, token_set=tokens, on_token_update=save)

The protocol (state, PKCE with S256, the form fields of the token requests) comes from
Authlib's OAuth 2.0 core (``pip install 'sipgateio[oauth]'``). Its ready-made httpx clients
are not used: Authlib now targets the httpx2 fork and warns on every import under httpx,
and a client of its own would bypass sipgateio's headers and error types. So this module
builds each login request with Authlib, sends it with httpx (one sync and one async
driver around the same two functions) and reads the answer itself, which keeps every
credential out of errors: a refused request raises ``AuthenticationError`` whose response
and request hold no code, token or secret.

Credentials never show in a ``repr``, an error or a log line, and ``TokenSet``,
``AuthorizationRequest`` and ``OAuthApp`` refuse to be pickled: store
``tokens.to_dict()`` where you keep secrets, and read it back with ``TokenSet.from_dict``.
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any, Final, NoReturn, overload

import attrs
import httpx

from sipgateio._config import _check_timeout, client_headers
from sipgateio.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    ValidationError,
    decode_error_body,
    error_class_for_status,
)

__all__ = ["DEFAULT_LOGIN_URL", "REALMS", "AuthorizationRequest", "OAuthApp", "TokenSet"]

logger = logging.getLogger("sipgateio")

DEFAULT_LOGIN_URL: Final = "https://login.sipgate.com"
REALMS: Final = ("sipgate-apps", "third-party")
# sipgate's access tokens live 300 s; assumed when an answer does not say.
_DEFAULT_LIFETIME: Final = 300.0
_REALM = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")
_SCOPE = re.compile(r"[\x21\x23-\x5b\x5d-\x7e]+")  # RFC 6749 §3.3 scope-token
_REDACTED: Final = "<redacted>"
# OAuth error codes that mean "these credentials are no good": a new login (or new
# client credentials) is needed, not a retry.
_REFUSALS: Final = frozenset({"invalid_grant", "invalid_client", "unauthorized_client"})


def _hidden(value: object) -> str:
    return "None" if value is None else _REDACTED


def _refuse_pickle(what: str) -> NoReturn:
    raise TypeError(
        f"{what} holds credentials and is not pickled, so that they never land in a cache "
        "or queue by accident; store .to_dict() where you keep secrets and read it back "
        "with .from_dict()"
    )


def _aware(value: datetime | str, argument: str) -> datetime:
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            value = None  # type: ignore[assignment]
    if not isinstance(value, datetime) or value.tzinfo is None:
        raise ValidationError(
            f"{argument} must be an aware datetime (or its ISO 8601 text with a zone), "
            f"got {value!r}",
            argument=argument,
        )
    return value


def _scope_tuple(scopes: Iterable[str]) -> tuple[str, ...]:
    return tuple(scopes)


def _stored_scope(scope: object) -> tuple[str, ...]:
    """Scopes as stored: a list of names, or the space-separated text the server sends."""
    if scope is None:
        return ()
    if isinstance(scope, str):
        return tuple(scope.split())
    if isinstance(scope, list | tuple) and all(isinstance(name, str) for name in scope):
        return tuple(scope)
    raise ValidationError(
        f"scope must be a list of scope names, got {scope!r}", argument="scope", value=scope
    )


@attrs.frozen
class TokenSet:
    """The tokens of one user's login, as the login server issued them.

    ``expires_at`` is when the access token stops working, ``refresh_expires_at`` when the
    refresh token does (``None`` if the server did not say); both are aware datetimes.
    ``scope`` lists the scopes the tokens carry. The ``repr`` hides both tokens.
    """

    access_token: str = attrs.field(repr=_hidden)
    refresh_token: str | None = attrs.field(repr=_hidden)
    expires_at: datetime
    refresh_expires_at: datetime | None = None
    scope: tuple[str, ...] = attrs.field(default=(), converter=_scope_tuple)

    def to_dict(self) -> dict[str, Any]:
        """The tokens as JSON-ready values, for storing them (they are secrets: store them so)."""
        return {
            "access_token": self.access_token,
            "refresh_token": self.refresh_token,
            "expires_at": self.expires_at.isoformat(),
            "refresh_expires_at": None
            if self.refresh_expires_at is None
            else self.refresh_expires_at.isoformat(),
            "scope": list(self.scope),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TokenSet:
        """Read back what ``to_dict`` returned."""
        access_token = data.get("access_token")
        refresh_token = data.get("refresh_token")
        if not isinstance(access_token, str) or not access_token:
            raise ValidationError(
                "access_token must be a non-empty string (not shown: it is a secret)",
                argument="access_token",
            )
        if refresh_token is not None and not isinstance(refresh_token, str):
            raise ValidationError(
                "refresh_token must be a string or None (not shown: it is a secret)",
                argument="refresh_token",
            )
        refresh_expires_at = data.get("refresh_expires_at")
        return cls(
            access_token=access_token,
            refresh_token=refresh_token or None,
            expires_at=_aware(data.get("expires_at"), "expires_at"),  # type: ignore[arg-type]
            refresh_expires_at=None
            if refresh_expires_at is None
            else _aware(refresh_expires_at, "refresh_expires_at"),
            scope=_stored_scope(data.get("scope")),
        )

    def __reduce_ex__(self, protocol: object) -> NoReturn:
        _refuse_pickle("TokenSet")

    def __copy__(self) -> TokenSet:
        return self

    def __deepcopy__(self, memo: object) -> TokenSet:
        return self


@attrs.frozen
class AuthorizationRequest:
    """One login: the address to send the user's browser to, and what checks its answer.

    Keep it (``to_dict()``, in the user's session) until the browser comes back to the
    redirect URI, then pass it to ``OAuthApp.exchange_code``. ``state`` comes back in the
    redirect; ``code_verifier`` (PKCE) is a secret and hidden from the ``repr``.
    """

    url: str
    state: str
    code_verifier: str = attrs.field(repr=_hidden)

    def to_dict(self) -> dict[str, str]:
        """The request as JSON-ready values (the verifier is a secret: store it so)."""
        return {"url": self.url, "state": self.state, "code_verifier": self.code_verifier}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AuthorizationRequest:
        """Read back what ``to_dict`` returned."""
        values = {name: data.get(name) for name in ("url", "state", "code_verifier")}
        for name, value in values.items():
            if not isinstance(value, str) or not value:
                raise ValidationError(
                    f"{name} must be a non-empty string, as to_dict() wrote it", argument=name
                )
        return cls(**values)  # type: ignore[arg-type]

    def __reduce_ex__(self, protocol: object) -> NoReturn:
        _refuse_pickle("AuthorizationRequest")

    def __copy__(self) -> AuthorizationRequest:
        return self

    def __deepcopy__(self, memo: object) -> AuthorizationRequest:
        return self


@attrs.frozen
class _TokenCall:
    """A token request ready to send, and what is needed to read its answer."""

    request: httpx.Request
    grant: str
    secrets: tuple[str, ...]
    previous: TokenSet | None = None


class OAuthApp:
    """An OAuth 2.0 client registered with sipgate: logs users in and keeps their tokens fresh.

    ``client_id``, ``client_secret`` and ``redirect_uri`` are those of the registered client
    (``client_secret`` is ``None`` for a public client). ``realm`` is ``"sipgate-apps"`` for
    clients registered now and ``"third-party"`` for older ones; ``login_url`` is the login
    server (``https://login.sipgate.com``; in tests, ``Sandbox.login_url``). ``timeout``
    applies to each login request. Needs the ``oauth`` extra.
    """

    def __init__(
        self,
        client_id: str,
        client_secret: str | None,
        redirect_uri: str,
        realm: str = "sipgate-apps",
        login_url: str | None = None,
        *,
        timeout: float | httpx.Timeout | None = None,
    ) -> None:
        self._protocol = _authlib()
        if not isinstance(client_id, str) or not _SCOPE.fullmatch(client_id):
            raise ValidationError(
                "client_id must be the id of the registered client, printable ASCII without "
                f"spaces or quotes, got {client_id!r}",
                argument="client_id",
                value=client_id,
            )
        if client_secret is not None and (not isinstance(client_secret, str) or not client_secret):
            raise ValidationError(
                "client_secret must be the secret of the registered client, or None for a "
                "public client (not shown: it is a secret)",
                argument="client_secret",
            )
        if not isinstance(realm, str) or not _REALM.fullmatch(realm):
            raise ValidationError(
                f"realm must be one of {', '.join(map(repr, REALMS))}, got {realm!r}",
                argument="realm",
                value=realm,
            )
        self.client_id = client_id
        self._client_secret = client_secret
        self.redirect_uri = _absolute_url(redirect_uri, "redirect_uri", "https://example.com/cb")
        self.realm = realm
        self.login_url = _absolute_url(
            DEFAULT_LOGIN_URL if login_url is None else login_url, "login_url", DEFAULT_LOGIN_URL
        ).rstrip("/")
        endpoints = f"{self.login_url}/auth/realms/{realm}/protocol/openid-connect"
        self.authorization_endpoint = f"{endpoints}/auth"
        self.token_endpoint = f"{endpoints}/token"
        self._timeout = _check_timeout(timeout)

    def __repr__(self) -> str:
        return (
            f"OAuthApp(client_id={self.client_id!r}, redirect_uri={self.redirect_uri!r}, "
            f"realm={self.realm!r}, login_url={self.login_url!r})"
        )

    def __reduce_ex__(self, protocol: object) -> NoReturn:
        raise TypeError("OAuthApp holds the client secret and is not pickled; create it anew")

    # ------------------------------------------------------------------ login
    def authorization_url(
        self, *, scopes: Sequence[str], state: str | None = None
    ) -> AuthorizationRequest:
        """Start a login: where to send the user's browser, with a fresh state and PKCE verifier.

        ``scopes`` lists the OAuth scopes to ask for, e.g. ``["all"]`` or
        ``["balance:read", "sessions:sms:write"]``.
        """
        scope = _check_scopes(scopes)
        protocol = self._protocol
        state = protocol.generate_token(32) if state is None else _check_state(state)
        verifier = protocol.generate_token(64)  # RFC 7636: 43 to 128 characters
        url = protocol.prepare_grant_uri(
            self.authorization_endpoint,
            self.client_id,
            "code",
            redirect_uri=self.redirect_uri,
            scope=scope,
            state=state,
            code_challenge=protocol.create_s256_code_challenge(verifier),
            code_challenge_method="S256",
        )
        return AuthorizationRequest(url=url, state=state, code_verifier=verifier)

    def exchange_code(
        self, code: str, request: AuthorizationRequest, *, state: str | None = None
    ) -> TokenSet:
        """Trade the ``code`` from the redirect for the user's tokens.

        ``request`` is the ``AuthorizationRequest`` of this login. Pass the redirect's
        ``state`` too, and it is checked against the request's (a mismatch means the
        redirect belongs to another login). A refused code raises ``AuthenticationError``.
        """
        return self._send(self._code_call(code, request, state))

    async def aexchange_code(
        self, code: str, request: AuthorizationRequest, *, state: str | None = None
    ) -> TokenSet:
        """``exchange_code`` for async code."""
        return await self._asend(self._code_call(code, request, state))

    def refresh(self, tokens: TokenSet) -> TokenSet:
        """New tokens for ``tokens`` (the login server may rotate the refresh token).

        Raises ``AuthenticationError`` when the login server refuses the refresh token
        (expired, revoked or used already): then the user must log in again.
        """
        return self._send(self._refresh_call(tokens))

    async def arefresh(self, tokens: TokenSet) -> TokenSet:
        """``refresh`` for async code."""
        return await self._asend(self._refresh_call(tokens))

    # ------------------------------------------------- requests (no I/O here)
    def _code_call(self, code: str, request: AuthorizationRequest, state: str | None) -> _TokenCall:
        if not isinstance(request, AuthorizationRequest):
            raise ValidationError(
                "request must be the AuthorizationRequest that authorization_url() returned "
                f"for this login, got {type(request).__name__}",
                argument="request",
            )
        if not isinstance(code, str) or not code:
            raise ValidationError(
                "code must be the non-empty 'code' query parameter of the redirect "
                "(not shown: it is a secret)",
                argument="code",
            )
        if state is not None and state != request.state:
            raise ValidationError(
                "state does not match the state of this AuthorizationRequest: the redirect "
                "belongs to another login (or was forged); start the login again",
                argument="state",
            )
        return self._token_call(
            "authorization_code",
            code=code,
            redirect_uri=self.redirect_uri,
            code_verifier=request.code_verifier,
        )

    def _refresh_call(self, tokens: TokenSet) -> _TokenCall:
        if not isinstance(tokens, TokenSet):
            raise ValidationError(
                f"tokens must be a TokenSet, got {type(tokens).__name__}", argument="tokens"
            )
        if tokens.refresh_token is None:
            raise ValidationError(
                "tokens has no refresh_token, so it cannot be refreshed; log the user in again",
                argument="tokens",
            )
        return self._token_call(
            "refresh_token", previous=tokens, refresh_token=tokens.refresh_token
        )

    def _token_call(
        self, grant: str, *, previous: TokenSet | None = None, **fields: str
    ) -> _TokenCall:
        credentials = {"client_id": self.client_id}
        if self._client_secret is not None:
            credentials["client_secret"] = self._client_secret
        body = self._protocol.prepare_token_request(grant, **fields, **credentials)
        headers = {
            **client_headers(),
            "Content-Type": "application/x-www-form-urlencoded",
        }
        request = httpx.Request("POST", self.token_endpoint, headers=headers, content=body)
        secrets = tuple(
            value
            for name, value in {**fields, **credentials}.items()
            if name not in ("redirect_uri", "client_id")
        )
        return _TokenCall(request=request, grant=grant, secrets=secrets, previous=previous)

    def _read_answer(self, call: _TokenCall, response: httpx.Response, sent_at: float) -> TokenSet:
        """The tokens in a token answer, or the error it stands for."""
        body = decode_error_body(response.content)
        if response.status_code != 200 or not isinstance(body, dict):
            raise self._refused(call, response.status_code, body)
        access_token = body.get("access_token")
        if not isinstance(access_token, str) or not access_token:
            raise self._refused(call, response.status_code, {"error": "no access_token"})
        previous = call.previous
        refresh_token = body.get("refresh_token")
        refresh_expires_at = _expiry(sent_at, body.get("refresh_expires_in"), None)
        if not isinstance(refresh_token, str) or not refresh_token:
            # RFC 6749 §6: without a new refresh token, the old one stays valid.
            refresh_token = None if previous is None else previous.refresh_token
            refresh_expires_at = None if previous is None else previous.refresh_expires_at
        scope = body.get("scope")
        tokens = TokenSet(
            access_token=access_token,
            refresh_token=refresh_token,
            expires_at=_expiry(sent_at, body.get("expires_in"), _DEFAULT_LIFETIME),
            refresh_expires_at=refresh_expires_at,
            scope=scope.split()
            if isinstance(scope, str)
            else (previous.scope if previous is not None else ()),
        )
        logger.debug(
            "the login server issued tokens (%s) for client %s; the access token expires at %s",
            call.grant,
            self.client_id,
            tokens.expires_at.isoformat(),
        )
        return tokens

    def _refused(self, call: _TokenCall, status_code: int, body: Any) -> APIStatusError:
        """The error for a token request the login server did not answer with tokens."""
        body = _scrubbed(body, call.secrets)
        code = body.get("error") if isinstance(body, dict) else None
        description = body.get("error_description") if isinstance(body, dict) else None
        said = ": ".join(str(part)[:200] for part in (code, description) if part) or (
            str(body)[:200] if body else "no details"
        )
        path = httpx.URL(self.token_endpoint).path
        # The request as an error may show it: method and address, no form fields, no headers.
        response = httpx.Response(
            status_code,
            json=body,
            request=httpx.Request("POST", self.token_endpoint),
        )
        if code in _REFUSALS or (status_code == 401 and code is None):
            if code in ("invalid_client", "unauthorized_client"):
                advice = f"check client_id {self.client_id!r} and the client secret"
            elif call.grant == "refresh_token":
                advice = (
                    "the refresh token is expired, revoked or used up: the user must log in "
                    "again (send them to OAuthApp.authorization_url())"
                )
            else:
                advice = (
                    "the code is used, expired, or belongs to another redirect URI or "
                    "verifier: the user must log in again (start a new authorization_url())"
                )
            return AuthenticationError(
                f"the login server refused the {call.grant.replace('_', ' ')} ({said}); {advice}",
                response=response,
                body=body,
            )
        return error_class_for_status(status_code)(
            f"POST {path} returned {status_code}: {said}", response=response, body=body
        )

    # ------------------------------------------------------------- drivers
    def _send(self, call: _TokenCall) -> TokenSet:
        sent_at = time.time()
        failure: httpx.TransportError | None = None
        with httpx.Client(timeout=self._timeout) as http:
            try:
                response = http.send(call.request)
            except httpx.TransportError as error:
                failure = error
        if failure is not None:
            raise self._unreachable(failure)
        return self._read_answer(call, response, sent_at)

    async def _asend(self, call: _TokenCall) -> TokenSet:
        sent_at = time.time()
        failure: httpx.TransportError | None = None
        async with httpx.AsyncClient(timeout=self._timeout) as http:
            try:
                response = await http.send(call.request)
            except httpx.TransportError as error:
                failure = error
        if failure is not None:
            raise self._unreachable(failure)
        return self._read_answer(call, response, sent_at)

    def _unreachable(self, error: httpx.TransportError) -> APIConnectionError:
        # Raised outside the ``except``: the httpx error holds the request and its form.
        path = httpx.URL(self.token_endpoint).path
        kind = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
        return kind(
            f"POST {path}: no answer from the login server {self.login_url} "
            f"({type(error).__name__})",
            method="POST",
            path=path,
        )


def check_client_arguments(
    oauth: object,
    token_set: object,
    on_token_update: object,
    token_id: object,
    token: object,
) -> None:
    """Check the OAuth arguments of a client (``oauth=``, ``token_set=``, ``on_token_update=``)."""
    if token_id is not None or token is not None:
        raise ValidationError(
            "pass either token_id=/token= or oauth= with token_set=, not both",
            argument="token" if token is not None else "token_id",
        )
    if not isinstance(oauth, OAuthApp):
        raise ValidationError(
            "oauth must be the sipgateio.oauth.OAuthApp that issued token_set (it renews the "
            f"tokens), got {type(oauth).__name__}",
            argument="oauth",
        )
    if not isinstance(token_set, TokenSet):
        raise ValidationError(
            "token_set must be the user's TokenSet, from OAuthApp.exchange_code() or "
            f"TokenSet.from_dict(), got {type(token_set).__name__}",
            argument="token_set",
        )
    if on_token_update is not None and not callable(on_token_update):
        raise ValidationError(
            "on_token_update must be a callable that takes the new TokenSet, got "
            f"{type(on_token_update).__name__}",
            argument="on_token_update",
        )


class _Protocol:
    """The parts of Authlib's OAuth 2.0 core this module uses."""

    def __init__(self) -> None:
        try:
            from authlib.common.security import (  # type: ignore[import-untyped]
                generate_token,
            )
            from authlib.oauth2.rfc6749.parameters import (  # type: ignore[import-untyped]
                prepare_grant_uri,
                prepare_token_request,
            )
            from authlib.oauth2.rfc7636 import (  # type: ignore[import-untyped]
                create_s256_code_challenge,
            )
        except ImportError as error:
            raise ImportError(
                "sipgateio.oauth needs Authlib for the OAuth 2.0 protocol: "
                "pip install 'sipgateio[oauth]'"
            ) from error
        self.generate_token: Callable[[int], str] = generate_token
        self.prepare_grant_uri: Callable[..., str] = prepare_grant_uri
        self.prepare_token_request: Callable[..., str] = prepare_token_request
        self.create_s256_code_challenge: Callable[[str], str] = create_s256_code_challenge


_PROTOCOL: _Protocol | None = None


def _authlib() -> _Protocol:
    global _PROTOCOL
    if _PROTOCOL is None:
        _PROTOCOL = _Protocol()
    return _PROTOCOL


def _absolute_url(value: object, argument: str, example: str) -> str:
    url = httpx.URL(value) if isinstance(value, str) else None
    if url is None or url.scheme not in ("http", "https") or not url.host or url.fragment:
        raise ValidationError(
            f"{argument} must be an absolute http(s) URL without a fragment, such as "
            f"{example!r}, got {value!r}",
            argument=argument,
            value=value,
        )
    return str(value)


def _check_scopes(scopes: object) -> list[str]:
    if isinstance(scopes, str) or not isinstance(scopes, Sequence):
        raise ValidationError(
            f"scopes must be a list of scope names such as ['all'], got {scopes!r}",
            argument="scopes",
            value=scopes,
        )
    bad = [scope for scope in scopes if not isinstance(scope, str) or not _SCOPE.fullmatch(scope)]
    if bad or not scopes:
        raise ValidationError(
            "scopes must name at least one scope, each without spaces, quotes or "
            f"backslashes (e.g. 'all', 'sessions:sms:write'), got {list(scopes)!r}",
            argument="scopes",
            value=scopes,
        )
    return list(scopes)


def _check_state(state: object) -> str:
    if not isinstance(state, str) or not _SCOPE.fullmatch(state):
        raise ValidationError(
            f"state must be printable ASCII without spaces, got {state!r}",
            argument="state",
            value=state,
        )
    return state


@overload
def _expiry(sent_at: float, seconds: object, default: float) -> datetime: ...


@overload
def _expiry(sent_at: float, seconds: object, default: None) -> datetime | None: ...


def _expiry(sent_at: float, seconds: object, default: float | None) -> datetime | None:
    """When something that lives ``seconds`` (else ``default``) from ``sent_at`` expires."""
    if isinstance(seconds, bool) or not isinstance(seconds, int | float) or seconds < 0:
        if default is None:
            return None
        seconds = default
    return datetime.fromtimestamp(sent_at, UTC) + timedelta(seconds=seconds)


def _scrubbed(body: Any, secrets: Sequence[str]) -> Any:
    """``body`` with every sent secret replaced, should a server ever echo one."""
    if not secrets:
        return body
    text = json.dumps(body)
    for secret in secrets:
        text = text.replace(json.dumps(secret)[1:-1], _REDACTED)
    return json.loads(text)
