import datetime
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.history_direction import HistoryDirection
from ...models.history_entry_type import HistoryEntryType
from ...models.starred_filter import StarredFilter
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    connection_ids: list[str] | Unset = UNSET,
    types: list[HistoryEntryType] | Unset = UNSET,
    directions: list[HistoryDirection] | Unset = UNSET,
    archived: bool | Unset = False,
    starred: list[StarredFilter] | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_connection_ids: list[str] | Unset = UNSET
    if not isinstance(connection_ids, Unset):
        json_connection_ids = connection_ids

    params["connectionIds"] = json_connection_ids

    json_types: list[str] | Unset = UNSET
    if not isinstance(types, Unset):
        json_types = []
        for types_item_data in types:
            types_item = types_item_data.value
            json_types.append(types_item)

    params["types"] = json_types

    json_directions: list[str] | Unset = UNSET
    if not isinstance(directions, Unset):
        json_directions = []
        for directions_item_data in directions:
            directions_item = directions_item_data.value
            json_directions.append(directions_item)

    params["directions"] = json_directions

    params["archived"] = archived

    json_starred: list[str] | Unset = UNSET
    if not isinstance(starred, Unset):
        json_starred = []
        for starred_item_data in starred:
            starred_item = starred_item_data.value
            json_starred.append(starred_item)

    params["starred"] = json_starred

    json_from_: str | Unset = UNSET
    if not isinstance(from_, Unset):
        json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to: str | Unset = UNSET
    if not isinstance(to, Unset):
        json_to = to.isoformat()
    params["to"] = json_to

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/history/export",
        "params": params,
    }

    _kwargs["headers"] = {"Accept": "text/csv, application/octet-stream"}
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
    connection_ids: list[str] | Unset = UNSET,
    types: list[HistoryEntryType] | Unset = UNSET,
    directions: list[HistoryDirection] | Unset = UNSET,
    archived: bool | Unset = False,
    starred: list[StarredFilter] | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
) -> Response[Any | str]:
    """Export history entries as CSV

     The same selection as `list_history` (without the phone number filter), returned
    as a CSV document instead of JSON. sipgate may label the document
    `application/octet-stream`; it is CSV text all the same. The generated function
    asks for both CSV labels in `Accept`.
    Needs `history:read` (or `all`).

    Args:
        connection_ids (list[str] | Unset):
        types (list[HistoryEntryType] | Unset):
        directions (list[HistoryDirection] | Unset):
        archived (bool | Unset):  Default: False.
        starred (list[StarredFilter] | Unset):
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | str]
    """

    kwargs = _get_kwargs(
        connection_ids=connection_ids,
        types=types,
        directions=directions,
        archived=archived,
        starred=starred,
        from_=from_,
        to=to,
        offset=offset,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    connection_ids: list[str] | Unset = UNSET,
    types: list[HistoryEntryType] | Unset = UNSET,
    directions: list[HistoryDirection] | Unset = UNSET,
    archived: bool | Unset = False,
    starred: list[StarredFilter] | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
) -> Any | str | None:
    """Export history entries as CSV

     The same selection as `list_history` (without the phone number filter), returned
    as a CSV document instead of JSON. sipgate may label the document
    `application/octet-stream`; it is CSV text all the same. The generated function
    asks for both CSV labels in `Accept`.
    Needs `history:read` (or `all`).

    Args:
        connection_ids (list[str] | Unset):
        types (list[HistoryEntryType] | Unset):
        directions (list[HistoryDirection] | Unset):
        archived (bool | Unset):  Default: False.
        starred (list[StarredFilter] | Unset):
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | str
    """

    return sync_detailed(
        client=client,
        connection_ids=connection_ids,
        types=types,
        directions=directions,
        archived=archived,
        starred=starred,
        from_=from_,
        to=to,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    connection_ids: list[str] | Unset = UNSET,
    types: list[HistoryEntryType] | Unset = UNSET,
    directions: list[HistoryDirection] | Unset = UNSET,
    archived: bool | Unset = False,
    starred: list[StarredFilter] | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
) -> Response[Any | str]:
    """Export history entries as CSV

     The same selection as `list_history` (without the phone number filter), returned
    as a CSV document instead of JSON. sipgate may label the document
    `application/octet-stream`; it is CSV text all the same. The generated function
    asks for both CSV labels in `Accept`.
    Needs `history:read` (or `all`).

    Args:
        connection_ids (list[str] | Unset):
        types (list[HistoryEntryType] | Unset):
        directions (list[HistoryDirection] | Unset):
        archived (bool | Unset):  Default: False.
        starred (list[StarredFilter] | Unset):
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | str]
    """

    kwargs = _get_kwargs(
        connection_ids=connection_ids,
        types=types,
        directions=directions,
        archived=archived,
        starred=starred,
        from_=from_,
        to=to,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    connection_ids: list[str] | Unset = UNSET,
    types: list[HistoryEntryType] | Unset = UNSET,
    directions: list[HistoryDirection] | Unset = UNSET,
    archived: bool | Unset = False,
    starred: list[StarredFilter] | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
) -> Any | str | None:
    """Export history entries as CSV

     The same selection as `list_history` (without the phone number filter), returned
    as a CSV document instead of JSON. sipgate may label the document
    `application/octet-stream`; it is CSV text all the same. The generated function
    asks for both CSV labels in `Accept`.
    Needs `history:read` (or `all`).

    Args:
        connection_ids (list[str] | Unset):
        types (list[HistoryEntryType] | Unset):
        directions (list[HistoryDirection] | Unset):
        archived (bool | Unset):  Default: False.
        starred (list[StarredFilter] | Unset):
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | str
    """

    return (
        await asyncio_detailed(
            client=client,
            connection_ids=connection_ids,
            types=types,
            directions=directions,
            archived=archived,
            starred=starred,
            from_=from_,
            to=to,
            offset=offset,
            limit=limit,
        )
    ).parsed
