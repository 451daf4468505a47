"""Calls in the sandbox: signed webhook pushes, following the XML replies, RTCM state.

A call is a ``CallFlow``. When a webhook URL is configured for its direction, the flow
runs on a background thread, as sipgate's pushes do: ``newCall`` goes to the URL, the
XML reply is followed (``Play``, ``Gather`` with a ``dtmf`` push to ``onData``, ``Dial``,
``Reject``, ``Hangup``), then the call is answered (``answer`` push to ``onAnswer``) and
stays established until it is hung up (``hangup`` push to ``onHangup``). Without a
webhook the call is established before ``POST /sessions/calls`` answers.
"""

from __future__ import annotations

import ipaddress
import secrets
import threading
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Final, TypedDict
from urllib.parse import urlsplit

import attrs
from sipgateio_webhooks import testing

from sipgateio.sandbox._account import MASTER_SIP_ID, Account, EstablishedCall, Phoneline, iso

if TYPE_CHECKING:
    import httpx

__all__ = ["CallEngine", "CallFlow", "Push"]

MAX_REPLY_BYTES: Final = 1_000_000
MAX_FOLLOW_DEPTH: Final = 10


@attrs.define
class Push:
    """One push the sandbox sent and what came back."""

    event: str
    url: str
    body: str
    status: int | None = None
    reply: str = ""
    error: str | None = None


@attrs.define(eq=False)
class CallFlow:
    """One call: its parties, its state, the pushes sent and a readable transcript.

    ``state`` moves from ``"ringing"`` to ``"established"`` to ``"ended"`` (or straight to
    ``"ended"`` when the call is rejected). Read it; the sandbox changes it.
    """

    call_id: str
    direction: str
    from_: str
    to: str
    phoneline: str
    user_ids: list[str]
    users: list[str]
    session_id: str | None = None
    original_call_id: str | None = None
    diversion: str | None = None
    xcid: str = attrs.field(factory=lambda: secrets.token_hex(8))
    state: str = "ringing"
    cause: str | None = None
    answering_number: str | None = None
    on_answer: str | None = None
    on_hangup: str | None = None
    dtmf_input: list[str] = attrs.field(factory=list)
    pushes: list[Push] = attrs.field(factory=list)
    steps: list[str] = attrs.field(factory=list)
    started: float = attrs.field(factory=time.time)
    answered_at: float | None = None
    ended_at: float | None = None
    hang_up_after: float | None = None
    _settled: threading.Event = attrs.field(factory=threading.Event, repr=False)
    _finished: threading.Event = attrs.field(factory=threading.Event, repr=False)

    def wait_established(self, timeout: float = 10.0) -> bool:
        """Wait until the call was answered or ended; whether it is established now."""
        self._settled.wait(timeout)
        return self.state == "established"

    def wait_ended(self, timeout: float = 10.0) -> bool:
        """Wait until the call ended and its last push was delivered."""
        return self._finished.wait(timeout)

    def transcript(self) -> list[str]:
        """What happened, one line per step."""
        return list(self.steps)


