"""The transport that applies sipgateio's retry and error policy to every request.

It wraps the real transport of the ``httpx`` client, so raw generated calls made
through ``client.api`` get exactly the same behaviour as the facade.
"""

from __future__ import annotations

import time

import httpx

from sipgateio._async import _io
from sipgateio._policy import RetryPolicy, log_response, log_retry, status_error


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
            try:
                response = await self._inner.handle_async_request(request)
            except httpx.TransportError as error:
                if not self.policy.retry_error(request, error, attempt):
                    raise self.policy.translate_error(request, error) from None
                delay = self.policy.backoff(attempt)
                log_retry(request, type(error).__name__, delay, attempt)
                await _io.sleep(delay)
                attempt += 1
                continue
            status_code = response.status_code
            if self.policy.retry_response(request, status_code, attempt):
                retry_after = response.headers.get("Retry-After")
                await response.aclose()
                delay = self.policy.backoff(attempt, retry_after)
                log_retry(request, f"HTTP {status_code}", delay, attempt)
                await _io.sleep(delay)
                attempt += 1
                continue
            log_response(request, status_code, started)
            if status_code >= 400:
                response.request = request
                try:
                    await response.aread()
                finally:
                    await response.aclose()
                raise status_error(response)
            return response

    async def aclose(self) -> None:
        """Close the wrapped transport."""
        await self._inner.aclose()
