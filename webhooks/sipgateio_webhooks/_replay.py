"""Replay and duplicate protection: a push that was handled is answered again, not handled again.

sipgate's ``X-Sipgate-Signature`` covers the body and nothing else (no timestamp, no nonce),
so a captured push stays valid forever. With a replay store, the first push with a body
claims it; the handler runs once and its reply is kept for ``replay_window`` seconds; the same
body again gets that reply (status, content type and body) without reaching a handler.

Decisions:

- The key is the SHA-256 of the raw body, without the signature: PKCS#1 v1.5 signatures are
  deterministic, so the signature adds nothing, and the header's text may differ for the same
  valid signature (whitespace round the base64), which would let a replay slip past a key
  that included it.
- Only pushes that passed the signature check, parsed, and have a handler are claimed: a
  forged body is refused with 403 before the store is asked, so it cannot take a key that a
  real push needs later.
- Claiming is atomic in the store (for Redis one Lua script: read, and take the key when it
  is free). A duplicate that finds the claim in progress (sipgate retrying while the first
  request is still handled, or two workers getting the same push) waits up to
  ``DUPLICATE_WAIT`` seconds for the first reply; if it is still not there, it gets 409 and
  no handler runs. A claim whose worker died counts as abandoned after ``CLAIM_LEASE``.
- A handler that raises (the reply is 500) releases its claim, so a retry can run it again.
  Replies below 500 are kept; follow-ups (hang-up or transfer after an announcement) are
  never started for a repeated push.
- A store that fails (Redis unreachable) fails closed: the push gets 503 and no handler runs,
  since running it might run it twice.

The steps are written once, as a generator of store operations (``_steps``), and run by a
sync driver (WSGI) and an async one (ASGI, ``create_server``).
"""

from __future__ import annotations

import asyncio
import enum
import hashlib
import logging
import math
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Generator, Iterable
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

import attrs

from sipgateio.errors import ValidationError
from sipgateio_webhooks._enums import EventType

if TYPE_CHECKING:
    from sipgateio_webhooks._core import Reply
    from sipgateio_webhooks._events import Event

__all__ = [
    "CLAIM_LEASE",
    "DUPLICATE_WAIT",
    "Claim",
    "MemoryReplayStore",
    "ReplayGuard",
    "ReplayStore",
    "StoredReply",
    "replay_key",
]

logger = logging.getLogger("sipgateio_webhooks")

DEFAULT_REPLAY_WINDOW = 24 * 60 * 60.0
CLAIM_LEASE = 60.0
"""Seconds a claim in progress keeps duplicates out; then it counts as abandoned."""
DUPLICATE_WAIT = 5.0
"""Seconds a duplicate waits for the reply of the request in progress before it gets 409."""
_FIRST_POLL = 0.01
_MAX_POLL = 0.2


class Claim(enum.Enum):
    """What ``ReplayStore.claim`` found, when it found no reply."""

    CLAIMED = "claimed"
    """The key was free and is now claimed by the caller's token: run the handler."""
    PENDING = "pending"
    """Another request holds the claim and has not stored its reply yet."""


@attrs.frozen
class StoredReply:
    """The reply a store keeps for a handled push."""

    status: int
    content_type: str
    body: bytes

    def to_bytes(self) -> bytes:
        """One byte string (``R``, status, content type, newline, body), for byte stores."""
        return b"R%d %s\n%s" % (self.status, self.content_type.encode("latin-1"), self.body)

    @classmethod
    def from_bytes(cls, data: bytes) -> StoredReply:
        """Read what ``to_bytes`` wrote."""
        head, _, body = data.partition(b"\n")
        status, _, content_type = head[1:].partition(b" ")
        return cls(int(status), content_type.decode("latin-1"), body)


@runtime_checkable
class ReplayStore(Protocol):
    """Where handled pushes are remembered; ``MemoryReplayStore`` and ``RedisReplayStore``.

    ``key`` is the hex SHA-256 of a push's body, ``token`` identifies one request's claim.
    Each method has an ``_async`` twin that the ASGI app and ``create_server`` await; the WSGI
    app calls the plain ones. ``claim`` must be atomic: two requests that claim one key at
    the same time must not both get ``Claim.CLAIMED``. A store may also have an
    ``async def aclose()``, which ``create_server`` awaits on its event loop when it stops.
    """

    def claim(self, key: str, token: str, lease: float) -> Claim | StoredReply:
        """The stored reply, ``Claim.PENDING`` while another claim holds the key, or else
        claim the key for ``token`` for ``lease`` seconds and return ``Claim.CLAIMED``."""
        ...

    def complete(self, key: str, token: str, reply: StoredReply, window: float) -> None:
        """Keep ``reply`` for ``window`` seconds, unless another token's claim or a reply
        holds the key."""
        ...

    def release(self, key: str, token: str) -> None:
        """Drop ``token``'s claim (its handler failed); leave anything else alone."""
        ...

    async def claim_async(self, key: str, token: str, lease: float) -> Claim | StoredReply:
        """``claim`` for the event loop."""
        ...

    async def complete_async(self, key: str, token: str, reply: StoredReply, window: float) -> None:
        """``complete`` for the event loop."""
        ...

    async def release_async(self, key: str, token: str) -> None:
        """``release`` for the event loop."""
        ...


