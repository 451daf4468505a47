from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.autorecording_settings import AutorecordingSettings
from ...types import Response


def _get_kwargs(
    extension: str,
    *,
    body: AutorecordingSettings,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/autorecordings/{extension}/settings".format(
            extension=quote(str(extension), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | AutorecordingSettings | None:
    if response.status_code == 200:
        response_200 = AutorecordingSettings.from_dict(response.json())

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
) -> Response[Any | AutorecordingSettings]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    extension: str,
    *,
    client: AuthenticatedClient | Client,
    body: AutorecordingSettings,
) -> Response[Any | AutorecordingSettings]:
    """Switch automatic recording of a device's calls on or off

     Answers with the setting as stored. The reference names `devices:read` (or `all`)
    as the scope of this change too; a token with `devices:write` alone may be refused.

    Args:
        extension (str):
        body (AutorecordingSettings):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AutorecordingSettings]
    """

    kwargs = _get_kwargs(
        extension=extension,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    extension: str,
    *,
    client: AuthenticatedClient | Client,
    body: AutorecordingSettings,
) -> Any | AutorecordingSettings | None:
    """Switch automatic recording of a device's calls on or off

     Answers with the setting as stored. The reference names `devices:read` (or `all`)
    as the scope of this change too; a token with `devices:write` alone may be refused.

    Args:
        extension (str):
        body (AutorecordingSettings):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AutorecordingSettings
    """

    return sync_detailed(
        extension=extension,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    extension: str,
    *,
    client: AuthenticatedClient | Client,
    body: AutorecordingSettings,
) -> Response[Any | AutorecordingSettings]:
    """Switch automatic recording of a device's calls on or off

     Answers with the setting as stored. The reference names `devices:read` (or `all`)
    as the scope of this change too; a token with `devices:write` alone may be refused.

    Args:
        extension (str):
        body (AutorecordingSettings):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AutorecordingSettings]
    """

    kwargs = _get_kwargs(
        extension=extension,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    extension: str,
    *,
    client: AuthenticatedClient | Client,
    body: AutorecordingSettings,
) -> Any | AutorecordingSettings | None:
    """Switch automatic recording of a device's calls on or off

     Answers with the setting as stored. The reference names `devices:read` (or `all`)
    as the scope of this change too; a token with `devices:write` alone may be refused.

    Args:
        extension (str):
        body (AutorecordingSettings):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AutorecordingSettings
    """

    return (
        await asyncio_detailed(
            extension=extension,
            client=client,
            body=body,
        )
    ).parsed
