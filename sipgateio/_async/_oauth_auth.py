"""The ``httpx.Auth`` of a client made with ``oauth=``: bearer tokens that renew themselves.

It sits in the HTTP layer, so raw calls through ``client.api`` and ``client.endpoints``
get the same behaviour as the facade:

* shortly before the access token expires (a tenth of its lifetime, at most 30 s), the
  next request first refreshes it;
* a request answered 401 refreshes the token and is sent once more (a 401 means sipgate
  did not act on it, so even an SMS is safe to send again);
* one refresh at a time: requests that find a refresh under way wait for it and use its
  tokens, so a burst of requests on an expired token costs one refresh;
* after every refresh ``on_token_update`` gets the new ``TokenSet`` (the login server
  rotates refresh tokens: the app must store the new one).
"""

from __future__ import annotations

import time
from collections.abc import AsyncGenerator, Callable
from typing import TYPE_CHECKING, NoReturn

import httpx

from sipgateio._async import _io
from sipgateio._policy import AUTH_RETRIES_401, logger

if TYPE_CHECKING:
    from sipgateio.oauth import OAuthApp, TokenSet

# The most time before expiry at which a token is renewed.
REFRESH_MARGIN_MAX = 30.0


class AsyncOAuthAuth(httpx.Auth):
    """Sends ``Authorization: Bearer`` with the current access token and renews it when due."""

    def __init__(
        self,
        app: OAuthApp,
        tokens: TokenSet,
        on_token_update: Callable[[TokenSet], object] | None = None,
    ) -> None:
        self._app = app
        self._on_token_update = on_token_update
        self._lock = _io.Lock()
        self._tokens = tokens
        self._due = _refresh_due(tokens, time.time())

    def __repr__(self) -> str:
        return f"{type(self).__name__}(app={self._app!r}, tokens=<redacted>)"

    def __reduce_ex__(self, protocol: object) -> NoReturn:
        raise TypeError(f"{type(self).__name__} holds OAuth tokens and is not pickled")

    @property
    def tokens(self) -> TokenSet:
        """The tokens in use now."""
        return self._tokens

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        tokens = self._tokens
        renewable = tokens.refresh_token is not None
        if renewable and time.time() >= self._due:
            tokens = await self._refreshed(tokens, "it was about to expire")
        request.headers["Authorization"] = f"Bearer {tokens.access_token}"
        if renewable:
            request.extensions[AUTH_RETRIES_401] = True
        response = yield request
        if response.status_code != 401 or not renewable:
            return
        tokens = await self._refreshed(tokens, "sipgate answered 401")
        request.headers["Authorization"] = f"Bearer {tokens.access_token}"
        request.extensions.pop(AUTH_RETRIES_401)
        yield request

    async def _refreshed(self, stale: TokenSet, reason: str) -> TokenSet:
        """Tokens newer than ``stale``: those another request got meanwhile, or new ones."""
        async with self._lock:
            if self._tokens is not stale:
                return self._tokens
            fresh = await self._app.arefresh(stale)
            self._tokens = fresh
            self._due = _refresh_due(fresh, time.time())
            logger.info(
                "refreshed the OAuth access token because %s; it expires at %s",
                reason,
                fresh.expires_at.isoformat(),
            )
            if self._on_token_update is not None:
                await _io.call_back(self._on_token_update, fresh)
            return fresh


def _refresh_due(tokens: TokenSet, now: float) -> float:
    """When to renew ``tokens``: a tenth of their remaining life (at most 30 s) before expiry."""
    expires = tokens.expires_at.timestamp()
    return expires - min(REFRESH_MARGIN_MAX, max(0.0, expires - now) / 10)
