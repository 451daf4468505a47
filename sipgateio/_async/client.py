"""``AsyncSipgateIO``: the asynchronous sipgate.io client."""

from __future__ import annotations

from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING, Self

import httpx

from sipgateio import _httpx_compat
from sipgateio._async import _io
from sipgateio._async._transport import with_policy
from sipgateio._config import DEFAULT_MAX_RETRIES, Settings, client_headers, resolve_settings
from sipgateio._lazy import area
from sipgateio._policy import RetryPolicy

if TYPE_CHECKING:
    from sipgate_api.api import AsyncEndpoints

    from sipgateio._api_client import AsyncApiClient
    from sipgateio._async.call import AsyncCall
    from sipgateio._async.contacts import AsyncContacts
    from sipgateio._async.devices import AsyncDevices
    from sipgateio._async.fax import AsyncFax
    from sipgateio._async.history import AsyncHistory
    from sipgateio._async.numbers import AsyncNumbers
    from sipgateio._async.rtcm import AsyncRTCM
    from sipgateio._async.sms import AsyncSms
    from sipgateio._async.voicemails import AsyncVoicemails
    from sipgateio._async.webhook_settings import AsyncWebhookSettingsModule
    from sipgateio.models import Webuser
    from sipgateio.oauth import OAuthApp, TokenSet


class AsyncSipgateIO:
    """Asynchronous client for the sipgate REST API.

    Authenticate with a personal access token (``token_id`` and ``token``) or an
    OAuth access token (``token`` alone); without arguments the ``SIPGATE_TOKEN_ID``,
    ``SIPGATE_TOKEN`` and ``SIPGATE_BASE_URL`` environment variables are used. To act for
    a user who logged in to your app, pass ``oauth=`` (a ``sipgateio.oauth.OAuthApp``) and
    ``token_set=`` (their ``TokenSet``): the client then renews the access token by itself
    and hands every new ``TokenSet`` to ``on_token_update`` (for ``AsyncSipgateIO`` it may
    be a coroutine function), so that the app can store the rotated refresh token.
    Creating a client makes no request. Close it with ``async with`` or
    ``await client.close()``.
    """

    # The areas of the API; each loads on first use.
    sms: area[AsyncSms] = area("sipgateio._async.sms", "AsyncSms")
    fax: area[AsyncFax] = area("sipgateio._async.fax", "AsyncFax")
    call: area[AsyncCall] = area("sipgateio._async.call", "AsyncCall")
    rtcm: area[AsyncRTCM] = area("sipgateio._async.rtcm", "AsyncRTCM")
    webhook_settings: area[AsyncWebhookSettingsModule] = area(
        "sipgateio._async.webhook_settings", "AsyncWebhookSettingsModule"
    )
    contacts: area[AsyncContacts] = area("sipgateio._async.contacts", "AsyncContacts")
    history: area[AsyncHistory] = area("sipgateio._async.history", "AsyncHistory")
    numbers: area[AsyncNumbers] = area("sipgateio._async.numbers", "AsyncNumbers")
    voicemails: area[AsyncVoicemails] = area("sipgateio._async.voicemails", "AsyncVoicemails")
    devices: area[AsyncDevices] = area("sipgateio._async.devices", "AsyncDevices")

    def __init__(
        self,
        *,
        token_id: str | None = None,
        token: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        oauth: OAuthApp | None = None,
        token_set: TokenSet | None = None,
        on_token_update: Callable[[TokenSet], object] | None = None,
    ) -> None:
        auth = None
        if oauth is not None or token_set is not None or on_token_update is not None:
            from sipgateio._async._oauth_auth import AsyncOAuthAuth
            from sipgateio.oauth import check_client_arguments

            check_client_arguments(oauth, token_set, on_token_update, token_id, token)
            assert oauth is not None and token_set is not None
            auth = AsyncOAuthAuth(oauth, token_set, on_token_update)
        settings = resolve_settings(
            token_id=token_id,
            token=token,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            auth=auth,
        )
        self.base_url = settings.base_url
        policy = RetryPolicy(
            max_retries=settings.max_retries, base_path=httpx.URL(settings.base_url).path
        )
        self._owns_http = http_client is None
        self._http = _configure(http_client or _io.new_http_client(), settings, policy)
        self._api: AsyncApiClient | None = None
        self._endpoints: AsyncEndpoints | None = None
        self._webuser_id: str | None = None
        self._webuser_lock = _io.Lock()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    @property
    def api(self) -> AsyncApiClient:
        """The generated ``sipgate_api`` client, sharing this client's auth and policy.

        Pass it to any generated endpoint function, e.g.
        ``await sipgate_api.api.numbers.list_numbers.asyncio(client=client.api)``.
        """
        if self._api is None:
            from sipgateio._api_client import AsyncApiClient

            api = AsyncApiClient(base_url=self.base_url)
            self._api = api.set_async_httpx_client(self._http)
        return self._api

    @property
    def endpoints(self) -> AsyncEndpoints:
        """Every operation of the API, bound to this client, one attribute per area.

        ``await client.endpoints.<area>.<operation>(...)`` takes the arguments of the
        generated function of that name (without ``client``), returns the parsed answer
        (``None`` when it has no body) and raises ``APIStatusError`` subclasses for error
        answers, e.g. ``await client.endpoints.account.get_balance()``. An area is loaded
        when it is first used.
        """
        if self._endpoints is None:
            from sipgate_api.api import AsyncEndpoints

            self._endpoints = AsyncEndpoints(self.api)
        return self._endpoints

    @property
    def http_client(self) -> httpx.AsyncClient:
        """The configured ``httpx`` client (auth, headers, timeouts and retries applied)."""
        return self._http

    async def get_authenticated_webuser_id(self) -> str:
        """Return the id of the web user the credentials belong to (e.g. ``"w0"``).

        The answer is remembered for the lifetime of the client.
        """
        if self._webuser_id is None:
            async with self._webuser_lock:
                if self._webuser_id is None:
                    from sipgate_api.api.authorization import get_userinfo

                    from sipgateio._async import _read
                    from sipgateio.models import _Userinfo

                    request = get_userinfo._get_kwargs()
                    self._webuser_id = (await _read.read(self, request, _Userinfo)).sub
        return self._webuser_id

    async def get_web_users(self) -> list[Webuser]:
        """Return every web user of the account."""
        from sipgate_api.api.users import list_users

        from sipgateio._async import _read
        from sipgateio.models import Webuser

        return await _read.read_list(self, list_users._get_kwargs(), Webuser)

    async def close(self) -> None:
        """Close the connections (not those of an ``http_client`` you passed in)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()


def _configure(
    http: httpx.AsyncClient, settings: Settings, policy: RetryPolicy
) -> httpx.AsyncClient:
    """Apply base URL, auth, headers, timeouts and the retry policy to ``http``."""
    http.base_url = httpx.URL(settings.base_url + "/")
    http.auth = settings.auth
    http.timeout = settings.timeout
    http.headers.update(client_headers())
    _httpx_compat.wrap_transports(http, lambda transport: with_policy(transport, policy))
    return http
