from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.quick_dial_request import QuickDialRequest
from ...types import Response


def _get_kwargs(
    *,
    body: QuickDialRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/numbers/quickdial",
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

    if response.status_code == 409:
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
    *,
    client: AuthenticatedClient | Client,
    body: QuickDialRequest,
) -> Response[Any]:
    """Give a user a quick dial number

     Books a short internal number with which colleagues on the account reach the
    user directly. The new number shows up in `list_numbers` and `list_user_numbers`
    with the kind `QUICKDIAL`; check beforehand with `validate_quick_dial_number`
    whether the digits are still free. Needs `numbers:write` (or `all`).

    Args:
        body (QuickDialRequest): Who a quick dial number belongs to and which digits it has.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: QuickDialRequest,
) -> Response[Any]:
    """Give a user a quick dial number

     Books a short internal number with which colleagues on the account reach the
    user directly. The new number shows up in `list_numbers` and `list_user_numbers`
    with the kind `QUICKDIAL`; check beforehand with `validate_quick_dial_number`
    whether the digits are still free. Needs `numbers:write` (or `all`).

    Args:
        body (QuickDialRequest): Who a quick dial number belongs to and which digits it has.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
