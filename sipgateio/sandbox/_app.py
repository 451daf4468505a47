"""The Falcon (WSGI) app of the sandbox.

Every request under ``/v2`` goes through the same steps, in sipgate's order: injected
faults, credentials (401, except for operations whose description says ``security: []``),
the operation for method and path (404/405), parameters and body checked against the API
description (415/400), then the operation's handler (which answers 404 for unknown ids).
Outside ``/v2`` the app serves the files the API points to: fax documents, recordings and
WAV announcements.
"""

from __future__ import annotations

import base64
import binascii
import collections
import hmac
import json
import threading
import time
from collections.abc import Callable
from typing import Any, Final
from urllib.parse import parse_qs

import attrs
import falcon

from sipgateio.sandbox import _areas  # noqa: F401  (registers the other areas' handlers)
from sipgateio.sandbox._account import Account
from sipgateio.sandbox._api import HANDLERS, Reply, Request
from sipgateio.sandbox._audio import wav_tone
from sipgateio.sandbox._calls import CallEngine
from sipgateio.sandbox._errors import ApiError, bad_request
from sipgateio.sandbox._faults import Faults
from sipgateio.sandbox._login import LoginServer, add_login_routes
from sipgateio.sandbox._openapi import ApiDescription, Operation, Problem

DROP_CONNECTION: Final = "sipgateio.sandbox.drop_connection"
_MAX_BODY: Final = 40_000_000


@attrs.frozen
class LoggedRequest:
    """One API request the sandbox received, and how it was answered."""

    method: str
    path: str
    status: int
    fault: str | None = None


@attrs.define
class Runtime:
    """What the app needs from its sandbox."""

    account: Account
    calls: CallEngine
    description: ApiDescription
    faults: Faults
    token_id: str
    token: str
    base_url: Callable[[], str]
    public_key_pem: Callable[[], str]
    check_responses: bool = False
    login: LoginServer = attrs.field(factory=LoginServer)
    log: collections.deque[LoggedRequest] = attrs.field(
        factory=lambda: collections.deque(maxlen=10_000)
    )
    log_lock: threading.Lock = attrs.field(factory=threading.Lock)


def create_app(runtime: Runtime) -> falcon.App[falcon.Request, falcon.Response]:
    """The WSGI app serving ``runtime``'s account."""
    app = falcon.App(media_type=falcon.MEDIA_JSON)
    app.req_options.strip_url_path_trailing_slash = True
    api = _Api(runtime)
    app.add_sink(api.handle, prefix=r"^/v2(?=/|$)")
    app.add_route("/", _Index(runtime))
    add_login_routes(app, runtime.login, runtime.description)
    app.add_route("/public-key.pem", _PublicKey(runtime))
    app.add_route("/audio/{name}", _Audio())
    app.add_route("/files/faxes/{name}", _FaxDocument(runtime.account))
    app.add_route("/files/{name}", _Audio())
    app.add_error_handler(ApiError, _render_api_error)
    app.add_error_handler(falcon.HTTPError, _render_http_error)
    return app


def _render_api_error(req: falcon.Request, resp: falcon.Response, error: ApiError, _: Any) -> None:
    resp.status = error.status
    for name, value in error.headers.items():
        resp.set_header(name, value)
    body = error.body()
    if body is None:
        resp.data = b""
    else:
        resp.content_type = falcon.MEDIA_JSON
        resp.text = json.dumps(body)


def _render_http_error(
    req: falcon.Request, resp: falcon.Response, error: falcon.HTTPError, _: Any
) -> None:
    # Keep falcon's headers: the ``Allow`` of a 405, above all.
    headers = dict(error.headers or {})
    _render_api_error(
        req, resp, ApiError(error.status_code, error.description or "", headers=headers), None
    )


