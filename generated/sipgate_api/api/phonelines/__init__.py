"""The `phonelines` operations, and classes that bind them to a client.

Each operation is a module of this package (``sync_detailed``, ``asyncio_detailed``, ...).
`PhonelinesEndpoints` and `AsyncPhonelinesEndpoints` offer them as methods of one
client (``client.endpoints.phonelines``); a module is imported when its method is
first called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.phoneline import Phoneline
    from ...models.phoneline_alias_update import PhonelineAliasUpdate
    from ...models.phoneline_block_anonymous import PhonelineBlockAnonymous
    from ...models.phoneline_block_anonymous_update import PhonelineBlockAnonymousUpdate
    from ...models.phoneline_device_assignment import PhonelineDeviceAssignment
    from ...models.phoneline_device_list import PhonelineDeviceList
    from ...models.phoneline_forwarding_list import PhonelineForwardingList
    from ...models.phoneline_forwardings_update import PhonelineForwardingsUpdate
    from ...models.phoneline_list import PhonelineList
    from ...models.phoneline_number_list import PhonelineNumberList
    from ...models.phoneline_parallel_forwarding_list import PhonelineParallelForwardingList
    from ...models.phoneline_parallel_forwarding_setting import PhonelineParallelForwardingSetting
    from ...models.phoneline_summary import PhonelineSummary
    from ...models.phoneline_voicemail_greeting_list import PhonelineVoicemailGreetingList
    from ...models.phoneline_voicemail_greeting_update import PhonelineVoicemailGreetingUpdate
    from ...models.phoneline_voicemail_greeting_upload import PhonelineVoicemailGreetingUpload
    from ...models.phoneline_voicemail_list import PhonelineVoicemailList
    from ...models.phoneline_voicemail_transcription_update import PhonelineVoicemailTranscriptionUpdate
    from ...models.phoneline_voicemail_update import PhonelineVoicemailUpdate
    from ...models.phoneline_webhook_log import PhonelineWebhookLog
    from ...models.phoneline_webhook_settings import PhonelineWebhookSettings
    from ...models.phoneline_webhook_settings_update import PhonelineWebhookSettingsUpdate

__all__ = ("AsyncPhonelinesEndpoints", "PhonelinesEndpoints")


class PhonelinesEndpoints:
    """The `phonelines` operations, bound to a synchronous client.

    Arguments left out are left to the server's default; an error answer raises.
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def list_phonelines(
        self,
        user_id: str,
    ) -> PhonelineList:
        """List a user's phonelines (``GET /{user_id}/phonelines``)."""
        from .list_phonelines import sync_detailed as call

        response = call(user_id, client=self._client)
        return cast("PhonelineList", response.parsed)

    def create_phoneline(
        self,
        user_id: str,
    ) -> PhonelineSummary:
        """Add a phoneline to a user (``POST /{user_id}/phonelines``)."""
        from .create_phoneline import sync_detailed as call

        response = call(user_id, client=self._client)
        return cast("PhonelineSummary", response.parsed)

    def get_phoneline(
        self,
        user_id: str,
        phoneline_id: str,
    ) -> Phoneline:
        """Fetch one phoneline (``GET /{user_id}/phonelines/{phoneline_id}``)."""
        from .get_phoneline import sync_detailed as call

        response = call(user_id, phoneline_id, client=self._client)
        return cast("Phoneline", response.parsed)

    def set_phoneline_alias(
        self,
        user_id: str,
        phoneline_id: str,
        *,
        body: PhonelineAliasUpdate,
    ) -> None:
        """Rename a phoneline (``PUT /{user_id}/phonelines/{phoneline_id}``)."""
        from .set_phoneline_alias import sync_detailed as call

        call(user_id, phoneline_id, client=self._client, body=body)

    def delete_phoneline(
        self,
        user_id: str,
        phoneline_id: str,
    ) -> None:
        """Remove a phoneline (``DELETE /{user_id}/phonelines/{phoneline_id}``)."""
        from .delete_phoneline import sync_detailed as call

        call(user_id, phoneline_id, client=self._client)

    def get_phoneline_block_anonymous(
        self,
        user_id: str,
        phoneline_id: str,
    ) -> PhonelineBlockAnonymous:
        """Read how a phoneline treats callers without a number (``GET /{user_id}/phonelines/{phoneline_id}/blockanonymous``)."""
        from .get_phoneline_block_anonymous import sync_detailed as call

        response = call(user_id, phoneline_id, client=self._client)
        return cast("PhonelineBlockAnonymous", response.parsed)

    def set_phoneline_block_anonymous(
        self,
        user_id: str,
        phoneline_id: str,
        *,
        body: PhonelineBlockAnonymousUpdate,
    ) -> PhonelineBlockAnonymous:
        """Block or allow callers without a number on a phoneline (``PUT /{user_id}/phonelines/{phoneline_id}/blockanonymous``)."""
        from .set_phoneline_block_anonymous import sync_detailed as call

        response = call(user_id, phoneline_id, client=self._client, body=body)
        return cast("PhonelineBlockAnonymous", response.parsed)

    def list_phoneline_devices(
        self,
        user_id: str,
        phoneline_id: str,
    ) -> PhonelineDeviceList:
        """List the devices a phoneline rings (``GET /{user_id}/phonelines/{phoneline_id}/devices``)."""
        from .list_phoneline_devices import sync_detailed as call

        response = call(user_id, phoneline_id, client=self._client)
        return cast("PhonelineDeviceList", response.parsed)

    def add_phoneline_device(
        self,
        user_id: str,
        phoneline_id: str,
        *,
        body: PhonelineDeviceAssignment,
    ) -> None:
        """Let a phoneline ring on one more device (``POST /{user_id}/phonelines/{phoneline_id}/devices``)."""
        from .add_phoneline_device import sync_detailed as call

        call(user_id, phoneline_id, client=self._client, body=body)

    def remove_phoneline_device(
        self,
        user_id: str,
        phoneline_id: str,
        device_id: str,
    ) -> None:
        """Stop a phoneline ringing on a device (``DELETE /{user_id}/phonelines/{phoneline_id}/devices/{device_id}``)."""
        from .remove_phoneline_device import sync_detailed as call

        call(user_id, phoneline_id, device_id, client=self._client)

    def list_phoneline_forwardings(
        self,
        user_id: str,
        phoneline_id: str,
    ) -> PhonelineForwardingList:
        """List a phoneline's call forwardings (``GET /{user_id}/phonelines/{phoneline_id}/forwardings``)."""
        from .list_phoneline_forwardings import sync_detailed as call

        response = call(user_id, phoneline_id, client=self._client)
        return cast("PhonelineForwardingList", response.parsed)

    def set_phoneline_forwardings(
        self,
        user_id: str,
        phoneline_id: str,
        *,
        body: PhonelineForwardingsUpdate,
    ) -> None:
        """Replace a phoneline's call forwardings (``PUT /{user_id}/phonelines/{phoneline_id}/forwardings``)."""
        from .set_phoneline_forwardings import sync_detailed as call

        call(user_id, phoneline_id, client=self._client, body=body)

    def list_phoneline_numbers(
        self,
        user_id: str,
        phoneline_id: str,
    ) -> PhonelineNumberList:
        """List the phone numbers that reach a phoneline (``GET /{user_id}/phonelines/{phoneline_id}/numbers``)."""
        from .list_phoneline_numbers import sync_detailed as call

        response = call(user_id, phoneline_id, client=self._client)
        return cast("PhonelineNumberList", response.parsed)

    def list_phoneline_parallel_forwardings(
        self,
        user_id: str,
        phoneline_id: str,
    ) -> PhonelineParallelForwardingList:
        """List the numbers that ring alongside a phoneline (``GET /{user_id}/phonelines/{phoneline_id}/parallelforwardings``)."""
        from .list_phoneline_parallel_forwardings import sync_detailed as call

        response = call(user_id, phoneline_id, client=self._client)
        return cast("PhonelineParallelForwardingList", response.parsed)

    def create_phoneline_parallel_forwarding(
        self,
        user_id: str,
        phoneline_id: str,
        *,
        body: PhonelineParallelForwardingSetting,
    ) -> None:
        """Let an external number ring alongside a phoneline (``POST /{user_id}/phonelines/{phoneline_id}/parallelforwardings``)."""
        from .create_phoneline_parallel_forwarding import sync_detailed as call

        call(user_id, phoneline_id, client=self._client, body=body)

    def update_phoneline_parallel_forwarding(
        self,
        user_id: str,
        phoneline_id: str,
        parallel_forwarding_id: str,
        *,
        body: PhonelineParallelForwardingSetting,
    ) -> None:
        """Change a number that rings alongside a phoneline (``PUT /{user_id}/phonelines/{phoneline_id}/parallelforwardings/{parallel_forwarding_id}``)."""
        from .update_phoneline_parallel_forwarding import sync_detailed as call

        call(user_id, phoneline_id, parallel_forwarding_id, client=self._client, body=body)

    def delete_phoneline_parallel_forwarding(
        self,
        user_id: str,
        phoneline_id: str,
        parallel_forwarding_id: str,
    ) -> None:
        """Remove a number that rings alongside a phoneline (``DELETE /{user_id}/phonelines/{phoneline_id}/parallelforwardings/{parallel_forwarding_id}``)."""
        from .delete_phoneline_parallel_forwarding import sync_detailed as call

        call(user_id, phoneline_id, parallel_forwarding_id, client=self._client)

    def get_phoneline_webhook_settings(
        self,
        user_id: str,
        phoneline_id: str,
    ) -> PhonelineWebhookSettings:
        """Read a phoneline's own webhook settings (``GET /{user_id}/phonelines/{phoneline_id}/sipgateio``)."""
        from .get_phoneline_webhook_settings import sync_detailed as call

        response = call(user_id, phoneline_id, client=self._client)
        return cast("PhonelineWebhookSettings", response.parsed)

    def update_phoneline_webhook_settings(
        self,
        user_id: str,
        phoneline_id: str,
        *,
        body: PhonelineWebhookSettingsUpdate,
    ) -> None:
        """Replace a phoneline's own webhook settings (``PUT /{user_id}/phonelines/{phoneline_id}/sipgateio``)."""
        from .update_phoneline_webhook_settings import sync_detailed as call

        call(user_id, phoneline_id, client=self._client, body=body)

    def list_phoneline_webhook_log(
        self,
        user_id: str,
        phoneline_id: str,
    ) -> PhonelineWebhookLog:
        """Read the webhook debug log of a phoneline (``GET /{user_id}/phonelines/{phoneline_id}/sipgateio/log``)."""
        from .list_phoneline_webhook_log import sync_detailed as call

        response = call(user_id, phoneline_id, client=self._client)
        return cast("PhonelineWebhookLog", response.parsed)

    def list_phoneline_voicemails(
        self,
        user_id: str,
        phoneline_id: str,
    ) -> PhonelineVoicemailList:
        """List the voicemail boxes of a phoneline (``GET /{user_id}/phonelines/{phoneline_id}/voicemails``)."""
        from .list_phoneline_voicemails import sync_detailed as call

        response = call(user_id, phoneline_id, client=self._client)
        return cast("PhonelineVoicemailList", response.parsed)

    def update_phoneline_voicemail(
        self,
        user_id: str,
        phoneline_id: str,
        voicemail_id: str,
        *,
        body: PhonelineVoicemailUpdate,
    ) -> None:
        """Change a phoneline's voicemail box (``PUT /{user_id}/phonelines/{phoneline_id}/voicemails/{voicemail_id}``)."""
        from .update_phoneline_voicemail import sync_detailed as call

        call(user_id, phoneline_id, voicemail_id, client=self._client, body=body)

    def list_phoneline_voicemail_greetings(
        self,
        user_id: str,
        phoneline_id: str,
        voicemail_id: str,
    ) -> PhonelineVoicemailGreetingList:
        """List the greetings of a phoneline's voicemail box (``GET /{user_id}/phonelines/{phoneline_id}/voicemails/{voicemail_id}/greetings``)."""
        from .list_phoneline_voicemail_greetings import sync_detailed as call

        response = call(user_id, phoneline_id, voicemail_id, client=self._client)
        return cast("PhonelineVoicemailGreetingList", response.parsed)

    def create_phoneline_voicemail_greeting(
        self,
        user_id: str,
        phoneline_id: str,
        voicemail_id: str,
        *,
        body: PhonelineVoicemailGreetingUpload,
    ) -> PhonelineVoicemailGreetingList:
        """Upload a greeting for a phoneline's voicemail box (``POST /{user_id}/phonelines/{phoneline_id}/voicemails/{voicemail_id}/greetings``)."""
        from .create_phoneline_voicemail_greeting import sync_detailed as call

        response = call(user_id, phoneline_id, voicemail_id, client=self._client, body=body)
        return cast("PhonelineVoicemailGreetingList", response.parsed)

    def update_phoneline_voicemail_greeting(
        self,
        user_id: str,
        phoneline_id: str,
        voicemail_id: str,
        greeting_id: str,
        *,
        body: PhonelineVoicemailGreetingUpdate,
    ) -> None:
        """Switch a voicemail greeting on or off (``PUT /{user_id}/phonelines/{phoneline_id}/voicemails/{voicemail_id}/greetings/{greeting_id}``)."""
        from .update_phoneline_voicemail_greeting import sync_detailed as call

        call(user_id, phoneline_id, voicemail_id, greeting_id, client=self._client, body=body)

    def delete_phoneline_voicemail_greeting(
        self,
        user_id: str,
        phoneline_id: str,
        voicemail_id: str,
        greeting_id: str,
    ) -> None:
        """Remove a voicemail greeting (``DELETE /{user_id}/phonelines/{phoneline_id}/voicemails/{voicemail_id}/greetings/{greeting_id}``)."""
        from .delete_phoneline_voicemail_greeting import sync_detailed as call

        call(user_id, phoneline_id, voicemail_id, greeting_id, client=self._client)

    def set_phoneline_voicemail_transcription(
        self,
        user_id: str,
        phoneline_id: str,
        voicemail_id: str,
        *,
        body: PhonelineVoicemailTranscriptionUpdate,
    ) -> None:
        """Switch speech-to-text for a voicemail box on or off (``PUT /{user_id}/phonelines/{phoneline_id}/voicemails/{voicemail_id}/transcriptions``)."""
        from .set_phoneline_voicemail_transcription import sync_detailed as call

        call(user_id, phoneline_id, voicemail_id, client=self._client, body=body)


