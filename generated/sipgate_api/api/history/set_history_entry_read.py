from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.history_entry_flag_request import HistoryEntryFlagRequest
from ...types import Response


def _get_kwargs(
    entry_id: str,
    *,
    body: HistoryEntryFlagRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/history/{entry_id}/read".format(
            entry_id=quote(str(entry_id), safe=""),
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
    entry_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: HistoryEntryFlagRequest,
) -> Response[Any]:
    """Mark one history entry as read or unread

     Sets only the `read` flag of one entry. sipgate marks this path as deprecated;
    `update_history_entry` with `read` does the same.
    Needs `history:write` (or `all`).

    Args:
        entry_id (str):
        body (HistoryEntryFlagRequest): New state of one flag (archived or read) of a history
            entry.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        entry_id=entry_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    entry_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: HistoryEntryFlagRequest,
) -> Response[Any]:
    """Mark one history entry as read or unread

     Sets only the `read` flag of one entry. sipgate marks this path as deprecated;
    `update_history_entry` with `read` does the same.
    Needs `history:write` (or `all`).

    Args:
        entry_id (str):
        body (HistoryEntryFlagRequest): New state of one flag (archived or read) of a history
            entry.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        entry_id=entry_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
