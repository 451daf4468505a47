from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.identity_verification import IdentityVerification
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    allow_start: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["allowStart"] = allow_start

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/identityVerification",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | IdentityVerification | None:
    if response.status_code == 200:
        response_200 = IdentityVerification.from_dict(response.json())

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
) -> Response[Any | IdentityVerification]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    allow_start: bool | Unset = False,
) -> Response[Any | IdentityVerification]:
    """Read the state of the identity check

     Some products (mobile numbers, for example) require the account holder to prove
    their identity through an external provider. The answer tells whether that check
    succeeded, is still open or failed, and carries the provider's references and
    links. The reference names only the scope `internal` (apparently meant for
    sipgate's own apps), so other credentials may be answered with 403.

    Args:
        allow_start (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | IdentityVerification]
    """

    kwargs = _get_kwargs(
        allow_start=allow_start,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    allow_start: bool | Unset = False,
) -> Any | IdentityVerification | None:
    """Read the state of the identity check

     Some products (mobile numbers, for example) require the account holder to prove
    their identity through an external provider. The answer tells whether that check
    succeeded, is still open or failed, and carries the provider's references and
    links. The reference names only the scope `internal` (apparently meant for
    sipgate's own apps), so other credentials may be answered with 403.

    Args:
        allow_start (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | IdentityVerification
    """

    return sync_detailed(
        client=client,
        allow_start=allow_start,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    allow_start: bool | Unset = False,
) -> Response[Any | IdentityVerification]:
    """Read the state of the identity check

     Some products (mobile numbers, for example) require the account holder to prove
    their identity through an external provider. The answer tells whether that check
    succeeded, is still open or failed, and carries the provider's references and
    links. The reference names only the scope `internal` (apparently meant for
    sipgate's own apps), so other credentials may be answered with 403.

    Args:
        allow_start (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | IdentityVerification]
    """

    kwargs = _get_kwargs(
        allow_start=allow_start,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    allow_start: bool | Unset = False,
) -> Any | IdentityVerification | None:
    """Read the state of the identity check

     Some products (mobile numbers, for example) require the account holder to prove
    their identity through an external provider. The answer tells whether that check
    succeeded, is still open or failed, and carries the provider's references and
    links. The reference names only the scope `internal` (apparently meant for
    sipgate's own apps), so other credentials may be answered with 403.

    Args:
        allow_start (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | IdentityVerification
    """

    return (
        await asyncio_detailed(
            client=client,
            allow_start=allow_start,
        )
    ).parsed
