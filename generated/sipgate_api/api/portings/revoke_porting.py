from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.porting_list import PortingList
from ...types import Response


def _get_kwargs(
    porting_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/portings/{porting_id}".format(
            porting_id=quote(str(porting_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | PortingList | None:
    if response.status_code == 200:
        response_200 = PortingList.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | PortingList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    porting_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | PortingList]:
    """Cancel a number porting

     Withdraws a porting that is still `revocable`. This cannot be undone through the
    API. The answer lists the account's portings after the change. Needs
    `portings:write` (or `all`).

    Args:
        porting_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PortingList]
    """

    kwargs = _get_kwargs(
        porting_id=porting_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    porting_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Any | PortingList | None:
    """Cancel a number porting

     Withdraws a porting that is still `revocable`. This cannot be undone through the
    API. The answer lists the account's portings after the change. Needs
    `portings:write` (or `all`).

    Args:
        porting_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PortingList
    """

    return sync_detailed(
        porting_id=porting_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    porting_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | PortingList]:
    """Cancel a number porting

     Withdraws a porting that is still `revocable`. This cannot be undone through the
    API. The answer lists the account's portings after the change. Needs
    `portings:write` (or `all`).

    Args:
        porting_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PortingList]
    """

    kwargs = _get_kwargs(
        porting_id=porting_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    porting_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Any | PortingList | None:
    """Cancel a number porting

     Withdraws a porting that is still `revocable`. This cannot be undone through the
    API. The answer lists the account's portings after the change. Needs
    `portings:write` (or `all`).

    Args:
        porting_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PortingList
    """

    return (
        await asyncio_detailed(
            porting_id=porting_id,
            client=client,
        )
    ).parsed
