from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.translations import Translations
from ...types import Response


def _get_kwargs(
    language: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/translations/{language}".format(
            language=quote(str(language), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Translations | None:
    if response.status_code == 200:
        response_200 = Translations.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Translations]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    language: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Translations]:
    """Fetch the web app's texts in one language

     A JSON object from text keys to the texts of the given language. The reference
    names no scope (credentials are sent all the same).

    Args:
        language (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Translations]
    """

    kwargs = _get_kwargs(
        language=language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    language: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | Translations | None:
    """Fetch the web app's texts in one language

     A JSON object from text keys to the texts of the given language. The reference
    names no scope (credentials are sent all the same).

    Args:
        language (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Translations
    """

    return sync_detailed(
        language=language,
        client=client,
    ).parsed


async def asyncio_detailed(
    language: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Translations]:
    """Fetch the web app's texts in one language

     A JSON object from text keys to the texts of the given language. The reference
    names no scope (credentials are sent all the same).

    Args:
        language (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Translations]
    """

    kwargs = _get_kwargs(
        language=language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    language: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | Translations | None:
    """Fetch the web app's texts in one language

     A JSON object from text keys to the texts of the given language. The reference
    names no scope (credentials are sent all the same).

    Args:
        language (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Translations
    """

    return (
        await asyncio_detailed(
            language=language,
            client=client,
        )
    ).parsed
