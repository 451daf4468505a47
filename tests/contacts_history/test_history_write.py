"""``client.history``: deleting, batch updates and the CSV export."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from typing import Any

import pytest

import sipgateio
from sipgateio import (
    BaseHistoryFilter,
    CallHistoryEntry,
    HistoryEntryType,
    HistoryEntryUpdateOptions,
    HistoryFilter,
    Pagination,
)
from tests._server import Recorded, RecordingServer, Reply


def entries(*ids: str) -> list[CallHistoryEntry]:
    return [CallHistoryEntry(id=entry_id) for entry_id in ids]


# --- deleting --------------------------------------------------------------------------


def test_delete_by_list_of_ids_sends_every_id_as_a_repeated_key(
    client: Any, server: RecordingServer
) -> None:
    server.on("DELETE", "/history", Reply(204))

    client.history.delete_by_list_of_ids(["1", "2", "3"])

    (request,) = server.requests
    assert request.query == {"id": ["1", "2", "3"]}


def test_delete_by_list_of_ids_refuses_an_empty_list_and_sends_nothing(
    client: Any, server: RecordingServer
) -> None:
    with pytest.raises(sipgateio.ValidationError, match="whole history") as caught:
        client.history.delete_by_list_of_ids([])

    assert caught.value.argument == "entry_ids"
    assert server.requests == []


def test_delete_by_list_of_ids_refuses_a_blank_id_and_sends_nothing(
    client: Any, server: RecordingServer
) -> None:
    with pytest.raises(sipgateio.ValidationError):
        client.history.delete_by_list_of_ids(["1", ""])

    assert server.requests == []


def test_delete_by_list_of_ids_splits_long_lists_over_several_requests(
    client: Any, server: RecordingServer
) -> None:
    server.on("DELETE", "/history", Reply(204))
    ids = [str(i) for i in range(250)]

    client.history.delete_by_list_of_ids(ids)

    sent = sorted((r.query["id"] for r in server.requests), key=lambda chunk: int(chunk[0]))
    assert [len(chunk) for chunk in sent] == [100, 100, 50]
    assert [i for chunk in sent for i in chunk] == ids


def test_delete_by_list_of_ids_passes_a_single_requests_error_through(
    client: Any, server: RecordingServer
) -> None:
    server.on("DELETE", "/history", Reply(403))

    with pytest.raises(sipgateio.PermissionDeniedError):
        client.history.delete_by_list_of_ids(["1"])


def test_delete_by_id_deletes_that_entry(client: Any, server: RecordingServer) -> None:
    server.on("DELETE", "/history/123", Reply(204))

    client.history.delete_by_id("123")

    assert [(r.method, r.path) for r in server.requests] == [("DELETE", "/history/123")]


def test_delete_by_id_of_an_unknown_entry_raises_not_found(
    client: Any, server: RecordingServer
) -> None:
    server.on("DELETE", "/history/404", Reply(404))

    with pytest.raises(sipgateio.NotFoundError):
        client.history.delete_by_id("404")


# --- batch updates ---------------------------------------------------------------------


def test_batch_update_events_sends_notes_one_by_one_and_flags_in_one_batch(
    client: Any, server: RecordingServer
) -> None:
    server.on("PUT", "/history", Reply(204))
    for entry_id in ("3", "4"):
        server.on("PUT", f"/history/{entry_id}", Reply(204))

    def options(entry: Any) -> HistoryEntryUpdateOptions:
        if entry.id in ("3", "4"):
            return HistoryEntryUpdateOptions(note="Note Event")
        return HistoryEntryUpdateOptions(starred=True)

    client.history.batch_update_events(entries("1", "2", "3", "4", "5"), options)

    assert len(server.requests) == 3
    (batch,) = server.calls("PUT", "/history")
    assert batch.json() == [
        {"id": "1", "starred": True},
        {"id": "2", "starred": True},
        {"id": "5", "starred": True},
    ]
    assert server.calls("PUT", "/history/3")[0].json() == {"note": "Note Event"}
    assert server.calls("PUT", "/history/4")[0].json() == {"note": "Note Event"}


def test_batch_update_events_sends_every_set_field_with_a_note(
    client: Any, server: RecordingServer
) -> None:
    server.on("PUT", "/history/1", Reply(204))

    client.history.batch_update_events(
        entries("1"),
        lambda entry: HistoryEntryUpdateOptions(note="", starred=True, read=True),
    )

    assert server.calls("PUT", "/history/1")[0].json() == {
        "note": "",
        "starred": True,
        "read": True,
    }


def test_batch_update_events_splits_flag_changes_into_batches_under_150(
    client: Any, server: RecordingServer
) -> None:
    server.on("PUT", "/history", Reply(204))
    ids = [str(i) for i in range(400)]

    client.history.batch_update_events(
        entries(*ids), lambda entry: HistoryEntryUpdateOptions(archived=True, read=False)
    )

    batches = [r.json() for r in server.calls("PUT", "/history")]
    assert sorted(len(batch) for batch in batches) == [102, 149, 149]
    assert sorted(item["id"] for batch in batches for item in batch) == sorted(ids)
    assert all(item.keys() == {"id", "archived", "read"} for b in batches for item in b)


def test_batch_update_events_sends_nothing_for_entries_without_changes(
    client: Any, server: RecordingServer
) -> None:
    client.history.batch_update_events(
        entries("1", "2", "3"),
        lambda entry: None if entry.id == "1" else HistoryEntryUpdateOptions(),
    )

    assert server.requests == []


def test_batch_update_events_with_no_events_sends_nothing(
    client: Any, server: RecordingServer
) -> None:
    client.history.batch_update_events([], lambda entry: HistoryEntryUpdateOptions(read=True))

    assert server.requests == []


def test_batch_update_events_leaves_unset_flags_out_of_the_batch(
    client: Any, server: RecordingServer
) -> None:
    server.on("PUT", "/history", Reply(204))

    client.history.batch_update_events(
        entries("7"), lambda entry: HistoryEntryUpdateOptions(read=True, starred=None)
    )

    assert server.calls("PUT", "/history")[0].json() == [{"id": "7", "read": True}]


def test_batch_update_events_tries_every_request_and_reports_the_failed_entries(
    client: Any, server: RecordingServer
) -> None:
    server.on("PUT", "/history", Reply(204))
    server.on("PUT", "/history/2", Reply(404))
    server.on("PUT", "/history/3", Reply(204))

    def options(entry: Any) -> HistoryEntryUpdateOptions:
        if entry.id == "1":
            return HistoryEntryUpdateOptions(read=True)
        return HistoryEntryUpdateOptions(note=f"note {entry.id}")

    with pytest.raises(sipgateio.PartialFailureError) as caught:
        client.history.batch_update_events(entries("1", "2", "3"), options)

    assert list(caught.value.failures) == ["2"]
    assert isinstance(caught.value.failures["2"], sipgateio.NotFoundError)
    assert caught.value.succeeded == 2
    assert len(server.requests) == 3


@pytest.mark.parametrize(
    "options",
    [
        {"starred": "yes"},
        {"note": 5},
    ],
)
def test_batch_update_events_rejects_invalid_options_before_any_request(
    client: Any, server: RecordingServer, options: dict[str, Any]
) -> None:
    with pytest.raises(sipgateio.ValidationError):
        client.history.batch_update_events(
            entries("1"), lambda entry: HistoryEntryUpdateOptions(**options)
        )

    assert server.requests == []


def test_batch_update_events_rejects_a_callback_returning_something_else(
    client: Any, server: RecordingServer
) -> None:
    with pytest.raises(sipgateio.ValidationError, match="HistoryEntryUpdateOptions"):
        client.history.batch_update_events(entries("1"), lambda entry: {"starred": True})

    assert server.requests == []


# --- CSV export ------------------------------------------------------------------------

CSV_HEADER = "id,source,target,type,created,note"


def csv_rows(start: int, stop: int) -> str:
    return "".join(
        f'{i},+4921100000,+4921100001,CALL,2024-03-01T09:30:00Z,"line one\r\nline, two"\r\n'
        for i in range(start, stop)
    )


def serve_csv(server: RecordingServer, total: int) -> None:
    def page(request: Recorded) -> Reply:
        offset = int(request.query.get("offset", ["0"])[0])
        limit = int(request.query.get("limit", ["10"])[0])
        body = CSV_HEADER + "\r\n" + csv_rows(offset, min(offset + limit, total))
        return Reply(200, body.encode(), headers={"Content-Type": "application/octet-stream"})

    server.on("GET", "/history/export", page)


def test_export_as_csv_string_sends_the_filter_and_pagination(
    client: Any, server: RecordingServer
) -> None:
    serve_csv(server, 100)

    document = client.history.export_as_csv_string(
        BaseHistoryFilter(archived=True, types=[HistoryEntryType.SMS]),
        Pagination(offset=10, limit=20),
    )

    (request,) = server.requests
    assert request.query == {
        "archived": ["true"],
        "types": ["SMS"],
        "offset": ["10"],
        "limit": ["20"],
    }
    assert "text/csv" in request.headers["accept"]
    assert document == CSV_HEADER + "\r\n" + csv_rows(10, 30)


def test_export_as_csv_string_sends_starred_true_as_starred(
    client: Any, server: RecordingServer
) -> None:
    serve_csv(server, 0)

    client.history.export_as_csv_string(BaseHistoryFilter(starred=True))

    assert server.requests[0].query["starred"] == ["STARRED"]


def test_export_as_csv_string_without_pagination_joins_every_page_under_one_header(
    client: Any, server: RecordingServer
) -> None:
    serve_csv(server, 2300)

    document = client.history.export_as_csv_string(
        BaseHistoryFilter(start_date=datetime(2024, 1, 1, tzinfo=UTC))
    )

    rows = list(csv.reader(io.StringIO(document, newline="")))
    assert rows[0] == CSV_HEADER.split(",")
    assert [row[0] for row in rows[1:]] == [str(i) for i in range(2300)]
    assert rows[1][5] == "line one\r\nline, two"
    assert [r.query["offset"] for r in server.requests] == [["0"], ["1000"], ["2000"]]
    assert server.requests[0].query["from"] == ["2024-01-01T00:00:00.000Z"]


def test_export_as_csv_string_of_an_empty_history_is_the_header_line(
    client: Any, server: RecordingServer
) -> None:
    serve_csv(server, 0)

    assert client.history.export_as_csv_string() == CSV_HEADER + "\r\n"
    assert len(server.requests) == 1


def test_export_as_csv_string_rejects_a_bad_connection_id_before_any_request(
    client: Any, server: RecordingServer
) -> None:
    with pytest.raises(sipgateio.ValidationError, match="sokx5"):
        client.history.export_as_csv_string(BaseHistoryFilter(connection_ids=["s0", "sokx5", "e0"]))

    assert server.requests == []


def test_export_as_csv_string_refuses_a_phonenumber_filter_it_cannot_apply(
    client: Any, server: RecordingServer
) -> None:
    with pytest.raises(sipgateio.ValidationError) as caught:
        client.history.export_as_csv_string(HistoryFilter(phonenumber="+49211"))

    assert caught.value.argument == "filter.phonenumber"
    assert server.requests == []


def test_export_as_csv_string_accepts_a_history_filter_without_phonenumber(
    client: Any, server: RecordingServer
) -> None:
    serve_csv(server, 3)

    document = client.history.export_as_csv_string(HistoryFilter(archived=False))

    assert document.count("\r\n") == 1 + 3 * 2
