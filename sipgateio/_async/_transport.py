"""The transport that applies sipgateio's retry and error policy to every request.

It wraps the real transport of the ``httpx`` client, so raw generated calls made
through ``client.api`` get exactly the same behaviour as the facade. It reads (and
decodes) each answer's body before handing the answer on: a body that breaks off,
stalls or cannot be decoded then fails here, inside the retry loop, like a connection
that breaks before the answer. sipgate's answers are small JSON documents or CSV
pages, so nothing is lost by not streaming them.
"""

from __future__ import annotations

import time
from datetime import timedelta

import httpx

from sipgateio._async import _io
from sipgateio._policy import AUTH_RETRIES_401, RetryPolicy, log_response, log_retry, status_error


class AsyncPolicyTransport(httpx.AsyncBaseTransport):
    """Retry what is safe to retry, and turn error answers into ``APIStatusError``s."""

    def __init__(self, inner: httpx.AsyncBaseTransport, policy: RetryPolicy) -> None:
        self._inner = inner
        self.policy = policy

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request``, retrying per the policy; raise for error answers."""
        started = time.perf_counter()
        attempt = 0
        while True:
            response, error = await self._attempt(request)
            if error is not None:
                # Raised outside the ``except`` that caught it, so the httpx error (which
                # holds the request and its Authorization header) is not chained to it.
                if not self.policy.retry_error(request, error, attempt):
                    raise self.policy.translate_error(
                        request,
                        error,
                        status_code=None if response is None else response.status_code,
                    )
                delay = self.policy.backoff(attempt)
                log_retry(request, type(error).__name__, delay, attempt)
                await _io.sleep(delay)
                attempt += 1
                continue
            assert response is not None
            status_code = response.status_code
            if self.policy.retry_response(request, status_code, attempt):
                delay = self.policy.backoff(attempt, response.headers.get("Retry-After"))
                log_retry(request, f"HTTP {status_code}", delay, attempt)
                await _io.sleep(delay)
                attempt += 1
                continue
            log_response(request, status_code, started)
            if status_code == 401 and request.extensions.get(AUTH_RETRIES_401):
                return response
            if status_code >= 400:
                response.request = request
                raise status_error(response)
            return response

    async def _attempt(
        self, request: httpx.Request
    ) -> tuple[httpx.Response | None, httpx.RequestError | None]:
        """Send ``request`` once and read the whole answer: the answer, or what went wrong.

        When the head arrived but the body then failed, both are returned (the answer closed).
        """
        started = time.perf_counter()
        response: httpx.Response | None = None
        try:
            response = await self._inner.handle_async_request(request)
            await response.aread()
        except BaseException as error:
            if response is not None:
                await response.aclose()
            if isinstance(error, httpx.TransportError | httpx.DecodingError):
                return response, error
            raise
        # httpx times an answer when it closes its stream; this one is closed already.
        response.elapsed = timedelta(seconds=time.perf_counter() - started)
        return response, None

    async def aclose(self) -> None:
        """Close the wrapped transport."""
        await self._inner.aclose()


def with_policy(
    transport: httpx.AsyncBaseTransport, policy: RetryPolicy
) -> httpx.AsyncBaseTransport:
    """``transport`` wrapped in ``policy``; one wrapped already (by another client) as it is."""
    if isinstance(transport, AsyncPolicyTransport):
        return transport
    return AsyncPolicyTransport(transport, policy)
