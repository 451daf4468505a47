"""History entries read the fast way equal entries mended field by field.

An entry whose every field has the JSON type the entry types imply is decoded straight into
typed entries; an entry with anything else (a field of another type, a kind sipgate may add
later) is mended field by field, a value of another type counting as left out, while the
rest of its page is still read the fast way. Over real HTTP on 127.0.0.1, with both
clients, the same entries must come out either way.
"""

from __future__ import annotations

from typing import Any

import attrs
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import sipgateio
from tests._server import RecordingServer, Reply
from tests.contacts_history.conftest import history_item

ABSENT = object()

text = st.text(max_size=6)
times = st.sampled_from(
    [
        "2024-03-01T09:30:00Z",
        "2024-03-01T09:30:00.250Z",
        "2024-03-01T10:30:00+01:00",
        "2024-03-01T09:30:00",  # no zone: taken as UTC
    ]
)


def maybe(values: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """A field's value, JSON null, or the field left out."""
    return st.one_of(values, st.none(), st.just(ABSENT))


def nullable(values: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """A value or JSON null (for optional keys, which may be left out as well)."""
    return st.one_of(values, st.none())


def enum_text(*known: str) -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(known), st.just("SOMETHING_NEW"), st.just(""))


endpoint = st.fixed_dictionaries(
    {},
    optional={
        "type": nullable(st.sampled_from(["ROUTED", "PICKUP"])),
        "endpoint": nullable(
            st.fixed_dictionaries(
                {},
                optional={
                    "extension": nullable(st.sampled_from(["p0", "g0"])),
                    "type": nullable(st.sampled_from(["PHONELINE", "GROUP"])),
                },
            )
        ),
    },
)

common = {
    "id": st.one_of(st.integers(0, 10**12).map(str), st.integers(0, 10**12)),
    "source": maybe(text),
    "target": maybe(text),
    "sourceAlias": maybe(text),
    "targetAlias": maybe(text),
    "created": maybe(times),
    "lastModified": maybe(times),
    "direction": maybe(enum_text("INCOMING", "OUTGOING", "MISSED_INCOMING")),
    "incoming": maybe(st.booleans()),
    "status": maybe(enum_text("PICKUP", "NOPICKUP", "BUSY")),
    "connectionIds": maybe(st.lists(text, max_size=2)),
    "read": maybe(st.booleans()),
    "archived": maybe(st.booleans()),
    "note": maybe(text),
    "endpoints": maybe(st.lists(endpoint, max_size=3)),
    "starred": maybe(st.booleans()),
    "labels": maybe(st.lists(text, max_size=2)),
}
per_kind = {
    "CALL": {
        "callId": maybe(text),
        "recordings": maybe(
            st.lists(
                st.fixed_dictionaries({}, optional={"id": nullable(text), "url": nullable(text)}),
                max_size=2,
            )
        ),
        "duration": maybe(st.integers(0, 10_000)),
        "callStatus": maybe(enum_text("SUCCESS", "MISSED", "BUSY")),
    },
    "FAX": {
        "faxStatusType": maybe(enum_text("SENT", "FAILED", "PENDING")),
        "scheduled": maybe(times),
        "documentUrl": maybe(text),
        "reportUrl": maybe(text),
        "previewUrl": maybe(text),
        "pageCount": maybe(st.integers(0, 99)),
    },
    "SMS": {"smsContent": maybe(text), "scheduled": maybe(times)},
    "VOICEMAIL": {
        "transcription": maybe(text),
        "recordingUrl": maybe(text),
        "duration": maybe(st.integers(0, 10_000)),
    },
}


@st.composite
def entries(draw: st.DrawFn) -> dict[str, Any]:
    kind = draw(st.sampled_from(sorted(per_kind)))
    fields = draw(st.fixed_dictionaries({**common, **per_kind[kind]}))
    return {"type": kind, **{k: v for k, v in fields.items() if v is not ABSENT}}


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(items=st.lists(entries(), min_size=1, max_size=8))
def test_a_page_gives_the_same_entries_read_either_way(
    client: Any, server: RecordingServer, items: list[dict[str, Any]]
) -> None:
    newer_kind = history_item(0, "CONFERENCE")  # a kind no struct fits
    mistyped = [{**item, "note": ["no", "text"]} for item in items]  # nor these: mended
    server.on("GET", "/history", Reply(200, {"items": items, "totalCount": len(items)}))
    fast = client.history.fetch_all()
    server.on(
        "GET",
        "/history",
        Reply(200, {"items": [*mistyped, newer_kind], "totalCount": len(items) + 1}),
    )
    tolerant = client.history.fetch_all()

    assert [attrs.evolve(entry, note="") for entry in fast] == tolerant[:-1]
    assert type(tolerant[-1]) is sipgateio.BaseHistoryEntry
    assert [entry.id for entry in fast] == [str(item["id"]) for item in items]
    for entry in fast:
        for moment in (entry.created, entry.last_modified):
            assert moment is None or moment.tzinfo is not None


def test_an_entry_with_a_field_of_another_type_is_mended_field_by_field(
    client: Any, server: RecordingServer
) -> None:
    items = [
        history_item(1, "CALL"),
        history_item(2, "CALL", duration="61", created=""),  # text where a number belongs
        history_item(3, "SMS", labels=[1, "urgent"], endpoints=["p0"]),
    ]
    server.on("GET", "/history", Reply(200, {"items": items, "totalCount": 3}))

    first, second, third = client.history.fetch_all()

    assert first.duration == 42
    assert (second.duration, second.created) == (None, None)
    assert (third.labels, third.endpoints) == (["urgent"], [])
