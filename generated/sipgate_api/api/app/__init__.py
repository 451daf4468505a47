"""The `app` operations, and classes that bind them to a client.

Each operation is a module of this package (``sync_detailed``, ``asyncio_detailed``, ...).
`AppEndpoints` and `AsyncAppEndpoints` offer them as methods of one
client (``client.endpoints.app``); a module is imported when its method is
first called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.api_urls import ApiUrls
    from ...models.app_event_list import AppEventList
    from ...models.app_links import AppLinks
    from ...models.app_properties import AppProperties
    from ...models.terms_acceptance import TermsAcceptance
    from ...models.translations import Translations
    from ...models.webuser_list import WebuserList

__all__ = ("AsyncAppEndpoints", "AppEndpoints")


class AppEndpoints:
    """The `app` operations, bound to a synchronous client.

    Arguments left out are left to the server's default; an error answer raises.
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def get_api_urls(
        self,
    ) -> ApiUrls:
        """List the addresses of the API's main resources (``GET /``)."""
        from .get_api_urls import sync_detailed as call

        response = call(client=self._client)
        return cast("ApiUrls", response.parsed)

    def list_app_events(
        self,
    ) -> AppEventList:
        """List the notices the web app shows for the account (``GET /app/events``)."""
        from .list_app_events import sync_detailed as call

        response = call(client=self._client)
        return cast("AppEventList", response.parsed)

    def delete_app_event(
        self,
        id: int,
    ) -> AppEventList:
        """Dismiss a web-app notice (``DELETE /app/events/{id}``)."""
        from .delete_app_event import sync_detailed as call

        response = call(id, client=self._client)
        return cast("AppEventList", response.parsed)

    def get_app_links(
        self,
    ) -> AppLinks:
        """List the web app's links to other sipgate pages (``GET /app/links``)."""
        from .get_app_links import sync_detailed as call

        response = call(client=self._client)
        return cast("AppLinks", response.parsed)

    def get_app_properties(
        self,
    ) -> AppProperties:
        """Read the switches that shape the web app for this product (``GET /app/properties``)."""
        from .get_app_properties import sync_detailed as call

        response = call(client=self._client)
        return cast("AppProperties", response.parsed)

    def get_terms_acceptance(
        self,
    ) -> TermsAcceptance:
        """Tell whether the terms and conditions were accepted (``GET /app/tacs``)."""
        from .get_terms_acceptance import sync_detailed as call

        response = call(client=self._client)
        return cast("TermsAcceptance", response.parsed)

    def list_app_users(
        self,
    ) -> WebuserList:
        """List the web users with the details the web app needs (``GET /app/users``)."""
        from .list_app_users import sync_detailed as call

        response = call(client=self._client)
        return cast("WebuserList", response.parsed)

    def get_translations(
        self,
        language: str,
    ) -> Translations:
        """Fetch the web app's texts in one language (``GET /translations/{language}``)."""
        from .get_translations import sync_detailed as call

        response = call(language, client=self._client)
        return cast("Translations", response.parsed)


class AsyncAppEndpoints:
    """The `app` operations, bound to an asynchronous client.

    Arguments left out are left to the server's default; an error answer raises.
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def get_api_urls(
        self,
    ) -> ApiUrls:
        """List the addresses of the API's main resources (``GET /``)."""
        from .get_api_urls import asyncio_detailed as call

        response = await call(client=self._client)
        return cast("ApiUrls", response.parsed)

    async def list_app_events(
        self,
    ) -> AppEventList:
        """List the notices the web app shows for the account (``GET /app/events``)."""
        from .list_app_events import asyncio_detailed as call

        response = await call(client=self._client)
        return cast("AppEventList", response.parsed)

    async def delete_app_event(
        self,
        id: int,
    ) -> AppEventList:
        """Dismiss a web-app notice (``DELETE /app/events/{id}``)."""
        from .delete_app_event import asyncio_detailed as call

        response = await call(id, client=self._client)
        return cast("AppEventList", response.parsed)

    async def get_app_links(
        self,
    ) -> AppLinks:
        """List the web app's links to other sipgate pages (``GET /app/links``)."""
        from .get_app_links import asyncio_detailed as call

        response = await call(client=self._client)
        return cast("AppLinks", response.parsed)

    async def get_app_properties(
        self,
    ) -> AppProperties:
        """Read the switches that shape the web app for this product (``GET /app/properties``)."""
        from .get_app_properties import asyncio_detailed as call

        response = await call(client=self._client)
        return cast("AppProperties", response.parsed)

    async def get_terms_acceptance(
        self,
    ) -> TermsAcceptance:
        """Tell whether the terms and conditions were accepted (``GET /app/tacs``)."""
        from .get_terms_acceptance import asyncio_detailed as call

        response = await call(client=self._client)
        return cast("TermsAcceptance", response.parsed)

    async def list_app_users(
        self,
    ) -> WebuserList:
        """List the web users with the details the web app needs (``GET /app/users``)."""
        from .list_app_users import asyncio_detailed as call

        response = await call(client=self._client)
        return cast("WebuserList", response.parsed)

    async def get_translations(
        self,
        language: str,
    ) -> Translations:
        """Fetch the web app's texts in one language (``GET /translations/{language}``)."""
        from .get_translations import asyncio_detailed as call

        response = await call(language, client=self._client)
        return cast("Translations", response.parsed)
