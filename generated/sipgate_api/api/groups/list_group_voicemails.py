from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.group_voicemail_list import GroupVoicemailList
from ...types import Response


def _get_kwargs(
    group_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/groups/{group_id}/voicemail".format(
            group_id=quote(str(group_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GroupVoicemailList | None:
    if response.status_code == 200:
        response_200 = GroupVoicemailList.from_dict(response.json())

        return response_200

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
) -> Response[Any | GroupVoicemailList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | GroupVoicemailList]:
    """List the voicemail boxes of a group

     Each box with its settings (whether it is on, after how many seconds it
    answers, transcription, the active greeting). sipgate marks this path as
    deprecated; `list_voicemails` lists every box the caller may see.
    Needs `groups:read`, `groups:voicemails:read` or `all`.

    Args:
        group_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GroupVoicemailList]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | GroupVoicemailList | None:
    """List the voicemail boxes of a group

     Each box with its settings (whether it is on, after how many seconds it
    answers, transcription, the active greeting). sipgate marks this path as
    deprecated; `list_voicemails` lists every box the caller may see.
    Needs `groups:read`, `groups:voicemails:read` or `all`.

    Args:
        group_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GroupVoicemailList
    """

    return sync_detailed(
        group_id=group_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | GroupVoicemailList]:
    """List the voicemail boxes of a group

     Each box with its settings (whether it is on, after how many seconds it
    answers, transcription, the active greeting). sipgate marks this path as
    deprecated; `list_voicemails` lists every box the caller may see.
    Needs `groups:read`, `groups:voicemails:read` or `all`.

    Args:
        group_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GroupVoicemailList]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | GroupVoicemailList | None:
    """List the voicemail boxes of a group

     Each box with its settings (whether it is on, after how many seconds it
    answers, transcription, the active greeting). sipgate marks this path as
    deprecated; `list_voicemails` lists every box the caller may see.
    Needs `groups:read`, `groups:voicemails:read` or `all`.

    Args:
        group_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GroupVoicemailList
    """

    return (
        await asyncio_detailed(
            group_id=group_id,
            client=client,
        )
    ).parsed