def _is_local(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _plus(number: str) -> str:
    return number if number == "anonymous" or not number.isdigit() else "+" + number


class CallEngine:
    """Runs call flows and answers RTCM requests against the account's established calls."""

    def __init__(
        self,
        account: Account,
        push_key: testing.TestKey | None = None,
        *,
        allow_remote_webhooks: bool = False,
        push_timeout: float = 10.0,
        default_dtmf: str = "1",
    ) -> None:
        self.account = account
        self._push_key = push_key
        self._push_key_lock = threading.Lock()
        self.allow_remote_webhooks = allow_remote_webhooks
        self.push_timeout = push_timeout
        self.default_dtmf = default_dtmf
        self.flows: dict[str, CallFlow] = {}
        self.sessions: dict[str, str] = {}
        self._threads: list[threading.Thread] = []
        self._http: httpx.Client | None = None
        self._http_lock = threading.Lock()
        self._closed = threading.Event()

    # ------------------------------------------------------------ starting
    def start_outgoing(
        self, *, user_id: str, phoneline: Phoneline, caller_number: str, callee: str
    ) -> CallFlow:
        """A click-to-dial call: the user's phone rings first, then ``callee`` is dialled."""
        flow = CallFlow(
            call_id=_new_call_id(),
            direction="out",
            from_=caller_number,
            to=callee,
            phoneline=phoneline.id,
            user_ids=[user_id],
            users=self._names([user_id]),
            session_id=secrets.token_hex(16),
            dtmf_input=[self.default_dtmf],
        )
        flow.steps.append(f"{user_id} places a call from +{caller_number} to {_plus(callee)}")
        self.sessions[flow.session_id or ""] = flow.call_id
        self._start(flow)
        return flow

    def start_incoming(
        self,
        *,
        from_: str,
        to: str,
        dtmf: Sequence[str],
        hang_up_after: float | None,
        diversion: str | None = None,
    ) -> CallFlow:
        """A call from ``from_`` to one of the account's numbers ``to`` (digits)."""
        phoneline = self.account.phoneline_for_number(to)
        if phoneline is None:
            known = ", ".join("+" + item["number"] for item in self.account.numbers)
            raise ValueError(f"+{to} is not a number of the sandbox account; use one of {known}")
        user_ids = self._users_reached(to, phoneline)
        users = self._names(user_ids)
        flow = CallFlow(
            call_id=_new_call_id(),
            direction="in",
            from_=from_,
            to=to,
            phoneline=phoneline.id,
            user_ids=user_ids,
            users=users,
            diversion=diversion,
            dtmf_input=list(dtmf),
            hang_up_after=hang_up_after,
        )
        flow.steps.append(f"{_plus(from_)} calls +{to} ({', '.join(users)})")
        self._start(flow)
        return flow

    def _names(self, user_ids: Sequence[str]) -> list[str]:
        users = self.account.users
        return [f"{users[uid]['firstname']} {users[uid]['lastname']}" for uid in user_ids]

    def _users_reached(self, number: str, phoneline: Phoneline) -> list[str]:
        for item in self.account.numbers:
            group = self.account.groups.get(item["endpointId"])
            if item["number"] == number and group is not None:
                lines = [self.account.phonelines[line_id] for line_id in group["phonelines"]]
                return [line.user_id for line in lines]
        return [phoneline.user_id]

    def _start(self, flow: CallFlow) -> None:
        with self.account.lock:
            self.flows[flow.call_id] = flow
            url = self._webhook_url(flow)
        if url is None:
            self._run(flow, None)
        else:
            self._spawn(self._run, flow, url)

    def _spawn(self, target: Callable[..., None], *args: Any) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True, name="sandbox-call")
        self._threads = [t for t in self._threads if t.is_alive()]
        self._threads.append(thread)
        thread.start()

    def _webhook_url(self, flow: CallFlow) -> str | None:
        settings = self.account.webhook_settings
        url = settings["incomingUrl"] if flow.direction == "in" else settings["outgoingUrl"]
        if not url:
            flow.steps.append(f"no {flow.direction}going webhook URL is set")
            return None
        whitelist = settings.get("whitelist")
        if whitelist is not None:
            groups = {
                group_id
                for group_id, group in self.account.groups.items()
                if flow.phoneline in group["phonelines"]
            }
            if not ({flow.phoneline, *groups, *flow.user_ids} & set(whitelist)):
                flow.steps.append(f"{flow.phoneline} is not on the webhook whitelist: no push")
                return None
        return str(url)

    # -------------------------------------------------------------- flows
    def _run(self, flow: CallFlow, url: str | None) -> None:
        try:
            outcome: tuple[str, str | None] = ("continue", None)
            if url is not None:
                reply = self._push(flow, url, self._new_call_fields(flow))
                outcome = self._follow(flow, reply, 0)
            if outcome[0] == "continue":
                # Nobody redirected the call: the dialled number answers.
                outcome = ("answer", flow.to)
            if outcome[0] == "answer" and flow.state == "ringing":
                self._answer(flow, outcome[1] or flow.to)
        finally:
            flow._settled.set()

    def _new_call_fields(self, flow: CallFlow) -> dict[str, str | list[str]]:
        return testing.new_call(
            from_=flow.from_,
            to=flow.to,
            direction=flow.direction,
            call_id=flow.call_id,
            original_call_id=flow.original_call_id or flow.call_id,
            users=flow.users,
            user_ids=flow.user_ids,
            full_user_ids=[MASTER_SIP_ID + uid for uid in flow.user_ids],
            xcid=flow.xcid,
            diversion=flow.diversion or None,
        )

    def _follow(self, flow: CallFlow, reply: bytes | None, depth: int) -> tuple[str, str | None]:
        """Carry out an XML reply; ``("continue"|"answer"|"ended", answering number)``."""
        if reply is None:
            return ("continue", None)
        from defusedxml import ElementTree

        try:
            root = ElementTree.fromstring(reply)
        except Exception as error:  # defusedxml raises several unrelated types
            flow.steps.append(f"the reply is not usable XML ({type(error).__name__}): ignored")
            return ("continue", None)
        if root.tag != "Response":
            flow.steps.append(f"the reply's root is <{root.tag}>, not <Response>: ignored")
            return ("continue", None)
        if root.get("onAnswer"):
            flow.on_answer = root.get("onAnswer")
        if root.get("onHangup"):
            flow.on_hangup = root.get("onHangup")
        for action in root:
            outcome = self._action(flow, action, depth)
            if outcome is not None:
                return outcome
        return ("continue", None)

    def _action(self, flow: CallFlow, action: Any, depth: int) -> tuple[str, str | None] | None:
        tag = action.tag
        if tag == "Play":
            flow.steps.append(f"plays {_play_url(action)}")
            return None
        if tag == "Gather":
            return self._gather(flow, action, depth)
        if tag == "Dial":
            return self._dial(flow, action)
        if tag == "Reject":
            reason = action.get("reason", "rejected")
            flow.steps.append(f"rejects the call ({reason})")
            self.end(flow, "busy" if reason == "busy" else "noAnswer")
            return ("ended", None)
        if tag == "Hangup":
            flow.steps.append("hangs up")
            self.end(flow, "normalClearing")
            return ("ended", None)
        flow.steps.append(f"ignores the unknown element <{tag}>")
        return None

    def _gather(self, flow: CallFlow, gather: Any, depth: int) -> tuple[str, str | None]:
        on_data = gather.get("onData")
        max_digits = _int_attribute(gather, "maxDigits", 1)
        timeout = _int_attribute(gather, "timeout", 2000)
        play = gather.find("Play")
        announcement = "" if play is None else f", playing {_play_url(play)}"
        flow.steps.append(f"gathers up to {max_digits} digit(s) within {timeout} ms{announcement}")
        if not on_data:
            flow.steps.append("<Gather> has no onData URL: the digits go nowhere")
            return ("continue", None)
        digits = (flow.dtmf_input.pop(0) if flow.dtmf_input else "")[:max_digits]
        flow.steps.append(f"the caller types {digits!r}" if digits else "the caller types nothing")
        if depth >= MAX_FOLLOW_DEPTH:
            flow.steps.append("too many nested gathers: hangs up")
            self.end(flow, "normalClearing")
            return ("ended", None)
        reply = self._push(flow, on_data, testing.dtmf(digits or None, call_id=flow.call_id))
        return self._follow(flow, reply, depth + 1)

    def _dial(self, flow: CallFlow, dial: Any) -> tuple[str, str | None]:
        numbers = [(number.text or "").strip() for number in dial.findall("Number")]
        options = []
        if dial.get("callerId"):
            options.append(f"caller id {dial.get('callerId')}")
        if dial.get("anonymous") == "true":
            options.append("anonymously")
        suffix = f" ({', '.join(options)})" if options else ""
        if dial.find("Voicemail") is not None:
            flow.steps.append(f"sends the call to the voicemail{suffix}")
            return ("answer", "voicemail")
        if not numbers:
            flow.steps.append("<Dial> names no target: ignored")
            return ("continue", None)
        flow.steps.append(f"dials {', '.join(numbers[:5])}{suffix}")
        return ("answer", numbers[0].lstrip("+"))

    # ---------------------------------------------------- answer and end
    def _answer(self, flow: CallFlow, answering_number: str) -> None:
        with self.account.lock:
            if flow.state != "ringing":
                return
            flow.state = "established"
            flow.answered_at = time.time()
            flow.answering_number = answering_number
            ours, theirs = (
                (flow.to, flow.from_)
                if flow.direction == "in"
                else (
                    flow.from_,
                    flow.to,
                )
            )
            self.account.calls[flow.call_id] = EstablishedCall(flow.call_id, ours, theirs)
        who = "the voicemail" if answering_number == "voicemail" else _plus(answering_number)
        flow.steps.append(f"{who} answers")
        if flow.on_answer:
            self._push(flow, flow.on_answer, self._answer_fields(flow))
        # Only now: a hangup push must not overtake the answer push.
        flow._settled.set()
        if flow.hang_up_after is not None:
            timer = threading.Timer(flow.hang_up_after, self.hang_up, (flow.call_id,))
            timer.daemon = True
            timer.start()

    def _answer_fields(self, flow: CallFlow) -> dict[str, str | list[str]]:
        # Only the user who picks up an incoming call is named: not the voicemail, not a callee.
        named = flow.direction == "in" and flow.answering_number != "voicemail" and flow.user_ids
        user_id = flow.user_ids[0] if named else None
        return testing.answer(
            user=flow.users[0] if named else None,
            user_id=user_id,
            full_user_id=None if user_id is None else MASTER_SIP_ID + user_id,
            **_party(flow),
        )

    def is_ringing(self, call_id: str) -> bool:
        """Whether ``call_id`` is a call that rings and has not been answered yet."""
        flow = self.flows.get(call_id)
        return flow is not None and flow.state == "ringing"

    def hang_up(self, call_id: str, cause: str = "normalClearing") -> bool:
        """End a call, ringing or established; the ``hangup`` push is sent in the background."""
        flow = self.flows.get(call_id)
        if flow is None or flow.state == "ended":
            return False
        flow.steps.append("the call is hung up")
        self.end(flow, cause, push_in_background=True)
        return True

    def end(self, flow: CallFlow, cause: str, *, push_in_background: bool = False) -> None:
        """End ``flow``: history entry, ``hangup`` push when ``onHangup`` is set."""
        with self.account.lock:
            if flow.state == "ended":
                return
            established = self.account.calls.pop(flow.call_id, None)
            flow.state = "ended"
            flow.cause = cause
            flow.ended_at = time.time()
            self._record_history(flow, established)
        if not push_in_background:
            flow._settled.set()
        if flow.on_hangup:
            fields = self._hangup_fields(flow)
            if push_in_background:
                self._spawn(self._final_push, flow, flow.on_hangup, fields)
                return
            self._push(flow, flow.on_hangup, fields)
        flow.steps.append(f"the call ends ({cause})")
        flow._finished.set()

    def _final_push(self, flow: CallFlow, url: str, fields: dict[str, str | list[str]]) -> None:
        flow._settled.wait(self.push_timeout)
        self._push(flow, url, fields)
        flow.steps.append(f"the call ends ({flow.cause})")
        flow._finished.set()

    def _hangup_fields(self, flow: CallFlow) -> dict[str, str | list[str]]:
        return testing.hangup(cause=flow.cause or "normalClearing", **_party(flow))

    def _record_history(self, flow: CallFlow, established: EstablishedCall | None) -> None:
        answered = flow.answered_at is not None
        if flow.direction == "in":
            direction = "INCOMING" if answered else "MISSED_INCOMING"
        else:
            direction = "OUTGOING" if answered else "MISSED_OUTGOING"
        if answered:
            call_status, status = "SUCCESS", "PICKUP"
        elif flow.cause == "busy":
            call_status, status = "BUSY", "BUSY"
        elif flow.cause == "noAnswer":
            call_status, status = "REJECTED", "NOPICKUP"
        else:
            call_status, status = "MISSED", "NOPICKUP"
        duration = int((flow.ended_at or 0) - flow.answered_at) if flow.answered_at else 0
        self.account.add_history(
            {
                "type": "CALL",
                "created": iso(flow.started),
                "direction": direction,
                "status": status,
                "source": _plus(flow.from_),
                "target": _plus(flow.to),
                "connectionIds": [flow.phoneline],
                "callId": flow.call_id,
                "recordings": [] if established is None else list(established.recordings),
                "duration": duration,
                "callStatus": call_status,
            }
        )

    # --------------------------------------------------------------- RTCM
    def transfer(self, call_id: str, phone_number: str, attended: bool) -> CallFlow:
        """Hand the other party over to ``phone_number``: a new call with a new id."""
        old = self.flows[call_id]
        with self.account.lock:
            established = self.account.calls[call_id]
            ours, theirs = established.owner_number, established.other_number
        kind = "attended" if attended else "blind"
        old.steps.append(f"{kind} transfer to +{phone_number}")
        self.end(old, "forwarded", push_in_background=True)
        flow = CallFlow(
            call_id=_new_call_id(),
            direction=old.direction,
            from_=theirs if old.direction == "in" else ours,
            to=phone_number,
            phoneline=old.phoneline,
            user_ids=old.user_ids,
            users=old.users,
            original_call_id=old.original_call_id or old.call_id,
            diversion=ours,
            dtmf_input=[self.default_dtmf],
        )
        flow.steps.append(f"transferred from call {call_id} ({kind}) to +{phone_number}")
        self._start(flow)
        return flow

    def note(self, call_id: str, step: str) -> None:
        """Add an RTCM action to the call's transcript."""
        flow = self.flows.get(call_id)
        if flow is not None:
            flow.steps.append(step)

    # -------------------------------------------------------------- pushes
    def _client(self) -> httpx.Client:
        with self._http_lock:
            if self._http is None:
                import httpx

                self._http = httpx.Client(timeout=self.push_timeout, trust_env=False)
            return self._http

    def push_key(self) -> testing.TestKey:
        """The key the pushes are signed with, made on first use (that takes a moment)."""
        with self._push_key_lock:
            if self._push_key is None:
                self._push_key = testing.TestKey.generate()
            return self._push_key

    def _push(self, flow: CallFlow, url: str, fields: dict[str, str | list[str]]) -> bytes | None:
        """POST the signed push to ``url``; the reply body when it is usable XML."""
        event = str(fields["event"])
        raw = testing.encode(fields)
        record = Push(event=event, url=url, body=raw.decode("ascii"))
        flow.pushes.append(record)
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            record.error = "not an http(s) URL"
            flow.steps.append(f"{event} push not sent: {url!r} is not an http(s) URL")
            return None
        if not self.allow_remote_webhooks and not _is_local(parts.hostname):
            record.error = "not a local address"
            flow.steps.append(f"{event} push not sent: {parts.hostname} is not on this machine")
            return None
        if self._closed.is_set():
            record.error = "the sandbox is stopped"
            return None
        import httpx

        headers = testing.push_headers(raw, self.push_key())
        try:
            response = self._client().post(url, content=raw, headers=headers)
        except httpx.HTTPError as error:
            record.error = type(error).__name__
            flow.steps.append(f"{event} push to {url} failed ({type(error).__name__})")
            return None
        record.status = response.status_code
        content = response.content[:MAX_REPLY_BYTES]
        record.reply = content.decode("utf-8", "replace")
        flow.steps.append(f"{event} push -> {url} answered {response.status_code}")
        if event in ("answer", "hangup"):
            return None
        content_type = response.headers.get("Content-Type", "")
        if response.status_code != 200:
            flow.steps.append("the webhook failed: the call goes on as if none were set")
            return None
        if "xml" not in content_type:
            flow.steps.append(f"the reply is {content_type or 'untyped'}, not XML: ignored")
            return None
        return content

    def close(self) -> None:
        """Stop sending pushes and wait briefly for running flows."""
        self._closed.set()
        for thread in self._threads:
            thread.join(timeout=2)
        with self._http_lock:
            if self._http is not None:
                self._http.close()
                self._http = None


def _new_call_id() -> str:
    return secrets.token_hex(20).upper()


def _play_url(play: Any) -> str:
    url = play.find("Url")
    return "(no URL)" if url is None or not (url.text or "").strip() else url.text.strip()


def _int_attribute(element: Any, name: str, default: int) -> int:
    try:
        return int(element.get(name, default))
    except (TypeError, ValueError):
        return default


class _Party(TypedDict):
    from_: str
    to: str
    direction: str
    call_id: str
    answering_number: str
    diversion: str | None
    original_call_id: str
    xcid: str


def _party(flow: CallFlow) -> _Party:
    """What ``answer`` and ``hangup`` pushes share: who called whom, who answered, which call."""
    return {
        "from_": flow.from_,
        "to": flow.to,
        "direction": flow.direction,
        "call_id": flow.call_id,
        "answering_number": flow.answering_number or "",
        "diversion": flow.diversion or None,
        "original_call_id": flow.original_call_id or flow.call_id,
        "xcid": flow.xcid,
    }
