"""``history``: the single-flag updates of one history entry (sipgate's older paths).

They change the entries in ``account.history`` as ``update_history_entry`` does, so
``list_history``, ``get_history_entry`` and the facade's ``client.history`` show the change.
"""

from __future__ import annotations

from typing import Any

from sipgateio.sandbox._api import Reply, Request, _apply_flags, _entry, operation
from sipgateio.sandbox._areas._store import NO_CONTENT, ok


def _set(request: Request, changes: dict[str, Any]) -> dict[str, Any]:
    entry = _entry(request)
    _apply_flags(entry, changes, request.account.clock())
    return entry


@operation
def set_history_entry_archived(request: Request) -> Reply:
    _set(request, {"archived": request.body["value"]})
    return NO_CONTENT


@operation
def set_history_entry_read(request: Request) -> Reply:
    _set(request, {"read": request.body["value"]})
    return NO_CONTENT


@operation
def set_history_entry_note(request: Request) -> Reply:
    return ok(_set(request, {"note": request.body["note"]}))
