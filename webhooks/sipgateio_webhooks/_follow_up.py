"""Hang-ups and transfers that run after an announcement has played.

A ``CallFollowUp`` waits from the moment the reply has been sent (not from when the handler
ran) for the audio's duration plus an extra timeout, then calls ``client.rtcm.hang_up`` or
``client.rtcm.transfer``. Under WSGI it waits on a background thread, under ASGI on the
event loop. Failures are logged, and it can be cancelled until it fires.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import threading
from collections.abc import Awaitable, Callable
from typing import Any, Literal

__all__ = ["CallFollowUp"]

logger = logging.getLogger("sipgateio_webhooks")

FollowUpAction = Literal["hang_up", "transfer"]


class CallFollowUp:
    """A hang-up or transfer of ``call_id`` due ``delay`` seconds after the reply was sent.

    The server starts it; call ``cancel()`` to call it off before it fires.
    """

    def __init__(
        self,
        *,
        action: FollowUpAction,
        client: Any,
        call_id: str,
        delay: float,
        transfer_options: Any = None,
    ) -> None:
        self.action: FollowUpAction = action
        self.call_id = call_id
        self.delay = delay
        self.transfer_options = transfer_options
        self.error: BaseException | None = None
        self._client = client
        self._cancelled = threading.Event()
        self._finished = threading.Event()
        self._started = False
        self._firing = False
        self._state_lock = threading.Lock()
        self._task: asyncio.Task[Any] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._on_finish: list[Callable[[CallFollowUp], None]] = []

    def __repr__(self) -> str:
        state = "cancelled" if self.cancelled else "done" if self.done else "pending"
        return f"<CallFollowUp {self.action} {self.call_id} after {self.delay:.3f}s {state}>"

    @property
    def cancelled(self) -> bool:
        """Whether ``cancel()`` called it off before it fired."""
        return self._cancelled.is_set()

    @property
    def done(self) -> bool:
        """Whether it has finished: fired (successfully or not) or been cancelled."""
        return self._finished.is_set()

    def cancel(self) -> bool:
        """Call it off; return ``False`` if it is already firing or has fired."""
        with self._state_lock:
            if self._firing or (self._finished.is_set() and not self._cancelled.is_set()):
                return False
            self._cancelled.set()
            task, loop, started = self._task, self._loop, self._started
        if task is not None and loop is not None:
            loop.call_soon_threadsafe(task.cancel)
        elif not started:
            self._finish()
        return True

    def wait(self, timeout: float | None = None) -> bool:
        """Block until it has finished; return ``False`` if ``timeout`` seconds passed first."""
        return self._finished.wait(timeout)

    def add_done_callback(self, callback: Callable[[CallFollowUp], None]) -> None:
        """Call ``callback(self)`` once it has finished (at once if it already has)."""
        with self._state_lock:
            if not self._finished.is_set():
                self._on_finish.append(callback)
                return
        callback(self)

    def start(self) -> None:
        """Start waiting on a background thread (what a WSGI server does after replying)."""
        if not self._mark_started():
            return
        thread = threading.Thread(
            target=self._run_in_thread, name=f"sipgate-{self.action}-{self.call_id}", daemon=True
        )
        thread.start()

    async def run(self) -> None:
        """Wait on the running event loop, then act (what an ASGI server does after replying)."""
        if not self._mark_started(asyncio.get_running_loop(), asyncio.current_task()):
            return
        try:
            await asyncio.sleep(self.delay)
            if self._begin_firing():
                if inspect.iscoroutinefunction(self._client_method()):
                    await self._call_client()
                else:  # a sync client must not block the event loop
                    outcome = await asyncio.to_thread(self._call_client)
                    if inspect.isawaitable(outcome):
                        await outcome
                self._log_success()
        except asyncio.CancelledError:
            if not self._cancelled.is_set():
                raise
        except Exception as error:
            self._log_failure(error)
        finally:
            self._finish()

    def _mark_started(
        self,
        loop: asyncio.AbstractEventLoop | None = None,
        task: asyncio.Task[Any] | None = None,
    ) -> bool:
        with self._state_lock:
            if self._started or self._cancelled.is_set():
                return False
            self._started = True
            self._loop, self._task = loop, task
            return True

    def _begin_firing(self) -> bool:
        with self._state_lock:
            if self._cancelled.is_set():
                return False
            self._firing = True
            return True

    def _run_in_thread(self) -> None:
        try:
            if self._cancelled.wait(self.delay) or not self._begin_firing():
                return
            outcome = self._call_client()
            if inspect.isawaitable(outcome):
                asyncio.run(_awaited(outcome))
            self._log_success()
        except Exception as error:
            self._log_failure(error)
        finally:
            self._finish()

    def _client_method(self) -> Any:
        rtcm = self._client.rtcm
        return rtcm.hang_up if self.action == "hang_up" else rtcm.transfer

    def _call_client(self) -> Any:
        if self.action == "hang_up":
            return self._client_method()(self.call_id)
        return self._client_method()(self.call_id, self.transfer_options)

    def _log_success(self) -> None:
        logger.info("%s of call %s done", self.action.replace("_", " "), self.call_id)

    def _log_failure(self, error: Exception) -> None:
        self.error = error
        logger.error(
            "could not %s call %s after the announcement: %s",
            self.action.replace("_", " "),
            self.call_id,
            error,
            exc_info=error,
        )

    def _finish(self) -> None:
        with self._state_lock:
            if self._finished.is_set():
                return
            self._finished.set()
            callbacks, self._on_finish = self._on_finish, []
        for callback in callbacks:
            callback(self)


async def _awaited(awaitable: Awaitable[Any]) -> Any:
    return await awaitable
