"""The `sms` operations, and classes that bind them to a client.

Each operation is a module of this package (``sync_detailed``, ``asyncio_detailed``, ...).
`SmsEndpoints` and `AsyncSmsEndpoints` offer them as methods of one
client (``client.endpoints.sms``); a module is imported when its method is
first called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.create_sms_caller_id_request import CreateSmsCallerIdRequest
    from ...models.send_sms_request import SendSmsRequest
    from ...models.sms_alias_request import SmsAliasRequest
    from ...models.sms_caller_id_list import SmsCallerIdList
    from ...models.sms_extension_list import SmsExtensionList
    from ...models.update_sms_caller_id_request import UpdateSmsCallerIdRequest
    from ...models.verify_sms_caller_id_request import VerifySmsCallerIdRequest

__all__ = ("AsyncSmsEndpoints", "SmsEndpoints")


class SmsEndpoints:
    """The `sms` operations, bound to a synchronous client.

    Arguments left out are left to the server's default; an error answer raises.
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def send_sms(
        self,
        *,
        body: SendSmsRequest,
    ) -> None:
        """Send a text message, now or at a set time (``POST /sessions/sms``)."""
        from .send_sms import sync_detailed as call

        call(client=self._client, body=body)

    def list_sms_extensions(
        self,
        user_id: str,
    ) -> SmsExtensionList:
        """List a user's SMS extensions (``GET /{user_id}/sms``)."""
        from .list_sms_extensions import sync_detailed as call

        response = call(user_id, client=self._client)
        return cast("SmsExtensionList", response.parsed)

    def update_sms_extension_alias(
        self,
        user_id: str,
        sms_id: str,
        *,
        body: SmsAliasRequest,
    ) -> None:
        """Rename an SMS extension (``PUT /{user_id}/sms/{sms_id}``)."""
        from .update_sms_extension_alias import sync_detailed as call

        call(user_id, sms_id, client=self._client, body=body)

    def list_sms_caller_ids(
        self,
        user_id: str,
        sms_id: str,
    ) -> SmsCallerIdList:
        """List the sender numbers of an SMS extension (``GET /{user_id}/sms/{sms_id}/callerids``)."""
        from .list_sms_caller_ids import sync_detailed as call

        response = call(user_id, sms_id, client=self._client)
        return cast("SmsCallerIdList", response.parsed)

    def create_sms_caller_id(
        self,
        user_id: str,
        sms_id: str,
        *,
        body: CreateSmsCallerIdRequest,
    ) -> None:
        """Add a sender number to an SMS extension (``POST /{user_id}/sms/{sms_id}/callerids``)."""
        from .create_sms_caller_id import sync_detailed as call

        call(user_id, sms_id, client=self._client, body=body)

    def update_sms_caller_id(
        self,
        user_id: str,
        sms_id: str,
        caller_id: int,
        *,
        body: UpdateSmsCallerIdRequest,
    ) -> None:
        """Make a sender number the extension's default (``PUT /{user_id}/sms/{sms_id}/callerids/{caller_id}``)."""
        from .update_sms_caller_id import sync_detailed as call

        call(user_id, sms_id, caller_id, client=self._client, body=body)

    def delete_sms_caller_id(
        self,
        user_id: str,
        sms_id: str,
        caller_id: int,
    ) -> None:
        """Remove a sender number from an SMS extension (``DELETE /{user_id}/sms/{sms_id}/callerids/{caller_id}``)."""
        from .delete_sms_caller_id import sync_detailed as call

        call(user_id, sms_id, caller_id, client=self._client)

    def verify_sms_caller_id(
        self,
        user_id: str,
        sms_id: str,
        caller_id: int,
        *,
        body: VerifySmsCallerIdRequest,
    ) -> None:
        """Confirm a sender number with the code sent to it (``POST /{user_id}/sms/{sms_id}/callerids/{caller_id}/verification``)."""
        from .verify_sms_caller_id import sync_detailed as call

        call(user_id, sms_id, caller_id, client=self._client, body=body)


class AsyncSmsEndpoints:
    """The `sms` operations, bound to an asynchronous client.

    Arguments left out are left to the server's default; an error answer raises.
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def send_sms(
        self,
        *,
        body: SendSmsRequest,
    ) -> None:
        """Send a text message, now or at a set time (``POST /sessions/sms``)."""
        from .send_sms import asyncio_detailed as call

        await call(client=self._client, body=body)

    async def list_sms_extensions(
        self,
        user_id: str,
    ) -> SmsExtensionList:
        """List a user's SMS extensions (``GET /{user_id}/sms``)."""
        from .list_sms_extensions import asyncio_detailed as call

        response = await call(user_id, client=self._client)
        return cast("SmsExtensionList", response.parsed)

    async def update_sms_extension_alias(
        self,
        user_id: str,
        sms_id: str,
        *,
        body: SmsAliasRequest,
    ) -> None:
        """Rename an SMS extension (``PUT /{user_id}/sms/{sms_id}``)."""
        from .update_sms_extension_alias import asyncio_detailed as call

        await call(user_id, sms_id, client=self._client, body=body)

    async def list_sms_caller_ids(
        self,
        user_id: str,
        sms_id: str,
    ) -> SmsCallerIdList:
        """List the sender numbers of an SMS extension (``GET /{user_id}/sms/{sms_id}/callerids``)."""
        from .list_sms_caller_ids import asyncio_detailed as call

        response = await call(user_id, sms_id, client=self._client)
        return cast("SmsCallerIdList", response.parsed)

    async def create_sms_caller_id(
        self,
        user_id: str,
        sms_id: str,
        *,
        body: CreateSmsCallerIdRequest,
    ) -> None:
        """Add a sender number to an SMS extension (``POST /{user_id}/sms/{sms_id}/callerids``)."""
        from .create_sms_caller_id import asyncio_detailed as call

        await call(user_id, sms_id, client=self._client, body=body)

    async def update_sms_caller_id(
        self,
        user_id: str,
        sms_id: str,
        caller_id: int,
        *,
        body: UpdateSmsCallerIdRequest,
    ) -> None:
        """Make a sender number the extension's default (``PUT /{user_id}/sms/{sms_id}/callerids/{caller_id}``)."""
        from .update_sms_caller_id import asyncio_detailed as call

        await call(user_id, sms_id, caller_id, client=self._client, body=body)

    async def delete_sms_caller_id(
        self,
        user_id: str,
        sms_id: str,
        caller_id: int,
    ) -> None:
        """Remove a sender number from an SMS extension (``DELETE /{user_id}/sms/{sms_id}/callerids/{caller_id}``)."""
        from .delete_sms_caller_id import asyncio_detailed as call

        await call(user_id, sms_id, caller_id, client=self._client)

    async def verify_sms_caller_id(
        self,
        user_id: str,
        sms_id: str,
        caller_id: int,
        *,
        body: VerifySmsCallerIdRequest,
    ) -> None:
        """Confirm a sender number with the code sent to it (``POST /{user_id}/sms/{sms_id}/callerids/{caller_id}/verification``)."""
        from .verify_sms_caller_id import asyncio_detailed as call

        await call(user_id, sms_id, caller_id, client=self._client, body=body)
