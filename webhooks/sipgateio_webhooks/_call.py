"""``event.call``: a handle on the call an event is about, acting on it through RTCM.

With a client given to the app (``Webhooks(..., client=...)``), every event carries a
``LiveCall`` (for a ``sipgateio.SipgateIO``) or an ``AsyncLiveCall`` (for an
``AsyncSipgateIO``, whose methods return coroutines to await). Both are ``_LiveCallBase``
typed by what the client's ``rtcm`` methods return, so the sync and the async handle share
every method and a type checker still tells them apart; only ``_act``, which sends, differs.

The push's ``callId`` is the id RTCM knows the call by (sipgate's ``/calls/{callId}``, the
Node SDK's ``playAudioAndHangUp`` and the sandbox all use it as it arrives). RTCM acts on
calls in progress: the handle is for ``answer`` handlers and for work done after the
reply; a ringing call is steered by the ``newCall`` reply itself.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
import warnings
from collections.abc import Callable, Coroutine, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar, cast

from sipgateio import SipgateIOError, ValidationError

if TYPE_CHECKING:
    from sipgateio import RecordOptions, TransferOptions

__all__ = ["AsyncLiveCall", "CallT", "LiveCall", "live_call_factory", "missing_client"]

R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)


class _RTCM(Protocol[R_co]):
    """What the handle needs of ``client.rtcm``: ``R_co`` is ``None`` for ``SipgateIO``
    and a coroutine for ``AsyncSipgateIO``."""

    def hang_up(self, call: str, /) -> R_co: ...
    def transfer(self, call: str, options: TransferOptions, /) -> R_co: ...
    def mute(self, call: str, status: bool, /) -> R_co: ...
    def record(self, call: str, options: RecordOptions, /) -> R_co: ...
    def announce(self, call: str, announcement: str, /) -> R_co: ...
    def send_dtmf(self, call: str, sequence: str, /) -> R_co: ...
    def hold(self, call: str, status: bool, /) -> R_co: ...


class RTCMClient(Protocol[R_co]):
    """A client with an ``rtcm`` area: ``sipgateio.SipgateIO`` or ``AsyncSipgateIO``."""

    @property
    def rtcm(self) -> _RTCM[R_co]: ...


# the rtcm argument names that differ from the handle's, per method
_OPTIONS = {"options.phone_number": "phone_number", "options.caller_id": "caller_id"}
_ANNOUNCEMENT = {"announcement": "announcement_url"}
_NO_RENAMES: Mapping[str, str] = MappingProxyType({})


class _LiveCallBase(Generic[R]):
    __slots__ = ("_client", "call_id")

    def __init__(self, client: RTCMClient[R], call_id: str) -> None:
        self._client = client
        self.call_id = call_id

    def __repr__(self) -> str:
        return f"<{type(self).__name__} call_id={self.call_id!r} via {type(self._client).__name__}>"

    # The client holds credentials: a pickled event carries no handle (it unpickles as an
    # event without a client), and a copied one shares it.
    def __reduce__(self) -> tuple[Callable[[], None], tuple[()]]:
        return (_no_handle, ())

    def __copy__(self) -> Any:
        return self

    def __deepcopy__(self, memo: Any) -> Any:
        return self

    def hang_up(self) -> R:
        """End the call."""
        return self._act(self._client.rtcm.hang_up)

    def transfer(
        self, phone_number: str, attended: bool = False, *, caller_id: str | None = None
    ) -> R:
        """Hand the other party over to ``phone_number``: blind, or ``attended=True``.

        sipgate ends this call (a ``hangup`` event with cause ``forwarded``) and goes on with
        a new one whose ``original_call_id`` is this call's id. ``caller_id`` sets the
        number the target sees.
        """
        from sipgateio import TransferOptions

        options = TransferOptions(
            attended=_flag(attended, "attended"), phone_number=phone_number, caller_id=caller_id
        )
        return self._act(self._client.rtcm.transfer, options, renames=_OPTIONS)

    def mute(self, status: bool = True) -> R:
        """Mute the call, or unmute it with ``status=False``."""
        return self._act(self._client.rtcm.mute, _flag(status, "status"))

    def record(self, value: bool = True, announcement: bool = False) -> R:
        """Start recording, or stop with ``value=False``; ``announcement=True`` says so to
        the parties. Recordings show up in the call's history entry."""
        from sipgateio import RecordOptions

        options = RecordOptions(
            value=_flag(value, "value"), announcement=_flag(announcement, "announcement")
        )
        return self._act(self._client.rtcm.record, options)

    def play(self, announcement_url: str) -> R:
        """Play the WAV file at ``announcement_url`` to every party of the call.

        sipgate plays mono 16-bit PCM WAV at 8000 Hz only and stays silent otherwise.
        """
        return self._act(self._client.rtcm.announce, announcement_url, renames=_ANNOUNCEMENT)

    def send_dtmf(self, sequence: str) -> R:
        """Send the DTMF tones ``sequence`` (``0-9``, ``A-D``, ``#``, ``*``) into the call."""
        return self._act(self._client.rtcm.send_dtmf, sequence)

    def hold(self, status: bool = True) -> R:
        """Put the call on hold, or resume it with ``status=False``."""
        return self._act(self._client.rtcm.hold, _flag(status, "status"))

    def _act(
        self, operation: Callable[..., R], *arguments: Any, renames: Mapping[str, str] = _NO_RENAMES
    ) -> R:
        raise NotImplementedError


