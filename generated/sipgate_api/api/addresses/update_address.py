from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.postal_address_update_request import PostalAddressUpdateRequest
from ...types import Response


def _get_kwargs(
    address_id: int,
    *,
    body: PostalAddressUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/addresses/{address_id}".format(
            address_id=quote(str(address_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 204:
        return None

    if response.status_code == 400:
        return None

    if response.status_code == 401:
        return None

    if response.status_code == 403:
        return None

    if response.status_code == 404:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any]:
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
    body: PostalAddressUpdateRequest,
) -> Response[Any]:
    """Change a postal address

     Replaces the address with the body. Be careful: in some countries a phone number
    is only granted for a local address, so moving the address elsewhere can cost the
    numbers attached to it. `city`, `countrycode` and `postcode` are needed.
    Needs `addresses:write` (or `all`).

    Args:
        address_id (int):
        body (PostalAddressUpdateRequest): The new address. Parts that are not needed can be left
            out.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        address_id=address_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    address_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: PostalAddressUpdateRequest,
) -> Response[Any]:
    """Change a postal address

     Replaces the address with the body. Be careful: in some countries a phone number
    is only granted for a local address, so moving the address elsewhere can cost the
    numbers attached to it. `city`, `countrycode` and `postcode` are needed.
    Needs `addresses:write` (or `all`).

    Args:
        address_id (int):
        body (PostalAddressUpdateRequest): The new address. Parts that are not needed can be left
            out.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        address_id=address_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
