from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_scope_filter import ContactScopeFilter
from ...models.contact_vcard_write_request import ContactVcardWriteRequest
from ...models.contact_vcard_write_result import ContactVcardWriteResult
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: ContactVcardWriteRequest,
    scope: ContactScopeFilter,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_scope = scope.value
    params["scope"] = json_scope

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/contacts/vcard",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ContactVcardWriteResult | None:
    if response.status_code == 200:
        response_200 = ContactVcardWriteResult.from_dict(response.json())

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
) -> Response[Any | ContactVcardWriteResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactVcardWriteRequest,
    scope: ContactScopeFilter,
) -> Response[Any | ContactVcardWriteResult]:
    """Add or overwrite contacts given as structured vCards

     Stores each entry of `data` in the address book `scope`: an entry with a
    `contactId` overwrites that contact, one without creates a new contact. The
    answer names the id of each stored contact. Newer API releases only. Needs
    `contacts:write` (or `all`).

    Args:
        scope (ContactScopeFilter): An address book to read, export or delete from. `INTERNAL`
            holds the colleagues on the account.
        body (ContactVcardWriteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ContactVcardWriteResult]
    """

    kwargs = _get_kwargs(
        body=body,
        scope=scope,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ContactVcardWriteRequest,
    scope: ContactScopeFilter,
) -> Any | ContactVcardWriteResult | None:
    """Add or overwrite contacts given as structured vCards

     Stores each entry of `data` in the address book `scope`: an entry with a
    `contactId` overwrites that contact, one without creates a new contact. The
    answer names the id of each stored contact. Newer API releases only. Needs
    `contacts:write` (or `all`).

    Args:
        scope (ContactScopeFilter): An address book to read, export or delete from. `INTERNAL`
            holds the colleagues on the account.
        body (ContactVcardWriteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ContactVcardWriteResult
    """

    return sync_detailed(
        client=client,
        body=body,
        scope=scope,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactVcardWriteRequest,
    scope: ContactScopeFilter,
) -> Response[Any | ContactVcardWriteResult]:
    """Add or overwrite contacts given as structured vCards

     Stores each entry of `data` in the address book `scope`: an entry with a
    `contactId` overwrites that contact, one without creates a new contact. The
    answer names the id of each stored contact. Newer API releases only. Needs
    `contacts:write` (or `all`).

    Args:
        scope (ContactScopeFilter): An address book to read, export or delete from. `INTERNAL`
            holds the colleagues on the account.
        body (ContactVcardWriteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ContactVcardWriteResult]
    """

    kwargs = _get_kwargs(
        body=body,
        scope=scope,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ContactVcardWriteRequest,
    scope: ContactScopeFilter,
) -> Any | ContactVcardWriteResult | None:
    """Add or overwrite contacts given as structured vCards

     Stores each entry of `data` in the address book `scope`: an entry with a
    `contactId` overwrites that contact, one without creates a new contact. The
    answer names the id of each stored contact. Newer API releases only. Needs
    `contacts:write` (or `all`).

    Args:
        scope (ContactScopeFilter): An address book to read, export or delete from. `INTERNAL`
            holds the colleagues on the account.
        body (ContactVcardWriteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ContactVcardWriteResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            scope=scope,
        )
    ).parsed
