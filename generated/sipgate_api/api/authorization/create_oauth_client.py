from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.o_auth_client import OAuthClient
from ...models.o_auth_client_request import OAuthClientRequest
from ...types import Response


def _get_kwargs(
    *,
    body: OAuthClientRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/authorization/oauth2/clients",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | OAuthClient | None:
    if response.status_code == 200:
        response_200 = OAuthClient.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | OAuthClient]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthClientRequest,
) -> Response[Any | OAuthClient]:
    """Register an OAuth 2.0 client

     Creates a client for an application that signs users in through sipgate's login
    server (see the `oauth` operations). The answer holds the new client id and its
    secret; keep the secret out of logs. Needs `authorization:oauth2:clients:write`
    (or `all`).

    Args:
        body (OAuthClientRequest): What an OAuth 2.0 client is registered with.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | OAuthClient]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthClientRequest,
) -> Any | OAuthClient | None:
    """Register an OAuth 2.0 client

     Creates a client for an application that signs users in through sipgate's login
    server (see the `oauth` operations). The answer holds the new client id and its
    secret; keep the secret out of logs. Needs `authorization:oauth2:clients:write`
    (or `all`).

    Args:
        body (OAuthClientRequest): What an OAuth 2.0 client is registered with.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | OAuthClient
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthClientRequest,
) -> Response[Any | OAuthClient]:
    """Register an OAuth 2.0 client

     Creates a client for an application that signs users in through sipgate's login
    server (see the `oauth` operations). The answer holds the new client id and its
    secret; keep the secret out of logs. Needs `authorization:oauth2:clients:write`
    (or `all`).

    Args:
        body (OAuthClientRequest): What an OAuth 2.0 client is registered with.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | OAuthClient]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthClientRequest,
) -> Any | OAuthClient | None:
    """Register an OAuth 2.0 client

     Creates a client for an application that signs users in through sipgate's login
    server (see the `oauth` operations). The answer holds the new client id and its
    secret; keep the secret out of logs. Needs `authorization:oauth2:clients:write`
    (or `all`).

    Args:
        body (OAuthClientRequest): What an OAuth 2.0 client is registered with.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | OAuthClient
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
