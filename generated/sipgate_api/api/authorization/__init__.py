"""The `authorization` operations, and classes that bind them to a client.

Each operation is a module of this package (``sync_detailed``, ``asyncio_detailed``, ...).
`AuthorizationEndpoints` and `AsyncAuthorizationEndpoints` offer them as methods of one
client (``client.endpoints.authorization``); a module is imported when its method is
first called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.change_password_request import ChangePasswordRequest
    from ...models.o_auth_client import OAuthClient
    from ...models.o_auth_client_legal_urls import OAuthClientLegalUrls
    from ...models.o_auth_client_list import OAuthClientList
    from ...models.o_auth_client_request import OAuthClientRequest
    from ...models.password_reset_request import PasswordResetRequest
    from ...models.userinfo import Userinfo

__all__ = ("AsyncAuthorizationEndpoints", "AuthorizationEndpoints")


class AuthorizationEndpoints:
    """The `authorization` operations, bound to a synchronous client.

    Arguments left out are left to the server's default; an error answer raises.
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def get_userinfo(
        self,
    ) -> Userinfo:
        """Identify the authenticated user (``GET /authorization/userinfo``)."""
        from .get_userinfo import sync_detailed as call

        response = call(client=self._client)
        return cast("Userinfo", response.parsed)

    def list_oauth_clients(
        self,
    ) -> OAuthClientList:
        """List the account's OAuth 2.0 clients (``GET /authorization/oauth2/clients``)."""
        from .list_oauth_clients import sync_detailed as call

        response = call(client=self._client)
        return cast("OAuthClientList", response.parsed)

    def create_oauth_client(
        self,
        *,
        body: OAuthClientRequest,
    ) -> OAuthClient:
        """Register an OAuth 2.0 client (``POST /authorization/oauth2/clients``)."""
        from .create_oauth_client import sync_detailed as call

        response = call(client=self._client, body=body)
        return cast("OAuthClient", response.parsed)

    def get_oauth_client(
        self,
        client_id: str,
    ) -> OAuthClient:
        """Read one OAuth 2.0 client (``GET /authorization/oauth2/clients/{client_id}``)."""
        from .get_oauth_client import sync_detailed as call

        response = call(client_id, client=self._client)
        return cast("OAuthClient", response.parsed)

    def update_oauth_client(
        self,
        client_id: str,
        *,
        body: OAuthClientRequest,
    ) -> OAuthClient:
        """Change an OAuth 2.0 client (``PUT /authorization/oauth2/clients/{client_id}``)."""
        from .update_oauth_client import sync_detailed as call

        response = call(client_id, client=self._client, body=body)
        return cast("OAuthClient", response.parsed)

    def delete_oauth_client(
        self,
        client_id: str,
    ) -> None:
        """Remove an OAuth 2.0 client (``DELETE /authorization/oauth2/clients/{client_id}``)."""
        from .delete_oauth_client import sync_detailed as call

        call(client_id, client=self._client)

    def get_oauth_client_legal_urls(
        self,
        client_id: str,
    ) -> OAuthClientLegalUrls:
        """Read the privacy and terms pages of an OAuth 2.0 client (``GET /authorization/oauth2/clients/{client_id}/gdpr``)."""
        from .get_oauth_client_legal_urls import sync_detailed as call

        response = call(client_id, client=self._client)
        return cast("OAuthClientLegalUrls", response.parsed)

    def request_password_reset(
        self,
        *,
        body: PasswordResetRequest,
    ) -> None:
        """Ask for a link to set a new password (``POST /passwordreset``)."""
        from .request_password_reset import sync_detailed as call

        call(client=self._client, body=body)

    def change_password(
        self,
        nonce: str,
        *,
        body: ChangePasswordRequest,
    ) -> None:
        """Set a new password with a reset link's nonce (``POST /passwordreset/{nonce}``)."""
        from .change_password import sync_detailed as call

        call(nonce, client=self._client, body=body)


class AsyncAuthorizationEndpoints:
    """The `authorization` operations, bound to an asynchronous client.

    Arguments left out are left to the server's default; an error answer raises.
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def get_userinfo(
        self,
    ) -> Userinfo:
        """Identify the authenticated user (``GET /authorization/userinfo``)."""
        from .get_userinfo import asyncio_detailed as call

        response = await call(client=self._client)
        return cast("Userinfo", response.parsed)

    async def list_oauth_clients(
        self,
    ) -> OAuthClientList:
        """List the account's OAuth 2.0 clients (``GET /authorization/oauth2/clients``)."""
        from .list_oauth_clients import asyncio_detailed as call

        response = await call(client=self._client)
        return cast("OAuthClientList", response.parsed)

    async def create_oauth_client(
        self,
        *,
        body: OAuthClientRequest,
    ) -> OAuthClient:
        """Register an OAuth 2.0 client (``POST /authorization/oauth2/clients``)."""
        from .create_oauth_client import asyncio_detailed as call

        response = await call(client=self._client, body=body)
        return cast("OAuthClient", response.parsed)

    async def get_oauth_client(
        self,
        client_id: str,
    ) -> OAuthClient:
        """Read one OAuth 2.0 client (``GET /authorization/oauth2/clients/{client_id}``)."""
        from .get_oauth_client import asyncio_detailed as call

        response = await call(client_id, client=self._client)
        return cast("OAuthClient", response.parsed)

    async def update_oauth_client(
        self,
        client_id: str,
        *,
        body: OAuthClientRequest,
    ) -> OAuthClient:
        """Change an OAuth 2.0 client (``PUT /authorization/oauth2/clients/{client_id}``)."""
        from .update_oauth_client import asyncio_detailed as call

        response = await call(client_id, client=self._client, body=body)
        return cast("OAuthClient", response.parsed)

    async def delete_oauth_client(
        self,
        client_id: str,
    ) -> None:
        """Remove an OAuth 2.0 client (``DELETE /authorization/oauth2/clients/{client_id}``)."""
        from .delete_oauth_client import asyncio_detailed as call

        await call(client_id, client=self._client)

    async def get_oauth_client_legal_urls(
        self,
        client_id: str,
    ) -> OAuthClientLegalUrls:
        """Read the privacy and terms pages of an OAuth 2.0 client (``GET /authorization/oauth2/clients/{client_id}/gdpr``)."""
        from .get_oauth_client_legal_urls import asyncio_detailed as call

        response = await call(client_id, client=self._client)
        return cast("OAuthClientLegalUrls", response.parsed)

    async def request_password_reset(
        self,
        *,
        body: PasswordResetRequest,
    ) -> None:
        """Ask for a link to set a new password (``POST /passwordreset``)."""
        from .request_password_reset import asyncio_detailed as call

        await call(client=self._client, body=body)

    async def change_password(
        self,
        nonce: str,
        *,
        body: ChangePasswordRequest,
    ) -> None:
        """Set a new password with a reset link's nonce (``POST /passwordreset/{nonce}``)."""
        from .change_password import asyncio_detailed as call

        await call(nonce, client=self._client, body=body)
