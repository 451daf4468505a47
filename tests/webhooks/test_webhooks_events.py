"""Each event type reaches its handler as a typed event, with sipgate's field rules applied."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sipgateio_webhooks import (
    AnswerEvent,
    DataEvent,
    Direction,
    EventType,
    HangUpCause,
    HangUpEvent,
    NewCallEvent,
    Webhooks,
    testing,
)


@pytest.fixture
def received(
    make_webhooks: Callable[..., Webhooks], serve: Callable[[Webhooks], str]
) -> Callable[[Any], Any]:
    """Post signed fields to a served app with all four handlers; return the event seen."""
    seen: list[Any] = []
    webhooks = make_webhooks()
    for register in (webhooks.on_new_call, webhooks.on_answer, webhooks.on_hangup):
        register(seen.append)
    webhooks.on_data(seen.append)
    url = serve(webhooks)

    def post(fields: Any) -> Any:
        reply = testing.post_event(url, fields)
        assert reply.status_code == 200, reply.text
        assert len(seen) == 1
        return seen.pop()

    return post


def test_new_call_event_carries_every_field_with_numbers_in_plus_form(received: Any) -> None:
    event = received(
        testing.new_call(
            from_="492111234567",
            to="4915791234567",
            call_id="abc123",
            original_call_id="orig1",
            users=["Alice", "Bob"],
            user_ids=["w0", "w1"],
            full_user_ids=["1234567w0", "1234567w1"],
            diversion="4921199999",
        )
    )
    assert event == NewCallEvent(
        call_id="abc123",
        original_call_id="orig1",
        xcid="8419b3450b75cd19",
        from_="+492111234567",
        to="+4915791234567",
        direction=Direction.IN,
        users=["Alice", "Bob"],
        user_ids=["w0", "w1"],
        full_user_ids=["1234567w0", "1234567w1"],
        diversion="+4921199999",
    )
    assert event.event is EventType.NEW_CALL


def test_new_call_keeps_an_empty_user_and_tolerates_absent_id_lists(received: Any) -> None:
    # the shape of the real 2021 push: "user%5B%5D=" and no userId[] / fullUserId[]
    fields = testing.new_call(users=[""], user_ids=[], full_user_ids=[])
    event = received(fields)
    assert event.users == [""]
    assert event.user_ids == []
    assert event.full_user_ids == []


def test_answer_event_keeps_the_singular_user_fields(received: Any) -> None:
    event = received(
        testing.answer(
            from_="anonymous",
            user="John Doe",
            user_id="w0",
            full_user_id="1234567w0",
            answering_number="4921100000",
            diversion="4921199999",
        )
    )
    assert isinstance(event, AnswerEvent)
    assert (event.user, event.user_id, event.full_user_id) == ("John Doe", "w0", "1234567w0")
    assert event.from_ == "anonymous"
    assert event.answering_number == "+4921100000"
    assert event.diversion == "+4921199999"


def test_answer_event_without_user_fields_leaves_them_none(received: Any) -> None:
    event = received(testing.answer(user=None, user_id=None, full_user_id=None))
    assert (event.user, event.user_id, event.full_user_id) == (None, None, None)


def test_hangup_event_gives_the_cause_as_an_enum(received: Any) -> None:
    event = received(testing.hangup(cause="busy", answering_number="4921100000"))
    assert isinstance(event, HangUpEvent)
    assert event.cause is HangUpCause.BUSY
    assert event.answering_number == "+4921100000"


def test_hangup_event_keeps_a_cause_sipgate_added_later(received: Any) -> None:
    event = received(testing.hangup(cause="chanunavail"))
    assert event.cause == "chanunavail"
    assert isinstance(event.cause, HangUpCause)


def test_hangup_with_an_empty_answering_number_keeps_it_empty(received: Any) -> None:
    assert received(testing.hangup(answering_number="")).answering_number == ""


def test_dtmf_event_keeps_leading_zeros(received: Any) -> None:
    event = received(testing.dtmf("0042"))
    assert event == DataEvent(call_id="test-call-1", dtmf="0042")
    assert event.event is EventType.DATA


def test_dtmf_event_without_digits_gives_an_empty_string(received: Any) -> None:
    assert received({"event": "dtmf", "callId": "c1"}).dtmf == ""


@pytest.mark.parametrize(
    ("sent", "seen"),
    [
        ("4921112345", "+4921112345"),
        ("+4921112345", "+4921112345"),  # never "++"
        (" 4921112345", "+4921112345"),  # a raw "+" that form decoding made a space
        ("anonymous", "anonymous"),
        ("", ""),  # never a lone "+"
        ("123456e0", "123456e0"),  # a SIP id is no number
    ],
)
def test_numbers_get_a_plus_only_when_they_are_bare_digits(
    received: Any, sent: str, seen: str
) -> None:
    event = received(testing.new_call(from_=sent, to=sent, diversion=sent))
    assert (event.from_, event.to, event.diversion) == (seen, seen, seen)


def test_a_raw_plus_in_the_body_reaches_the_handler_as_a_plus(received: Any) -> None:
    body = testing.encode(testing.new_call()).replace(b"from=492111234567", b"from=+492111234567")
    assert received(body).from_ == "+492111234567"


def test_unknown_fields_are_kept_in_extra(received: Any) -> None:
    event = received(testing.new_call(pushApiVersion="2", tag="x&y"))
    assert event.extra == {"pushApiVersion": ["2"], "tag": ["x&y"]}


def test_outgoing_direction_and_unknown_directions_are_kept(received: Any) -> None:
    assert received(testing.new_call(direction="out")).direction is Direction.OUT
    assert received(testing.new_call(direction="sideways")).direction == "sideways"


def test_indexed_list_fields_as_qs_writes_them_are_read_as_lists(received: Any) -> None:
    body = (
        b"event=newCall&callId=c1&from=4912354678&to=49999999&direction=in"
        b"&user%5B%5D%5B0%5D=TestUser&user%5B%5D%5B1%5D=Other&userId%5B0%5D=w1"
    )
    event = received(body)
    assert event.users == ["TestUser", "Other"]
    assert event.user_ids == ["w1"]
