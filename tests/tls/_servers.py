"""Servers for the HTTPS tests, on 127.0.0.1: a recording server behind TLS, a CONNECT proxy.

Both count what a user cannot see but would pay for: the TCP connections the server
accepted (one per client, when connections are reused) and the tunnels the proxy opened.
"""

from __future__ import annotations

import contextlib
import socket
import ssl
import threading
import time
from http.server import ThreadingHTTPServer
from typing import Any

import trustme

from tests._server import RecordingServer

_TIMEOUT = 5.0  # seconds any socket of these servers waits


class _TLSHTTPServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, handler: Any, context: ssl.SSLContext) -> None:
        super().__init__(("127.0.0.1", 0), handler)
        self.context = context
        self.accepted = 0
        self.handshake_errors: list[str] = []
        self._lock = threading.Lock()

    def get_request(self) -> tuple[socket.socket, Any]:
        sock, address = super().get_request()
        with self._lock:
            self.accepted += 1
        sock.settimeout(_TIMEOUT)
        # The handshake happens in the connection's own thread (finish_request).
        tls = self.context.wrap_socket(sock, server_side=True, do_handshake_on_connect=False)
        return tls, address

    def finish_request(self, request: Any, client_address: Any) -> None:
        try:
            request.do_handshake()
        except (ssl.SSLError, OSError) as error:
            with self._lock:
                self.handshake_errors.append(str(error))
            return
        request.settimeout(None)
        super().finish_request(request, client_address)

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that goes away mid-request is part of several tests


class TLSRecordingServer(RecordingServer):
    """The recording server of ``tests/_server.py``, speaking HTTPS with ``cert``."""

    def __init__(self, cert: trustme.LeafCert) -> None:
        super().__init__()
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        cert.configure_cert(context)
        handler = self._httpd.RequestHandlerClass
        self._httpd.server_close()
        self._httpd = self._tls = _TLSHTTPServer(handler, context)
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def base_url(self) -> str:
        return f"https://127.0.0.1:{self.port}{self.prefix}"

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    @property
    def accepted(self) -> int:
        """TCP connections accepted so far."""
        return self._tls.accepted

    @property
    def handshake_errors(self) -> list[str]:
        """Why each failed TLS handshake failed, as the server saw it."""
        return list(self._tls.handshake_errors)

    def wait_for_a_failed_handshake(self) -> list[str]:
        """``handshake_errors``, once there is one (the server may see it after the client)."""
        deadline = time.monotonic() + _TIMEOUT
        while not self._tls.handshake_errors and time.monotonic() < deadline:
            time.sleep(0.01)
        return self.handshake_errors


class ConnectProxy:
    """An HTTP proxy on 127.0.0.1 that only tunnels (``CONNECT host:port``), and counts it."""

    def __init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self._listener.getsockname()[1])
        self.tunnels: list[str] = []  # the ``host:port`` of each tunnel opened
        self.refused: list[bytes] = []  # request lines of requests it did not tunnel
        self._sockets: set[socket.socket] = set()
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)
        self._listener.close()
        with self._lock:
            for sock in self._sockets:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()
        self._thread.join(_TIMEOUT)

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return  # stopped
            self._track(client)
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _track(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.add(sock)

    def _serve(self, client: socket.socket) -> None:
        client.settimeout(_TIMEOUT)
        head = b""
        with contextlib.suppress(OSError):
            while b"\r\n\r\n" not in head and len(head) < 65536:
                data = client.recv(4096)
                if not data:
                    break
                head += data
        request_line = head.split(b"\r\n", 1)[0]
        method, _, rest = request_line.partition(b" ")
        target = rest.partition(b" ")[0].decode("latin-1")
        if method != b"CONNECT" or b"\r\n\r\n" not in head:
            self.refused.append(request_line)
            with contextlib.suppress(OSError):
                client.sendall(b"HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n")
            client.close()
            return
        host, _, port = target.rpartition(":")
        try:
            upstream = socket.create_connection((host.strip("[]"), int(port)), timeout=_TIMEOUT)
        except (OSError, ValueError):
            with contextlib.suppress(OSError):
                client.sendall(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n")
            client.close()
            return
        self._track(upstream)
        with self._lock:
            self.tunnels.append(target)
        client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
        early = head.partition(b"\r\n\r\n")[2]  # sent before the tunnel was confirmed
        if early:
            upstream.sendall(early)
        client.settimeout(None)
        upstream.settimeout(None)
        back = threading.Thread(target=_pump, args=(upstream, client), daemon=True)
        back.start()
        _pump(client, upstream)
        back.join(_TIMEOUT)
        client.close()
        upstream.close()


def _pump(source: socket.socket, target: socket.socket) -> None:
    """Copy bytes from ``source`` to ``target`` until ``source`` ends."""
    with contextlib.suppress(OSError):
        while data := source.recv(65536):
            target.sendall(data)
    with contextlib.suppress(OSError):
        target.shutdown(socket.SHUT_WR)
