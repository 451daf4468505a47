"""``channels``: the call events of a channel, as sipgate's newer system (Neo) lists them.

The sandbox account is a classic one, so its calls also stay in the history; its channels
are its phone lines and groups (``p0``, ``p1``, ``g0``, ...), and a channel's events are
the call entries of the history routed through it, newest first.
"""

from __future__ import annotations

from typing import Any

from sipgateio.sandbox._api import Reply, Request, operation
from sipgateio.sandbox._areas._store import ok
from sipgateio.sandbox._errors import not_found


def _event(entry: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": entry["id"],
        "type": "CALL",
        "callId": entry.get("callId", ""),
        "direction": entry["direction"],
        "created": entry["created"],
        "source": entry["source"],
        "target": entry["target"],
        "duration": entry.get("duration", 0),
        "status": entry.get("callStatus", ""),
    }


@operation
def list_channel_events(request: Request) -> Reply:
    account = request.account
    channel = str(request.path["channelId"])
    if channel not in account.phonelines and channel not in account.groups:
        raise not_found(f"channel {channel}")
    events = [
        _event(entry)
        for entry in account.all_history()
        if entry["type"] == "CALL" and channel in entry["connectionIds"]
    ]
    return ok({"items": events})
