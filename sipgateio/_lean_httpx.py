"""What sipgateio's own ``httpx`` clients do cheaper than httpx: joining URLs and cookies.

Profiled with ``bench/sms_bench.py``, plain httpx spends a good part of a small request's
CPU outside the network on two things sipgate's API never needs done again and again:

* joining the path to the base URL parses both URLs on every request (httpx 0.28's URL
  parser is written in Python): ``JoinedUrls`` remembers each joined URL by the path
  given, so httpx gets a ready ``httpx.URL`` and has nothing left to parse;
* looking for cookies in each answer builds ``urllib`` request and response stand-ins for
  ``http.cookiejar`` although sipgate sets none: ``LeanCookies`` does that only for an
  answer with a ``Set-Cookie`` header.

Both keep httpx's behaviour and use its public API only. The clients that use them are
``_async/_lean_client.py`` and its sync twin; ``bench/sms_bench.py`` prints what they save
(sipgateio over its own client against sipgateio over a plain one, in the same run).
"""

from __future__ import annotations

from typing import Final

import httpx

__all__ = ["JoinedUrls", "LeanCookies"]

_MAX_JOINED: Final = 256


class LeanCookies(httpx.Cookies):
    """A cookie jar that only parses answers which set cookies."""

    def extract_cookies(self, response: httpx.Response) -> None:
        headers = response.headers
        if "set-cookie" in headers or "set-cookie2" in headers:
            super().extract_cookies(response)


class JoinedUrls:
    """Request URLs joined to a client's base URL, by the URL given, for one base at a time.

    The join is httpx's (``httpx.Client(base_url=...)``): a relative URL is appended to the
    base URL's path, which ends in ``/``; an absolute one is used as it is.
    """

    def __init__(self) -> None:
        self._base: httpx.URL | None = None
        self._joined: dict[str, httpx.URL] = {}

    def join(self, base: httpx.URL, url: httpx.URL | str) -> httpx.URL | str:
        """``url`` joined to ``base`` (an ``httpx.URL`` is left for httpx to join)."""
        if not isinstance(url, str):
            return url
        if base is not self._base:
            self._base = base
            self._joined.clear()
        joined = self._joined.get(url)
        if joined is None:
            joined = _join(base, httpx.URL(url))
            if len(self._joined) >= _MAX_JOINED:
                self._joined.clear()
            self._joined[url] = joined
        return joined


def _join(base: httpx.URL, url: httpx.URL) -> httpx.URL:
    if not url.is_relative_url:
        return url
    return base.copy_with(raw_path=base.raw_path + url.raw_path.lstrip(b"/"))
