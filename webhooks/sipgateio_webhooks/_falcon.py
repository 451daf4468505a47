"""Falcon glue: one WSGI and one ASGI resource round the same ``Webhooks`` pipeline."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

from sipgateio_webhooks._core import Reply

if TYPE_CHECKING:
    import falcon
    import falcon.asgi

    from sipgateio_webhooks._core import Webhooks
    from sipgateio_webhooks._follow_up import CallFollowUp

__all__ = ["WebhookResource", "make_asgi_app", "make_wsgi_app"]

_LENGTH_REQUIRED = Reply.text(
    411, "send a Content-Length: this WSGI server does not decode chunked bodies"
)
_HEADERS = ("content-type", "content-length", "x-sipgate-signature", "x-forwarded-for", "host")


def _headers(req: falcon.Request | falcon.asgi.Request) -> dict[str, str]:
    headers = {}
    for name in _HEADERS:
        value = req.get_header(name)
        if value is not None:
            headers[name] = value
    return headers


def _write(reply: Reply, resp: falcon.Response | falcon.asgi.Response) -> None:
    resp.status = reply.status
    resp.content_type = reply.content_type
    resp.data = reply.body


def _read_body(req: falcon.Request, limit: int) -> bytes | None:
    """Up to ``limit`` bytes of the body, or ``None`` for a chunked body the WSGI server
    does not decode for us (it would read as empty and fail the signature check)."""
    if req.content_length is not None:
        return req.bounded_stream.read(limit)
    if req.get_header("transfer-encoding") is None:
        return b""
    if not req.env.get("wsgi.input_terminated"):  # gunicorn sets it; wsgiref does not
        return None
    chunks = []
    size = 0
    while size < limit:
        chunk = req.stream.read(limit - size)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


class _BodyThenFollowUps(io.BytesIO):
    """The reply body; WSGI servers close it once it is sent, which starts the follow-ups."""

    def __init__(self, body: bytes, follow_ups: tuple[CallFollowUp, ...]) -> None:
        super().__init__(body)
        self._follow_ups = follow_ups

    def close(self) -> None:
        if not self.closed:
            for follow_up in self._follow_ups:
                follow_up.start()
        super().close()


class WebhookResource:
    """WSGI resource: mount it with ``app.add_route(path, WebhookResource(webhooks))``."""

    def __init__(self, webhooks: Webhooks) -> None:
        self.webhooks = webhooks

    def on_post(self, req: falcon.Request, resp: falcon.Response, **_: Any) -> None:
        """Answer one push."""
        headers = _headers(req)
        reply = self.webhooks.precheck(headers, req.remote_addr)
        if reply is None:
            body = _read_body(req, self.webhooks.max_body_size + 1)
            if body is None:
                reply = _LENGTH_REQUIRED
            else:
                reply = self.webhooks._handle(body, headers, req.remote_addr, req.relative_uri)
        _write(reply, resp)
        if reply.follow_ups:
            resp.data = None
            resp.stream = _BodyThenFollowUps(reply.body, reply.follow_ups)
            resp.content_length = len(reply.body)


class AsyncWebhookResource:
    """ASGI resource: mount it with ``app.add_route(path, AsyncWebhookResource(webhooks))``."""

    def __init__(self, webhooks: Webhooks) -> None:
        self.webhooks = webhooks

    async def on_post(self, req: falcon.asgi.Request, resp: falcon.asgi.Response, **_: Any) -> None:
        """Answer one push."""
        headers = _headers(req)
        reply = self.webhooks.precheck(headers, req.remote_addr)
        if reply is None:
            body = await req.stream.read(self.webhooks.max_body_size + 1)
            reply = await self.webhooks._handle_async(
                body, headers, req.remote_addr, req.relative_uri
            )
        _write(reply, resp)
        for follow_up in reply.follow_ups:
            resp.schedule(follow_up.run)


def make_wsgi_app(webhooks: Webhooks) -> falcon.App[falcon.Request, falcon.Response]:
    """A WSGI app that answers POSTs to any path."""
    import falcon  # imported here, so `import sipgateio_webhooks` stays cheap

    app = falcon.App()
    _route_everything(app, WebhookResource(webhooks))
    return app


def make_asgi_app(webhooks: Webhooks) -> falcon.asgi.App[falcon.asgi.Request, falcon.asgi.Response]:
    """An ASGI app that answers POSTs to any path."""
    import falcon.asgi

    app = falcon.asgi.App()
    _route_everything(app, AsyncWebhookResource(webhooks))
    return app


def _route_everything(app: falcon.App[Any, Any], resource: object) -> None:
    # sipgate posts to whatever path the account names; the path is not ours to choose.
    app.add_route("/", resource)
    app.add_route("/{path:path}", resource)
