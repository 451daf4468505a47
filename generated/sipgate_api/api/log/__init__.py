"""The `log` operations, and classes that bind them to a client.

Each operation is a module of this package (``sync_detailed``, ``asyncio_detailed``, ...).
`LogEndpoints` and `AsyncLogEndpoints` offer them as methods of one
client (``client.endpoints.log``); a module is imported when its method is
first called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.webhook_log_list import WebhookLogList

__all__ = ("AsyncLogEndpoints", "LogEndpoints")


class LogEndpoints:
    """The `log` operations, bound to a synchronous client.

    Arguments left out are left to the server's default; an error answer raises.
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def list_webhook_log(
        self,
    ) -> WebhookLogList:
        """List the account's recent webhook requests (``GET /log/webhooks``)."""
        from .list_webhook_log import sync_detailed as call

        response = call(client=self._client)
        return cast("WebhookLogList", response.parsed)


class AsyncLogEndpoints:
    """The `log` operations, bound to an asynchronous client.

    Arguments left out are left to the server's default; an error answer raises.
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def list_webhook_log(
        self,
    ) -> WebhookLogList:
        """List the account's recent webhook requests (``GET /log/webhooks``)."""
        from .list_webhook_log import asyncio_detailed as call

        response = await call(client=self._client)
        return cast("WebhookLogList", response.parsed)
