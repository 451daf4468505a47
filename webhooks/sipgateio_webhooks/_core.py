"""The webhook logic without I/O: request in (body, headers, peer), reply out.

``Webhooks.handle`` (sync) and ``Webhooks.handle_async`` drive the same steps; the Falcon
resources in ``_falcon`` and the in-process server in ``_server`` are thin wrappers round them.
"""

from __future__ import annotations

import functools
import inspect
import logging
import threading
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar, Unpack
from urllib.parse import parse_qsl, urlsplit

import attrs

from sipgateio.errors import ValidationError
from sipgateio_webhooks._actions import Action, Play, actions_of, check_url, render_reply
from sipgateio_webhooks._enums import EventType
from sipgateio_webhooks._events import Event, MalformedEventError, parse_event
from sipgateio_webhooks._follow_up import CallFollowUp
from sipgateio_webhooks._handler_threads import BackgroundLoop, HandlerThreads
from sipgateio_webhooks._origin import SourceAllowList
from sipgateio_webhooks._signature import SignatureVerifier

if TYPE_CHECKING:
    import falcon
    import falcon.asgi

    from sipgateio_webhooks._server import ServerOptions, WebhookServer

__all__ = ["Reply", "Webhooks", "WebhooksOptions"]

logger = logging.getLogger("sipgateio_webhooks")

DEFAULT_MAX_BODY_SIZE = 64 * 1024  # real pushes are a few hundred bytes
FORM_CONTENT_TYPE = "application/x-www-form-urlencoded"
_MAX_REMEMBERED_MISMATCHES = 32

Handler = Callable[[Any], Any]
H = TypeVar("H", bound=Handler)


class WebhooksOptions(TypedDict, total=False):
    """The keyword-only options of ``Webhooks``, which ``create_server`` passes on."""

    allowed_ips: Iterable[str] | None
    trusted_proxies: Iterable[str]
    max_body_size: int


@attrs.frozen
class Reply:
    """What to answer: status, content type and body, plus follow-ups to start once sent."""

    status: int
    content_type: str
    body: bytes
    follow_ups: tuple[CallFollowUp, ...] = ()

    @classmethod
    def text(cls, status: int, message: str, **kwargs: Any) -> Reply:
        """A plain-text reply, for the error statuses."""
        return cls(status, "text/plain; charset=utf-8", message.encode() + b"\n", **kwargs)


@attrs.frozen
class _Dispatch:
    handler: Handler
    event: Event
    is_coroutine: bool


