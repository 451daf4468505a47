from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_scope_filter import ContactScopeFilter
from ...models.contact_vcard_page import ContactVcardPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    scope: list[ContactScopeFilter],
    labels: list[str] | Unset = UNSET,
    contact_ids: list[str] | Unset = UNSET,
    wanted_fields: list[str] | Unset = UNSET,
    filter_: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    last_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_scope = []
    for scope_item_data in scope:
        scope_item = scope_item_data.value
        json_scope.append(scope_item)

    params["scope"] = json_scope

    json_labels: list[str] | Unset = UNSET
    if not isinstance(labels, Unset):
        json_labels = labels

    params["labels"] = json_labels

    json_contact_ids: list[str] | Unset = UNSET
    if not isinstance(contact_ids, Unset):
        json_contact_ids = contact_ids

    params["contactIds"] = json_contact_ids

    json_wanted_fields: list[str] | Unset = UNSET
    if not isinstance(wanted_fields, Unset):
        json_wanted_fields = wanted_fields

    params["wantedFields"] = json_wanted_fields

    params["filter"] = filter_

    params["limit"] = limit

    params["offset"] = offset

    params["lastId"] = last_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contacts/vcard",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ContactVcardPage | None:
    if response.status_code == 200:
        response_200 = ContactVcardPage.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ContactVcardPage]:
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
    labels: list[str] | Unset = UNSET,
    contact_ids: list[str] | Unset = UNSET,
    wanted_fields: list[str] | Unset = UNSET,
    filter_: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    last_id: str | Unset = UNSET,
) -> Response[Any | ContactVcardPage]:
    """Read contacts as structured vCards

     The contacts of the given address books, each as its vCard properties (`FN`,
    `N`, `TEL`, `EMAIL`, `ADR`, …) with their values split into parts, plus the
    number of all matches. The query narrows by labels, ids or a search text and can
    ask for only some properties. Pages are chosen by `limit` with `lastId` (or the
    older `offset`). Newer API releases only. Needs `contacts:read` (or `all`).

    Args:
        scope (list[ContactScopeFilter]):
        labels (list[str] | Unset):
        contact_ids (list[str] | Unset):
        wanted_fields (list[str] | Unset):
        filter_ (str | Unset):
        limit (int | Unset):
        offset (int | Unset):
        last_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ContactVcardPage]
    """

    kwargs = _get_kwargs(
        scope=scope,
        labels=labels,
        contact_ids=contact_ids,
        wanted_fields=wanted_fields,
        filter_=filter_,
        limit=limit,
        offset=offset,
        last_id=last_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    scope: list[ContactScopeFilter],
    labels: list[str] | Unset = UNSET,
    contact_ids: list[str] | Unset = UNSET,
    wanted_fields: list[str] | Unset = UNSET,
    filter_: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    last_id: str | Unset = UNSET,
) -> Any | ContactVcardPage | None:
    """Read contacts as structured vCards

     The contacts of the given address books, each as its vCard properties (`FN`,
    `N`, `TEL`, `EMAIL`, `ADR`, …) with their values split into parts, plus the
    number of all matches. The query narrows by labels, ids or a search text and can
    ask for only some properties. Pages are chosen by `limit` with `lastId` (or the
    older `offset`). Newer API releases only. Needs `contacts:read` (or `all`).

    Args:
        scope (list[ContactScopeFilter]):
        labels (list[str] | Unset):
        contact_ids (list[str] | Unset):
        wanted_fields (list[str] | Unset):
        filter_ (str | Unset):
        limit (int | Unset):
        offset (int | Unset):
        last_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ContactVcardPage
    """

    return sync_detailed(
        client=client,
        scope=scope,
        labels=labels,
        contact_ids=contact_ids,
        wanted_fields=wanted_fields,
        filter_=filter_,
        limit=limit,
        offset=offset,
        last_id=last_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    scope: list[ContactScopeFilter],
    labels: list[str] | Unset = UNSET,
    contact_ids: list[str] | Unset = UNSET,
    wanted_fields: list[str] | Unset = UNSET,
    filter_: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    last_id: str | Unset = UNSET,
) -> Response[Any | ContactVcardPage]:
    """Read contacts as structured vCards

     The contacts of the given address books, each as its vCard properties (`FN`,
    `N`, `TEL`, `EMAIL`, `ADR`, …) with their values split into parts, plus the
    number of all matches. The query narrows by labels, ids or a search text and can
    ask for only some properties. Pages are chosen by `limit` with `lastId` (or the
    older `offset`). Newer API releases only. Needs `contacts:read` (or `all`).

    Args:
        scope (list[ContactScopeFilter]):
        labels (list[str] | Unset):
        contact_ids (list[str] | Unset):
        wanted_fields (list[str] | Unset):
        filter_ (str | Unset):
        limit (int | Unset):
        offset (int | Unset):
        last_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ContactVcardPage]
    """

    kwargs = _get_kwargs(
        scope=scope,
        labels=labels,
        contact_ids=contact_ids,
        wanted_fields=wanted_fields,
        filter_=filter_,
        limit=limit,
        offset=offset,
        last_id=last_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    scope: list[ContactScopeFilter],
    labels: list[str] | Unset = UNSET,
    contact_ids: list[str] | Unset = UNSET,
    wanted_fields: list[str] | Unset = UNSET,
    filter_: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    last_id: str | Unset = UNSET,
) -> Any | ContactVcardPage | None:
    """Read contacts as structured vCards

     The contacts of the given address books, each as its vCard properties (`FN`,
    `N`, `TEL`, `EMAIL`, `ADR`, …) with their values split into parts, plus the
    number of all matches. The query narrows by labels, ids or a search text and can
    ask for only some properties. Pages are chosen by `limit` with `lastId` (or the
    older `offset`). Newer API releases only. Needs `contacts:read` (or `all`).

    Args:
        scope (list[ContactScopeFilter]):
        labels (list[str] | Unset):
        contact_ids (list[str] | Unset):
        wanted_fields (list[str] | Unset):
        filter_ (str | Unset):
        limit (int | Unset):
        offset (int | Unset):
        last_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ContactVcardPage
    """

    return (
        await asyncio_detailed(
            client=client,
            scope=scope,
            labels=labels,
            contact_ids=contact_ids,
            wanted_fields=wanted_fields,
            filter_=filter_,
            limit=limit,
            offset=offset,
            last_id=last_id,
        )
    ).parsed
