"""sipgateio's asyncio transport with h11 in place of llhttp: the parser benchmark's rival.

``bench/parser_bench.py`` runs the SMS path over ``sipgateio/_asyncio_transport.py`` as
shipped (llhttp through httptools) and over this variant, which keeps the same pool,
timeouts and errors and hands every byte to an ``h11.Connection`` instead, the way
httpcore does: h11 writes the request and parses the answer.
"""

from __future__ import annotations

import asyncio

import h11
import httpx

from sipgateio import _http11
from sipgateio._asyncio_transport import AsyncioTransport, _Connection, _Origin

__all__ = ["H11Transport"]


class H11Transport(AsyncioTransport):
    """``AsyncioTransport`` whose connections parse with h11."""

    def __init__(self) -> None:
        super().__init__()
        self._connection_type = _H11Connection


class _H11Connection(_Connection):
    def __init__(self, loop: asyncio.AbstractEventLoop, origin: _Origin) -> None:
        super().__init__(loop, origin)
        self.h11 = h11.Connection(h11.CLIENT)

    async def send(self, request: httpx.Request, write_timeout: float | None) -> None:
        self._expect_answer(request, _http11.request_head(request))
        connection = self.h11
        if connection.our_state is h11.DONE and connection.their_state is h11.DONE:
            connection.start_next_cycle()
        try:
            data = connection.send(
                h11.Request(
                    method=request.method,
                    target=request.url.raw_path,
                    headers=request.headers.raw,
                )
            )
            body = request.content
            if body:
                data += connection.send(h11.Data(data=body))
            data += connection.send(h11.EndOfMessage())
        except h11.LocalProtocolError as error:
            raise httpx.LocalProtocolError(str(error)) from error
        await self._write(data, write_timeout)

    def data_received(self, data: bytes) -> None:
        if not self.awaiting_answer:
            self.keep_alive = False
            self.close()
            return
        self.h11.receive_data(data)
        self._next_events()

    def eof_received(self) -> bool:
        self.eof = True
        if self.awaiting_answer:
            self.h11.receive_data(b"")
            self._next_events()
        self._wake()
        return False

    def _next_events(self) -> None:
        try:
            while True:
                event = self.h11.next_event()
                if event is h11.NEED_DATA or event is h11.PAUSED:
                    break
                if isinstance(event, h11.Response):
                    self.status = event.status_code
                    self.reason = event.reason
                    self.http_version = b"HTTP/" + event.http_version
                    self.headers = list(event.headers.raw_items())
                    self.head_done = True
                elif isinstance(event, h11.Data):
                    self.body.append(bytes(event.data))
                    self.buffered += len(event.data)
                elif isinstance(event, h11.EndOfMessage):
                    self.complete = True
                    self.awaiting_answer = False
                    self.keep_alive = self.keep_alive and self.h11.their_state is h11.DONE
                    break
                elif isinstance(event, h11.ConnectionClosed):
                    break
        except h11.RemoteProtocolError as error:
            self._fail(f"an invalid answer ({error})")
        if self.error is not None or self.buffered > 256 * 1024:
            self._pause_reading()
        self._wake()
