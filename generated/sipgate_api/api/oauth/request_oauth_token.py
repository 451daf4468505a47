from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.o_auth_realm_name import OAuthRealmName
from ...models.o_auth_token_request import OAuthTokenRequest
from ...models.o_auth_token_response import OAuthTokenResponse
from ...types import Response


def _get_kwargs(
    realm: OAuthRealmName,
    *,
    body: OAuthTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/auth/realms/{realm}/protocol/openid-connect/token".format(
            realm=quote(str(realm), safe=""),
        ),
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | OAuthTokenResponse | None:
    if response.status_code == 200:
        response_200 = OAuthTokenResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | OAuthTokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    realm: OAuthRealmName,
    *,
    client: AuthenticatedClient | Client,
    body: OAuthTokenRequest,
) -> Response[Any | OAuthTokenResponse]:
    """Trade an authorization code or a refresh token for tokens

     The token endpoint of sipgate's login server. It lives on
    `https://login.sipgate.com`, not on the API's base address: call it with a client
    whose base URL is that server (the path-level `servers` entry says so). With
    `grant_type=authorization_code` send the `code` from the login redirect, the same
    `redirect_uri` and, for PKCE, the `code_verifier`; with
    `grant_type=refresh_token` send the `refresh_token`. The client authenticates with
    `client_id` and, unless it is a public client, `client_secret`. Access tokens are
    short-lived (usually 300 seconds), refresh tokens last much longer (2592000 seconds,
    30 days, in sipgate's example). The answer holds credentials: keep it out of logs.
    No API credentials are involved. A rejected code or refresh token is answered
    with 400 and a JSON body `{error, error_description}` (RFC 6749 §5.2).

    Args:
        realm (OAuthRealmName):
        body (OAuthTokenRequest): Form fields of a token request. Which ones are needed depends on
            `grant_type`
            (see `request_oauth_token`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | OAuthTokenResponse]
    """

    kwargs = _get_kwargs(
        realm=realm,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    realm: OAuthRealmName,
    *,
    client: AuthenticatedClient | Client,
    body: OAuthTokenRequest,
) -> Any | OAuthTokenResponse | None:
    """Trade an authorization code or a refresh token for tokens

     The token endpoint of sipgate's login server. It lives on
    `https://login.sipgate.com`, not on the API's base address: call it with a client
    whose base URL is that server (the path-level `servers` entry says so). With
    `grant_type=authorization_code` send the `code` from the login redirect, the same
    `redirect_uri` and, for PKCE, the `code_verifier`; with
    `grant_type=refresh_token` send the `refresh_token`. The client authenticates with
    `client_id` and, unless it is a public client, `client_secret`. Access tokens are
    short-lived (usually 300 seconds), refresh tokens last much longer (2592000 seconds,
    30 days, in sipgate's example). The answer holds credentials: keep it out of logs.
    No API credentials are involved. A rejected code or refresh token is answered
    with 400 and a JSON body `{error, error_description}` (RFC 6749 §5.2).

    Args:
        realm (OAuthRealmName):
        body (OAuthTokenRequest): Form fields of a token request. Which ones are needed depends on
            `grant_type`
            (see `request_oauth_token`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | OAuthTokenResponse
    """

    return sync_detailed(
        realm=realm,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    realm: OAuthRealmName,
    *,
    client: AuthenticatedClient | Client,
    body: OAuthTokenRequest,
) -> Response[Any | OAuthTokenResponse]:
    """Trade an authorization code or a refresh token for tokens

     The token endpoint of sipgate's login server. It lives on
    `https://login.sipgate.com`, not on the API's base address: call it with a client
    whose base URL is that server (the path-level `servers` entry says so). With
    `grant_type=authorization_code` send the `code` from the login redirect, the same
    `redirect_uri` and, for PKCE, the `code_verifier`; with
    `grant_type=refresh_token` send the `refresh_token`. The client authenticates with
    `client_id` and, unless it is a public client, `client_secret`. Access tokens are
    short-lived (usually 300 seconds), refresh tokens last much longer (2592000 seconds,
    30 days, in sipgate's example). The answer holds credentials: keep it out of logs.
    No API credentials are involved. A rejected code or refresh token is answered
    with 400 and a JSON body `{error, error_description}` (RFC 6749 §5.2).

    Args:
        realm (OAuthRealmName):
        body (OAuthTokenRequest): Form fields of a token request. Which ones are needed depends on
            `grant_type`
            (see `request_oauth_token`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | OAuthTokenResponse]
    """

    kwargs = _get_kwargs(
        realm=realm,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    realm: OAuthRealmName,
    *,
    client: AuthenticatedClient | Client,
    body: OAuthTokenRequest,
) -> Any | OAuthTokenResponse | None:
    """Trade an authorization code or a refresh token for tokens

     The token endpoint of sipgate's login server. It lives on
    `https://login.sipgate.com`, not on the API's base address: call it with a client
    whose base URL is that server (the path-level `servers` entry says so). With
    `grant_type=authorization_code` send the `code` from the login redirect, the same
    `redirect_uri` and, for PKCE, the `code_verifier`; with
    `grant_type=refresh_token` send the `refresh_token`. The client authenticates with
    `client_id` and, unless it is a public client, `client_secret`. Access tokens are
    short-lived (usually 300 seconds), refresh tokens last much longer (2592000 seconds,
    30 days, in sipgate's example). The answer holds credentials: keep it out of logs.
    No API credentials are involved. A rejected code or refresh token is answered
    with 400 and a JSON body `{error, error_description}` (RFC 6749 §5.2).

    Args:
        realm (OAuthRealmName):
        body (OAuthTokenRequest): Form fields of a token request. Which ones are needed depends on
            `grant_type`
            (see `request_oauth_token`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | OAuthTokenResponse
    """

    return (
        await asyncio_detailed(
            realm=realm,
            client=client,
            body=body,
        )
    ).parsed
