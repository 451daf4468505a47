from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.blocked_number import BlockedNumber
from ...types import Response


def _get_kwargs(
    *,
    body: BlockedNumber,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/blacklist/incoming",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | BlockedNumber | None:
    if response.status_code == 200:
        response_200 = BlockedNumber.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = BlockedNumber.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 409:
        response_409 = cast(Any, None)
        return response_409

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | BlockedNumber]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BlockedNumber,
) -> Response[Any | BlockedNumber]:
    """Block incoming calls from a number

     Adds a number (or, with `isBlock`, every number starting with it) to the list of
    blocked callers. The number is written with its country code, with or without a
    leading `+`. A number that is already listed is answered with 409. Needs
    `blacklist:write` (or `all`).

    Args:
        body (BlockedNumber): One entry of the list of blocked callers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BlockedNumber]
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
    body: BlockedNumber,
) -> Any | BlockedNumber | None:
    """Block incoming calls from a number

     Adds a number (or, with `isBlock`, every number starting with it) to the list of
    blocked callers. The number is written with its country code, with or without a
    leading `+`. A number that is already listed is answered with 409. Needs
    `blacklist:write` (or `all`).

    Args:
        body (BlockedNumber): One entry of the list of blocked callers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BlockedNumber
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BlockedNumber,
) -> Response[Any | BlockedNumber]:
    """Block incoming calls from a number

     Adds a number (or, with `isBlock`, every number starting with it) to the list of
    blocked callers. The number is written with its country code, with or without a
    leading `+`. A number that is already listed is answered with 409. Needs
    `blacklist:write` (or `all`).

    Args:
        body (BlockedNumber): One entry of the list of blocked callers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BlockedNumber]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BlockedNumber,
) -> Any | BlockedNumber | None:
    """Block incoming calls from a number

     Adds a number (or, with `isBlock`, every number starting with it) to the list of
    blocked callers. The number is written with its country code, with or without a
    leading `+`. A number that is already listed is answered with 409. Needs
    `blacklist:write` (or `all`).

    Args:
        body (BlockedNumber): One entry of the list of blocked callers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BlockedNumber
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