def replay_key(body: bytes) -> str:
    """The store key of a push: the hex SHA-256 of its raw body."""
    return hashlib.sha256(body).hexdigest()


class MemoryReplayStore:
    """Handled pushes of one process, in memory: the newest ``max_entries`` of them.

    Thread-safe. When full, the oldest entry goes, so a replay older than the newest
    ``max_entries`` pushes is no longer recognised; expired entries are dropped as new ones
    come in. For several worker processes or machines use ``RedisReplayStore``.
    ``clock`` (seconds, monotonic) is for tests.
    """

    def __init__(
        self, max_entries: int = 100_000, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        if isinstance(max_entries, bool) or not isinstance(max_entries, int) or max_entries < 1:
            raise ValidationError(
                f"max_entries must be a positive integer, got {max_entries!r}",
                argument="max_entries",
                value=max_entries,
            )
        self.max_entries = max_entries
        self._clock = clock
        self._lock = threading.Lock()
        # key -> (expiry, the claiming token or the reply), oldest write first
        self._entries: OrderedDict[str, tuple[float, str | StoredReply]] = OrderedDict()

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)

    def __repr__(self) -> str:
        return f"MemoryReplayStore(max_entries={self.max_entries})"

    def claim(self, key: str, token: str, lease: float) -> Claim | StoredReply:
        """See ``ReplayStore.claim``."""
        with self._lock:
            now = self._clock()
            value = self._live(key, now)
            if isinstance(value, StoredReply):
                return value
            if value is not None:
                return Claim.PENDING
            self._put(key, token, now + lease, now)
            return Claim.CLAIMED

    def complete(self, key: str, token: str, reply: StoredReply, window: float) -> None:
        """See ``ReplayStore.complete``."""
        with self._lock:
            now = self._clock()
            value = self._live(key, now)
            if value is None or value == token:
                self._put(key, reply, now + window, now)

    def release(self, key: str, token: str) -> None:
        """See ``ReplayStore.release``."""
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None and entry[1] == token:
                del self._entries[key]

    async def claim_async(self, key: str, token: str, lease: float) -> Claim | StoredReply:
        """See ``ReplayStore.claim`` (the lock is held for microseconds: no thread hop)."""
        return self.claim(key, token, lease)

    async def complete_async(self, key: str, token: str, reply: StoredReply, window: float) -> None:
        """See ``ReplayStore.complete``."""
        self.complete(key, token, reply, window)

    async def release_async(self, key: str, token: str) -> None:
        """See ``ReplayStore.release``."""
        self.release(key, token)

    def _live(self, key: str, now: float) -> str | StoredReply | None:
        entry = self._entries.get(key)
        if entry is None:
            return None
        if entry[0] <= now:
            del self._entries[key]
            return None
        return entry[1]

    def _put(self, key: str, value: str | StoredReply, expires: float, now: float) -> None:
        self._entries.pop(key, None)
        self._entries[key] = (expires, value)  # at the end: the newest write
        while len(self._entries) > self.max_entries:
            self._entries.popitem(last=False)
        # Entries are kept in write order and replies share one window, so the expired ones
        # gather at the front; each is dropped once, so a write costs O(1) on average.
        while self._entries:
            oldest = next(iter(self._entries))
            if self._entries[oldest][0] > now:
                break
            del self._entries[oldest]


_Op = tuple[Any, ...]


