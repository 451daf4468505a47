"""The test kit lets a user check a handler in one line; the core runs without a server."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sipgateio_webhooks import (
    SIPGATE_PUBLIC_KEY_PEM,
    SignatureVerifier,
    WebhookResponse,
    Webhooks,
    create_server,
    testing,
)


def test_the_readme_example_tests_a_handler_in_one_line() -> None:
    server = create_server(
        port=0,
        server_address="https://example.com/hook",
        public_key=testing.test_key().public_key_pem,
    )
    server.on_new_call(lambda event: WebhookResponse.redirect_call(["4915791234567"]))
    try:
        reply = testing.post_event(server, testing.new_call(from_="492111234567"))
        assert reply.root is not None
        assert reply.root.find("Dial/Number").text == "4915791234567"  # type: ignore[union-attr]
    finally:
        server.stop()


def test_the_kit_encodes_list_fields_as_sipgate_does() -> None:
    body = testing.encode(testing.new_call(users=["A", "B"], user_ids=["w0", "w1"]))
    assert b"user%5B%5D=A&user%5B%5D=B&userId%5B%5D=w0&userId%5B%5D=w1" in body


def test_the_kit_builds_a_real_sipgate_push_byte_for_byte() -> None:
    signatures = json.loads((Path(__file__).parent / "sipgate_push_signature.json").read_text())
    real = next(v for v in signatures["vectors"] if v["name"].startswith("real sipgate push"))
    call_id = "54566B150B0C0D3A5D534D5F565D7C5F54535A5C5B53525A7E5B5D5745504457444C425D5057"
    fields = testing.new_call(
        from_="491776249000",
        to="4928559389086",
        call_id=call_id,
        users=[""],
        user_ids=[],
        full_user_ids=[],
        xcid="8419b3450b75cd19",
    )
    body = testing.encode(fields)
    assert body == real["body"].encode()
    assert SignatureVerifier(SIPGATE_PUBLIC_KEY_PEM).verify(body, real["signature"])


def test_the_kit_leaves_out_what_a_push_does_not_carry() -> None:
    assert testing.dtmf(None, call_id="c1") == {"event": "dtmf", "callId": "c1"}
    hangup = testing.hangup(answering_number=None)
    assert not {"answeringNumber", "origCallId", "xcid", "diversion"} & hangup.keys()
    answer = testing.answer(user=None, original_call_id="c0", xcid="x1")
    assert "user" not in answer
    assert (answer["origCallId"], answer["xcid"]) == ("c0", "x1")


def test_posted_pushes_carry_sipgates_headers_and_a_valid_signature() -> None:
    seen: list[Any] = []
    webhooks = Webhooks("https://example.com/hook", public_key=testing.test_key().public_key_pem)
    webhooks.on_hangup(seen.append)
    body = testing.encode(testing.hangup(cause="busy"))
    headers = testing.push_headers(body)
    assert headers["User-Agent"] == "sipgate.io"
    assert webhooks.handle(body, headers, peer="127.0.0.1").status == 200
    assert str(seen[0].cause) == "busy"
    unsigned = testing.push_headers(body, sign=False)
    assert "X-Sipgate-Signature" not in unsigned
    assert webhooks.handle(body, unsigned, peer="127.0.0.1").status == 403


def test_a_key_handed_to_another_process_signs_the_same() -> None:
    key = testing.test_key()
    copy = testing.TestKey.from_pem(key.private_key_pem)
    assert copy.public_key_pem == key.public_key_pem
    assert copy.sign(b"event=dtmf") == key.sign(b"event=dtmf")


def test_the_core_answers_without_any_server() -> None:
    webhooks = Webhooks(public_key=testing.test_key().public_key_pem)
    seen: list[Any] = []
    webhooks.on_new_call(lambda event: (seen.append(event), WebhookResponse.hang_up_call())[1])
    body = testing.encode(testing.new_call())
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "X-Sipgate-Signature": testing.test_key().sign(body),
    }
    reply = webhooks.handle(body, headers, peer="127.0.0.1")
    assert (reply.status, reply.content_type) == (200, "application/xml")
    assert reply.body.endswith(b"<Response><Hangup /></Response>")
    assert seen[0].from_ == "+492111234567"
    assert webhooks.handle(body, {**headers, "X-Sipgate-Signature": ""}).status == 403


async def test_the_core_answers_on_an_event_loop_too() -> None:
    webhooks = Webhooks(skip_signature_verification=True)

    async def reject(event: Any) -> Any:
        return WebhookResponse.reject_call("busy")

    webhooks.on_new_call(reject)
    body = testing.encode(testing.new_call())
    reply = await webhooks.handle_async(body, {"content-type": "application/x-www-form-urlencoded"})
    assert reply.body.endswith(b'<Response><Reject reason="busy" /></Response>')
