"""A replay store in Redis, for several worker processes or machines.

::

    pip install 'sipgateio[redis]'

    from sipgateio_webhooks import Webhooks
    from sipgateio_webhooks.redis import RedisReplayStore

    webhooks = Webhooks("https://example.com/sipgate",
                        replay_store=RedisReplayStore("redis://localhost:6379/0"))

Each operation is one Lua script, so it is atomic on the server and one round trip: a claim
reads the key and, when it is free, sets it to the claiming token with a time-to-live of the
claim lease (``SET ... PX``); completing replaces the token with the reply for the replay
window; releasing deletes the key only while it still holds that token. A value is ``P`` and
the token while claimed, or ``StoredReply.to_bytes()`` once handled.

The WSGI app uses a ``redis.Redis`` client, the ASGI app and ``create_server`` a
``redis.asyncio.Redis`` one per event loop (an asyncio client is bound to the loop it first
ran on), both made from the URL.
"""

from __future__ import annotations

import asyncio
import threading
import weakref
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

from sipgateio.errors import ValidationError
from sipgateio_webhooks._replay import Claim, StoredReply

if TYPE_CHECKING:
    import redis
    import redis.asyncio

__all__ = ["DEFAULT_PREFIX", "RedisReplayStore"]

DEFAULT_PREFIX = "sipgateio:replay:"
"""What the keys of the replay store start with, unless ``prefix=`` says otherwise."""

_CLAIM = """
local value = redis.call('GET', KEYS[1])
if value then return value end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return false
"""
_COMPLETE = """
local value = redis.call('GET', KEYS[1])
if value and value ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
return 1
"""
_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""


def _import_redis() -> Any:
    try:
        import redis
        import redis.asyncio
    except ImportError as error:
        raise ImportError(
            "RedisReplayStore needs the redis package: pip install 'sipgateio[redis]'"
        ) from error
    return redis


class _Scripts:
    """The three scripts registered on one client (sync or asyncio)."""

    def __init__(self, client: Any) -> None:
        self.client = client
        self.claim: Any = client.register_script(_CLAIM)
        self.complete: Any = client.register_script(_COMPLETE)
        self.release: Any = client.register_script(_RELEASE)


