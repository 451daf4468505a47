from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.phone_number_list import PhoneNumberList
from ...types import Response


def _get_kwargs(
    address_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/addresses/{address_id}/numbers".format(
            address_id=quote(str(address_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | PhoneNumberList | None:
    if response.status_code == 200:
        response_200 = PhoneNumberList.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | PhoneNumberList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    address_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | PhoneNumberList]:
    """List the phone numbers assigned to an address

     The numbers that are registered at this address, in the same shape as
    `list_numbers` returns them. Needs `numbers:read` (or `all`).

    Args:
        address_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PhoneNumberList]
    """

    kwargs = _get_kwargs(
        address_id=address_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    address_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Any | PhoneNumberList | None:
    """List the phone numbers assigned to an address

     The numbers that are registered at this address, in the same shape as
    `list_numbers` returns them. Needs `numbers:read` (or `all`).

    Args:
        address_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PhoneNumberList
    """

    return sync_detailed(
        address_id=address_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    address_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | PhoneNumberList]:
    """List the phone numbers assigned to an address

     The numbers that are registered at this address, in the same shape as
    `list_numbers` returns them. Needs `numbers:read` (or `all`).

    Args:
        address_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PhoneNumberList]
    """

    kwargs = _get_kwargs(
        address_id=address_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    address_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Any | PhoneNumberList | None:
    """List the phone numbers assigned to an address

     The numbers that are registered at this address, in the same shape as
    `list_numbers` returns them. Needs `numbers:read` (or `all`).

    Args:
        address_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PhoneNumberList
    """

    return (
        await asyncio_detailed(
            address_id=address_id,
            client=client,
        )
    ).parsed