class _Api:
    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime

    def handle(self, req: falcon.Request, resp: falcon.Response, **_: Any) -> None:
        path = req.path.removeprefix("/v2") or "/"
        fault_name: str | None = None
        try:
            fault_name = self._inject_faults(req, path)
            reply = self._serve(req, path)
            self._render(resp, reply)
        except ApiError as error:
            _render_api_error(req, resp, error, None)
        finally:
            status = resp.status_code if resp.status_code else 200
            with self.runtime.log_lock:
                self.runtime.log.append(LoggedRequest(req.method, path, status, fault_name))

    def _inject_faults(self, req: falcon.Request, path: str) -> str | None:
        faults = self.runtime.faults
        delay = faults.delay()
        if delay > 0:
            time.sleep(delay)
        fault = faults.draw(req.method, path)
        if fault is None:
            return None
        if fault.drop:
            req.env[DROP_CONNECTION] = True
            return "dropped"
        status = fault.status or 503
        headers = {}
        if status == 429 or status >= 500:
            retry_after = fault.retry_after if fault.retry_after is not None else faults.retry_after
            headers["Retry-After"] = _seconds(retry_after)
        raise ApiError(status, "injected fault", headers=headers)

    def _serve(self, req: falcon.Request, path: str) -> Reply:
        runtime = self.runtime
        operation, path_params, path_known = runtime.description.match(req.method, path)
        user_id = self._authenticate(req, open_=operation is not None and _is_open(operation))
        if operation is None:
            if path_known:
                allowed = ", ".join(runtime.description.methods_for(path))
                raise ApiError(
                    405, f"{req.method} is not allowed on {path}", headers={"Allow": allowed}
                )
            raise ApiError(404, f"no such resource: {path}")
        converted_path, problems = operation.check_parameters(
            "path", {name: [value] for name, value in path_params.items()}
        )
        query, query_problems = operation.check_parameters(
            "query", parse_qs(req.query_string, keep_blank_values=True)
        )
        _raise_first(problems + query_problems)
        body = self._body(req, operation.request_schema, operation.request_required)
        handler = HANDLERS[operation.operation_id]
        request = Request(
            account=runtime.account,
            calls=runtime.calls,
            user_id=user_id,
            path=converted_path,
            query=query,
            body=body,
            base_url=runtime.base_url(),
            accept=req.get_header("Accept") or "*/*",
        )
        with runtime.account.lock:
            reply = handler(request)
            if reply.media is not None:
                reply = attrs.evolve(reply, media=runtime.account.snapshot(reply.media))
        if runtime.check_responses:
            self._check_reply(operation, reply)
        return reply

    def _authenticate(self, req: falcon.Request, *, open_: bool = False) -> str:
        """The web user the credentials belong to; ``""`` for none on an open operation."""
        header = req.get_header("Authorization") or ""
        scheme, _, credentials = header.partition(" ")
        runtime = self.runtime
        if scheme.lower() == "basic":
            try:
                decoded = base64.b64decode(credentials, validate=True).decode("utf-8")
            except (binascii.Error, ValueError):
                decoded = ""
            token_id, _, token = decoded.partition(":")
            if hmac.compare_digest(token_id, runtime.token_id) and hmac.compare_digest(
                token, runtime.token
            ):
                return "w0"
        elif scheme.lower() == "bearer":
            if hmac.compare_digest(credentials, runtime.token):
                return "w0"
            user_id = runtime.login.user_for(credentials)  # 401 for an expired one
            if user_id is not None:
                return user_id
        if open_:
            return ""
        raise ApiError(401, headers={"WWW-Authenticate": 'Basic realm="sipgate sandbox"'})

    def _body(self, req: falcon.Request, schema: Any, required: bool) -> Any:
        raw = req.bounded_stream.read(_MAX_BODY + 1) if req.content_length else b""
        if schema is None:
            return None
        if len(raw) > _MAX_BODY:
            raise ApiError(413, "the body is too large")
        if not raw:
            if required:
                raise bad_request("the request needs a JSON body")
            return None
        if not (req.content_type or "").lower().startswith("application/json"):
            raise ApiError(415, "send the body as application/json")
        try:
            body = json.loads(raw)
        except ValueError:
            raise bad_request("the body is not valid JSON") from None
        _raise_first(self.runtime.description.validate(schema, body))
        return body

    def _render(self, resp: falcon.Response, reply: Reply) -> None:
        resp.status = reply.status
        if reply.text is not None:
            resp.content_type = reply.content_type
            resp.text = reply.text
        elif reply.media is not None:
            resp.content_type = falcon.MEDIA_JSON
            resp.text = json.dumps(reply.media)
        else:
            resp.data = b""

    def _check_reply(self, operation: Any, reply: Reply) -> None:
        if not operation.declares_status(reply.status):
            raise RuntimeError(f"{operation.operation_id} answered undeclared {reply.status}")
        declared = operation.response_media_types(reply.status)
        if reply.status == 204 or not declared:
            if reply.media is not None or reply.text:
                raise RuntimeError(f"{operation.operation_id} answered a body it does not declare")
            return
        content_type = reply.content_type.split(";")[0]
        if content_type not in declared:
            raise RuntimeError(f"{operation.operation_id} answered undeclared {content_type}")
        schema = operation.response_schema(reply.status, content_type)
        if schema is not None:
            value = reply.text if reply.text is not None else reply.media
            problems = self.runtime.description.validate(schema, value)
            if problems:
                raise RuntimeError(
                    f"{operation.operation_id} answer breaks the description: {problems[0]}"
                )


def _is_open(operation: Operation) -> bool:
    """Whether the description lets ``operation`` be called without credentials.

    That is when its ``security`` (or the document's) is empty or offers ``{}``, as for
    requesting a password reset, which whoever cannot log in needs.
    """
    document = operation.description.document
    spec = document["paths"][operation.template][operation.method.lower()]
    security = spec.get("security", document.get("security"))
    return security is not None and (not security or {} in security)


def _raise_first(problems: list[Problem]) -> None:
    if problems:
        first = problems[0]
        raise bad_request(str(first), first.pointer or None)


def _seconds(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.3f}"


class _Index:
    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime

    def on_get(self, req: falcon.Request, resp: falcon.Response) -> None:
        resp.media = {
            "name": "sipgateio sandbox",
            "baseUrl": self.runtime.base_url(),
            "operations": sorted(op.operation_id for op in self.runtime.description.operations),
        }


class _PublicKey:
    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime

    def on_get(self, req: falcon.Request, resp: falcon.Response) -> None:
        resp.content_type = "application/x-pem-file"
        resp.text = self.runtime.public_key_pem()


class _Audio:
    def on_get(self, req: falcon.Request, resp: falcon.Response, name: str) -> None:
        if not name.endswith(".wav"):
            raise falcon.HTTPNotFound()
        resp.content_type = "audio/wav"
        resp.data = wav_tone()


class _FaxDocument:
    def __init__(self, account: Account) -> None:
        self.account = account

    def on_get(self, req: falcon.Request, resp: falcon.Response, name: str) -> None:
        entry_id = name.removesuffix(".pdf").removesuffix("-report")
        with self.account.lock:
            stored = self.account.fax_documents.get(entry_id)
        if stored is None or not name.endswith(".pdf"):
            raise falcon.HTTPNotFound()
        filename, document = stored
        resp.content_type = "application/pdf"
        resp.set_header("Content-Disposition", f'inline; filename="{filename}"')
        resp.data = document
