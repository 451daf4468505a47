from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_external_device_request import CreateExternalDeviceRequest
from ...models.external_device import ExternalDevice
from ...types import Response


def _get_kwargs(
    user_id: str,
    *,
    body: CreateExternalDeviceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/{user_id}/devices/external".format(
            user_id=quote(str(user_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ExternalDevice | None:
    if response.status_code == 200:
        response_200 = ExternalDevice.from_dict(response.json())

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
) -> Response[Any | ExternalDevice]:
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
    body: CreateExternalDeviceRequest,
) -> Response[Any | ExternalDevice]:
    """Add an external phone number as a device of a user

     Lets calls for the user ring at a number outside sipgate, for example a private
    landline. The user must be allowed external devices (the
    `CAN_CREATE_EXTERNAL_DEVICE` restriction). Needs `devices:write` (or `all`).

    Args:
        user_id (str):
        body (CreateExternalDeviceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ExternalDevice]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateExternalDeviceRequest,
) -> Any | ExternalDevice | None:
    """Add an external phone number as a device of a user

     Lets calls for the user ring at a number outside sipgate, for example a private
    landline. The user must be allowed external devices (the
    `CAN_CREATE_EXTERNAL_DEVICE` restriction). Needs `devices:write` (or `all`).

    Args:
        user_id (str):
        body (CreateExternalDeviceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ExternalDevice
    """

    return sync_detailed(
        user_id=user_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateExternalDeviceRequest,
) -> Response[Any | ExternalDevice]:
    """Add an external phone number as a device of a user

     Lets calls for the user ring at a number outside sipgate, for example a private
    landline. The user must be allowed external devices (the
    `CAN_CREATE_EXTERNAL_DEVICE` restriction). Needs `devices:write` (or `all`).

    Args:
        user_id (str):
        body (CreateExternalDeviceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ExternalDevice]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateExternalDeviceRequest,
) -> Any | ExternalDevice | None:
    """Add an external phone number as a device of a user

     Lets calls for the user ring at a number outside sipgate, for example a private
    landline. The user must be allowed external devices (the
    `CAN_CREATE_EXTERNAL_DEVICE` restriction). Needs `devices:write` (or `all`).

    Args:
        user_id (str):
        body (CreateExternalDeviceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ExternalDevice
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            client=client,
            body=body,
        )
    ).parsed
