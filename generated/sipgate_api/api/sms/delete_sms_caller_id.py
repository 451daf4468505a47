from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response


def _get_kwargs(
    user_id: str,
    sms_id: str,
    caller_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/{user_id}/sms/{sms_id}/callerids/{caller_id}".format(
            user_id=quote(str(user_id), safe=""),
            sms_id=quote(str(sms_id), safe=""),
            caller_id=quote(str(caller_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 204:
        return None

    if response.status_code == 400:
        return None

    if response.status_code == 401:
        return None

    if response.status_code == 403:
        return None

    if response.status_code == 404:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: str,
    sms_id: str,
    caller_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Remove a sender number from an SMS extension

     The number can no longer be chosen as sender for this extension.
    Needs `sms:write`, `sms:callerid:write` or `all`.

    Args:
        user_id (str):
        sms_id (str):
        caller_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        sms_id=sms_id,
        caller_id=caller_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    user_id: str,
    sms_id: str,
    caller_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Remove a sender number from an SMS extension

     The number can no longer be chosen as sender for this extension.
    Needs `sms:write`, `sms:callerid:write` or `all`.

    Args:
        user_id (str):
        sms_id (str):
        caller_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        sms_id=sms_id,
        caller_id=caller_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
