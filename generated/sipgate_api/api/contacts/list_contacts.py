from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_list import ContactList
from ...models.contact_scope_filter import ContactScopeFilter
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    phonenumbers: list[str] | Unset = UNSET,
    limit: int | Unset = 5000,
    offset: int | Unset = 0,
    last_id: str | Unset = UNSET,
    scopes: list[ContactScopeFilter] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_phonenumbers: list[str] | Unset = UNSET
    if not isinstance(phonenumbers, Unset):
        json_phonenumbers = phonenumbers

    params["phonenumbers"] = json_phonenumbers

    params["limit"] = limit

    params["offset"] = offset

    params["lastId"] = last_id

    json_scopes: list[str] | Unset = UNSET
    if not isinstance(scopes, Unset):
        json_scopes = []
        for scopes_item_data in scopes:
            scopes_item = scopes_item_data.value
            json_scopes.append(scopes_item)

    params["scopes"] = json_scopes

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contacts",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ContactList | None:
    if response.status_code == 200:
        response_200 = ContactList.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ContactList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    phonenumbers: list[str] | Unset = UNSET,
    limit: int | Unset = 5000,
    offset: int | Unset = 0,
    last_id: str | Unset = UNSET,
    scopes: list[ContactScopeFilter] | Unset = UNSET,
) -> Response[Any | ContactList]:
    """List contacts

     Returns one page of the contacts visible to the caller, optionally only those
    holding one of the given phone numbers or those of some address books. Pages are
    chosen by `offset`/`limit`; newer API releases also page by `lastId`, the id of the
    last contact of the previous page. Needs `contacts:read` (or `all`).

    Args:
        phonenumbers (list[str] | Unset):
        limit (int | Unset):  Default: 5000.
        offset (int | Unset):  Default: 0.
        last_id (str | Unset):
        scopes (list[ContactScopeFilter] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ContactList]
    """

    kwargs = _get_kwargs(
        phonenumbers=phonenumbers,
        limit=limit,
        offset=offset,
        last_id=last_id,
        scopes=scopes,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    phonenumbers: list[str] | Unset = UNSET,
    limit: int | Unset = 5000,
    offset: int | Unset = 0,
    last_id: str | Unset = UNSET,
    scopes: list[ContactScopeFilter] | Unset = UNSET,
) -> Any | ContactList | None:
    """List contacts

     Returns one page of the contacts visible to the caller, optionally only those
    holding one of the given phone numbers or those of some address books. Pages are
    chosen by `offset`/`limit`; newer API releases also page by `lastId`, the id of the
    last contact of the previous page. Needs `contacts:read` (or `all`).

    Args:
        phonenumbers (list[str] | Unset):
        limit (int | Unset):  Default: 5000.
        offset (int | Unset):  Default: 0.
        last_id (str | Unset):
        scopes (list[ContactScopeFilter] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ContactList
    """

    return sync_detailed(
        client=client,
        phonenumbers=phonenumbers,
        limit=limit,
        offset=offset,
        last_id=last_id,
        scopes=scopes,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    phonenumbers: list[str] | Unset = UNSET,
    limit: int | Unset = 5000,
    offset: int | Unset = 0,
    last_id: str | Unset = UNSET,
    scopes: list[ContactScopeFilter] | Unset = UNSET,
) -> Response[Any | ContactList]:
    """List contacts

     Returns one page of the contacts visible to the caller, optionally only those
    holding one of the given phone numbers or those of some address books. Pages are
    chosen by `offset`/`limit`; newer API releases also page by `lastId`, the id of the
    last contact of the previous page. Needs `contacts:read` (or `all`).

    Args:
        phonenumbers (list[str] | Unset):
        limit (int | Unset):  Default: 5000.
        offset (int | Unset):  Default: 0.
        last_id (str | Unset):
        scopes (list[ContactScopeFilter] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ContactList]
    """

    kwargs = _get_kwargs(
        phonenumbers=phonenumbers,
        limit=limit,
        offset=offset,
        last_id=last_id,
        scopes=scopes,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    phonenumbers: list[str] | Unset = UNSET,
    limit: int | Unset = 5000,
    offset: int | Unset = 0,
    last_id: str | Unset = UNSET,
    scopes: list[ContactScopeFilter] | Unset = UNSET,
) -> Any | ContactList | None:
    """List contacts

     Returns one page of the contacts visible to the caller, optionally only those
    holding one of the given phone numbers or those of some address books. Pages are
    chosen by `offset`/`limit`; newer API releases also page by `lastId`, the id of the
    last contact of the previous page. Needs `contacts:read` (or `all`).

    Args:
        phonenumbers (list[str] | Unset):
        limit (int | Unset):  Default: 5000.
        offset (int | Unset):  Default: 0.
        last_id (str | Unset):
        scopes (list[ContactScopeFilter] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ContactList
    """

    return (
        await asyncio_detailed(
            client=client,
            phonenumbers=phonenumbers,
            limit=limit,
            offset=offset,
            last_id=last_id,
            scopes=scopes,
        )
    ).parsed
