"""The `settings` operations, and classes that bind them to a client.

Each operation is a module of this package (``sync_detailed``, ``asyncio_detailed``, ...).
`SettingsEndpoints` and `AsyncSettingsEndpoints` offer them as methods of one
client (``client.endpoints.settings``); a module is imported when its method is
first called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.webhook_settings import WebhookSettings

__all__ = ("AsyncSettingsEndpoints", "SettingsEndpoints")


class SettingsEndpoints:
    """The `settings` operations, bound to a synchronous client.

    Arguments left out are left to the server's default; an error answer raises.
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def get_webhook_settings(
        self,
    ) -> WebhookSettings:
        """Read the account's webhook settings (``GET /settings/sipgateio``)."""
        from .get_webhook_settings import sync_detailed as call

        response = call(client=self._client)
        return cast("WebhookSettings", response.parsed)

    def update_webhook_settings(
        self,
        *,
        body: WebhookSettings,
    ) -> None:
        """Replace the account's webhook settings (``PUT /settings/sipgateio``)."""
        from .update_webhook_settings import sync_detailed as call

        call(client=self._client, body=body)


class AsyncSettingsEndpoints:
    """The `settings` operations, bound to an asynchronous client.

    Arguments left out are left to the server's default; an error answer raises.
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def get_webhook_settings(
        self,
    ) -> WebhookSettings:
        """Read the account's webhook settings (``GET /settings/sipgateio``)."""
        from .get_webhook_settings import asyncio_detailed as call

        response = await call(client=self._client)
        return cast("WebhookSettings", response.parsed)

    async def update_webhook_settings(
        self,
        *,
        body: WebhookSettings,
    ) -> None:
        """Replace the account's webhook settings (``PUT /settings/sipgateio``)."""
        from .update_webhook_settings import asyncio_detailed as call

        await call(client=self._client, body=body)
