"""``client.endpoints.history``: the single-flag updates, seen through ``client.history``."""

from __future__ import annotations

from typing import Any

import pytest
from sipgate_api.models import (
    HistoryBatchUpdateItem,
    HistoryEntryFlagRequest,
    HistoryEntryNoteRequest,
    HistoryEntryType,
    HistoryEntryUpdate,
)

import sipgateio
from sipgateio.sandbox import Sandbox
from tests.sandbox.endpoint_cases import scenario

MISSED_CALL = "6A5B4C3D2E1F00112233445566778899AABBCCDD"


@scenario(
    "history.set_history_entry_read",
    "history.set_history_entry_note",
    "history.set_history_entry_archived",
    "history.get_history_entry",
)
def test_single_flags_change_what_the_history_shows(endpoints: Any, sandbox: Sandbox) -> None:
    area = endpoints.history
    with sipgateio.SipgateIO(**sandbox.client_options()) as client:
        (missed,) = [
            e for e in client.history.fetch_all() if getattr(e, "call_id", "") == MISSED_CALL
        ]
        assert (missed.read, missed.note, missed.archived) == (False, "", False)

        area.set_history_entry_read(missed.id, body=HistoryEntryFlagRequest(value=True))
        noted = area.set_history_entry_note(
            missed.id, body=HistoryEntryNoteRequest(note="ring back")
        )
        assert (noted.id, noted.note, noted.read) == (missed.id, "ring back", True)
        entry = client.history.fetch_by_id(missed.id)
        assert (entry.read, entry.note) == (True, "ring back")

        area.set_history_entry_archived(missed.id, body=HistoryEntryFlagRequest(value=True))
        assert missed.id not in [e.id for e in client.history.fetch_all()]
        archived = client.history.fetch_all(sipgateio.HistoryFilter(archived=True))
        assert missed.id in [e.id for e in archived]
        area.set_history_entry_read(missed.id, body=HistoryEntryFlagRequest(value=False))
        assert area.get_history_entry(missed.id).read is False

    for change in (
        lambda: area.set_history_entry_read("999", body=HistoryEntryFlagRequest(value=True)),
        lambda: area.set_history_entry_archived("999", body=HistoryEntryFlagRequest(value=True)),
        lambda: area.set_history_entry_note("999", body=HistoryEntryNoteRequest(note="x")),
    ):
        with pytest.raises(sipgateio.NotFoundError):
            change()


@scenario(
    "history.list_history",
    "history.update_history_entry",
    "history.update_history_entries",
    "history.export_history_csv",
    "history.delete_history_entry",
    "history.delete_history_entries",
)
def test_entries_are_changed_exported_and_deleted(endpoints: Any, sandbox: Sandbox) -> None:
    area = endpoints.history
    sms, fax, voicemail, call = (
        next(e for e in area.list_history().items if str(e.type_) == kind)
        for kind in ("SMS", "FAX", "VOICEMAIL", "CALL")
    )
    area.update_history_entry(sms.id, body=HistoryEntryUpdate(starred=True, note="conference"))
    changed = area.get_history_entry(sms.id)
    assert (changed.starred, changed.note) == (True, "conference")
    area.update_history_entries(
        body=[
            HistoryBatchUpdateItem(id=fax.id, read=False),
            HistoryBatchUpdateItem(id=voicemail.id, archived=True),
        ]
    )
    assert area.get_history_entry(fax.id).read is False
    assert voicemail.id in [e.id for e in area.list_history(archived=True).items]
    with pytest.raises(sipgateio.BadRequestError):
        area.update_history_entries(body=[HistoryBatchUpdateItem(id="999", read=True)])

    # The generated request asks for CSV, as client.history.export_as_csv_string does.
    exported = area.export_history_csv(types=[HistoryEntryType.SMS])
    assert exported.splitlines()[1].startswith(sms.id + ",") and "conference" in exported
    assert fax.id not in exported
    with sipgateio.SipgateIO(**sandbox.client_options()) as client:
        csv = client.history.export_as_csv_string(
            sipgateio.BaseHistoryFilter(types=[sipgateio.HistoryEntryType.SMS])
        )
    assert csv.splitlines()[1].startswith(sms.id + ",")

    area.delete_history_entry(sms.id)
    with pytest.raises(sipgateio.NotFoundError):
        area.get_history_entry(sms.id)
    with pytest.raises(sipgateio.NotFoundError):
        area.delete_history_entry(sms.id)
    area.delete_history_entries(id=[fax.id, call.id])
    remaining = [e.id for e in area.list_history().items]
    assert fax.id not in remaining and call.id not in remaining


SCENARIOS = [
    test_single_flags_change_what_the_history_shows,
    test_entries_are_changed_exported_and_deleted,
]
