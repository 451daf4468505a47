from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.initiate_call_response import InitiateCallResponse
from ...models.voicemail_greeting_recording_request import VoicemailGreetingRecordingRequest
from ...types import Response


def _get_kwargs(
    *,
    body: VoicemailGreetingRecordingRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sessions/voicemail/recording",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | InitiateCallResponse | None:
    if response.status_code == 200:
        response_200 = InitiateCallResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 402:
        response_402 = cast(Any, None)
        return response_402

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | InitiateCallResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: VoicemailGreetingRecordingRequest,
) -> Response[Any | InitiateCallResponse]:
    """Ring a device to record a voicemail greeting

     sipgate calls the device `deviceId`; whatever is spoken after it is answered
    becomes a greeting of the voicemail box `targetId`. The answer carries the id
    of that call session. Needs `sessions:calls:write`, `sessions:write` or `all`.

    Args:
        body (VoicemailGreetingRecordingRequest): Where the greeting goes and which device records
            it. The reference marks no
            field as required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | InitiateCallResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: VoicemailGreetingRecordingRequest,
) -> Any | InitiateCallResponse | None:
    """Ring a device to record a voicemail greeting

     sipgate calls the device `deviceId`; whatever is spoken after it is answered
    becomes a greeting of the voicemail box `targetId`. The answer carries the id
    of that call session. Needs `sessions:calls:write`, `sessions:write` or `all`.

    Args:
        body (VoicemailGreetingRecordingRequest): Where the greeting goes and which device records
            it. The reference marks no
            field as required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | InitiateCallResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: VoicemailGreetingRecordingRequest,
) -> Response[Any | InitiateCallResponse]:
    """Ring a device to record a voicemail greeting

     sipgate calls the device `deviceId`; whatever is spoken after it is answered
    becomes a greeting of the voicemail box `targetId`. The answer carries the id
    of that call session. Needs `sessions:calls:write`, `sessions:write` or `all`.

    Args:
        body (VoicemailGreetingRecordingRequest): Where the greeting goes and which device records
            it. The reference marks no
            field as required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | InitiateCallResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: VoicemailGreetingRecordingRequest,
) -> Any | InitiateCallResponse | None:
    """Ring a device to record a voicemail greeting

     sipgate calls the device `deviceId`; whatever is spoken after it is answered
    becomes a greeting of the voicemail box `targetId`. The answer carries the id
    of that call session. Needs `sessions:calls:write`, `sessions:write` or `all`.

    Args:
        body (VoicemailGreetingRecordingRequest): Where the greeting goes and which device records
            it. The reference marks no
            field as required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | InitiateCallResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
