"""``client.sms``: send text messages, now or scheduled."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sipgateio._async import _io, _read
from sipgateio._sms import SenderNumber, SmsRequest, check_sms, choose_sender
from sipgateio._validation import check_extension
from sipgateio.errors import SipgateIOError, ValidationError
from sipgateio.models import SmsExtension

if TYPE_CHECKING:
    from sipgateio._async.client import AsyncSipgateIO


class AsyncSms:
    """``client.sms``: send text messages and list SMS extensions."""

    def __init__(self, client: AsyncSipgateIO) -> None:
        self._client = client
        # A send with from_ makes that number the default sender for a moment; one at a time,
        # so that two such sends cannot swap each other's sender or restore the wrong one.
        self._sender_lock = _io.Lock()

    async def send(
        self,
        *,
        to: str,
        message: str,
        sms_id: str | None = None,
        from_: str | None = None,
        send_at: datetime | None = None,
    ) -> None:
        """Send ``message`` to ``to`` (a phone number such as ``"+4915799912345"``).

        Pass exactly one sender: ``sms_id``, an SMS extension such as ``"s0"`` (the
        extension's default sender number is shown), or ``from_``, a sender number that
        is verified for the authenticated user's SMS extension. With ``from_``, that
        number is made the extension's default for the duration of the send and the
        previous default is restored afterwards, also when sending fails.

        ``send_at`` schedules the message: in the future, at most 30 days ahead.
        """
        request = check_sms(to=to, message=message, sms_id=sms_id, from_=from_, send_at=send_at)
        if request.sms_id is not None:
            await self._post(request, request.sms_id)
        else:
            async with self._sender_lock:
                await self._send_from_number(request)

    async def schedule(
        self,
        *,
        to: str,
        message: str,
        send_at: datetime,
        sms_id: str | None = None,
        from_: str | None = None,
    ) -> None:
        """Send ``message`` at ``send_at`` (in the future, at most 30 days ahead); see ``send``."""
        if send_at is None:
            raise ValidationError(
                "send_at is required to schedule a message; use send() to send right away",
                argument="send_at",
                value=None,
            )
        await self.send(to=to, message=message, sms_id=sms_id, from_=from_, send_at=send_at)

    async def get_sms_extensions(self, webuser_id: str) -> list[SmsExtension]:
        """Return the SMS extensions of the web user ``webuser_id`` (e.g. ``"w0"``)."""
        check_extension(webuser_id, argument="webuser_id", letters="w")
        return await self._sms_extensions(webuser_id)

    async def get_own_sms_extension(self) -> SmsExtension | None:
        """Return the authenticated user's SMS extension, the one ``send(from_=...)`` uses.

        That is the first SMS extension sipgate lists for the user, or ``None`` when the user
        has none.
        """
        webuser_id = await self._client.get_authenticated_webuser_id()
        extensions = await self._sms_extensions(webuser_id)
        return extensions[0] if extensions else None

    async def _sms_extensions(self, webuser_id: str) -> list[SmsExtension]:
        from sipgate_api.api.sms import list_sms_extensions

        request = list_sms_extensions._get_kwargs(webuser_id)
        return await _read.read_list(self._client, request, SmsExtension)

    async def _post(self, request: SmsRequest, sms_id: str) -> None:
        from sipgate_api.api.sms import send_sms
        from sipgate_api.models import SendSmsRequest
        from sipgate_api.types import UNSET

        body = SendSmsRequest(
            sms_id=sms_id,
            recipient=request.to,
            message=request.message,
            send_at=UNSET if request.send_at is None else request.send_at,
        )
        await send_sms.asyncio_detailed(client=self._client.api, body=body)

    async def _send_from_number(self, request: SmsRequest) -> None:
        from sipgate_api.api.sms import list_sms_caller_ids

        assert request.from_ is not None
        extension = await self.get_own_sms_extension()
        webuser_id = await self._client.get_authenticated_webuser_id()
        if extension is None:
            raise ValidationError(
                f"from_ cannot be used: web user {webuser_id} has no SMS extension to send from "
                "(book SMS for the user, or pass sms_id)",
                argument="from_",
                value=request.from_,
            )
        sms_id = extension.id
        listing = list_sms_caller_ids._get_kwargs(webuser_id, sms_id)
        senders = await _read.read_list(self._client, listing, SenderNumber)
        sender, previous = choose_sender(senders, request.from_, sms_id)
        if previous is not None and previous.id == sender.id:
            await self._post(request, sms_id)
            return
        if previous is None:
            # The extension had no default sender, so there is none to restore.
            await self._make_default(webuser_id, sms_id, sender)
            await self._post(request, sms_id)
            return
        try:
            # Seen through even when the send is cancelled meanwhile: sipgate must have
            # answered the switch before the restore below may be sent, or it could apply
            # the two in the wrong order and keep ``from_`` as the default.
            await _io.run_to_end(self._make_default, webuser_id, sms_id, sender)
            await self._post(request, sms_id)
        except BaseException as error:  # a cancelled send too
            await self._restore(webuser_id, sms_id, previous, sent=False, error=error)
            raise
        await self._restore(webuser_id, sms_id, previous, sent=True)

    async def _make_default(self, webuser_id: str, sms_id: str, caller_id: SenderNumber) -> None:
        from sipgate_api.api.sms import update_sms_caller_id
        from sipgate_api.models import UpdateSmsCallerIdRequest

        await update_sms_caller_id.asyncio_detailed(
            webuser_id,
            sms_id,
            caller_id.id,
            client=self._client.api,
            body=UpdateSmsCallerIdRequest(default_number=True),
        )

    async def _restore(
        self,
        webuser_id: str,
        sms_id: str,
        previous: SenderNumber,
        *,
        sent: bool,
        error: BaseException | None = None,
    ) -> None:
        """Make ``previous`` the default sender again; say what happened if that fails."""
        try:
            await _io.run_to_end(self._make_default, webuser_id, sms_id, previous)
        except SipgateIOError as restore_error:
            note = (
                f"Restoring {previous.phonenumber} (caller id {previous.id}) as the default "
                f"sender of {sms_id} failed"
            )
            if sent:
                restore_error.add_note(f"The SMS was sent. {note}; do not send it again.")
                raise
            assert error is not None
            error.add_note(f"{note} as well: {restore_error}")
