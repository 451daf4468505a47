from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.phoneline_voicemail_greeting_list import PhonelineVoicemailGreetingList
from ...types import Response


def _get_kwargs(
    user_id: str,
    phoneline_id: str,
    voicemail_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{user_id}/phonelines/{phoneline_id}/voicemails/{voicemail_id}/greetings".format(
            user_id=quote(str(user_id), safe=""),
            phoneline_id=quote(str(phoneline_id), safe=""),
            voicemail_id=quote(str(voicemail_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PhonelineVoicemailGreetingList | None:
    if response.status_code == 200:
        response_200 = PhonelineVoicemailGreetingList.from_dict(response.json())

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
) -> Response[Any | PhonelineVoicemailGreetingList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: str,
    phoneline_id: str,
    voicemail_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | PhonelineVoicemailGreetingList]:
    """List the greetings of a phoneline's voicemail box

     The announcements the box can play to callers, and which one is in use. Needs
    `phonelines:voicemails:greetings:read`, `phonelines:voicemails:read`,
    `phonelines:read` or `all`.

    Args:
        user_id (str):
        phoneline_id (str):
        voicemail_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PhonelineVoicemailGreetingList]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        phoneline_id=phoneline_id,
        voicemail_id=voicemail_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    phoneline_id: str,
    voicemail_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | PhonelineVoicemailGreetingList | None:
    """List the greetings of a phoneline's voicemail box

     The announcements the box can play to callers, and which one is in use. Needs
    `phonelines:voicemails:greetings:read`, `phonelines:voicemails:read`,
    `phonelines:read` or `all`.

    Args:
        user_id (str):
        phoneline_id (str):
        voicemail_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PhonelineVoicemailGreetingList
    """

    return sync_detailed(
        user_id=user_id,
        phoneline_id=phoneline_id,
        voicemail_id=voicemail_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    phoneline_id: str,
    voicemail_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | PhonelineVoicemailGreetingList]:
    """List the greetings of a phoneline's voicemail box

     The announcements the box can play to callers, and which one is in use. Needs
    `phonelines:voicemails:greetings:read`, `phonelines:voicemails:read`,
    `phonelines:read` or `all`.

    Args:
        user_id (str):
        phoneline_id (str):
        voicemail_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PhonelineVoicemailGreetingList]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        phoneline_id=phoneline_id,
        voicemail_id=voicemail_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    phoneline_id: str,
    voicemail_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | PhonelineVoicemailGreetingList | None:
    """List the greetings of a phoneline's voicemail box

     The announcements the box can play to callers, and which one is in use. Needs
    `phonelines:voicemails:greetings:read`, `phonelines:voicemails:read`,
    `phonelines:read` or `all`.

    Args:
        user_id (str):
        phoneline_id (str):
        voicemail_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PhonelineVoicemailGreetingList
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            phoneline_id=phoneline_id,
            voicemail_id=voicemail_id,
            client=client,
        )
    ).parsed
