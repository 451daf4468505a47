from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_scope_filter import ContactScopeFilter
from ...types import UNSET, Response


def _get_kwargs(
    *,
    scope: list[ContactScopeFilter],
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_scope = []
    for scope_item_data in scope:
        scope_item = scope_item_data.value
        json_scope.append(scope_item)

    params["scope"] = json_scope

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contacts/csv",
        "params": params,
    }

    _kwargs["headers"] = {"Accept": "text/csv"}
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | str | None:
    if response.status_code == 200:
        response_200 = response.text
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    scope: list[ContactScopeFilter],
) -> Response[Any | str]:
    """Export contacts as a CSV document

     The contacts of the given address books as one CSV document, which sipgate
    builds itself. Newer API releases only. Needs `contacts:read` (or `all`).

    Args:
        scope (list[ContactScopeFilter]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | str]
    """

    kwargs = _get_kwargs(
        scope=scope,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    scope: list[ContactScopeFilter],
) -> Any | str | None:
    """Export contacts as a CSV document

     The contacts of the given address books as one CSV document, which sipgate
    builds itself. Newer API releases only. Needs `contacts:read` (or `all`).

    Args:
        scope (list[ContactScopeFilter]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | str
    """

    return sync_detailed(
        client=client,
        scope=scope,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    scope: list[ContactScopeFilter],
) -> Response[Any | str]:
    """Export contacts as a CSV document

     The contacts of the given address books as one CSV document, which sipgate
    builds itself. Newer API releases only. Needs `contacts:read` (or `all`).

    Args:
        scope (list[ContactScopeFilter]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | str]
    """

    kwargs = _get_kwargs(
        scope=scope,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    scope: list[ContactScopeFilter],
) -> Any | str | None:
    """Export contacts as a CSV document

     The contacts of the given address books as one CSV document, which sipgate
    builds itself. Newer API releases only. Needs `contacts:read` (or `all`).

    Args:
        scope (list[ContactScopeFilter]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | str
    """

    return (
        await asyncio_detailed(
            client=client,
            scope=scope,
        )
    ).parsed
