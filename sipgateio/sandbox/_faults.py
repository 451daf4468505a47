"""Fault injection: latency, 5xx and 429 answers, dropped connections.

Rates draw from a seeded random generator, so a test that makes the same requests in
the same order sees the same faults. ``Faults.script`` queues faults for the next
matching requests, for tests that need one exact failure.
"""

from __future__ import annotations

import random
import threading
from collections import deque

import attrs

__all__ = ["Fault", "Faults"]


@attrs.frozen
class Fault:
    """What happens to one request.

    ``status`` answers it with that status before it is carried out (a 429 comes with
    ``Retry-After``); ``drop`` carries it out and then closes the connection without an
    answer, so the client cannot know whether it worked.
    """

    status: int | None = None
    drop: bool = False
    retry_after: float | None = None
    method: str | None = None
    path: str | None = None

    def matches(self, method: str, path: str) -> bool:
        """Whether this scripted fault applies to ``method path`` (relative to ``/v2``)."""
        if self.method is not None and self.method.upper() != method.upper():
            return False
        return self.path is None or self.path.rstrip("/") == path.rstrip("/")


@attrs.define
class Faults:
    """Fault rates for every API request (each rate between 0 and 1).

    ``latency`` is added to every answer, in seconds (a ``(low, high)`` pair draws from that
    range); ``error_rate`` answers 500/502/503 and ``rate_limit_rate`` answers 429, both with
    ``Retry-After: <retry_after>``; ``drop_rate`` closes the connection after the request was
    carried out. ``seed`` makes the draws repeatable.
    """

    latency: float | tuple[float, float] = 0.0
    error_rate: float = 0.0
    rate_limit_rate: float = 0.0
    drop_rate: float = 0.0
    retry_after: float = 1.0
    seed: int = 0
    _rng: random.Random = attrs.field(init=False, repr=False)
    _script: deque[Fault] = attrs.field(init=False, factory=deque, repr=False)
    _lock: threading.Lock = attrs.field(init=False, factory=threading.Lock, repr=False)

    def __attrs_post_init__(self) -> None:
        for name in ("error_rate", "rate_limit_rate", "drop_rate"):
            rate = getattr(self, name)
            if not 0.0 <= rate <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1, got {rate!r}")
        self._rng = random.Random(self.seed)

    def script(
        self,
        *,
        status: int | None = None,
        drop: bool = False,
        count: int = 1,
        method: str | None = None,
        path: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        """Make the next ``count`` requests matching ``method``/``path`` fail this way."""
        if (status is None) == (not drop):
            raise ValueError("give either status= or drop=True")
        fault = Fault(status=status, drop=drop, retry_after=retry_after, method=method, path=path)
        with self._lock:
            self._script.extend([fault] * count)

    def delay(self) -> float:
        """Seconds to wait before answering this request."""
        if isinstance(self.latency, tuple):
            low, high = self.latency
            with self._lock:
                return self._rng.uniform(low, high)
        return self.latency

    def draw(self, method: str, path: str) -> Fault | None:
        """The fault for this request, if any (scripted ones first)."""
        with self._lock:
            for index, fault in enumerate(self._script):
                if fault.matches(method, path):
                    del self._script[index]
                    return fault
            roll = self._rng.random()
            if roll < self.drop_rate:
                return Fault(drop=True)
            roll -= self.drop_rate
            if roll < self.rate_limit_rate:
                return Fault(status=429, retry_after=self.retry_after)
            roll -= self.rate_limit_rate
            if roll < self.error_rate:
                return Fault(status=self._rng.choice((500, 502, 503)))
        return None
