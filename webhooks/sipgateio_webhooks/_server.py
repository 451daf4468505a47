"""Running the webhook app in-process: ``create_server`` and the fluent builder."""

from __future__ import annotations

import logging
import socketserver
import threading
from types import TracebackType
from typing import Any, Self
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer

from sipgateio.errors import ValidationError
from sipgateio_webhooks._core import DEFAULT_MAX_BODY_SIZE, H, Handler, Webhooks

__all__ = ["FluentWebhookServer", "WebhookServer", "create_server"]

logger = logging.getLogger("sipgateio_webhooks")


class _RequestHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        logger.debug("%s - " + format, self.address_string(), *args)


class _ThreadingWSGIServer(socketserver.ThreadingMixIn, WSGIServer):
    # Non-daemon request threads are joined by server_close(), so stop() waits for them.
    daemon_threads = False
    block_on_close = True

    def server_bind(self) -> None:
        # HTTPServer.server_bind() asks DNS for the host's full name; skip that slow lookup.
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name = str(host)
        self.server_port = int(port)
        self.setup_environ()


class WebhookServer:
    """The webhook app serving on a background thread; ``stop()`` shuts it down.

    Handlers registered here go to the underlying ``webhooks`` (a ``Webhooks``).
    """

    def __init__(self, webhooks: Webhooks, *, port: int = 8080, hostname: str = "localhost"):
        if isinstance(port, bool) or not isinstance(port, int) or not 0 <= port <= 65535:
            raise ValidationError(
                f"port must be an integer from 0 (any free port) to 65535, got {port!r}",
                argument="port",
                value=port,
            )
        self.webhooks = webhooks
        self.hostname = hostname
        self._httpd = _ThreadingWSGIServer((hostname, port), _RequestHandler)
        self._httpd.set_app(webhooks.wsgi_app())
        self.port: int = self._httpd.server_port
        self._stopped = False
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"sipgate-webhooks-{self.port}",
            daemon=True,
        )
        self._thread.start()
        logger.info(
            "sipgate webhooks listening on %s (server_address %s)",
            self.url,
            webhooks.server_address,
        )

    @property
    def url(self) -> str:
        """The local URL the server listens on, e.g. ``http://127.0.0.1:8080/``."""
        host = str(self._httpd.server_address[0])
        return f"http://{host}:{self.port}/"

    def on_new_call(self, handler: H) -> H:
        """Call ``handler(NewCallEvent)`` for new calls; it may return the reply's actions."""
        return self.webhooks.on_new_call(handler)

    def on_answer(self, handler: H) -> H:
        """Call ``handler(AnswerEvent)`` when a call is answered."""
        return self.webhooks.on_answer(handler)

    def on_hangup(self, handler: H) -> H:
        """Call ``handler(HangUpEvent)`` when a call ends."""
        return self.webhooks.on_hangup(handler)

    def on_data(self, handler: H) -> H:
        """Call ``handler(DataEvent)`` with gathered DTMF digits; it may return actions."""
        return self.webhooks.on_data(handler)

    def stop(self) -> None:
        """Stop listening, close the socket and wait for requests in progress.

        Hang-ups and transfers still waiting for their announcement are cancelled.
        """
        if self._stopped:
            return
        self._stopped = True
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join()
        pending = self.webhooks.pending_follow_ups
        cancelled = self.webhooks.cancel_follow_ups()
        for follow_up in pending:
            follow_up.wait(1.0)  # a cancelled timer thread ends at once
        if cancelled:
            logger.warning("stopping cancelled %d pending hang-up/transfer(s)", cancelled)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()


def create_server(
    port: int = 8080,
    server_address: str | None = None,
    hostname: str = "localhost",
    skip_signature_verification: bool = False,
    public_key: str | bytes | None = None,
    *,
    allowed_ips: list[str] | tuple[str, ...] | None = None,
    trusted_proxies: list[str] | tuple[str, ...] = (),
    max_body_size: int = DEFAULT_MAX_BODY_SIZE,
) -> WebhookServer:
    """Start a webhook server on a background thread; it is listening when this returns.

    ``port=0`` picks a free port (``server.port`` tells which). ``server_address`` is the
    public URL sipgate posts to; the other options are those of ``Webhooks``.
    """
    webhooks = Webhooks(
        server_address,
        skip_signature_verification=skip_signature_verification,
        public_key=public_key,
        allowed_ips=allowed_ips,
        trusted_proxies=trusted_proxies,
        max_body_size=max_body_size,
    )
    return webhooks.serve(port=port, hostname=hostname)


class FluentWebhookServer:
    """Builds and starts a ``WebhookServer`` through chained setters.

    >>> server = (FluentWebhookServer().set_server_port(0)
    ...           .set_server_address("https://example.com/sipgate")
    ...           .set_on_new_call_listener(lambda event: None).start_server())
    >>> server.stop()
    """

    def __init__(self) -> None:
        self._port: int | None = None
        self._server_address: str | None = None
        self._hostname = "localhost"
        self._skip_signature_verification = False
        self._public_key: str | bytes | None = None
        self._listeners: dict[str, Handler] = {}

    def set_server_port(self, port: int) -> Self:
        """Listen on ``port`` (0 picks a free one)."""
        self._port = port
        return self

    def set_server_address(self, server_address: str) -> Self:
        """The public URL sipgate posts to."""
        self._server_address = server_address
        return self

    def set_hostname(self, hostname: str) -> Self:
        """The local address to listen on (``localhost`` unless set)."""
        self._hostname = hostname
        return self

    def set_skip_signature_verification(self, skip: bool = True) -> Self:
        """Accept pushes without checking their signature (local tests only)."""
        self._skip_signature_verification = skip
        return self

    def set_public_key(self, public_key: str | bytes) -> Self:
        """Verify signatures with this PEM public key instead of sipgate's."""
        self._public_key = public_key
        return self

    def set_on_new_call_listener(self, listener: Handler) -> Self:
        """Handle new calls (once only)."""
        return self._listen("new_call", listener)

    def set_on_answer_listener(self, listener: Handler) -> Self:
        """Handle answered calls (once only)."""
        return self._listen("answer", listener)

    def set_on_hangup_listener(self, listener: Handler) -> Self:
        """Handle ended calls (once only)."""
        return self._listen("hangup", listener)

    def set_on_data_listener(self, listener: Handler) -> Self:
        """Handle gathered DTMF digits (once only)."""
        return self._listen("data", listener)

    def _listen(self, event: str, listener: Handler) -> Self:
        if event in self._listeners:
            raise ValidationError(
                f"can only handle one {event.replace('_', ' ')} listener",
                argument="listener",
                value=listener,
            )
        self._listeners[event] = listener
        return self

    def start_server(self) -> WebhookServer:
        """Start the server with the listeners set so far and return it."""
        if self._port is None or isinstance(self._port, bool) or self._port < 0:
            raise ValidationError(
                f"invalid or missing server port {self._port!r}: call set_server_port() with "
                "0 (any free port) to 65535",
                argument="port",
                value=self._port,
            )
        if not self._server_address:
            raise ValidationError(
                "invalid or missing server address: call set_server_address() with the "
                "public URL sipgate posts to",
                argument="server_address",
                value=self._server_address,
            )
        server = create_server(
            port=self._port,
            server_address=self._server_address,
            hostname=self._hostname,
            skip_signature_verification=self._skip_signature_verification,
            public_key=self._public_key,
        )
        try:
            for event, listener in self._listeners.items():
                getattr(server, f"on_{event}")(listener)
        except Exception:
            server.stop()
            raise
        return server
