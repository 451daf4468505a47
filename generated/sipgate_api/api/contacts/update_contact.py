from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_update_request import ContactUpdateRequest
from ...types import Response


def _get_kwargs(
    contact_id: str,
    *,
    body: ContactUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/contacts/{contact_id}".format(
            contact_id=quote(str(contact_id), safe=""),
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
    contact_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ContactUpdateRequest,
) -> Response[Any]:
    """Replace a contact

     Overwrites the stored contact with the body. Repeat the contact's id in the body.
    Fields left out are emptied, including `note` and `websites` on newer API
    releases. Needs `contacts:write` (or `all`).

    Args:
        contact_id (str):
        body (ContactUpdateRequest): A contact as it is sent to replace the stored one. `note` and
            `websites` are not in the 2022 reference; newer
            API releases take and return them (sipgate-platform.md §4 "Known differences",
            inferred from the mcp client's code, which sends them with websites shaped
            `{url, type}`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        contact_id=contact_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    contact_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ContactUpdateRequest,
) -> Response[Any]:
    """Replace a contact

     Overwrites the stored contact with the body. Repeat the contact's id in the body.
    Fields left out are emptied, including `note` and `websites` on newer API
    releases. Needs `contacts:write` (or `all`).

    Args:
        contact_id (str):
        body (ContactUpdateRequest): A contact as it is sent to replace the stored one. `note` and
            `websites` are not in the 2022 reference; newer
            API releases take and return them (sipgate-platform.md §4 "Known differences",
            inferred from the mcp client's code, which sends them with websites shaped
            `{url, type}`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        contact_id=contact_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
