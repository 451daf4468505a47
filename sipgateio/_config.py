"""Client settings: credentials, base URL, headers and timeouts, checked once (no I/O)."""

from __future__ import annotations

import os
import platform
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

import httpx

from sipgateio._version import __version__
from sipgateio.errors import ValidationError

DEFAULT_BASE_URL: Final = "https://api.sipgate.com/v2"
DEFAULT_TIMEOUT: Final = httpx.Timeout(connect=10.0, read=30.0, write=60.0, pool=10.0)
DEFAULT_MAX_RETRIES: Final = 2

_TOKEN_ID = re.compile(r"token-[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*")
_PAT = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_HEADER_SAFE = re.compile(r"[\x21-\x7e]+")


def client_headers() -> dict[str, str]:
    """Headers sent with every request: the library and Python version, nothing about the OS."""
    python = f"{platform.python_implementation()} {platform.python_version()}"
    return {
        "Accept": "application/json",
        "X-Sipgate-Client": f"sipgateio-python/{__version__} ({python})",
        "X-Sipgate-Version": __version__,
    }


class BearerAuth(httpx.Auth):
    """``Authorization: Bearer <token>`` for OAuth access tokens."""

    def __init__(self, token: str) -> None:
        self._header = f"Bearer {token}"

    def auth_flow(self, request: httpx.Request):  # type: ignore[no-untyped-def]
        request.headers["Authorization"] = self._header
        yield request

    def __repr__(self) -> str:
        return "BearerAuth(token=<redacted>)"


@dataclass(frozen=True, repr=False)
class Settings:
    """Everything a client needs to talk to sipgate; ``repr`` never shows the token."""

    base_url: str
    auth: httpx.Auth
    timeout: httpx.Timeout
    max_retries: int
    auth_kind: str

    def __repr__(self) -> str:
        return f"Settings(base_url={self.base_url!r}, auth={self.auth_kind}, max_retries={self.max_retries})"


def _describe(secret: object) -> str:
    """What a value given for a credential looks like, without a character of it."""
    if not isinstance(secret, str):
        return type(secret).__name__
    return f"a {len(secret)}-character string" if secret else "an empty string"


def resolve_settings(
    *,
    token_id: str | None,
    token: str | None,
    base_url: str | None,
    timeout: float | httpx.Timeout | None,
    max_retries: int,
    environ: Mapping[str, str] | None = None,
    auth: httpx.Auth | None = None,
) -> Settings:
    """Check the arguments (falling back to ``SIPGATE_*`` variables) and build ``Settings``.

    ``auth`` (the renewing auth of an ``oauth=`` client) stands in for the credentials.
    """
    env = os.environ if environ is None else environ
    if base_url is None:
        base_url = env.get("SIPGATE_BASE_URL") or DEFAULT_BASE_URL
    if auth is None:
        from_environment = token_id is None and token is None
        if from_environment:
            token_id = env.get("SIPGATE_TOKEN_ID") or None
            token = env.get("SIPGATE_TOKEN") or None
        auth = _auth(token_id, token, from_environment=from_environment)
        auth_kind = "personal access token" if token_id is not None else "OAuth token"
    else:
        auth_kind = "OAuth app"
    return Settings(
        base_url=_check_base_url(base_url),
        auth=auth,
        timeout=_check_timeout(timeout),
        max_retries=_check_max_retries(max_retries),
        auth_kind=auth_kind,
    )


def _auth(token_id: str | None, token: str | None, *, from_environment: bool) -> httpx.Auth:
    """The auth for the credentials; errors describe a bad value but never show it."""
    where_id = " (from SIPGATE_TOKEN_ID)" if from_environment else ""
    where_token = " (from SIPGATE_TOKEN)" if from_environment else ""
    if token is None:
        raise ValidationError(
            "token is missing: pass token_id= and token= (a personal access token) or token= "
            "(an OAuth access token), or set SIPGATE_TOKEN_ID and SIPGATE_TOKEN",
            argument="token",
        )
    if not isinstance(token, str) or not _HEADER_SAFE.fullmatch(token):
        raise ValidationError(
            f"token{where_token} must be a non-empty string of printable ASCII without "
            f"spaces; got {_describe(token)} (not shown: it may be a secret)",
            argument="token",
        )
    if token_id is None:
        return BearerAuth(token)
    if not isinstance(token_id, str) or not _TOKEN_ID.fullmatch(token_id):
        found = _describe(token_id)
        if isinstance(token_id, str) and _PAT.fullmatch(token_id):
            found += " that looks like a personal access token: are token_id and token swapped?"
        else:
            found += " (not shown: it may be a secret)"
        raise ValidationError(
            f"token_id{where_id} must be the id of a personal access token, 'token-' "
            f"followed by letters and digits (token-XXXXXX, e.g. 'token-ABC123'); got {found}",
            argument="token_id",
        )
    if not _PAT.fullmatch(token):
        raise ValidationError(
            f"token{where_token} must be the personal access token that belongs to token_id, "
            "a UUID like 'e68ead46-a7db-46cd-8a1a-44aed1e4e372'; got "
            f"{_describe(token)} (not shown: it may be a secret)",
            argument="token",
        )
    return httpx.BasicAuth(token_id, token)


def _check_base_url(base_url: str) -> str:
    url = httpx.URL(base_url) if isinstance(base_url, str) else None
    if url is None or url.scheme not in ("http", "https") or not url.host:
        raise ValidationError(
            f"base_url must be an absolute http(s) URL such as {DEFAULT_BASE_URL!r}, got {base_url!r}",
            argument="base_url",
            value=base_url,
        )
    return base_url.rstrip("/")


def _check_timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if timeout is None:
        return DEFAULT_TIMEOUT
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not timeout > 0:
        raise ValidationError(
            f"timeout must be a positive number of seconds or an httpx.Timeout, got {timeout!r}",
            argument="timeout",
            value=timeout,
        )
    return httpx.Timeout(float(timeout))


def _check_max_retries(max_retries: int) -> int:
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ValidationError(
            f"max_retries must be a whole number >= 0, got {max_retries!r}",
            argument="max_retries",
            value=max_retries,
        )
    return max_retries
