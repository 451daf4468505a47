from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_sms_caller_id_request import CreateSmsCallerIdRequest
from ...types import Response


def _get_kwargs(
    user_id: str,
    sms_id: str,
    *,
    body: CreateSmsCallerIdRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/{user_id}/sms/{sms_id}/callerids".format(
            user_id=quote(str(user_id), safe=""),
            sms_id=quote(str(sms_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 204:
        return None

    if response.status_code == 400:
        return None

    if response.status_code == 401:
        return None

    if response.status_code == 402:
        return None

    if response.status_code == 403:
        return None

    if response.status_code == 404:
        return None

    if response.status_code == 409:
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
    *,
    client: AuthenticatedClient | Client,
    body: CreateSmsCallerIdRequest,
) -> Response[Any]:
    """Add a sender number to an SMS extension

     Registers a phone number as a possible sender of this extension. It is listed
    as not verified, and cannot be used, until the code sipgate sends to that number
    is passed to `verify_sms_caller_id`. The reference lists 402 for this call, so
    sending the code is charged. Needs `sms:write`, `sms:callerid:write` or `all`.

    Args:
        user_id (str):
        sms_id (str):
        body (CreateSmsCallerIdRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        sms_id=sms_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    user_id: str,
    sms_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateSmsCallerIdRequest,
) -> Response[Any]:
    """Add a sender number to an SMS extension

     Registers a phone number as a possible sender of this extension. It is listed
    as not verified, and cannot be used, until the code sipgate sends to that number
    is passed to `verify_sms_caller_id`. The reference lists 402 for this call, so
    sending the code is charged. Needs `sms:write`, `sms:callerid:write` or `all`.

    Args:
        user_id (str):
        sms_id (str):
        body (CreateSmsCallerIdRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        sms_id=sms_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
