"""``client.history.fetch_all``, ``iter_all`` and ``fetch_by_id``: queries, pages and entry types."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

import sipgateio
from sipgateio import (
    CallHistoryEntry,
    FaxHistoryEntry,
    HistoryDirection,
    HistoryEntryType,
    HistoryFilter,
    Pagination,
    SmsHistoryEntry,
    VoicemailHistoryEntry,
)
from tests._server import RecordingServer, Reply
from tests.contacts_history.conftest import history_item, serve_pages


def test_fetch_all_sends_the_filter_as_the_node_sdk_does(
    client: Any, server: RecordingServer
) -> None:
    server.on("GET", "/history", Reply(200, {"items": [], "totalCount": 0}))

    client.history.fetch_all(
        HistoryFilter(
            archived=False,
            connection_ids=["p0", "g1"],
            directions=[HistoryDirection.INCOMING, HistoryDirection.MISSED_OUTGOING],
            start_date=datetime(2020, 1, 1, tzinfo=UTC),
            starred=False,
            end_date=datetime(2020, 2, 1, 12, 30, 0, 500000, tzinfo=UTC),
            types=[HistoryEntryType.CALL, HistoryEntryType.FAX],
            phonenumber="+49211",
        ),
        Pagination(offset=10, limit=50),
    )

    (request,) = server.requests
    assert request.query == {
        "archived": ["false"],
        "connectionIds": ["p0", "g1"],
        "directions": ["INCOMING", "MISSED_OUTGOING"],
        "from": ["2020-01-01T00:00:00.000Z"],
        "starred": ["UNSTARRED"],
        "to": ["2020-02-01T12:30:00.500Z"],
        "types": ["CALL", "FAX"],
        "phonenumber": ["+49211"],
        "offset": ["10"],
        "limit": ["50"],
    }


def test_fetch_all_converts_dates_in_other_zones_to_utc(
    client: Any, server: RecordingServer
) -> None:
    server.on("GET", "/history", Reply(200, {"items": [], "totalCount": 0}))
    berlin_winter = timezone(timedelta(hours=1))

    client.history.fetch_all(
        HistoryFilter(start_date=datetime(2024, 1, 31, 8, 0, tzinfo=berlin_winter)),
        Pagination(limit=10),
    )

    assert server.requests[0].query["from"] == ["2024-01-31T07:00:00.000Z"]


def test_fetch_all_sends_starred_true_as_starred(client: Any, server: RecordingServer) -> None:
    server.on("GET", "/history", Reply(200, {"items": [], "totalCount": 0}))

    client.history.fetch_all(HistoryFilter(starred=True), Pagination(limit=5))

    assert server.requests[0].query["starred"] == ["STARRED"]


def test_fetch_all_with_only_a_phonenumber_sends_nothing_else_but_the_page(
    client: Any, server: RecordingServer
) -> None:
    server.on("GET", "/history", Reply(200, {"items": [], "totalCount": 0}))

    client.history.fetch_all(HistoryFilter(phonenumber="0211123456789"))

    assert server.requests[0].query == {
        "phonenumber": ["0211123456789"],
        "offset": ["0"],
        "limit": ["1000"],
    }


def test_fetch_all_rejects_a_bad_connection_id_before_any_request(
    client: Any, server: RecordingServer
) -> None:
    with pytest.raises(sipgateio.ValidationError) as caught:
        client.history.fetch_all(HistoryFilter(connection_ids=["s0", "s1", "sokx5", "s2"]))

    assert "sokx5" in str(caught.value)
    assert caught.value.argument == "filter.connection_ids[2]"
    assert server.requests == []


@pytest.mark.parametrize(
    ("history_filter", "argument"),
    [
        (HistoryFilter(connection_ids="p0"), "filter.connection_ids"),  # type: ignore[arg-type]
        (HistoryFilter(types=["CHAT"]), "filter.types"),  # type: ignore[list-item]
        (HistoryFilter(directions=["SIDEWAYS"]), "filter.directions"),  # type: ignore[list-item]
        (HistoryFilter(starred="yes"), "filter.starred"),  # type: ignore[arg-type]
        (HistoryFilter(archived="no"), "filter.archived"),  # type: ignore[arg-type]
        (HistoryFilter(start_date=datetime(2024, 1, 1)), "filter.start_date"),
        (
            HistoryFilter(
                start_date=datetime(2024, 2, 1, tzinfo=UTC),
                end_date=datetime(2024, 1, 1, tzinfo=UTC),
            ),
            "filter.start_date",
        ),
        (HistoryFilter(phonenumber=" "), "filter.phonenumber"),
        ({"types": ["CALL"]}, "filter"),
    ],
)
def test_fetch_all_rejects_an_invalid_filter_before_any_request(
    client: Any, server: RecordingServer, history_filter: Any, argument: str
) -> None:
    with pytest.raises(sipgateio.ValidationError) as caught:
        client.history.fetch_all(history_filter)

    assert caught.value.argument == argument
    assert server.requests == []


def test_fetch_all_rejects_a_page_larger_than_the_api_allows_before_any_request(
    client: Any, server: RecordingServer
) -> None:
    with pytest.raises(sipgateio.ValidationError, match="at most 1000"):
        client.history.fetch_all(HistoryFilter(), Pagination(limit=100000))

    assert server.requests == []


def test_fetch_all_reports_a_rejected_filter_as_a_bad_request(
    client: Any, server: RecordingServer
) -> None:
    server.on("GET", "/history", Reply(400, {"message": "Invalid filter"}))

    with pytest.raises(sipgateio.BadRequestError) as caught:
        client.history.fetch_all(HistoryFilter(types=[HistoryEntryType.SMS]))

    assert caught.value.status_code == 400


def test_fetch_all_without_pagination_returns_every_entry_in_pages_of_1000(
    client: Any, server: RecordingServer
) -> None:
    items = [history_item(i) for i in range(2500)]
    serve_pages(server, "/history", items)

    entries = client.history.fetch_all()

    assert [e.id for e in entries] == [str(i) for i in range(2500)]
    assert [(r.query["offset"], r.query["limit"]) for r in server.requests] == [
        (["0"], ["1000"]),
        (["1000"], ["1000"]),
        (["2000"], ["1000"]),
    ]


def test_fetch_all_keeps_paging_when_the_server_sends_smaller_pages_than_asked(
    client: Any, server: RecordingServer
) -> None:
    items = [history_item(i) for i in range(1200)]

    def clamped(request: Any) -> Reply:
        offset = int(request.query["offset"][0])
        return Reply(200, {"items": items[offset : offset + 500], "totalCount": len(items)})

    server.on("GET", "/history", clamped)

    entries = client.history.fetch_all()

    assert len(entries) == 1200
    assert [r.query["offset"] for r in server.requests] == [["0"], ["500"], ["1000"]]


def test_fetch_all_without_a_total_count_stops_at_the_first_short_page(
    client: Any, server: RecordingServer
) -> None:
    serve_pages(server, "/history", [history_item(i) for i in range(1001)], total=False)

    entries = client.history.fetch_all()

    assert len(entries) == 1001
    assert len(server.requests) == 2


def test_fetch_all_of_an_empty_history_makes_one_request(
    client: Any, server: RecordingServer
) -> None:
    serve_pages(server, "/history", [])

    assert client.history.fetch_all() == []
    assert len(server.requests) == 1


def test_fetch_all_with_pagination_returns_only_that_page(
    client: Any, server: RecordingServer
) -> None:
    serve_pages(server, "/history", [history_item(i) for i in range(50)])

    entries = client.history.fetch_all(pagination=Pagination(offset=10, limit=5))

    assert [e.id for e in entries] == ["10", "11", "12", "13", "14"]
    assert len(server.requests) == 1


def test_iter_all_yields_every_entry_page_by_page(client: Any, server: RecordingServer) -> None:
    serve_pages(server, "/history", [history_item(i) for i in range(2001)])

    entries = client.history.iter_all(HistoryFilter(types=[HistoryEntryType.CALL]))

    assert [e.id for e in entries] == [str(i) for i in range(2001)]
    assert [r.query["types"] for r in server.requests] == [["CALL"]] * 3


def test_iter_all_rejects_a_bad_filter_without_sending(
    client: Any, server: RecordingServer
) -> None:
    with pytest.raises(sipgateio.ValidationError):
        list(client.history.iter_all(HistoryFilter(connection_ids=["nope"])))

    assert server.requests == []


def test_entries_are_typed_per_kind_with_aware_datetimes(
    client: Any, server: RecordingServer
) -> None:
    items = [
        history_item(1, "CALL", callStatus="MISSED", direction="MISSED_INCOMING"),
        history_item(2, "FAX", faxStatusType="FAILED", scheduled="2024-03-02T10:00:00Z"),
        history_item(3, "SMS"),
        history_item(4, "VOICEMAIL", note="call back"),
    ]
    serve_pages(server, "/history", items)

    call, fax, sms, voicemail = client.history.fetch_all()

    assert isinstance(call, CallHistoryEntry)
    assert call.call_status == sipgateio.CallStatusType.MISSED
    assert call.direction == HistoryDirection.MISSED_INCOMING
    assert call.created == datetime(2024, 3, 1, 9, 30, tzinfo=UTC)
    assert call.last_modified is not None and call.last_modified.tzinfo is not None
    assert call.endpoints[0].endpoint.extension == "p0"
    assert isinstance(fax, FaxHistoryEntry)
    assert fax.fax_status == sipgateio.FaxStatus.FAILED
    assert fax.scheduled == datetime(2024, 3, 2, 10, 0, tzinfo=UTC)
    assert fax.page_count == 2
    assert isinstance(sms, SmsHistoryEntry)
    assert sms.sms_content == "See you at 8"
    assert isinstance(voicemail, VoicemailHistoryEntry)
    assert (voicemail.transcription, voicemail.duration, voicemail.note) == (
        "Please call back",
        7,
        "call back",
    )


def test_entries_of_unknown_kinds_and_values_are_kept_not_refused(
    client: Any, server: RecordingServer
) -> None:
    items = [
        history_item(1, "CHAT", direction="SIDEWAYS"),
        history_item(2, "CALL", callStatus="TELEPORTED", created="2024-03-01T09:30:00"),
    ]
    serve_pages(server, "/history", items)

    chat, call = client.history.fetch_all()

    assert type(chat) is sipgateio.BaseHistoryEntry
    assert chat.type == "CHAT"
    assert chat.direction == "SIDEWAYS"
    assert call.call_status == "TELEPORTED"
    assert call.created == datetime(2024, 3, 1, 9, 30, tzinfo=UTC)


def test_fetch_by_id_returns_a_fax_with_its_status(client: Any, server: RecordingServer) -> None:
    server.on(
        "GET", "/history/4711", Reply(200, history_item(4711, "FAX", faxStatusType="SENDING"))
    )

    entry = client.history.fetch_by_id("4711")

    assert isinstance(entry, FaxHistoryEntry)
    assert entry.fax_status == sipgateio.FaxStatus.SENDING
    assert entry.id == "4711"


def test_fetch_by_id_of_an_unknown_entry_raises_not_found(
    client: Any, server: RecordingServer
) -> None:
    with pytest.raises(sipgateio.NotFoundError):
        client.history.fetch_by_id("someUnknownEntryId")

    assert [r.path for r in server.requests] == ["/history/someUnknownEntryId"]


def test_fetch_by_id_rejects_an_id_that_is_not_one_path_segment(
    client: Any, server: RecordingServer
) -> None:
    with pytest.raises(sipgateio.ValidationError):
        client.history.fetch_by_id("../contacts")

    assert server.requests == []
