from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.o_auth_code_challenge_method import OAuthCodeChallengeMethod
from ...models.o_auth_realm_name import OAuthRealmName
from ...models.o_auth_response_type import OAuthResponseType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    realm: OAuthRealmName,
    *,
    response_type: OAuthResponseType,
    client_id: str,
    redirect_uri: str,
    scope: str | Unset = UNSET,
    state: str | Unset = UNSET,
    code_challenge: str | Unset = UNSET,
    code_challenge_method: OAuthCodeChallengeMethod | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_response_type = response_type.value
    params["response_type"] = json_response_type

    params["client_id"] = client_id

    params["redirect_uri"] = redirect_uri

    params["scope"] = scope

    params["state"] = state

    params["code_challenge"] = code_challenge

    json_code_challenge_method: str | Unset = UNSET
    if not isinstance(code_challenge_method, Unset):
        json_code_challenge_method = code_challenge_method.value

    params["code_challenge_method"] = json_code_challenge_method

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/auth/realms/{realm}/protocol/openid-connect/auth".format(
            realm=quote(str(realm), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 302:
        return None

    if response.status_code == 400:
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
    realm: OAuthRealmName,
    *,
    client: AuthenticatedClient | Client,
    response_type: OAuthResponseType,
    client_id: str,
    redirect_uri: str,
    scope: str | Unset = UNSET,
    state: str | Unset = UNSET,
    code_challenge: str | Unset = UNSET,
    code_challenge_method: OAuthCodeChallengeMethod | Unset = UNSET,
) -> Response[Any]:
    """Start an OAuth 2.0 login in the browser

     The authorization endpoint of sipgate's login server. It lives on
    `https://login.sipgate.com`, not on the API's base address: call it with a client
    whose base URL is that server (the path-level `servers` entry says so), or rather
    send the user's browser to this address with the query below. The login server
    shows its login and consent pages and finally redirects the browser to
    `redirect_uri` with `code` and `state` (or `error`) in the query. For a program
    the answer is that redirect: 302 with the next address in `Location`.
    No API credentials are involved.

    Args:
        realm (OAuthRealmName):
        response_type (OAuthResponseType):
        client_id (str):
        redirect_uri (str):
        scope (str | Unset):
        state (str | Unset):
        code_challenge (str | Unset):
        code_challenge_method (OAuthCodeChallengeMethod | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        realm=realm,
        response_type=response_type,
        client_id=client_id,
        redirect_uri=redirect_uri,
        scope=scope,
        state=state,
        code_challenge=code_challenge,
        code_challenge_method=code_challenge_method,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    realm: OAuthRealmName,
    *,
    client: AuthenticatedClient | Client,
    response_type: OAuthResponseType,
    client_id: str,
    redirect_uri: str,
    scope: str | Unset = UNSET,
    state: str | Unset = UNSET,
    code_challenge: str | Unset = UNSET,
    code_challenge_method: OAuthCodeChallengeMethod | Unset = UNSET,
) -> Response[Any]:
    """Start an OAuth 2.0 login in the browser

     The authorization endpoint of sipgate's login server. It lives on
    `https://login.sipgate.com`, not on the API's base address: call it with a client
    whose base URL is that server (the path-level `servers` entry says so), or rather
    send the user's browser to this address with the query below. The login server
    shows its login and consent pages and finally redirects the browser to
    `redirect_uri` with `code` and `state` (or `error`) in the query. For a program
    the answer is that redirect: 302 with the next address in `Location`.
    No API credentials are involved.

    Args:
        realm (OAuthRealmName):
        response_type (OAuthResponseType):
        client_id (str):
        redirect_uri (str):
        scope (str | Unset):
        state (str | Unset):
        code_challenge (str | Unset):
        code_challenge_method (OAuthCodeChallengeMethod | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        realm=realm,
        response_type=response_type,
        client_id=client_id,
        redirect_uri=redirect_uri,
        scope=scope,
        state=state,
        code_challenge=code_challenge,
        code_challenge_method=code_challenge_method,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
