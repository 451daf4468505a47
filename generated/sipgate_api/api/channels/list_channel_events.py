from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.channel_event_list import ChannelEventList
from ...types import Response


def _get_kwargs(
    channel_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/channels/{channel_id}/events".format(
            channel_id=quote(str(channel_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ChannelEventList | None:
    if response.status_code == 200:
        response_200 = ChannelEventList.from_dict(response.json())

        return response_200

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
) -> Response[Any | ChannelEventList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    channel_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ChannelEventList]:
    """List the call events of a channel (sipgate Neo)

     On accounts of sipgate's newer telephone system (Neo, accounts created since
    September 2025) calls are organised in channels, and the history no longer returns
    call entries for new customers: their calls are read here instead. Fax and SMS
    stay in the history. Which scope this needs is not documented in our sources.

    Args:
        channel_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ChannelEventList]
    """

    kwargs = _get_kwargs(
        channel_id=channel_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    channel_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ChannelEventList | None:
    """List the call events of a channel (sipgate Neo)

     On accounts of sipgate's newer telephone system (Neo, accounts created since
    September 2025) calls are organised in channels, and the history no longer returns
    call entries for new customers: their calls are read here instead. Fax and SMS
    stay in the history. Which scope this needs is not documented in our sources.

    Args:
        channel_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ChannelEventList
    """

    return sync_detailed(
        channel_id=channel_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    channel_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ChannelEventList]:
    """List the call events of a channel (sipgate Neo)

     On accounts of sipgate's newer telephone system (Neo, accounts created since
    September 2025) calls are organised in channels, and the history no longer returns
    call entries for new customers: their calls are read here instead. Fax and SMS
    stay in the history. Which scope this needs is not documented in our sources.

    Args:
        channel_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ChannelEventList]
    """

    kwargs = _get_kwargs(
        channel_id=channel_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    channel_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ChannelEventList | None:
    """List the call events of a channel (sipgate Neo)

     On accounts of sipgate's newer telephone system (Neo, accounts created since
    September 2025) calls are organised in channels, and the history no longer returns
    call entries for new customers: their calls are read here instead. Fax and SMS
    stay in the history. Which scope this needs is not documented in our sources.

    Args:
        channel_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ChannelEventList
    """

    return (
        await asyncio_detailed(
            channel_id=channel_id,
            client=client,
        )
    ).parsed
