"""The `oauth` operations, and classes that bind them to a client.

Each operation is a module of this package (``sync_detailed``, ``asyncio_detailed``, ...).
`OauthEndpoints` and `AsyncOauthEndpoints` offer them as methods of one
client (``client.endpoints.oauth``); a module is imported when its method is
first called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.o_auth_code_challenge_method import OAuthCodeChallengeMethod
    from ...models.o_auth_realm_name import OAuthRealmName
    from ...models.o_auth_response_type import OAuthResponseType
    from ...models.o_auth_token_request import OAuthTokenRequest
    from ...models.o_auth_token_response import OAuthTokenResponse
    from ...types import Unset

__all__ = ("AsyncOauthEndpoints", "OauthEndpoints")


class OauthEndpoints:
    """The `oauth` operations, bound to a synchronous client.

    Arguments left out are left to the server's default; an error answer raises.
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def authorize_oauth(
        self,
        realm: OAuthRealmName,
        *,
        response_type: OAuthResponseType,
        client_id: str,
        redirect_uri: str,
        scope: str | Unset = UNSET,
        state: str | Unset = UNSET,
        code_challenge: str | Unset = UNSET,
        code_challenge_method: OAuthCodeChallengeMethod | Unset = UNSET,
    ) -> None:
        """Start an OAuth 2.0 login in the browser (``GET /auth/realms/{realm}/protocol/openid-connect/auth``)."""
        from .authorize_oauth import sync_detailed as call

        call(
            realm,
            client=self._client,
            response_type=response_type,
            client_id=client_id,
            redirect_uri=redirect_uri,
            scope=scope,
            state=state,
            code_challenge=code_challenge,
            code_challenge_method=code_challenge_method,
        )

    def request_oauth_token(
        self,
        realm: OAuthRealmName,
        *,
        body: OAuthTokenRequest,
    ) -> OAuthTokenResponse:
        """Trade an authorization code or a refresh token for tokens (``POST /auth/realms/{realm}/protocol/openid-connect/token``)."""
        from .request_oauth_token import sync_detailed as call

        response = call(realm, client=self._client, body=body)
        return cast("OAuthTokenResponse", response.parsed)


class AsyncOauthEndpoints:
    """The `oauth` operations, bound to an asynchronous client.

    Arguments left out are left to the server's default; an error answer raises.
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def authorize_oauth(
        self,
        realm: OAuthRealmName,
        *,
        response_type: OAuthResponseType,
        client_id: str,
        redirect_uri: str,
        scope: str | Unset = UNSET,
        state: str | Unset = UNSET,
        code_challenge: str | Unset = UNSET,
        code_challenge_method: OAuthCodeChallengeMethod | Unset = UNSET,
    ) -> None:
        """Start an OAuth 2.0 login in the browser (``GET /auth/realms/{realm}/protocol/openid-connect/auth``)."""
        from .authorize_oauth import asyncio_detailed as call

        await call(
            realm,
            client=self._client,
            response_type=response_type,
            client_id=client_id,
            redirect_uri=redirect_uri,
            scope=scope,
            state=state,
            code_challenge=code_challenge,
            code_challenge_method=code_challenge_method,
        )

    async def request_oauth_token(
        self,
        realm: OAuthRealmName,
        *,
        body: OAuthTokenRequest,
    ) -> OAuthTokenResponse:
        """Trade an authorization code or a refresh token for tokens (``POST /auth/realms/{realm}/protocol/openid-connect/token``)."""
        from .request_oauth_token import asyncio_detailed as call

        response = await call(realm, client=self._client, body=body)
        return cast("OAuthTokenResponse", response.parsed)
