from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_balance import AccountBalance
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/balance",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AccountBalance | Any | None:
    if response.status_code == 200:
        response_200 = AccountBalance.from_dict(response.json())

        return response_200

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AccountBalance | Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[AccountBalance | Any]:
    """Read the account's credit

     How much prepaid credit is left for calls, text messages and faxes. `amount` is an
    integer in a fraction of the currency unit; the reference names no unit, and the
    mcp client (a source of sipgate-platform.md) reads it as ten-thousandths, so
    `123400` with `EUR` would be 12.34 euros. Needs `balance:read` (or `all`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountBalance | Any]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> AccountBalance | Any | None:
    """Read the account's credit

     How much prepaid credit is left for calls, text messages and faxes. `amount` is an
    integer in a fraction of the currency unit; the reference names no unit, and the
    mcp client (a source of sipgate-platform.md) reads it as ten-thousandths, so
    `123400` with `EUR` would be 12.34 euros. Needs `balance:read` (or `all`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountBalance | Any
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[AccountBalance | Any]:
    """Read the account's credit

     How much prepaid credit is left for calls, text messages and faxes. `amount` is an
    integer in a fraction of the currency unit; the reference names no unit, and the
    mcp client (a source of sipgate-platform.md) reads it as ten-thousandths, so
    `123400` with `EUR` would be 12.34 euros. Needs `balance:read` (or `all`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountBalance | Any]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> AccountBalance | Any | None:
    """Read the account's credit

     How much prepaid credit is left for calls, text messages and faxes. `amount` is an
    integer in a fraction of the currency unit; the reference names no unit, and the
    mcp client (a source of sipgate-platform.md) reads it as ten-thousandths, so
    `123400` with `EUR` would be 12.34 euros. Needs `balance:read` (or `all`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountBalance | Any
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
