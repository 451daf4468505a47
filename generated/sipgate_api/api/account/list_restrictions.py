from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_restriction import AccountRestriction
from ...models.account_restriction_list import AccountRestrictionList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    user_id: str,
    restriction: list[AccountRestriction] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["userId"] = user_id

    json_restriction: list[str] | Unset = UNSET
    if not isinstance(restriction, Unset):
        json_restriction = []
        for restriction_item_data in restriction:
            restriction_item = restriction_item_data.value
            json_restriction.append(restriction_item)

    params["restriction"] = json_restriction

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/restrictions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountRestrictionList | Any | None:
    if response.status_code == 200:
        response_200 = AccountRestrictionList.from_dict(response.json())

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
) -> Response[AccountRestrictionList | Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    user_id: str,
    restriction: list[AccountRestriction] | Unset = UNSET,
) -> Response[AccountRestrictionList | Any]:
    """List what a user may do under the booked product

     For one web user, tells for each asked restriction (or every known one) whether
    and how the booked product allows the action, for example creating devices or
    reading the balance. The reference names only the scope `internal` (apparently
    meant for sipgate's own apps), so other credentials may be answered with 403.

    Args:
        user_id (str):
        restriction (list[AccountRestriction] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountRestrictionList | Any]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        restriction=restriction,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    user_id: str,
    restriction: list[AccountRestriction] | Unset = UNSET,
) -> AccountRestrictionList | Any | None:
    """List what a user may do under the booked product

     For one web user, tells for each asked restriction (or every known one) whether
    and how the booked product allows the action, for example creating devices or
    reading the balance. The reference names only the scope `internal` (apparently
    meant for sipgate's own apps), so other credentials may be answered with 403.

    Args:
        user_id (str):
        restriction (list[AccountRestriction] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountRestrictionList | Any
    """

    return sync_detailed(
        client=client,
        user_id=user_id,
        restriction=restriction,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    user_id: str,
    restriction: list[AccountRestriction] | Unset = UNSET,
) -> Response[AccountRestrictionList | Any]:
    """List what a user may do under the booked product

     For one web user, tells for each asked restriction (or every known one) whether
    and how the booked product allows the action, for example creating devices or
    reading the balance. The reference names only the scope `internal` (apparently
    meant for sipgate's own apps), so other credentials may be answered with 403.

    Args:
        user_id (str):
        restriction (list[AccountRestriction] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountRestrictionList | Any]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        restriction=restriction,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    user_id: str,
    restriction: list[AccountRestriction] | Unset = UNSET,
) -> AccountRestrictionList | Any | None:
    """List what a user may do under the booked product

     For one web user, tells for each asked restriction (or every known one) whether
    and how the booked product allows the action, for example creating devices or
    reading the balance. The reference names only the scope `internal` (apparently
    meant for sipgate's own apps), so other credentials may be answered with 403.

    Args:
        user_id (str):
        restriction (list[AccountRestriction] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountRestrictionList | Any
    """

    return (
        await asyncio_detailed(
            client=client,
            user_id=user_id,
            restriction=restriction,
        )
    ).parsed
