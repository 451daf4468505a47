"""``AsyncLeanClient``: the ``httpx.AsyncClient`` that ``AsyncSipgateIO`` makes for itself.

It is httpx's client with two per-request costs taken out (``sipgateio/_lean_httpx.py``
says which and why), through two public members that httpx's own request path goes
through: ``build_request`` (called by ``request``, ``get``, ``post``, ...) and the
``cookies`` jar (which httpx reads cookies from and hands answers to). An
``http_client=`` passed in is used as it is.
"""

from __future__ import annotations

from typing import Any

import httpx

from sipgateio._lean_httpx import JoinedUrls, LeanCookies

__all__ = ["AsyncLeanClient"]


class AsyncLeanClient(httpx.AsyncClient):
    """``httpx.AsyncClient`` with remembered URL joins and cheap cookie handling."""

    def __init__(self, **kwargs: Any) -> None:
        self._joined_urls = JoinedUrls()
        self._lean_cookies = LeanCookies(kwargs.get("cookies"))
        super().__init__(**kwargs)

    @property
    def cookies(self) -> httpx.Cookies:
        return self._lean_cookies

    @cookies.setter
    def cookies(self, cookies: Any) -> None:
        self._lean_cookies = LeanCookies(cookies)

    def build_request(self, method: str, url: httpx.URL | str, **kwargs: Any) -> httpx.Request:
        """httpx's ``build_request``, with ``url`` joined to ``base_url`` ahead."""
        url = self._joined_urls.join(self.base_url, url)
        return super().build_request(method, url, **kwargs)
