"""``client.fax``: send PDFs as faxes and follow their progress."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from sipgateio._async import _io, _read
from sipgateio._fax import (
    FINAL_STATUSES,
    check_fax,
    check_wait,
    first_sending_line,
)
from sipgateio._validation import check_callback, check_extension, check_id
from sipgateio.errors import FaxStatusTimeoutError, SipgateIOError, ValidationError
from sipgateio.models import (
    FaxHistoryEntry,
    Faxline,
    FaxStatus,
    HistoryEntry,
    SendFaxSessionResponse,
)

if TYPE_CHECKING:
    from sipgateio._async.client import AsyncSipgateIO


class AsyncFax:
    """``client.fax``: send faxes, read their status, list fax lines."""

    def __init__(self, client: AsyncSipgateIO) -> None:
        self._client = client

    async def send(
        self,
        *,
        to: str,
        file_content: bytes,
        filename: str | None = None,
        faxline_id: str | None = None,
    ) -> SendFaxSessionResponse:
        """Queue the PDF ``file_content`` for sending to the fax number ``to``.

        ``filename`` is how the document appears in the history (default
        ``Fax_<date>_<time>.pdf``, UTC). Without ``faxline_id`` (e.g. ``"f0"``) the first
        fax line of the authenticated user that can send is used. The fax is only queued:
        follow it with ``get_fax_status`` or ``wait_for_final_status``.
        """
        from sipgate_api.api.fax import send_fax
        from sipgate_api.models import SendFaxRequest

        request = check_fax(
            to=to, file_content=file_content, filename=filename, faxline_id=faxline_id
        )
        line_id = request.faxline_id
        if line_id is None:
            webuser_id = await self._client.get_authenticated_webuser_id()
            line_id = first_sending_line(await self._faxlines(webuser_id), webuser_id)
        body = SendFaxRequest(
            faxline_id=line_id,
            recipient=request.to,
            filename=request.filename,
            base_64_content=request.base64_content,
        )
        sending = send_fax._get_kwargs(body=body)
        return await _read.read(self._client, sending, SendFaxSessionResponse)

    async def get_fax_status(self, session_id: str) -> FaxStatus:
        """Return the status of the fax ``session_id`` (from ``send``)."""
        from sipgate_api.api.history import get_history_entry

        check_id(session_id, argument="session_id")
        request = get_history_entry._get_kwargs(session_id)
        entry: HistoryEntry = await _read.read(self._client, request, HistoryEntry)
        if not isinstance(entry, FaxHistoryEntry):
            raise ValidationError(
                f"session_id {session_id!r} names a {entry.type or 'non-fax'} history entry, not a "
                "fax; pass the session_id returned by fax.send()",
                argument="session_id",
                value=session_id,
            )
        if entry.fax_status is None:
            raise SipgateIOError(f"sipgate reported no status for fax {session_id}")
        return entry.fax_status

    # timeout= keeps the signature of the sync client (asyncio.timeout would not);
    # RUF100 because the sync twin that unasync writes has no ASYNC109 to silence.
    async def wait_for_final_status(
        self,
        session_id: str,
        *,
        timeout: float = 600.0,  # noqa: ASYNC109, RUF100
        poll_interval: float = 5.0,
        on_status: Callable[[FaxStatus], object] | None = None,
    ) -> FaxStatus:
        """Poll the fax ``session_id`` until it is ``SENT`` or ``FAILED``, and return that.

        Checks every ``poll_interval`` seconds; raises ``FaxStatusTimeoutError`` when the
        fax is still under way after ``timeout`` seconds. ``on_status(status)``, if given,
        is called with every status read, the final one included (to show progress).
        """
        check_id(session_id, argument="session_id")
        check_wait(timeout, poll_interval)
        check_callback(on_status, argument="on_status")
        deadline = time.monotonic() + timeout
        while True:
            status = await self.get_fax_status(session_id)
            if on_status is not None:
                on_status(status)
            if status in FINAL_STATUSES:
                return status
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise FaxStatusTimeoutError(session_id, status, timeout)
            await _io.sleep(min(poll_interval, remaining))

    async def get_faxlines(self) -> list[Faxline]:
        """Return the fax lines of the authenticated user."""
        return await self._faxlines(await self._client.get_authenticated_webuser_id())

    async def get_faxlines_by_web_user(self, webuser_id: str) -> list[Faxline]:
        """Return the fax lines of the web user ``webuser_id`` (e.g. ``"w0"``)."""
        check_extension(webuser_id, argument="webuser_id", letters="w")
        return await self._faxlines(webuser_id)

    async def _faxlines(self, webuser_id: str) -> list[Faxline]:
        from sipgate_api.api.fax import list_faxlines

        return await _read.read_list(self._client, list_faxlines._get_kwargs(webuser_id), Faxline)
