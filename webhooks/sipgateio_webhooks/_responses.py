"""``WebhookResponse``: the helpers a handler uses to build its reply."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sipgateio.errors import ValidationError
from sipgateio_webhooks._actions import Dial, Gather, Hangup, Play, Reject
from sipgateio_webhooks._audio import AudioCheck, AudioInfo
from sipgateio_webhooks._enums import RejectReason
from sipgateio_webhooks._follow_up import CallFollowUp, FollowUpAction

__all__ = ["ResponseBuilder", "WebhookResponse"]


class ResponseBuilder:
    """Builds reply actions; ``sipgateio_webhooks.WebhookResponse`` is the shared instance.

    Audio helpers download each announcement once and check it is a mono 16-bit PCM WAV at
    8000 Hz (results are cached per URL). Pass ``check_audio=False`` to skip that, here or
    per call, and ``audio_check`` to tune the download (timeout, size cap, cache).
    """

    def __init__(self, *, check_audio: bool = True, audio_check: AudioCheck | None = None):
        self.check_audio_by_default = check_audio
        self.audio_check = audio_check if audio_check is not None else AudioCheck()

    def redirect_call(
        self, numbers: Iterable[str], anonymous: bool = False, caller_id: str | None = None
    ) -> Dial:
        """Ring up to five numbers at once; the first to answer takes the call.

        ``anonymous=True`` hides the caller's number; ``caller_id`` sets the number shown.
        """
        return Dial(numbers=tuple(numbers), anonymous=anonymous, caller_id=caller_id)

    def send_to_voicemail(self) -> Dial:
        """Send the call to the voicemail of the called user."""
        return Dial(voicemail=True)

    def reject_call(self, reason: RejectReason | str = RejectReason.REJECTED) -> Reject:
        """Refuse the call with a busy signal (``BUSY``) or as rejected (``REJECTED``)."""
        return Reject(reason=reason)

    def hang_up_call(self) -> Hangup:
        """End the call."""
        return Hangup()

    def check_audio(self, announcement: str) -> AudioInfo:
        """Download ``announcement`` (or use the cached result) and check its format.

        Call it at start-up to warm the cache, so the first call does not wait for it.
        """
        return self.audio_check.check(announcement)

    def play_audio(self, announcement: str, *, check_audio: bool | None = None) -> Play:
        """Play the WAV file at the URL ``announcement`` (mono, 16-bit PCM, 8000 Hz)."""
        return Play(url=announcement, audio=self._audio(announcement, check_audio))

    def gather_dtmf(
        self,
        max_digits: int,
        timeout: int,
        announcement: str | None = None,
        *,
        check_audio: bool | None = None,
    ) -> Gather:
        """Collect up to ``max_digits`` digits, waiting ``timeout`` milliseconds for input.

        The digits come back as a ``DataEvent`` to the ``on_data`` handler. ``announcement``
        is played first.
        """
        play = None
        if announcement is not None:
            play = self.play_audio(announcement, check_audio=check_audio)
        return Gather(max_digits=max_digits, timeout=timeout, announcement=play)

    def play_audio_and_hang_up(
        self,
        announcement: str,
        client: Any,
        call_id: str,
        timeout: float | None = None,
        *,
        check_audio: bool | None = None,
        duration: float | None = None,
    ) -> Play:
        """Play ``announcement``, then hang up ``call_id`` through ``client.rtcm``.

        The hang-up is due the audio's duration plus ``timeout`` milliseconds after the reply
        has been sent. ``client`` is a ``sipgateio.SipgateIO`` or ``AsyncSipgateIO``.
        ``duration`` (seconds) replaces the duration read from the file. The returned
        ``Play.follow_up`` can be cancelled.
        """
        return self._play_then(
            "hang_up", announcement, client, call_id, timeout, None, check_audio, duration
        )

    def play_audio_and_transfer(
        self,
        announcement: str,
        transfer_options: Any,
        client: Any,
        call_id: str,
        timeout: float | None = None,
        *,
        check_audio: bool | None = None,
        duration: float | None = None,
    ) -> Play:
        """Play ``announcement``, then transfer ``call_id`` as ``transfer_options`` says.

        ``transfer_options`` is a ``sipgateio.TransferOptions``; timing and ``client`` work as
        in ``play_audio_and_hang_up``.
        """
        return self._play_then(
            "transfer",
            announcement,
            client,
            call_id,
            timeout,
            transfer_options,
            check_audio,
            duration,
        )

    def _play_then(
        self,
        action: FollowUpAction,
        announcement: str,
        client: Any,
        call_id: str,
        timeout: float | None,
        transfer_options: Any,
        check_audio: bool | None,
        duration: float | None,
    ) -> Play:
        _check_milliseconds(timeout)
        if not isinstance(call_id, str) or not call_id:
            raise ValidationError(
                f"call_id must be the call's id from the event, got {call_id!r}",
                argument="call_id",
                value=call_id,
            )
        if not hasattr(client, "rtcm"):
            raise ValidationError(
                "client must be a sipgateio.SipgateIO or AsyncSipgateIO (it needs .rtcm)",
                argument="client",
                value=client,
            )
        audio = self._audio(announcement, check_audio)
        if duration is None:
            duration = audio.duration if audio is not None else 0.0
        follow_up = CallFollowUp(
            action=action,
            client=client,
            call_id=call_id,
            delay=duration + (timeout or 0) / 1000,
            transfer_options=transfer_options,
        )
        return Play(url=announcement, audio=audio, follow_up=follow_up)

    def _audio(self, announcement: str, check_audio: bool | None) -> AudioInfo | None:
        if check_audio is None:
            check_audio = self.check_audio_by_default
        if not check_audio:
            return None
        return self.audio_check.check(announcement)


def _check_milliseconds(timeout: float | None) -> None:
    if timeout is None:
        return
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not timeout >= 0:
        raise ValidationError(
            f"timeout must be a number of milliseconds, 0 or more, got {timeout!r}",
            argument="timeout",
            value=timeout,
        )


WebhookResponse = ResponseBuilder()
"""The shared reply builder: ``WebhookResponse.redirect_call([...])`` and friends."""
