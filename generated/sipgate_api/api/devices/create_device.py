from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_device_request import CreateDeviceRequest
from ...models.device import Device
from ...types import Response


def _get_kwargs(
    user_id: str,
    *,
    body: CreateDeviceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/{user_id}/devices".format(
            user_id=quote(str(user_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Device | None:
    if response.status_code == 200:
        response_200 = Device.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Device]:
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
    body: CreateDeviceRequest,
) -> Response[Any | Device]:
    """Add a device of a given kind to a user

     Creates a VoIP phone, a mobile or an external device for the user; the kind-specific
    operations below (`create_register_device`, `create_mobile_device`,
    `create_external_device`) take more details and return more. The account must allow
    the user to own another device of that kind (the `CAN_CREATE_REGISTER_DEVICE`,
    `CAN_CREATE_MOBILE_DEVICE` or `CAN_CREATE_EXTERNAL_DEVICE` restriction).
    Needs `devices:write` (or `all`).

    Args:
        user_id (str):
        body (CreateDeviceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Device]
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
    body: CreateDeviceRequest,
) -> Any | Device | None:
    """Add a device of a given kind to a user

     Creates a VoIP phone, a mobile or an external device for the user; the kind-specific
    operations below (`create_register_device`, `create_mobile_device`,
    `create_external_device`) take more details and return more. The account must allow
    the user to own another device of that kind (the `CAN_CREATE_REGISTER_DEVICE`,
    `CAN_CREATE_MOBILE_DEVICE` or `CAN_CREATE_EXTERNAL_DEVICE` restriction).
    Needs `devices:write` (or `all`).

    Args:
        user_id (str):
        body (CreateDeviceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Device
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
    body: CreateDeviceRequest,
) -> Response[Any | Device]:
    """Add a device of a given kind to a user

     Creates a VoIP phone, a mobile or an external device for the user; the kind-specific
    operations below (`create_register_device`, `create_mobile_device`,
    `create_external_device`) take more details and return more. The account must allow
    the user to own another device of that kind (the `CAN_CREATE_REGISTER_DEVICE`,
    `CAN_CREATE_MOBILE_DEVICE` or `CAN_CREATE_EXTERNAL_DEVICE` restriction).
    Needs `devices:write` (or `all`).

    Args:
        user_id (str):
        body (CreateDeviceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Device]
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
    body: CreateDeviceRequest,
) -> Any | Device | None:
    """Add a device of a given kind to a user

     Creates a VoIP phone, a mobile or an external device for the user; the kind-specific
    operations below (`create_register_device`, `create_mobile_device`,
    `create_external_device`) take more details and return more. The account must allow
    the user to own another device of that kind (the `CAN_CREATE_REGISTER_DEVICE`,
    `CAN_CREATE_MOBILE_DEVICE` or `CAN_CREATE_EXTERNAL_DEVICE` restriction).
    Needs `devices:write` (or `all`).

    Args:
        user_id (str):
        body (CreateDeviceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Device
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            client=client,
            body=body,
        )
    ).parsed
