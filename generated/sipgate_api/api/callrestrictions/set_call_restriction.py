from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.call_restriction_update import CallRestrictionUpdate
from ...models.call_restrictions import CallRestrictions
from ...types import Response


def _get_kwargs(
    user_id: str,
    restriction: str,
    *,
    body: CallRestrictionUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/{user_id}/callrestrictions/{restriction}".format(
            user_id=quote(str(user_id), safe=""),
            restriction=quote(str(restriction), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | CallRestrictions | None:
    if response.status_code == 200:
        response_200 = CallRestrictions.from_dict(response.json())

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
) -> Response[Any | CallRestrictions]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: str,
    restriction: str,
    *,
    client: AuthenticatedClient | Client,
    body: CallRestrictionUpdate,
) -> Response[Any | CallRestrictions]:
    """Switch one call restriction of a user on or off

     Answers with the user's restrictions as they are afterwards; 404 means the user or
    the restriction name is unknown. Needs `callrestrictions:write` (or `all`).

    Args:
        user_id (str):
        restriction (str):
        body (CallRestrictionUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CallRestrictions]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        restriction=restriction,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    restriction: str,
    *,
    client: AuthenticatedClient | Client,
    body: CallRestrictionUpdate,
) -> Any | CallRestrictions | None:
    """Switch one call restriction of a user on or off

     Answers with the user's restrictions as they are afterwards; 404 means the user or
    the restriction name is unknown. Needs `callrestrictions:write` (or `all`).

    Args:
        user_id (str):
        restriction (str):
        body (CallRestrictionUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CallRestrictions
    """

    return sync_detailed(
        user_id=user_id,
        restriction=restriction,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    restriction: str,
    *,
    client: AuthenticatedClient | Client,
    body: CallRestrictionUpdate,
) -> Response[Any | CallRestrictions]:
    """Switch one call restriction of a user on or off

     Answers with the user's restrictions as they are afterwards; 404 means the user or
    the restriction name is unknown. Needs `callrestrictions:write` (or `all`).

    Args:
        user_id (str):
        restriction (str):
        body (CallRestrictionUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CallRestrictions]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        restriction=restriction,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    restriction: str,
    *,
    client: AuthenticatedClient | Client,
    body: CallRestrictionUpdate,
) -> Any | CallRestrictions | None:
    """Switch one call restriction of a user on or off

     Answers with the user's restrictions as they are afterwards; 404 means the user or
    the restriction name is unknown. Needs `callrestrictions:write` (or `all`).

    Args:
        user_id (str):
        restriction (str):
        body (CallRestrictionUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CallRestrictions
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            restriction=restriction,
            client=client,
            body=body,
        )
    ).parsed