class LiveCall(_LiveCallBase[None]):
    """The call an event is about, acted on through a ``sipgateio.SipgateIO``.

    ``event.call.hang_up()``, ``.transfer(number)``, ``.mute()``, ``.record()``,
    ``.play(url)``, ``.send_dtmf(digits)``, ``.hold()`` each send one RTCM request and return
    when sipgate has answered. Errors are those of ``client.rtcm`` (``NotFoundError`` once
    the call has ended). Use it in plain function handlers: in an ``async def`` handler it
    would hold up the server's event loop while it waits (it warns when it does).
    """

    __slots__ = ()

    def _act(
        self,
        operation: Callable[..., None],
        *arguments: Any,
        renames: Mapping[str, str] = _NO_RENAMES,
    ) -> None:
        if _on_event_loop():
            warnings.warn(
                f"{type(self).__name__} sent a blocking SipgateIO request from a running event "
                "loop, which stalls every other request meanwhile: in async def handlers give "
                "the app an AsyncSipgateIO and await event.call, or run this call with "
                "asyncio.to_thread",
                RuntimeWarning,
                stacklevel=3,
            )
        try:
            operation(self.call_id, *arguments)
        except ValidationError as error:
            renamed = _renamed(error, renames)
            if renamed is None:
                raise
            raise renamed from None


class AsyncLiveCall(_LiveCallBase[Coroutine[Any, Any, None]]):
    """The call an event is about, acted on through an ``AsyncSipgateIO``: await its methods.

    ``await event.call.hang_up()``, ``.transfer(number)``, ``.mute()``, ``.record()``,
    ``.play(url)``, ``.send_dtmf(digits)``, ``.hold()`` each send one RTCM request. Await
    them in ``async def`` handlers, which run on the event loop that serves the app, and
    let that loop be the only one using the client while the app runs (see "Live calls:
    event.call" in ``docs/guides/webhooks.md``).
    """

    __slots__ = ()

    def _act(
        self,
        operation: Callable[..., Coroutine[Any, Any, None]],
        *arguments: Any,
        renames: Mapping[str, str] = _NO_RENAMES,
    ) -> Coroutine[Any, Any, None]:
        return _renaming_errors(operation(self.call_id, *arguments), renames)


# The handle type of an event: ``NewCallEvent[AsyncLiveCall]`` in an app with an
# ``AsyncSipgateIO``; a plain ``NewCallEvent`` is ``NewCallEvent[LiveCall]``. The default
# (PEP 696) matters to type checkers only, which know typing_extensions without it being
# installed, so it costs the import nothing.
if TYPE_CHECKING:
    from typing_extensions import TypeVar as DefaultingTypeVar

    CallT = DefaultingTypeVar("CallT", bound=LiveCall | AsyncLiveCall, default=LiveCall)
else:
    CallT = TypeVar("CallT", bound=LiveCall | AsyncLiveCall)


def live_call_factory(client: object) -> Callable[[str], LiveCall | AsyncLiveCall]:
    """What makes ``event.call`` for ``client``: ``LiveCall`` for a client whose
    ``rtcm`` methods return at once, ``AsyncLiveCall`` for one whose are coroutines."""
    rtcm = getattr(client, "rtcm", None)
    if rtcm is None or not callable(getattr(rtcm, "hang_up", None)):
        raise ValidationError(
            f"client must be a sipgateio.SipgateIO or AsyncSipgateIO, got {client!r}",
            argument="client",
            value=client,
        )
    handle: type[LiveCall] | type[AsyncLiveCall] = (
        AsyncLiveCall if inspect.iscoroutinefunction(rtcm.hang_up) else LiveCall
    )
    return functools.partial(handle, cast("RTCMClient[Any]", client))


def missing_client(call_id: str) -> SipgateIOError:
    """The error ``event.call`` raises when the app was given no client."""
    return SipgateIOError(
        f"event.call needs a sipgateio client to act on call {call_id}: pass "
        "client=sipgateio.SipgateIO(...) or client=sipgateio.AsyncSipgateIO(...) to "
        "Webhooks(...) or create_server(...), or call set_client(...) on FluentWebhookServer"
    )


async def _renaming_errors(
    coroutine: Coroutine[Any, Any, None], renames: Mapping[str, str]
) -> None:
    try:
        await coroutine
    except ValidationError as error:
        renamed = _renamed(error, renames)
        if renamed is None:
            raise
        raise renamed from None


def _renamed(error: ValidationError, renames: Mapping[str, str]) -> ValidationError | None:
    """``error`` as the handle's caller should read it, named after the handle's argument
    (``phone_number``) rather than the ``client.rtcm`` one it passed on
    (``options.phone_number``); ``None`` when the names are the same."""
    name = renames.get(error.argument or "")
    if name is None or error.argument is None:
        return None
    message = str(error).replace(error.argument, name, 1)
    return ValidationError(message, argument=name, value=error.value)


def _flag(value: bool, argument: str) -> bool:
    if not isinstance(value, bool):
        raise ValidationError(
            f"{argument} must be True or False, got {value!r}", argument=argument, value=value
        )
    return value


def _on_event_loop() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


def _no_handle() -> None:
    return None
