from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_delete_request import ContactDeleteRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ContactDeleteRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/contacts",
    }

    if not isinstance(body, Unset):
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

    if response.status_code == 403:
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
    *,
    client: AuthenticatedClient | Client,
    body: ContactDeleteRequest | Unset = UNSET,
) -> Response[Any]:
    """Remove many contacts at once

     Deletes contacts in bulk. Without a body, the API as of the 2022 reference empties
    the caller's private address book; newer API releases take a JSON body that
    narrows the deletion to some ids (`contactIds`), address books (`scope`) or an
    import source (`source`), and may read a request without any of them as "every
    contact". Send `scope` explicitly to be sure what goes: `{"scope": ["PRIVATE"]}`
    empties the private address book on either release. Needs `contacts:write`
    (or `all`).

    Args:
        body (ContactDeleteRequest | Unset): Which contacts `delete_all_contacts` removes (newer
            API releases). Every field is
            optional; see the operation for what an empty selection means.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactDeleteRequest | Unset = UNSET,
) -> Response[Any]:
    """Remove many contacts at once

     Deletes contacts in bulk. Without a body, the API as of the 2022 reference empties
    the caller's private address book; newer API releases take a JSON body that
    narrows the deletion to some ids (`contactIds`), address books (`scope`) or an
    import source (`source`), and may read a request without any of them as "every
    contact". Send `scope` explicitly to be sure what goes: `{"scope": ["PRIVATE"]}`
    empties the private address book on either release. Needs `contacts:write`
    (or `all`).

    Args:
        body (ContactDeleteRequest | Unset): Which contacts `delete_all_contacts` removes (newer
            API releases). Every field is
            optional; see the operation for what an empty selection means.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