class ReplayGuard:
    """Runs a handler for a push at most once per ``window``, with a ``ReplayStore``."""

    def __init__(
        self,
        store: ReplayStore,
        window: float = DEFAULT_REPLAY_WINDOW,
        events: Iterable[EventType | str] | None = None,
    ) -> None:
        if isinstance(store, type) or not isinstance(store, ReplayStore):
            raise ValidationError(
                "replay_store must be a replay store such as MemoryReplayStore() or "
                "sipgateio_webhooks.redis.RedisReplayStore(url), with claim, complete and "
                f"release methods and their _async twins; got {store!r}",
                argument="replay_store",
                value=store,
            )
        if (
            isinstance(window, bool)
            or not isinstance(window, int | float)
            or not 0 < window < math.inf
        ):
            raise ValidationError(
                f"replay_window must be a positive number of seconds, got {window!r}",
                argument="replay_window",
                value=window,
            )
        self.store = store
        self.window = float(window)
        self.events = frozenset(EventType) if events is None else _event_types(events)
        self.lease = CLAIM_LEASE
        self.wait = DUPLICATE_WAIT

    def covers(self, event: Event) -> bool:
        """Whether pushes of this event's type are guarded."""
        return event.event in self.events

    async def aclose(self) -> None:
        """Let the store close what it opened for the running event loop (``aclose()``)."""
        close = getattr(self.store, "aclose", None)
        if close is not None:
            try:
                await close()
            except Exception:
                logger.exception("the replay store failed to close its connections")

    def handle(self, body: bytes, event: Event, run: Callable[[], Reply]) -> Reply:
        """Answer a push with ``run()`` the first time, with its reply after that."""
        steps = self._steps(replay_key(body), event)
        step = _advance(steps, None, None)
        while not isinstance(step, _Done):
            try:
                result, error = self._do(step, run), None
            except BaseException as failure:  # handed to the steps, which re-raise it
                result, error = None, failure
            step = _advance(steps, result, error)
        return step.reply

    async def handle_async(
        self, body: bytes, event: Event, run: Callable[[], Awaitable[Reply]]
    ) -> Reply:
        """``handle`` on an event loop, with the store's ``_async`` methods."""
        steps = self._steps(replay_key(body), event)
        step = _advance(steps, None, None)
        while not isinstance(step, _Done):
            try:
                result, error = await self._do_async(step, run), None
            except BaseException as failure:  # handed to the steps, which re-raise it
                result, error = None, failure
            step = _advance(steps, result, error)
        return step.reply

    def _do(self, op: _Op, run: Callable[[], Reply]) -> Any:
        name, *args = op
        if name == "run":
            return run()
        if name == "sleep":
            time.sleep(args[0])
            return None
        return getattr(self.store, name)(*args)

    async def _do_async(self, op: _Op, run: Callable[[], Awaitable[Reply]]) -> Any:
        name, *args = op
        if name == "run":
            return await run()
        if name == "sleep":
            await asyncio.sleep(args[0])
            return None
        return await getattr(self.store, f"{name}_async")(*args)

    def _steps(self, key: str, event: Event) -> Generator[_Op, Any, Reply]:
        """The guard without I/O: yields store operations, gets their results sent back
        (or their exceptions thrown in) and returns the reply."""
        from sipgateio_webhooks._core import Reply

        token = secrets.token_hex(16)
        waited, delay = 0.0, _FIRST_POLL
        while True:
            try:
                claim = yield ("claim", key, token, self.lease)
            except Exception:
                logger.exception("the replay store failed; refused the %s push", event.event)
                return Reply.text(503, "the replay store is unavailable")
            if claim is Claim.CLAIMED:
                break
            if isinstance(claim, StoredReply):
                logger.warning(
                    "answered a repeated %s push for call %s with its first reply",
                    event.event,
                    event.call_id,
                )
                return Reply(claim.status, claim.content_type, claim.body)
            if waited >= self.wait:
                logger.warning(
                    "refused a repeated %s push for call %s: the first is still being handled",
                    event.event,
                    event.call_id,
                )
                return Reply.text(409, "this push is being handled already")
            yield ("sleep", delay)
            waited, delay = waited + delay, min(delay * 2, _MAX_POLL)
        try:
            reply: Reply = yield ("run",)
        except BaseException:
            yield from _logged(("release", key, token))
            raise
        if reply.status >= 500:  # the handler failed: a retry may run it again
            yield from _logged(("release", key, token))
        else:
            stored = StoredReply(reply.status, reply.content_type, reply.body)
            yield from _logged(("complete", key, token, stored, self.window))
        return reply


@attrs.frozen
class _Done:
    reply: Reply


def _advance(
    steps: Generator[_Op, Any, Reply], result: Any, error: BaseException | None
) -> _Op | _Done:
    try:
        return steps.throw(error) if error is not None else steps.send(result)
    except StopIteration as stop:
        return _Done(stop.value)


def _logged(op: _Op) -> Generator[_Op, Any, None]:
    """Do ``op``; a store failure here is logged (the reply is already decided)."""
    try:
        yield op
    except Exception:
        logger.exception("the replay store failed to %s a claim", op[0])


def _event_types(events: Iterable[EventType | str]) -> frozenset[EventType]:
    try:
        return frozenset(EventType(event) for event in events)
    except (TypeError, ValueError):
        valid = ", ".join(repr(event.value) for event in EventType)
        raise ValidationError(
            f"replay_events must name event types ({valid}), got {events!r}",
            argument="replay_events",
            value=events,
        ) from None
