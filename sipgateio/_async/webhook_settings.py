"""``client.webhook_settings``: where sipgate sends call events, and for which extensions."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sipgateio import _wire
from sipgateio._async import _io, _read
from sipgateio._validation import check_bool, check_http_url, check_whitelist
from sipgateio.models import WebhookSettings

if TYPE_CHECKING:
    import httpx

    from sipgateio._async.client import AsyncSipgateIO


class AsyncWebhookSettingsModule:
    """``client.webhook_settings``: read and change the account's webhook settings.

    Every setter reads the settings, changes one field and writes them all back, as
    sipgate only accepts the whole object. Setters on one client run one at a time, so
    they do not undo each other; other clients changing the settings at the same moment
    can still overwrite a change.
    """

    def __init__(self, client: AsyncSipgateIO) -> None:
        self._client = client
        self._lock = _io.Lock()

    async def get_webhook_settings(self) -> WebhookSettings:
        """Return the current webhook settings."""
        from sipgate_api.api.settings import get_webhook_settings

        return await _read.read(self._client, get_webhook_settings._get_kwargs(), WebhookSettings)

    async def set_incoming_url(self, url: str) -> None:
        """Send events of incoming calls to ``url`` (an absolute http(s) URL)."""
        await self._change(incoming_url=check_http_url(url, argument="url"))

    async def clear_incoming_url(self) -> None:
        """Stop sending events of incoming calls."""
        await self._change(incoming_url="")

    async def set_outgoing_url(self, url: str) -> None:
        """Send events of outgoing calls to ``url`` (an absolute http(s) URL)."""
        await self._change(outgoing_url=check_http_url(url, argument="url"))

    async def clear_outgoing_url(self) -> None:
        """Stop sending events of outgoing calls."""
        await self._change(outgoing_url="")

    async def set_whitelist(self, extensions: Sequence[str]) -> None:
        """Send events only for calls of these phonelines and groups (e.g. ``["p0", "g1"]``)."""
        await self._change(whitelist=check_whitelist(extensions, argument="extensions"))

    async def clear_whitelist(self) -> None:
        """Empty the whitelist, so that no extension triggers events."""
        await self._change(whitelist=[])

    async def disable_whitelist(self) -> None:
        """Remove the whitelist, so that every phoneline and group triggers events (the default)."""
        await self._change(whitelist=None)

    async def set_log(self, value: bool) -> None:
        """Switch sipgate's log of the events it sends on (``True``) or off."""
        await self._change(log=check_bool(value, argument="value"))

    async def _change(self, **changes: Any) -> None:
        """Write back what sipgate sent, fields sipgateio does not know included, with
        ``changes`` (public field names) made. sipgate expects both URLs in a write; one it
        left out is sent as ``""`` (no pushes)."""
        from sipgate_api.api.settings import get_webhook_settings, update_webhook_settings
        from sipgate_api.models import WebhookSettings as WebhookSettingsBody

        async with self._lock:
            response = await _read.send(self._client, get_webhook_settings._get_kwargs())
            body = WebhookSettingsBody.from_dict(_json_object(response))
            for name, value in changes.items():
                setattr(body, name, value)
            if not isinstance(body.incoming_url, str):
                body.incoming_url = ""
            if not isinstance(body.outgoing_url, str):
                body.outgoing_url = ""
            await update_webhook_settings.asyncio_detailed(client=self._client.api, body=body)


def _json_object(response: httpx.Response) -> dict[str, Any]:
    try:
        return _wire.json_object(response.content)
    except ValueError:
        raise _read.unreadable(response) from None
