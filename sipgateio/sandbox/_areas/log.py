"""``log``: the webhook debug log, built from the pushes the sandbox's calls really sent.

The call engine keeps every push with its call (``CallFlow.pushes``: URL, form body, the
status and body of the answer, or why there was none). While ``log`` is on in the webhook
settings, the log lists them, newest first; while it is off, it lists nothing. The engine
does not note when the switch was flipped, so switching the log on also shows the pushes
sent before. A push's time is that of its call's step: ``newCall`` and ``dtmf`` when the
call started, ``answer`` when it was answered, ``hangup`` when it ended.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any, Final

from sipgateio.sandbox._account import iso
from sipgateio.sandbox._api import Reply, Request, operation
from sipgateio.sandbox._areas._store import ok
from sipgateio.sandbox._calls import CallFlow, Push

# The newest entries are kept, as sipgate's log keeps the recent ones.
MAX_ENTRIES: Final = 200


def _sent_at(flow: CallFlow, push: Push) -> float:
    if push.event == "answer" and flow.answered_at is not None:
        return flow.answered_at
    if push.event == "hangup" and flow.ended_at is not None:
        return flow.ended_at
    return flow.started


def _status_line(status: int) -> str:
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = ""
    return f"HTTP/1.1 {status} {phrase}".rstrip()


def _xml_error(push: Push) -> str:
    """Why the answer to a push that expects XML could not be used, or ``""``."""
    if push.event not in ("newCall", "dtmf") or push.status != 200 or not push.reply.strip():
        return ""
    from defusedxml import ElementTree

    try:
        root = ElementTree.fromstring(push.reply)
    except Exception as error:  # defusedxml raises several unrelated types
        return f"the answer is not well-formed XML ({type(error).__name__})"
    if root.tag != "Response":
        return f"the root element is <{root.tag}>, not <Response>"
    return ""


def _entry(flow: CallFlow, push: Push) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "created": iso(_sent_at(flow, push)),
        "url": push.url,
        "request": push.body,
        "xmlError": _xml_error(push),
    }
    if push.status is None:
        entry["response"] = f"no answer: {push.error or 'the push is under way'}"
    else:
        entry["response"] = f"{_status_line(push.status)}\r\n\r\n{push.reply}"
        entry["status"] = str(push.status)
    return entry


@operation
def list_webhook_log(request: Request) -> Reply:
    if not request.account.webhook_settings.get("log"):
        return ok({"items": []})
    sent = [
        (_sent_at(flow, push), order, index, flow, push)
        for order, flow in enumerate(list(request.calls.flows.values()))
        for index, push in enumerate(list(flow.pushes))
    ]
    sent.sort(key=lambda item: item[:3], reverse=True)
    return ok({"items": [_entry(flow, push) for *_, flow, push in sent[:MAX_ENTRIES]]})
