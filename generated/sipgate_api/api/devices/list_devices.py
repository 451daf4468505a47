from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.device_list import DeviceList
from ...models.device_type_filter import DeviceTypeFilter
from ...types import UNSET, Response, Unset


def _get_kwargs(
    user_id: str,
    *,
    type_: DeviceTypeFilter | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{user_id}/devices".format(
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | DeviceList | None:
    if response.status_code == 200:
        response_200 = DeviceList.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | DeviceList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    type_: DeviceTypeFilter | Unset = UNSET,
) -> Response[Any | DeviceList]:
    """List a user's devices

     Every device of the user: VoIP phones (`e…`), mobiles (`y…`) and external numbers
    (`x…`), and on newer accounts the user's app extensions as well. `type` narrows the
    list to one kind. Needs `devices:read` (or `all`).

    Args:
        user_id (str):
        type_ (DeviceTypeFilter | Unset): Kind of device to list: `register` (VoIP phones),
            `mobile`, `external`, `app`
            (sipgate app extensions) or `all`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeviceList]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    type_: DeviceTypeFilter | Unset = UNSET,
) -> Any | DeviceList | None:
    """List a user's devices

     Every device of the user: VoIP phones (`e…`), mobiles (`y…`) and external numbers
    (`x…`), and on newer accounts the user's app extensions as well. `type` narrows the
    list to one kind. Needs `devices:read` (or `all`).

    Args:
        user_id (str):
        type_ (DeviceTypeFilter | Unset): Kind of device to list: `register` (VoIP phones),
            `mobile`, `external`, `app`
            (sipgate app extensions) or `all`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeviceList
    """

    return sync_detailed(
        user_id=user_id,
        client=client,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    type_: DeviceTypeFilter | Unset = UNSET,
) -> Response[Any | DeviceList]:
    """List a user's devices

     Every device of the user: VoIP phones (`e…`), mobiles (`y…`) and external numbers
    (`x…`), and on newer accounts the user's app extensions as well. `type` narrows the
    list to one kind. Needs `devices:read` (or `all`).

    Args:
        user_id (str):
        type_ (DeviceTypeFilter | Unset): Kind of device to list: `register` (VoIP phones),
            `mobile`, `external`, `app`
            (sipgate app extensions) or `all`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeviceList]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    type_: DeviceTypeFilter | Unset = UNSET,
) -> Any | DeviceList | None:
    """List a user's devices

     Every device of the user: VoIP phones (`e…`), mobiles (`y…`) and external numbers
    (`x…`), and on newer accounts the user's app extensions as well. `type` narrows the
    list to one kind. Needs `devices:read` (or `all`).

    Args:
        user_id (str):
        type_ (DeviceTypeFilter | Unset): Kind of device to list: `register` (VoIP phones),
            `mobile`, `external`, `app`
            (sipgate app extensions) or `all`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeviceList
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            client=client,
            type_=type_,
        )
    ).parsed
