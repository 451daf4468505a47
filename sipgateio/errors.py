"""Exceptions raised by sipgateio.

``SipgateIOError`` is the root of everything this library raises on purpose.
``ValidationError`` is raised before any request is made; the ``API*`` errors
describe what happened on the wire. No message, ``repr`` or attribute of these
errors contains credentials.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "FaxStatusTimeoutError",
    "InsufficientFundsError",
    "NotFoundError",
    "OutcomeUnknownError",
    "PartialFailureError",
    "PermissionDeniedError",
    "RateLimitError",
    "ServerError",
    "SipgateIOError",
    "ValidationError",
]


class SipgateIOError(Exception):
    """Base class of every error sipgateio raises on purpose."""

    def __reduce__(self) -> Any:
        # Pickle the message and the attributes, without calling ``__init__`` again, whose
        # keyword-only arguments a plain exception's pickle would not pass.
        return (_restore, (type(self), self.args), self.__dict__)


def _restore(cls: type[SipgateIOError], args: tuple[Any, ...]) -> SipgateIOError:
    """Rebuild a pickled error; ``__dict__`` is restored by pickle afterwards."""
    error = cls.__new__(cls)
    error.args = args
    return error


class ValidationError(SipgateIOError, ValueError):
    """Input was rejected before any request was made.

    ``argument`` names the offending argument and ``value`` holds what was given (``None``
    for credentials: a value given for ``token_id`` or ``token`` is never kept or shown).
    """

    def __init__(self, message: str, *, argument: str | None = None, value: Any = None) -> None:
        super().__init__(message)
        self.argument = argument
        self.value = value


class FaxStatusTimeoutError(SipgateIOError, TimeoutError):
    """``fax.wait_for_final_status`` gave up before the fax was sent or had failed.

    ``last_status`` is the ``FaxStatus`` seen last; the fax may still go out later.
    """

    def __init__(self, session_id: str, last_status: Any, timeout: float) -> None:
        status = getattr(last_status, "value", last_status)
        super().__init__(
            f"fax {session_id} was still {status} after {timeout:g} s; it may "
            "still be sent: check again with fax.get_fax_status() or wait longer"
        )
        self.session_id = session_id
        self.last_status = last_status
        self.timeout = timeout


class PartialFailureError(SipgateIOError):
    """Some items of a bulk operation failed; every item was still tried.

    ``failures`` maps the id of each failed item to its error and ``succeeded`` counts the
    items that went through. The first error is chained as ``__cause__``.
    """

    def __init__(
        self, message: str, *, failures: Mapping[str, BaseException], succeeded: int
    ) -> None:
        super().__init__(message)
        self.failures = dict(failures)
        self.succeeded = succeeded


class APIError(SipgateIOError):
    """An error that concerns one request to the sipgate API."""

    def __init__(self, message: str, *, method: str | None = None, path: str | None = None) -> None:
        super().__init__(message)
        self.method = method
        self.path = path


class APIConnectionError(APIError):
    """The request got no HTTP answer (DNS, refused connection, reset, ...)."""


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class OutcomeUnknownError(APIConnectionError):
    """A write that has side effects may have reached sipgate but got no answer.

    The request was not retried, because sipgate may have acted on it already
    (an SMS may have been sent, a fax queued, a call started). Check the
    history before sending again.
    """


class APIStatusError(APIError):
    """sipgate answered with an HTTP error status.

    ``response`` is the answer; its ``request`` is a copy of the request sent, with the
    ``Authorization`` header redacted.
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: Any = None,
    ) -> None:
        request = response.request
        super().__init__(message, method=request.method, path=request.url.path)
        response.request = _redacted(request)
        self.response = response
        self.status_code = response.status_code
        self.body = body


class BadRequestError(APIStatusError):
    """400: sipgate rejected the request as malformed or invalid."""


class AuthenticationError(APIStatusError):
    """401: the credentials were not accepted."""


class InsufficientFundsError(APIStatusError):
    """402: the account balance does not cover the SMS, fax or call."""


class PermissionDeniedError(APIStatusError):
    """403: the credentials lack the scope, or the extension/feature is not available."""


class NotFoundError(APIStatusError):
    """404: the addressed resource (call, history entry, contact, ...) does not exist."""


class ConflictError(APIStatusError):
    """409: the request clashes with what is stored (the number is blocked already, the
    quick dial number is taken, ...)."""


class RateLimitError(APIStatusError):
    """429: too many requests."""


class ServerError(APIStatusError):
    """5xx: sipgate failed to handle the request."""


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: InsufficientFundsError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    429: RateLimitError,
}


_SECRET_HEADERS = ("authorization", "proxy-authorization")
_REDACTED = "[redacted]"


def _redacted(request: httpx.Request) -> httpx.Request:
    """A copy of ``request`` without credentials: redacted auth headers, no URL user info."""
    import httpx

    headers = request.headers.copy()
    for name in _SECRET_HEADERS:
        if name in headers:
            headers[name] = _REDACTED
    url = request.url
    if url.userinfo:
        url = url.copy_with(username=None, password=None)
    try:
        content: bytes | None = request.content
    except httpx.RequestNotRead:  # a streamed upload: its bytes are gone
        content = None
    return httpx.Request(request.method, url, headers=headers, content=content)


def error_class_for_status(status_code: int) -> type[APIStatusError]:
    """Return the ``APIStatusError`` subclass that stands for ``status_code``."""
    if status_code in _STATUS_CLASSES:
        return _STATUS_CLASSES[status_code]
    if status_code >= 500:
        return ServerError
    return APIStatusError


def decode_error_body(content: bytes) -> Any:
    """Decode an error body: JSON when it parses, else text (``None`` when empty)."""
    if not content:
        return None
    try:
        return json.loads(content)
    except ValueError:
        return content.decode("utf-8", "replace")