class RedisReplayStore:
    """Handled pushes in Redis, shared by every worker that uses the same server and prefix.

    Args:
        url_or_client: a URL (``redis://host:6379/0``, ``rediss://`` for TLS,
            ``unix:///path``), a ``redis.Redis`` client, or a ``redis.asyncio.Redis`` client
            (which serves only the ASGI app and ``create_server``).
        prefix: put before each key, so that several apps can share one database.
    """

    def __init__(
        self,
        url_or_client: str | redis.Redis | redis.asyncio.Redis,
        *,
        prefix: str = DEFAULT_PREFIX,
    ) -> None:
        module = _import_redis()
        if not isinstance(prefix, str):
            raise ValidationError(
                f"prefix must be a string, got {prefix!r}", argument="prefix", value=prefix
            )
        self.prefix = prefix
        self._url: str | None = None
        self._async_client: redis.asyncio.Redis | None = None
        self._sync: _Scripts | None = None
        self._per_loop: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _Scripts] = (
            weakref.WeakKeyDictionary()
        )
        self._lock = threading.Lock()
        self._closing: set[asyncio.Task[None]] = set()
        if isinstance(url_or_client, str):
            try:
                client = module.Redis.from_url(url_or_client)
            except ValueError as error:
                raise ValidationError(
                    f"url_or_client is not a Redis URL ({error}); expected redis://host:port/db, "
                    "rediss://... or unix:///path",
                    argument="url_or_client",
                    value=_redacted(url_or_client),
                ) from None
            self._url = url_or_client
            self._sync = _Scripts(client)
            self._where = _address(client)
        elif isinstance(url_or_client, module.asyncio.Redis):
            self._async_client = url_or_client
            self._where = _address(url_or_client)
        elif isinstance(url_or_client, module.Redis):
            self._sync = _Scripts(url_or_client)
            self._where = _address(url_or_client)
        else:
            raise ValidationError(
                "url_or_client must be a Redis URL, a redis.Redis or a redis.asyncio.Redis, "
                f"got {type(url_or_client).__name__}",
                argument="url_or_client",
                value=type(url_or_client).__name__,
            )

    def __repr__(self) -> str:
        return f"RedisReplayStore({self._where}, prefix={self.prefix!r})"

    # -- sync (WSGI) --------------------------------------------------------------------------

    def claim(self, key: str, token: str, lease: float) -> Claim | StoredReply:
        """See ``ReplayStore.claim``."""
        return _claim_result(self._scripts().claim(**self._claim_call(key, token, lease)))

    def complete(self, key: str, token: str, reply: StoredReply, window: float) -> None:
        """See ``ReplayStore.complete``."""
        self._scripts().complete(**self._complete_call(key, token, reply, window))

    def release(self, key: str, token: str) -> None:
        """See ``ReplayStore.release``."""
        self._scripts().release(**self._release_call(key, token))

    # -- async (ASGI, create_server) ----------------------------------------------------------

    async def claim_async(self, key: str, token: str, lease: float) -> Claim | StoredReply:
        """See ``ReplayStore.claim``."""
        if self._sync_only:
            return await asyncio.to_thread(self.claim, key, token, lease)
        scripts = self._async_scripts()
        return _claim_result(await scripts.claim(**self._claim_call(key, token, lease)))

    async def complete_async(self, key: str, token: str, reply: StoredReply, window: float) -> None:
        """See ``ReplayStore.complete``."""
        if self._sync_only:
            await asyncio.to_thread(self.complete, key, token, reply, window)
        else:
            await self._async_scripts().complete(**self._complete_call(key, token, reply, window))

    async def release_async(self, key: str, token: str) -> None:
        """See ``ReplayStore.release``."""
        if self._sync_only:
            await asyncio.to_thread(self.release, key, token)
        else:
            await self._async_scripts().release(**self._release_call(key, token))

    async def aclose(self) -> None:
        """Close the connections this store opened for the running event loop.

        ``create_server`` calls it when it stops; a client you passed in stays open.
        """
        scripts = self._per_loop.pop(asyncio.get_running_loop(), None)
        if scripts is not None and self._async_client is None:
            await scripts.client.aclose()

    def close(self) -> None:
        """Close every connection this store opened (a client you passed in stays open).

        The connections of an event loop that is still running are closed on that loop.
        """
        if self._url is None:
            return
        if self._sync is not None:
            self._sync.client.close()
        try:
            current = asyncio.get_running_loop()
        except RuntimeError:
            current = None
        for loop, scripts in list(self._per_loop.items()):
            self._per_loop.pop(loop, None)
            if loop.is_closed():
                continue
            if loop is current:
                task = loop.create_task(scripts.client.aclose())
                self._closing.add(task)  # the loop keeps only a weak reference
                task.add_done_callback(self._closing.discard)
            elif loop.is_running():
                asyncio.run_coroutine_threadsafe(scripts.client.aclose(), loop).result(10)
            elif current is None:
                loop.run_until_complete(scripts.client.aclose())

    # -- the scripts' arguments ---------------------------------------------------------------

    def _claim_call(self, key: str, token: str, lease: float) -> dict[str, list[Any]]:
        return {"keys": [self.prefix + key], "args": [_claimed_by(token), _ms(lease)]}

    def _complete_call(
        self, key: str, token: str, reply: StoredReply, window: float
    ) -> dict[str, list[Any]]:
        return {
            "keys": [self.prefix + key],
            "args": [_claimed_by(token), reply.to_bytes(), _ms(window)],
        }

    def _release_call(self, key: str, token: str) -> dict[str, list[Any]]:
        return {"keys": [self.prefix + key], "args": [_claimed_by(token)]}

    @property
    def _sync_only(self) -> bool:
        """Given a redis.Redis client: the event loop hands its calls to a thread."""
        return self._url is None and self._async_client is None

    def _scripts(self) -> _Scripts:
        if self._sync is None:
            raise TypeError(
                "this RedisReplayStore was given a redis.asyncio client, which serves only the "
                "ASGI app and create_server; give it a URL or a redis.Redis client to use it "
                "with the WSGI app"
            )
        return self._sync

    def _async_scripts(self) -> _Scripts:
        loop = asyncio.get_running_loop()
        scripts = self._per_loop.get(loop)
        if scripts is None:
            with self._lock:
                scripts = self._per_loop.get(loop)
                if scripts is None:
                    client = self._async_client
                    if client is None:
                        client = _import_redis().asyncio.Redis.from_url(self._url)
                    scripts = self._per_loop[loop] = _Scripts(client)
        return scripts


def _claim_result(value: bytes | str | None) -> Claim | StoredReply:
    if value is None:
        return Claim.CLAIMED
    if isinstance(value, str):  # a client made with decode_responses=True
        value = value.encode("utf-8")
    if value.startswith(b"P"):
        return Claim.PENDING
    return StoredReply.from_bytes(value)


def _claimed_by(token: str) -> bytes:
    return b"P" + token.encode("ascii")


def _ms(seconds: float) -> int:
    return max(1, round(seconds * 1000))


def _address(client: Any) -> str:
    """Where the client connects, without credentials."""
    kwargs = client.connection_pool.connection_kwargs
    if "path" in kwargs:
        return f"unix://{kwargs['path']}?db={kwargs.get('db', 0)}"
    return f"{kwargs.get('host', 'localhost')}:{kwargs.get('port', 6379)}/{kwargs.get('db', 0)}"


def _redacted(url: str) -> str:
    """``url`` with any user name and password replaced by ``***``."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<not a URL>"
    if parts.username is None and parts.password is None:
        return url
    host = parts.hostname or ""
    if parts.port is not None:
        host = f"{host}:{parts.port}"
    return urlunsplit(parts._replace(netloc=f"***@{host}"))
