"""The generated ``sipgate_api`` client, bound to one kind of ``httpx`` client.

``SipgateIO.api`` only has a sync ``httpx`` client and ``AsyncSipgateIO.api`` only an
async one. Left alone, the generated client would quietly build a bare ``httpx``
client (no auth, no policy) when the other kind is asked for; these subclasses
refuse instead, with a message that says what to call.
"""

from __future__ import annotations

from typing import NoReturn

from sipgate_api.client import Client


class ApiClient(Client):
    """``SipgateIO.api``: use the generated ``sync``/``sync_detailed`` functions."""

    def get_async_httpx_client(self) -> NoReturn:
        raise TypeError(
            "SipgateIO.api is synchronous: call the generated sync()/sync_detailed() "
            "functions, or use AsyncSipgateIO for asyncio()/asyncio_detailed()"
        )


class AsyncApiClient(Client):
    """``AsyncSipgateIO.api``: use the generated ``asyncio``/``asyncio_detailed`` functions."""

    def get_httpx_client(self) -> NoReturn:
        raise TypeError(
            "AsyncSipgateIO.api is asynchronous: await the generated asyncio()/"
            "asyncio_detailed() functions, or use SipgateIO for sync()/sync_detailed()"
        )