class Webhooks:
    """Answers sipgate's call events: checks them, parses them and calls your handlers.

    Mount ``wsgi_app()`` under gunicorn or ``asgi_app()`` under uvicorn, or run it in-process
    with ``serve()``.

    Args:
        server_address: the public URL sipgate posts to. Needed for answer, hangup and DTMF
            events: replies name it as the address for those follow-up events.
        skip_signature_verification: accept pushes without checking ``X-Sipgate-Signature``.
            Anyone who can reach the server can then fake calls; use it for local tests only.
        public_key: a PEM RSA public key to verify signatures with instead of sipgate's
            (for tests, see ``sipgateio_webhooks.testing``).
        allowed_ips: opt-in allow-list of source addresses or networks, e.g.
            ``SIPGATE_WEBHOOK_IPS``; the socket peer address is checked.
        trusted_proxies: addresses or networks of your reverse proxies; only behind them is
            ``X-Forwarded-For`` read to find the client address.
        max_body_size: bodies longer than this many bytes get HTTP 413.
    """

    def __init__(
        self,
        server_address: str | None = None,
        *,
        skip_signature_verification: bool = False,
        public_key: str | bytes | None = None,
        allowed_ips: Iterable[str] | None = None,
        trusted_proxies: Iterable[str] = (),
        max_body_size: int = DEFAULT_MAX_BODY_SIZE,
    ) -> None:
        if server_address is not None:
            check_url(server_address, "server_address")
        if (
            isinstance(max_body_size, bool)
            or not isinstance(max_body_size, int)
            or max_body_size < 1
        ):
            raise ValidationError(
                f"max_body_size must be a positive number of bytes, got {max_body_size!r}",
                argument="max_body_size",
                value=max_body_size,
            )
        self.server_address = server_address
        self.max_body_size = max_body_size
        self.verifier = None if skip_signature_verification else SignatureVerifier(public_key)
        self.allow_list = (
            None if allowed_ips is None else SourceAllowList(allowed_ips, trusted_proxies)
        )
        # event type -> (handler, whether it is a coroutine function), swapped in one step
        self._handlers: dict[EventType, tuple[Handler, bool]] = {}
        self._handler_threads = HandlerThreads()
        self._background_loop: BackgroundLoop | None = None
        self._pending: set[CallFollowUp] = set()
        self._lock = threading.Lock()
        self._mismatches: set[tuple[str, str]] = set()
        self._matches: set[tuple[str, str]] = set()
        self._expected = _url_parts(server_address) if server_address else None
        # Actions are frozen values and most calls get one of a few replies: render each once.
        self._render = functools.lru_cache(maxsize=256)(self._render_uncached)
        if skip_signature_verification:
            logger.warning(
                "signature verification is off: anyone who can reach this server can fake "
                "sipgate call events"
            )

    # -- handlers ---------------------------------------------------------------------------

    def on_new_call(self, handler: H) -> H:
        """Call ``handler(NewCallEvent)`` for new calls; it may return the reply's actions."""
        return self._register(EventType.NEW_CALL, handler)

    def on_answer(self, handler: H) -> H:
        """Call ``handler(AnswerEvent)`` when a call is answered (needs ``server_address``)."""
        return self._register(EventType.ANSWER, handler)

    def on_hangup(self, handler: H) -> H:
        """Call ``handler(HangUpEvent)`` when a call ends (needs ``server_address``)."""
        return self._register(EventType.HANGUP, handler)

    def on_data(self, handler: H) -> H:
        """Call ``handler(DataEvent)`` with the digits a ``Gather`` collected.

        It may return the reply's actions, e.g. the next ``Gather`` of a menu. Needs
        ``server_address``.
        """
        return self._register(EventType.DATA, handler)

    def _register(self, event_type: EventType, handler: H) -> H:
        if not callable(handler):
            raise ValidationError(
                f"the {event_type} handler must be callable, got {handler!r}",
                argument="handler",
                value=handler,
            )
        if event_type is not EventType.NEW_CALL and self.server_address is None:
            raise ValidationError(
                f"{event_type} events need a server_address: sipgate sends them only to the "
                "address a reply names",
                argument="server_address",
                value=None,
            )
        self._handlers[event_type] = (handler, inspect.iscoroutinefunction(handler))
        return handler

    # -- running it -------------------------------------------------------------------------

    def wsgi_app(self) -> falcon.App[falcon.Request, falcon.Response]:
        """A ``falcon.App`` answering POSTs on every path, for gunicorn and other WSGI servers."""
        from sipgateio_webhooks._falcon import make_wsgi_app

        return make_wsgi_app(self)

    def asgi_app(self) -> falcon.asgi.App[falcon.asgi.Request, falcon.asgi.Response]:
        """A ``falcon.asgi.App`` answering POSTs on every path, for uvicorn and others."""
        from sipgateio_webhooks._falcon import make_asgi_app

        return make_asgi_app(self)

    def serve(
        self, port: int = 8080, hostname: str = "localhost", **options: Unpack[ServerOptions]
    ) -> WebhookServer:
        """Serve on a background thread (uvicorn); ``port=0`` picks a free port.

        ``options`` are those of ``WebhookServer`` (timeouts, backlog, parser, loop).
        """
        from sipgateio_webhooks._server import WebhookServer

        return WebhookServer(self, port=port, hostname=hostname, **options)

    @property
    def pending_follow_ups(self) -> list[CallFollowUp]:
        """Hang-ups and transfers that have been scheduled and have not finished yet."""
        with self._lock:
            return list(self._pending)

    def cancel_follow_ups(self) -> int:
        """Cancel every pending hang-up or transfer; return how many were cancelled."""
        return sum(follow_up.cancel() for follow_up in self.pending_follow_ups)

    # -- the request pipeline ---------------------------------------------------------------

    def handle(
        self,
        body: bytes,
        headers: Mapping[str, str],
        peer: str | None = None,
        target: str = "/",
    ) -> Reply:
        """Answer one request: ``body`` as received, its ``headers``, the socket ``peer``
        address and the request ``target`` (path and query). Handlers run on this thread.

        The caller starts ``reply.follow_ups`` once the reply has been sent.
        """
        headers = _lower(headers)
        return self.precheck(headers, peer) or self._handle(body, headers, peer, target)

    async def handle_async(
        self,
        body: bytes,
        headers: Mapping[str, str],
        peer: str | None = None,
        target: str = "/",
    ) -> Reply:
        """Like ``handle``, on an event loop: coroutine handlers are awaited, plain
        functions run in a worker thread so they cannot block the loop."""
        headers = _lower(headers)
        return self.precheck(headers, peer) or await self._handle_async(body, headers, peer, target)

    def _handle(
        self, body: bytes, headers: Mapping[str, str], peer: str | None, target: str
    ) -> Reply:
        step = self._receive(body, headers, peer, target)
        if isinstance(step, Reply):
            return step
        try:
            result = step.handler(step.event)
            if inspect.isawaitable(result):
                result = self._loop_for_coroutines().run(result)
        except Exception as error:
            return self._fail(step, error)
        return self._respond(step, result)

    async def _handle_async(
        self, body: bytes, headers: Mapping[str, str], peer: str | None, target: str
    ) -> Reply:
        step = self._receive(body, headers, peer, target)
        if isinstance(step, Reply):
            return step
        try:
            if step.is_coroutine:
                result = await step.handler(step.event)
            else:
                result = await self._handler_threads.run(step.handler, step.event)
                if inspect.isawaitable(result):
                    result = await result
        except Exception as error:
            return self._fail(step, error)
        return self._respond(step, result)

    def precheck(self, headers: Mapping[str, str], peer: str | None) -> Reply | None:
        """The checks that need no body (source address, size, content type).

        ``headers`` must have lower-case names. Returns the refusal, or ``None`` to go on.
        """
        if self.allow_list is not None and not self.allow_list.allows(
            peer, headers.get("x-forwarded-for")
        ):
            logger.warning("refused a webhook from %s: not on the allow-list", peer)
            return Reply.text(403, "source address not allowed")
        length = headers.get("content-length")
        if length and length.isdigit() and int(length) > self.max_body_size:
            return self._too_large()
        content_type = headers.get("content-type", "")
        if content_type.partition(";")[0].strip().lower() != FORM_CONTENT_TYPE:
            logger.warning("refused a webhook with content type %r", content_type)
            return Reply.text(415, f"expected {FORM_CONTENT_TYPE}")
        return None

    def _receive(
        self, body: bytes, headers: Mapping[str, str], peer: str | None, target: str
    ) -> Reply | _Dispatch:
        if len(body) > self.max_body_size:
            return self._too_large()
        if self.verifier is not None and not self.verifier.verify(
            body, headers.get("x-sipgate-signature")
        ):
            logger.warning(
                "refused a webhook from %s: X-Sipgate-Signature is %s",
                peer,
                "wrong" if headers.get("x-sipgate-signature") else "missing",
            )
            return Reply.text(403, "signature verification failed")
        try:
            event = parse_event(body)
        except MalformedEventError as error:
            logger.warning("refused a webhook: %s", error)
            return Reply.text(400, str(error))
        self._check_address(headers.get("host", ""), target)
        entry = self._handlers.get(event.event)
        if entry is None:
            if event.event is not EventType.NEW_CALL:
                logger.warning("no handler for the %s event of call %s", event.event, event.call_id)
            return self._respond(None, None)
        return _Dispatch(entry[0], event, entry[1])

    def _respond(self, step: _Dispatch | None, result: object) -> Reply:
        try:
            actions = actions_of(result)
            if step is not None and step.event.event in (EventType.ANSWER, EventType.HANGUP):
                actions = ()  # sipgate ignores replies to these events
            on_answer = self.server_address if EventType.ANSWER in self._handlers else None
            on_hangup = self.server_address if EventType.HANGUP in self._handlers else None
            body = self._render(actions, on_answer, on_hangup)
        except (TypeError, ValueError) as error:
            if step is None:
                raise
            return self._fail(step, error)
        follow_ups = tuple(
            action.follow_up
            for action in actions
            if isinstance(action, Play) and action.follow_up is not None
        )
        self._track(follow_ups)
        return Reply(200, "application/xml", body, follow_ups)

    def _render_uncached(
        self, actions: tuple[Action, ...], on_answer: str | None, on_hangup: str | None
    ) -> bytes:
        return render_reply(
            actions, on_answer=on_answer, on_hangup=on_hangup, on_data=self.server_address
        )

    def _loop_for_coroutines(self) -> BackgroundLoop:
        with self._lock:
            if self._background_loop is None:
                self._background_loop = BackgroundLoop()
            return self._background_loop

    def _fail(self, step: _Dispatch, error: Exception) -> Reply:
        logger.error(
            "the %s handler failed for call %s",
            step.event.event,
            step.event.call_id,
            exc_info=error,
        )
        return Reply.text(500, "the webhook handler failed")

    def _too_large(self) -> Reply:
        logger.warning("refused a webhook larger than %d bytes", self.max_body_size)
        return Reply.text(413, f"the body exceeds {self.max_body_size} bytes")

    def _track(self, follow_ups: tuple[CallFollowUp, ...]) -> None:
        for follow_up in follow_ups:
            with self._lock:
                self._pending.add(follow_up)
            follow_up.add_done_callback(self._untrack)

    def _untrack(self, follow_up: CallFollowUp) -> None:
        with self._lock:
            self._pending.discard(follow_up)

    def _check_address(self, host: str, target: str) -> None:
        if self._expected is None or (host, target) in self._matches:
            return
        try:
            if _url_parts("http://" + host + target) == self._expected:
                if len(self._matches) < _MAX_REMEMBERED_MISMATCHES:
                    self._matches.add((host, target))
                return
        except ValueError:  # a Host header that is no host at all
            pass
        key = (host, target)
        with self._lock:
            if key in self._mismatches or len(self._mismatches) >= _MAX_REMEMBERED_MISMATCHES:
                return
            self._mismatches.add(key)
        logger.warning(
            "a webhook arrived at %s%s, but server_address is %s: sipgate sends answer, hangup "
            "and DTMF events to server_address, so they may not reach this server",
            host,
            target,
            self.server_address,
        )


def _url_parts(url: str) -> tuple[str, str, tuple[tuple[str, str], ...]]:
    parts = urlsplit(url)
    query = tuple(sorted(parse_qsl(parts.query, keep_blank_values=True)))
    return ((parts.hostname or "").lower(), parts.path or "/", query)


def _lower(headers: Mapping[str, str]) -> dict[str, str]:
    return {name.lower(): value for name, value in headers.items()}
