"""The retry and error policy, without I/O.

The transports in ``_async/_transport.py`` (and its generated sync twin) ask these
functions what to do; they only perform the waiting and the sending.

* Reads (GET/HEAD/OPTIONS), PUT and DELETE of one resource are retried on
  connection errors, timeouts, 408, 429 and 5xx, with jittered exponential backoff
  that honours ``Retry-After`` (capped).
* Everything else (``POST /sessions/*`` for SMS, fax and calls, bulk deletes, ...) is
  retried only when the request provably never left this machine (no connection
  could be made); when the outcome is unknown, ``OutcomeUnknownError`` says so.

The policy reads the time (for ``Retry-After`` dates) through ``_clock`` and draws its jitter
through ``_jitter``; with those pinned, and the transports' ``_io.sleep`` recording instead
of waiting, a test sees the exact delay every retry asks for (``tests/test_http_policy.py``).
"""

from __future__ import annotations

import email.utils
import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC
from typing import Final

import httpx

from sipgateio.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    OutcomeUnknownError,
    decode_error_body,
    error_class_for_status,
)

logger = logging.getLogger("sipgateio")

_SAFE_METHODS: Final = frozenset({"GET", "HEAD", "OPTIONS", "PUT"})
_RETRY_STATUSES: Final = frozenset({408, 429})
# A request extension set by an auth that renews its credentials on a 401 and sends the
# request again: the transport then hands the 401 answer back instead of raising for it.
AUTH_RETRIES_401: Final = "sipgateio.auth_retries_401"
# Errors raised before a single byte of the request was sent.
_NOT_SENT_ERRORS: Final = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)

# The wall clock (seconds since the epoch) and the jitter draw (in [0, 1)); see the docstring.
_clock: Callable[[], float] = time.time
_jitter: Callable[[], float] = random.random


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how long to retry."""

    max_retries: int = 2
    backoff_base: float = 0.5
    backoff_max: float = 8.0
    retry_after_max: float = 60.0
    base_path: str = ""

    def is_idempotent(self, request: httpx.Request) -> bool:
        """Whether sending ``request`` twice has the same effect as sending it once."""
        method = request.method
        if method in _SAFE_METHODS:
            return True
        if method == "DELETE":
            # One addressed resource (``/contacts/{id}``), not a collection or id list.
            path = request.url.path.removeprefix(self.base_path).strip("/")
            return not request.url.query and path.count("/") >= 1
        return False

    def backoff(self, attempt: int, retry_after: str | None = None) -> float:
        """Seconds to wait before retry number ``attempt + 1``.

        ``Retry-After`` (seconds or an HTTP date) wins, up to ``retry_after_max``; without
        it, the wait doubles per attempt up to ``backoff_max``, jittered over its upper half.
        """
        hinted = parse_retry_after(retry_after)
        if hinted is not None:
            return min(hinted, self.retry_after_max)
        ceiling: float = min(self.backoff_max, self.backoff_base * 2.0**attempt)
        return ceiling / 2 + ceiling / 2 * _jitter()

    def retry_response(self, request: httpx.Request, status_code: int, attempt: int) -> bool:
        """Whether an answer with ``status_code`` should be retried."""
        if attempt >= self.max_retries or not self.is_idempotent(request):
            return False
        return status_code in _RETRY_STATUSES or (status_code >= 500 and status_code != 501)

    def retry_error(self, request: httpx.Request, error: httpx.RequestError, attempt: int) -> bool:
        """Whether a transport error (or a body that cannot be decoded) should be retried."""
        if attempt >= self.max_retries:
            return False
        return isinstance(error, _NOT_SENT_ERRORS) or self.is_idempotent(request)

    def translate_error(
        self,
        request: httpx.Request,
        error: httpx.RequestError,
        *,
        status_code: int | None = None,
    ) -> APIConnectionError:
        """The sipgateio error that stands for a transport error that is not retried.

        ``status_code`` is the status of an answer whose head arrived but whose body then
        broke off or stalled.
        """
        method, path = request.method, request.url.path
        what = _describe(error, status_code)
        if not isinstance(error, _NOT_SENT_ERRORS) and not self.is_idempotent(request):
            return OutcomeUnknownError(
                f"{method} {path}: {what}; the request may have been carried out (e.g. the "
                "message may have been sent), so it was not retried. Check the history before "
                "sending again.",
                method=method,
                path=path,
            )
        if isinstance(error, httpx.TimeoutException):
            return APITimeoutError(f"{method} {path}: {what}", method=method, path=path)
        return APIConnectionError(f"{method} {path}: {what}", method=method, path=path)


def _describe(error: httpx.RequestError, status_code: int | None) -> str:
    """What went wrong, for an error message: the stage, the httpx error and its text."""
    detail = " ".join(str(error).split())[:200]
    cause = f"{type(error).__name__}: {detail}" if detail else type(error).__name__
    if status_code is not None:
        if isinstance(error, httpx.TimeoutException):
            return f"timed out reading the body of the answer ({status_code}) ({cause})"
        if isinstance(error, httpx.DecodingError):
            return f"could not decode the body of the answer ({status_code}) ({cause})"
        return f"lost the body of the answer ({status_code}) ({cause})"
    if isinstance(error, _NOT_SENT_ERRORS):
        return f"could not reach sipgate ({cause})"
    if isinstance(error, httpx.TimeoutException):
        return f"timed out ({cause})"
    return f"no answer from sipgate ({cause})"


def status_error(response: httpx.Response) -> APIStatusError:
    """Build the ``APIStatusError`` subclass for an error answer (its body must be read)."""
    request = response.request
    body = decode_error_body(response.content)
    detail = _detail(body)
    message = f"{request.method} {request.url.path} returned {response.status_code}"
    if response.reason_phrase:
        message += f" {response.reason_phrase}"
    if detail:
        message += f": {detail}"
    return error_class_for_status(response.status_code)(message, response=response, body=body)


def _detail(body: object) -> str:
    if isinstance(body, dict):
        for key in ("message", "detail", "title", "error"):
            if isinstance(body.get(key), str):
                return str(body[key])[:200]
        errors = body.get("errors")
        if isinstance(errors, list) and errors and isinstance(errors[0], dict):
            return _detail(errors[0])
    if isinstance(body, str):
        return body.strip()[:200]
    return ""


def parse_retry_after(value: str | None) -> float | None:
    """Seconds from a ``Retry-After`` header (delta seconds or HTTP date), else ``None``."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:  # "-0000": HTTP dates are in GMT all the same
        when = when.replace(tzinfo=UTC)
    return max(0.0, when.timestamp() - _clock())


def log_retry(request: httpx.Request, reason: str, delay: float, attempt: int) -> None:
    """Log one retry (method and path only: no headers, no bodies, no query values)."""
    logger.info(
        "retrying %s %s after %s in %.2fs (retry %d)",
        request.method,
        request.url.path,
        reason,
        delay,
        attempt + 1,
    )


def log_response(request: httpx.Request, status_code: int, started: float) -> None:
    """Log the final answer to a request at DEBUG level."""
    if logger.isEnabledFor(logging.DEBUG):
        elapsed_ms = (time.perf_counter() - started) * 1000
        logger.debug(
            "%s %s -> %d (%.1f ms)", request.method, request.url.path, status_code, elapsed_ms
        )
