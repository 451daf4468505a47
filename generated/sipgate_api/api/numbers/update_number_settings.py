from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_number_settings_request import UpdateNumberSettingsRequest
from ...types import Response


def _get_kwargs(
    number_id: str,
    *,
    body: UpdateNumberSettingsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/numbers/{number_id}".format(
            number_id=quote(str(number_id), safe=""),
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
    number_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateNumberSettingsRequest,
) -> Response[Any]:
    """Route a phone number or change how it is used

     Points the number at another extension (a phoneline, group, fax line, …) and
    sets whether it is released for porting to another provider and whether it
    serves as a quick dial number. Needs `numbers:write` (or `all`).

    Args:
        number_id (str):
        body (UpdateNumberSettingsRequest): New settings of a phone number; fields left out are
            not changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        number_id=number_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    number_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateNumberSettingsRequest,
) -> Response[Any]:
    """Route a phone number or change how it is used

     Points the number at another extension (a phoneline, group, fax line, …) and
    sets whether it is released for porting to another provider and whether it
    serves as a quick dial number. Needs `numbers:write` (or `all`).

    Args:
        number_id (str):
        body (UpdateNumberSettingsRequest): New settings of a phone number; fields left out are
            not changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        number_id=number_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
