"""``httpx`` clients that skip per-request work sipgate's API never needs.

Profiled with ``bench/sms_bench.py``, plain httpx spends about a third of a small
request's CPU outside the network: joining the path to the base URL parses both URLs
again on every request, and looking for cookies in each answer builds ``urllib``
request and response stand-ins although sipgate sets none. These subclasses keep
httpx's behaviour and only cache the joined URLs and look for a ``Set-Cookie`` header
before handing an answer to the cookie jar.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

import httpx
from httpx._client import BaseClient

__all__ = ["LeanAsyncClient", "LeanClient"]

_MAX_CACHED_URLS: Final = 256


class _Cookies(httpx.Cookies):
    """A cookie jar that only parses answers which set cookies."""

    def extract_cookies(self, response: httpx.Response) -> None:
        headers = response.headers
        if "set-cookie" in headers or "set-cookie2" in headers:
            super().extract_cookies(response)


class _UrlCache:
    """Joined URLs by the relative URL given, for one base URL at a time."""

    def __init__(self) -> None:
        self.base: httpx.URL | None = None
        self.joined: dict[str, httpx.URL] = {}

    def merge(
        self, base: httpx.URL, url: httpx.URL | str, join: Callable[[Any], httpx.URL]
    ) -> httpx.URL:
        if not isinstance(url, str):
            return join(url)
        if base is not self.base:
            self.base = base
            self.joined.clear()
        joined = self.joined.get(url)
        if joined is None:
            joined = join(url)
            if len(self.joined) >= _MAX_CACHED_URLS:
                self.joined.clear()
            self.joined[url] = joined
        return joined


class _Lean(BaseClient):
    """The two changes, for either kind of client (put it first in the bases)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._cookies = _Cookies(self._cookies)
        self._urls = _UrlCache()

    @property
    def cookies(self) -> httpx.Cookies:
        return self._cookies

    @cookies.setter
    def cookies(self, cookies: Any) -> None:
        self._cookies = _Cookies(cookies)

    def _merge_url(self, url: httpx.URL | str) -> httpx.URL:
        return self._urls.merge(self.base_url, url, super()._merge_url)


class LeanAsyncClient(_Lean, httpx.AsyncClient):
    """``httpx.AsyncClient`` with cached URL joins and cheap cookie handling."""


class LeanClient(_Lean, httpx.Client):
    """``httpx.Client`` with cached URL joins and cheap cookie handling."""