class AsyncPhonelinesEndpoints:
    """The `phonelines` operations, bound to an asynchronous client.

    Arguments left out are left to the server's default; an error answer raises.
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def list_phonelines(
        self,
        user_id: str,
    ) -> PhonelineList:
        """List a user's phonelines (``GET /{user_id}/phonelines``)."""
        from .list_phonelines import asyncio_detailed as call

        response = await call(user_id, client=self._client)
        return cast("PhonelineList", response.parsed)

    async def create_phoneline(
        self,
        user_id: str,
    ) -> PhonelineSummary:
        """Add a phoneline to a user (``POST /{user_id}/phonelines``)."""
        from .create_phoneline import asyncio_detailed as call

        response = await call(user_id, client=self._client)
        return cast("PhonelineSummary", response.parsed)

    async def get_phoneline(
        self,
        user_id: str,
        phoneline_id: str,
    ) -> Phoneline:
        """Fetch one phoneline (``GET /{user_id}/phonelines/{phoneline_id}``)."""
        from .get_phoneline import asyncio_detailed as call

        response = await call(user_id, phoneline_id, client=self._client)
        return cast("Phoneline", response.parsed)

    async def set_phoneline_alias(
        self,
        user_id: str,
        phoneline_id: str,
        *,
        body: PhonelineAliasUpdate,
    ) -> None:
        """Rename a phoneline (``PUT /{user_id}/phonelines/{phoneline_id}``)."""
        from .set_phoneline_alias import asyncio_detailed as call

        await call(user_id, phoneline_id, client=self._client, body=body)

    async def delete_phoneline(
        self,
        user_id: str,
        phoneline_id: str,
    ) -> None:
        """Remove a phoneline (``DELETE /{user_id}/phonelines/{phoneline_id}``)."""
        from .delete_phoneline import asyncio_detailed as call

        await call(user_id, phoneline_id, client=self._client)

    async def get_phoneline_block_anonymous(
        self,
        user_id: str,
        phoneline_id: str,
    ) -> PhonelineBlockAnonymous:
        """Read how a phoneline treats callers without a number (``GET /{user_id}/phonelines/{phoneline_id}/blockanonymous``)."""
        from .get_phoneline_block_anonymous import asyncio_detailed as call

        response = await call(user_id, phoneline_id, client=self._client)
        return cast("PhonelineBlockAnonymous", response.parsed)

    async def set_phoneline_block_anonymous(
        self,
        user_id: str,
        phoneline_id: str,
        *,
        body: PhonelineBlockAnonymousUpdate,
    ) -> PhonelineBlockAnonymous:
        """Block or allow callers without a number on a phoneline (``PUT /{user_id}/phonelines/{phoneline_id}/blockanonymous``)."""
        from .set_phoneline_block_anonymous import asyncio_detailed as call

        response = await call(user_id, phoneline_id, client=self._client, body=body)
        return cast("PhonelineBlockAnonymous", response.parsed)

    async def list_phoneline_devices(
        self,
        user_id: str,
        phoneline_id: str,
    ) -> PhonelineDeviceList:
        """List the devices a phoneline rings (``GET /{user_id}/phonelines/{phoneline_id}/devices``)."""
        from .list_phoneline_devices import asyncio_detailed as call

        response = await call(user_id, phoneline_id, client=self._client)
        return cast("PhonelineDeviceList", response.parsed)

    async def add_phoneline_device(
        self,
        user_id: str,
        phoneline_id: str,
        *,
        body: PhonelineDeviceAssignment,
    ) -> None:
        """Let a phoneline ring on one more device (``POST /{user_id}/phonelines/{phoneline_id}/devices``)."""
        from .add_phoneline_device import asyncio_detailed as call

        await call(user_id, phoneline_id, client=self._client, body=body)

    async def remove_phoneline_device(
        self,
        user_id: str,
        phoneline_id: str,
        device_id: str,
    ) -> None:
        """Stop a phoneline ringing on a device (``DELETE /{user_id}/phonelines/{phoneline_id}/devices/{device_id}``)."""
        from .remove_phoneline_device import asyncio_detailed as call

        await call(user_id, phoneline_id, device_id, client=self._client)

    async def list_phoneline_forwardings(
        self,
        user_id: str,
        phoneline_id: str,
    ) -> PhonelineForwardingList:
        """List a phoneline's call forwardings (``GET /{user_id}/phonelines/{phoneline_id}/forwardings``)."""
        from .list_phoneline_forwardings import asyncio_detailed as call

        response = await call(user_id, phoneline_id, client=self._client)
        return cast("PhonelineForwardingList", response.parsed)

    async def set_phoneline_forwardings(
        self,
        user_id: str,
        phoneline_id: str,
        *,
        body: PhonelineForwardingsUpdate,
    ) -> None:
        """Replace a phoneline's call forwardings (``PUT /{user_id}/phonelines/{phoneline_id}/forwardings``)."""
        from .set_phoneline_forwardings import asyncio_detailed as call

        await call(user_id, phoneline_id, client=self._client, body=body)

    async def list_phoneline_numbers(
        self,
        user_id: str,
        phoneline_id: str,
    ) -> PhonelineNumberList:
        """List the phone numbers that reach a phoneline (``GET /{user_id}/phonelines/{phoneline_id}/numbers``)."""
        from .list_phoneline_numbers import asyncio_detailed as call

        response = await call(user_id, phoneline_id, client=self._client)
        return cast("PhonelineNumberList", response.parsed)

    async def list_phoneline_parallel_forwardings(
        self,
        user_id: str,
        phoneline_id: str,
    ) -> PhonelineParallelForwardingList:
        """List the numbers that ring alongside a phoneline (``GET /{user_id}/phonelines/{phoneline_id}/parallelforwardings``)."""
        from .list_phoneline_parallel_forwardings import asyncio_detailed as call

        response = await call(user_id, phoneline_id, client=self._client)
        return cast("PhonelineParallelForwardingList", response.parsed)

    async def create_phoneline_parallel_forwarding(
        self,
        user_id: str,
        phoneline_id: str,
        *,
        body: PhonelineParallelForwardingSetting,
    ) -> None:
        """Let an external number ring alongside a phoneline (``POST /{user_id}/phonelines/{phoneline_id}/parallelforwardings``)."""
        from .create_phoneline_parallel_forwarding import asyncio_detailed as call

        await call(user_id, phoneline_id, client=self._client, body=body)

    async def update_phoneline_parallel_forwarding(
        self,
        user_id: str,
        phoneline_id: str,
        parallel_forwarding_id: str,
        *,
        body: PhonelineParallelForwardingSetting,
    ) -> None:
        """Change a number that rings alongside a phoneline (``PUT /{user_id}/phonelines/{phoneline_id}/parallelforwardings/{parallel_forwarding_id}``)."""
        from .update_phoneline_parallel_forwarding import asyncio_detailed as call

        await call(user_id, phoneline_id, parallel_forwarding_id, client=self._client, body=body)

    async def delete_phoneline_parallel_forwarding(
        self,
        user_id: str,
        phoneline_id: str,
        parallel_forwarding_id: str,
    ) -> None:
        """Remove a number that rings alongside a phoneline (``DELETE /{user_id}/phonelines/{phoneline_id}/parallelforwardings/{parallel_forwarding_id}``)."""
        from .delete_phoneline_parallel_forwarding import asyncio_detailed as call

        await call(user_id, phoneline_id, parallel_forwarding_id, client=self._client)

    async def get_phoneline_webhook_settings(
        self,
        user_id: str,
        phoneline_id: str,
    ) -> PhonelineWebhookSettings:
        """Read a phoneline's own webhook settings (``GET /{user_id}/phonelines/{phoneline_id}/sipgateio``)."""
        from .get_phoneline_webhook_settings import asyncio_detailed as call

        response = await call(user_id, phoneline_id, client=self._client)
        return cast("PhonelineWebhookSettings", response.parsed)

    async def update_phoneline_webhook_settings(
        self,
        user_id: str,
        phoneline_id: str,
        *,
        body: PhonelineWebhookSettingsUpdate,
    ) -> None:
        """Replace a phoneline's own webhook settings (``PUT /{user_id}/phonelines/{phoneline_id}/sipgateio``)."""
        from .update_phoneline_webhook_settings import asyncio_detailed as call

        await call(user_id, phoneline_id, client=self._client, body=body)

    async def list_phoneline_webhook_log(
        self,
        user_id: str,
        phoneline_id: str,
    ) -> PhonelineWebhookLog:
        """Read the webhook debug log of a phoneline (``GET /{user_id}/phonelines/{phoneline_id}/sipgateio/log``)."""
        from .list_phoneline_webhook_log import asyncio_detailed as call

        response = await call(user_id, phoneline_id, client=self._client)
        return cast("PhonelineWebhookLog", response.parsed)

    async def list_phoneline_voicemails(
        self,
        user_id: str,
        phoneline_id: str,
    ) -> PhonelineVoicemailList:
        """List the voicemail boxes of a phoneline (``GET /{user_id}/phonelines/{phoneline_id}/voicemails``)."""
        from .list_phoneline_voicemails import asyncio_detailed as call

        response = await call(user_id, phoneline_id, client=self._client)
        return cast("PhonelineVoicemailList", response.parsed)

    async def update_phoneline_voicemail(
        self,
        user_id: str,
        phoneline_id: str,
        voicemail_id: str,
        *,
        body: PhonelineVoicemailUpdate,
    ) -> None:
        """Change a phoneline's voicemail box (``PUT /{user_id}/phonelines/{phoneline_id}/voicemails/{voicemail_id}``)."""
        from .update_phoneline_voicemail import asyncio_detailed as call

        await call(user_id, phoneline_id, voicemail_id, client=self._client, body=body)

    async def list_phoneline_voicemail_greetings(
        self,
        user_id: str,
        phoneline_id: str,
        voicemail_id: str,
    ) -> PhonelineVoicemailGreetingList:
        """List the greetings of a phoneline's voicemail box (``GET /{user_id}/phonelines/{phoneline_id}/voicemails/{voicemail_id}/greetings``)."""
        from .list_phoneline_voicemail_greetings import asyncio_detailed as call

        response = await call(user_id, phoneline_id, voicemail_id, client=self._client)
        return cast("PhonelineVoicemailGreetingList", response.parsed)

    async def create_phoneline_voicemail_greeting(
        self,
        user_id: str,
        phoneline_id: str,
        voicemail_id: str,
        *,
        body: PhonelineVoicemailGreetingUpload,
    ) -> PhonelineVoicemailGreetingList:
        """Upload a greeting for a phoneline's voicemail box (``POST /{user_id}/phonelines/{phoneline_id}/voicemails/{voicemail_id}/greetings``)."""
        from .create_phoneline_voicemail_greeting import asyncio_detailed as call

        response = await call(user_id, phoneline_id, voicemail_id, client=self._client, body=body)
        return cast("PhonelineVoicemailGreetingList", response.parsed)

    async def update_phoneline_voicemail_greeting(
        self,
        user_id: str,
        phoneline_id: str,
        voicemail_id: str,
        greeting_id: str,
        *,
        body: PhonelineVoicemailGreetingUpdate,
    ) -> None:
        """Switch a voicemail greeting on or off (``PUT /{user_id}/phonelines/{phoneline_id}/voicemails/{voicemail_id}/greetings/{greeting_id}``)."""
        from .update_phoneline_voicemail_greeting import asyncio_detailed as call

        await call(user_id, phoneline_id, voicemail_id, greeting_id, client=self._client, body=body)

    async def delete_phoneline_voicemail_greeting(
        self,
        user_id: str,
        phoneline_id: str,
        voicemail_id: str,
        greeting_id: str,
    ) -> None:
        """Remove a voicemail greeting (``DELETE /{user_id}/phonelines/{phoneline_id}/voicemails/{voicemail_id}/greetings/{greeting_id}``)."""
        from .delete_phoneline_voicemail_greeting import asyncio_detailed as call

        await call(user_id, phoneline_id, voicemail_id, greeting_id, client=self._client)

    async def set_phoneline_voicemail_transcription(
        self,
        user_id: str,
        phoneline_id: str,
        voicemail_id: str,
        *,
        body: PhonelineVoicemailTranscriptionUpdate,
    ) -> None:
        """Switch speech-to-text for a voicemail box on or off (``PUT /{user_id}/phonelines/{phoneline_id}/voicemails/{voicemail_id}/transcriptions``)."""
        from .set_phoneline_voicemail_transcription import asyncio_detailed as call

        await call(user_id, phoneline_id, voicemail_id, client=self._client, body=body)
