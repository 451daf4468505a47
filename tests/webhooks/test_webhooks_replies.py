"""What handlers return becomes sipgate's XML: exact elements, attributes and escaping."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import defusedxml.ElementTree as SafeET
import pytest
from sipgateio_webhooks import (
    Dial,
    Gather,
    Hangup,
    RejectReason,
    ResponseBuilder,
    WebhookResponse,
    Webhooks,
    testing,
)
from webhook_support import SERVER_ADDRESS

from sipgateio import ValidationError

replies = ResponseBuilder(check_audio=False)  # the audio checks have their own tests
XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>'


@pytest.fixture
def reply_to(
    make_webhooks: Callable[..., Webhooks], serve: Callable[[Webhooks], str]
) -> Callable[..., testing.WebhookReply]:
    """Serve an app whose newCall handler returns ``result``; post a new call; give the reply."""

    def post(result: Any, **options: Any) -> testing.WebhookReply:
        webhooks = make_webhooks(**options)
        webhooks.on_new_call(lambda event: result)
        reply = testing.post_event(serve(webhooks), testing.new_call())
        assert reply.status_code == 200, reply.text
        assert reply.content_type == "application/xml"
        assert reply.text.startswith(XML_DECLARATION)
        assert reply.root is not None and reply.root.tag == "Response"
        return reply

    return post


def test_no_result_replies_with_an_empty_response(reply_to: Any) -> None:
    reply = reply_to(None)
    assert reply.root.attrib == {}
    assert reply.actions == []


def test_redirect_call_dials_every_number_in_order(reply_to: Any) -> None:
    reply = reply_to(replies.redirect_call(["4921100000", "+4921100001"]))
    (dial,) = reply.actions
    assert dial.tag == "Dial"
    assert dial.attrib == {}  # no anonymous="undefined", no empty callerId
    assert [n.text for n in dial.findall("Number")] == ["4921100000", "+4921100001"]


def test_redirect_call_sets_caller_id_and_anonymous_only_when_asked(reply_to: Any) -> None:
    reply = reply_to(
        replies.redirect_call(["4921100000"], anonymous=True, caller_id="492111234567")
    )
    assert reply.actions[0].attrib == {"callerId": "492111234567", "anonymous": "true"}


def test_send_to_voicemail_dials_the_voicemail(reply_to: Any) -> None:
    (dial,) = reply_to(replies.send_to_voicemail()).actions
    assert [child.tag for child in dial] == ["Voicemail"]


@pytest.mark.parametrize("reason", [RejectReason.BUSY, RejectReason.REJECTED, "busy"])
def test_reject_call_names_the_reason(reply_to: Any, reason: Any) -> None:
    (reject,) = reply_to(replies.reject_call(reason)).actions
    assert reject.tag == "Reject"
    assert reject.attrib == {"reason": str(RejectReason(reason))}


def test_reject_call_defaults_to_rejected(reply_to: Any) -> None:
    assert reply_to(replies.reject_call()).actions[0].attrib == {"reason": "rejected"}


def test_hang_up_call_replies_with_hangup(reply_to: Any) -> None:
    (hangup,) = reply_to(replies.hang_up_call()).actions
    assert (hangup.tag, hangup.attrib, list(hangup)) == ("Hangup", {}, [])


def test_play_audio_plays_the_url(reply_to: Any) -> None:
    (play,) = reply_to(replies.play_audio("https://example.com/a.wav")).actions
    assert play.tag == "Play"
    assert play.find("Url").text == "https://example.com/a.wav"


def test_gather_dtmf_sets_digits_timeout_and_the_on_data_address(reply_to: Any) -> None:
    (gather,) = reply_to(replies.gather_dtmf(3, 5000)).actions
    assert gather.attrib == {"maxDigits": "3", "timeout": "5000", "onData": SERVER_ADDRESS}
    assert list(gather) == []


def test_gather_dtmf_with_an_announcement_nests_the_play(reply_to: Any) -> None:
    gather = reply_to(replies.gather_dtmf(1, 2000, "https://example.com/menu.wav")).actions[0]
    assert gather.find("Play/Url").text == "https://example.com/menu.wav"


def test_a_list_of_actions_is_replied_in_order(reply_to: Any) -> None:
    result = [replies.play_audio("https://example.com/bye.wav"), replies.hang_up_call()]
    assert [a.tag for a in reply_to(result).actions] == ["Play", "Hangup"]


def test_urls_with_ampersands_quotes_and_brackets_are_escaped(reply_to: Any) -> None:
    url = 'https://example.com/a.wav?x=1&y="2"&z=<3>'
    address = 'https://hooks.example.com/s?a=1&b="2"&c=<3>'
    gather = replies.gather_dtmf(1, 2000, url)
    reply = reply_to(gather, server_address=address)
    assert reply.actions[0].get("onData") == address
    assert reply.actions[0].find("Play/Url").text == url
    assert "&amp;" in reply.text and "&lt;" in reply.text


def test_on_answer_and_on_hangup_are_set_when_those_handlers_exist(
    make_webhooks: Callable[..., Webhooks], serve: Callable[[Webhooks], str]
) -> None:
    webhooks = make_webhooks()
    url = serve(webhooks)
    assert testing.post_event(url, testing.new_call()).root.attrib == {}  # type: ignore[union-attr]
    webhooks.on_answer(lambda event: None)
    root = testing.post_event(url, testing.new_call()).root
    assert root.attrib == {"onAnswer": SERVER_ADDRESS}  # type: ignore[union-attr]
    webhooks.on_hangup(lambda event: None)
    root = testing.post_event(url, testing.new_call()).root
    assert root.attrib == {"onAnswer": SERVER_ADDRESS, "onHangup": SERVER_ADDRESS}  # type: ignore[union-attr]


def test_a_data_handler_can_reply_with_the_next_gather(
    make_webhooks: Callable[..., Webhooks], serve: Callable[[Webhooks], str]
) -> None:
    webhooks = make_webhooks()
    webhooks.on_data(lambda event: replies.gather_dtmf(2, 3000) if event.dtmf == "1" else None)
    url = serve(webhooks)
    (gather,) = testing.post_event(url, testing.dtmf("1")).actions
    assert gather.attrib == {"maxDigits": "2", "timeout": "3000", "onData": SERVER_ADDRESS}
    assert testing.post_event(url, testing.dtmf("2")).actions == []


def test_replies_to_answer_and_hangup_events_carry_no_actions(
    make_webhooks: Callable[..., Webhooks], serve: Callable[[Webhooks], str]
) -> None:
    webhooks = make_webhooks()
    webhooks.on_answer(lambda event: replies.hang_up_call())
    url = serve(webhooks)
    reply = testing.post_event(url, testing.answer())
    assert reply.status_code == 200
    assert reply.actions == []


def test_the_xml_parses_with_defusedxml_byte_for_byte(reply_to: Any) -> None:
    reply = reply_to(replies.redirect_call(["4921100000"]))
    root = SafeET.fromstring(reply.text.encode())
    assert SafeET.tostring(root) == SafeET.tostring(reply.root)


def test_the_shared_builder_is_a_response_builder() -> None:
    assert isinstance(WebhookResponse, ResponseBuilder)
    assert WebhookResponse.hang_up_call() == Hangup()


# -- validation at the edge ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("build", "argument"),
    [
        (lambda: replies.redirect_call([]), "numbers"),
        (lambda: replies.redirect_call(["1"] * 6), "numbers"),
        (lambda: replies.redirect_call("4921100000"), "numbers"),
        (lambda: replies.redirect_call(["0211 123"]), "numbers"),
        (lambda: replies.redirect_call(["4921100000"], caller_id="me"), "caller_id"),
        (lambda: replies.redirect_call(["4921100000"], anonymous="yes"), "anonymous"),  # type: ignore[arg-type]
        (lambda: replies.reject_call("later"), "reason"),
        (lambda: replies.gather_dtmf(0, 2000), "max_digits"),
        (lambda: replies.gather_dtmf(1.5, 2000), "max_digits"),  # type: ignore[arg-type]
        (lambda: replies.gather_dtmf(1, 0), "timeout"),
        (lambda: replies.gather_dtmf(1, -1), "timeout"),
        (lambda: replies.gather_dtmf(1, 2000.5), "timeout"),  # type: ignore[arg-type]
        (lambda: replies.gather_dtmf(True, 2000), "max_digits"),
        (lambda: replies.play_audio("www.testurl.com"), "announcement"),
        (lambda: replies.play_audio("ftp://example.com/a.wav"), "announcement"),
    ],
)
def test_invalid_reply_arguments_raise_validation_errors_naming_them(
    build: Callable[[], Any], argument: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        build()
    assert caught.value.argument == argument
    assert argument in str(caught.value)


def test_dial_rejects_numbers_and_voicemail_together() -> None:
    with pytest.raises(ValidationError):
        Dial(numbers=("4921100000",), voicemail=True)


def test_gather_accepts_its_documented_bounds() -> None:
    assert Gather(max_digits=1, timeout=1).timeout == 1


def test_a_handler_returning_something_else_gets_500(
    reply_to: Any, make_webhooks: Callable[..., Webhooks], serve: Callable[[Webhooks], str]
) -> None:
    webhooks = make_webhooks()
    webhooks.on_new_call(lambda event: "<Hangup/>")
    assert testing.post_event(serve(webhooks), testing.new_call()).status_code == 500


def test_a_gather_without_server_address_gets_500_naming_the_cause(
    make_webhooks: Callable[..., Webhooks],
    serve: Callable[[Webhooks], str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    webhooks = make_webhooks(server_address=None)
    webhooks.on_new_call(lambda event: replies.gather_dtmf(1, 2000))
    reply = testing.post_event(serve(webhooks), testing.new_call())
    assert reply.status_code == 500
    assert "needs a server_address" in caplog.text


def test_follow_up_handlers_without_server_address_are_refused_at_registration() -> None:
    webhooks = Webhooks(skip_signature_verification=True)
    for register in (webhooks.on_answer, webhooks.on_hangup, webhooks.on_data):
        with pytest.raises(ValidationError) as caught:
            register(lambda event: None)
        assert caught.value.argument == "server_address"
