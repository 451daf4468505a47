"""The `autorecordings` operations, and classes that bind them to a client.

Each operation is a module of this package (``sync_detailed``, ``asyncio_detailed``, ...).
`AutorecordingsEndpoints` and `AsyncAutorecordingsEndpoints` offer them as methods of one
client (``client.endpoints.autorecordings``); a module is imported when its method is
first called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.autorecording_greeting import AutorecordingGreeting
    from ...models.autorecording_greeting_upload import AutorecordingGreetingUpload
    from ...models.autorecording_settings import AutorecordingSettings

__all__ = ("AsyncAutorecordingsEndpoints", "AutorecordingsEndpoints")


class AutorecordingsEndpoints:
    """The `autorecordings` operations, bound to a synchronous client.

    Arguments left out are left to the server's default; an error answer raises.
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def get_autorecording_greeting(
        self,
    ) -> AutorecordingGreeting:
        """Fetch the greeting played before a call is recorded automatically (``GET /autorecordings/greetings``)."""
        from .get_autorecording_greeting import sync_detailed as call

        response = call(client=self._client)
        return cast("AutorecordingGreeting", response.parsed)

    def create_autorecording_greeting(
        self,
        *,
        body: AutorecordingGreetingUpload,
    ) -> None:
        """Upload the greeting played before a call is recorded automatically (``POST /autorecordings/greetings``)."""
        from .create_autorecording_greeting import sync_detailed as call

        call(client=self._client, body=body)

    def delete_autorecording_greeting(
        self,
        greeting_id: str,
    ) -> None:
        """Delete the greeting played before a call is recorded automatically (``DELETE /autorecordings/greetings/{greeting_id}``)."""
        from .delete_autorecording_greeting import sync_detailed as call

        call(greeting_id, client=self._client)

    def get_autorecording_settings(
        self,
        extension: str,
    ) -> AutorecordingSettings:
        """Read whether calls of a device are recorded automatically (``GET /autorecordings/{extension}/settings``)."""
        from .get_autorecording_settings import sync_detailed as call

        response = call(extension, client=self._client)
        return cast("AutorecordingSettings", response.parsed)

    def update_autorecording_settings(
        self,
        extension: str,
        *,
        body: AutorecordingSettings,
    ) -> AutorecordingSettings:
        """Switch automatic recording of a device's calls on or off (``PUT /autorecordings/{extension}/settings``)."""
        from .update_autorecording_settings import sync_detailed as call

        response = call(extension, client=self._client, body=body)
        return cast("AutorecordingSettings", response.parsed)


class AsyncAutorecordingsEndpoints:
    """The `autorecordings` operations, bound to an asynchronous client.

    Arguments left out are left to the server's default; an error answer raises.
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def get_autorecording_greeting(
        self,
    ) -> AutorecordingGreeting:
        """Fetch the greeting played before a call is recorded automatically (``GET /autorecordings/greetings``)."""
        from .get_autorecording_greeting import asyncio_detailed as call

        response = await call(client=self._client)
        return cast("AutorecordingGreeting", response.parsed)

    async def create_autorecording_greeting(
        self,
        *,
        body: AutorecordingGreetingUpload,
    ) -> None:
        """Upload the greeting played before a call is recorded automatically (``POST /autorecordings/greetings``)."""
        from .create_autorecording_greeting import asyncio_detailed as call

        await call(client=self._client, body=body)

    async def delete_autorecording_greeting(
        self,
        greeting_id: str,
    ) -> None:
        """Delete the greeting played before a call is recorded automatically (``DELETE /autorecordings/greetings/{greeting_id}``)."""
        from .delete_autorecording_greeting import asyncio_detailed as call

        await call(greeting_id, client=self._client)

    async def get_autorecording_settings(
        self,
        extension: str,
    ) -> AutorecordingSettings:
        """Read whether calls of a device are recorded automatically (``GET /autorecordings/{extension}/settings``)."""
        from .get_autorecording_settings import asyncio_detailed as call

        response = await call(extension, client=self._client)
        return cast("AutorecordingSettings", response.parsed)

    async def update_autorecording_settings(
        self,
        extension: str,
        *,
        body: AutorecordingSettings,
    ) -> AutorecordingSettings:
        """Switch automatic recording of a device's calls on or off (``PUT /autorecordings/{extension}/settings``)."""
        from .update_autorecording_settings import asyncio_detailed as call

        response = await call(extension, client=self._client, body=body)
        return cast("AutorecordingSettings", response.parsed)
