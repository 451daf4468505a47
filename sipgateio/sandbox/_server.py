"""A threaded WSGI server on 127.0.0.1 that can drop a connection on purpose."""

from __future__ import annotations

import contextlib
import io
import logging
import socket
from socketserver import ThreadingMixIn
from typing import Any
from wsgiref.simple_server import ServerHandler, WSGIRequestHandler, WSGIServer

from sipgateio.sandbox._app import DROP_CONNECTION

logger = logging.getLogger("sipgateio.sandbox")


class ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    """One thread per connection; threads never keep the process alive."""

    daemon_threads = True
    allow_reuse_address = True


class _RequestHandler(WSGIRequestHandler):
    """Answers one request per connection; closes without an answer when asked to."""

    def handle(self) -> None:
        self.raw_requestline = self.rfile.readline(65537)
        if len(self.raw_requestline) > 65536:
            self.send_error(414)
            return
        if not self.parse_request():
            return
        seen: dict[str, Any] = {}
        app = self.server.get_app()  # type: ignore[attr-defined]

        def remembering_app(environ: dict[str, Any], start_response: Any) -> Any:
            # run() hands the app a copy of the environ and drops it afterwards.
            seen["environ"] = environ
            return app(environ, start_response)

        buffer = io.BytesIO()
        handler = ServerHandler(
            self.rfile, buffer, self.get_stderr(), self.get_environ(), multithread=True
        )
        handler.request_handler = self  # type: ignore[attr-defined]
        handler.run(remembering_app)
        if seen.get("environ", {}).get(DROP_CONNECTION):
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)
            return
        self.wfile.write(buffer.getvalue())

    def log_message(self, format: str, *args: Any) -> None:
        logger.debug("%s - %s", self.address_string(), format % args)


def make_server(app: Any, port: int) -> ThreadingWSGIServer:
    """Bind ``app`` to ``127.0.0.1:port`` (0 picks a free port)."""
    server = ThreadingWSGIServer(("127.0.0.1", port), _RequestHandler)
    server.set_app(app)
    return server
