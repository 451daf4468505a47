"""Call flows: signed pushes to a ``sipgateio_webhooks`` server, its XML replies followed."""

from __future__ import annotations

import base64
import socket
import threading
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest
import sipgateio_webhooks
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from sipgateio_webhooks import WebhookResponse

from sipgateio.models import HistoryDirection, HistoryEntryType, HistoryFilter
from sipgateio.sandbox import Sandbox


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Recorder:
    """A webhook server whose handlers record the events they get."""

    def __init__(self, public_key: str) -> None:
        port = _free_port()
        self.url = f"http://127.0.0.1:{port}/"
        self.server = sipgateio_webhooks.create_server(
            port=port, server_address=self.url, hostname="127.0.0.1", public_key=public_key
        )
        self.events: list[Any] = []
        self.lock = threading.Lock()

    def record(self, reply: Callable[[Any], Any] | None = None) -> Callable[[Any], Any]:
        def handler(event: Any) -> Any:
            with self.lock:
                self.events.append(event)
            return None if reply is None else reply(event)

        return handler

    def kinds(self) -> list[str]:
        return [str(event.event) for event in self.events]


@pytest.fixture
def webhook(sandbox: Sandbox) -> Iterator[Recorder]:
    recorder = Recorder(sandbox.public_key_pem)
    sandbox.set_webhook_urls(incoming=recorder.url, outgoing=recorder.url)
    try:
        yield recorder
    finally:
        recorder.server.stop()


def test_incoming_call_follows_gather_dtmf_dial_and_reports_answer_and_hangup(
    sandbox: Sandbox, webhook: Recorder
) -> None:
    server = webhook.server
    server.on_new_call(
        webhook.record(
            lambda e: WebhookResponse.gather_dtmf(3, 2000, announcement=sandbox.audio_url())
        )
    )
    server.on_data(webhook.record(lambda e: WebhookResponse.redirect_call(["+4921112345671"])))
    server.on_answer(webhook.record())
    server.on_hangup(webhook.record())

    flow = sandbox.simulate_incoming_call(from_="+4915112345678", dtmf="42#9")
    assert flow.state == "established"
    sandbox.hang_up(flow.call_id)
    assert flow.wait_ended(5)

    assert webhook.kinds() == ["newCall", "dtmf", "answer", "hangup"]
    new_call, data, answer, hangup = webhook.events
    assert (new_call.from_, new_call.to, str(new_call.direction)) == (
        "+4915112345678",
        "+4921112345670",
        "in",
    )
    assert (new_call.users, new_call.user_ids, new_call.full_user_ids) == (
        ["Ada Lovelace"],
        ["w0"],
        ["1234567w0"],
    )
    assert new_call.original_call_id == new_call.call_id == flow.call_id
    assert data.dtmf == "42#"
    assert (answer.answering_number, answer.user_id) == ("+4921112345671", "w0")
    assert str(hangup.cause) == "normalClearing"
    assert {(event.original_call_id, event.xcid) for event in (answer, hangup)} == {
        (new_call.call_id, new_call.xcid)
    }
    assert [push.status for push in flow.pushes] == [200, 200, 200, 200]


def test_reject_ends_the_call_as_busy(sandbox: Sandbox, webhook: Recorder) -> None:
    webhook.server.on_new_call(
        webhook.record(lambda e: WebhookResponse.reject_call(sipgateio_webhooks.RejectReason.BUSY))
    )
    webhook.server.on_hangup(webhook.record())

    flow = sandbox.simulate_incoming_call()
    assert flow.wait_ended(5)
    assert flow.state == "ended"
    assert webhook.kinds() == ["newCall", "hangup"]
    assert str(webhook.events[1].cause) == "busy"
    assert sandbox.account.calls == {}


def test_hangup_reply_and_voicemail_are_followed(
    sandbox: Sandbox, webhook: Recorder, make_client: Any
) -> None:
    replies = iter([WebhookResponse.hang_up_call(), WebhookResponse.send_to_voicemail()])
    webhook.server.on_new_call(webhook.record(lambda e: next(replies)))

    first = sandbox.simulate_incoming_call()
    second = sandbox.simulate_incoming_call()

    assert (first.state, first.cause) == ("ended", "normalClearing")
    assert (second.state, second.answering_number) == ("established", "voicemail")
    client = make_client(**sandbox.client_options())
    missed = client.history.fetch_all(
        HistoryFilter(types=[HistoryEntryType.CALL], directions=[HistoryDirection.MISSED_INCOMING])
    )
    assert first.call_id in {entry.call_id for entry in missed}


def test_initiated_call_pushes_an_outgoing_new_call(
    sandbox: Sandbox, webhook: Recorder, make_client: Any
) -> None:
    webhook.server.on_new_call(webhook.record())
    client = make_client(**sandbox.client_options())

    session = client.call.initiate(to="+4930987654321", from_="e0")
    flow = sandbox.call(session.session_id)

    assert flow.wait_established(5)
    (event,) = webhook.events
    assert (str(event.direction), event.from_, event.to) == (
        "out",
        "+4921112345670",
        "+4930987654321",
    )
    assert [call.call_id for call in client.rtcm.get_established_calls()] == [event.call_id]


def test_pushes_signed_with_another_key_are_refused_and_the_call_goes_on(
    sandbox: Sandbox,
) -> None:
    other_key = rsa.generate_private_key(65537, 2048).public_key()
    pem = other_key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    ).decode()
    recorder = Recorder(pem)
    try:
        recorder.server.on_new_call(recorder.record(lambda e: WebhookResponse.hang_up_call()))
        sandbox.set_webhook_urls(incoming=recorder.url)
        flow = sandbox.simulate_incoming_call()
    finally:
        recorder.server.stop()
    assert recorder.events == []
    assert flow.pushes[0].status == 403
    assert flow.state == "established"


def test_push_signature_verifies_with_the_published_key(sandbox: Sandbox) -> None:
    bodies: list[tuple[bytes, str]] = []

    def capture(request: httpx.Request) -> httpx.Response:
        bodies.append((request.content, request.headers["X-Sipgate-Signature"]))
        return httpx.Response(200, text="<Response/>", headers={"Content-Type": "application/xml"})

    sandbox.calls._http = httpx.Client(transport=httpx.MockTransport(capture))
    sandbox.set_webhook_urls(incoming="http://127.0.0.1:9/hook")
    sandbox.simulate_incoming_call()

    body, signature = bodies[0]
    key = serialization.load_pem_public_key(sandbox.public_key_pem.encode())
    assert isinstance(key, rsa.RSAPublicKey)
    key.verify(base64.b64decode(signature), body, padding.PKCS1v15(), hashes.SHA256())
    assert parse_qs(body.decode())["event"] == ["newCall"]


def test_pushes_never_leave_this_machine_unless_allowed(sandbox: Sandbox) -> None:
    attempts: list[httpx.Request] = []
    sandbox.calls._http = httpx.Client(
        transport=httpx.MockTransport(lambda r: attempts.append(r) or httpx.Response(200))
    )
    sandbox.set_webhook_urls(incoming="https://hooks.example.invalid/sipgate")

    flow = sandbox.simulate_incoming_call()

    assert attempts == []
    assert flow.pushes[0].error == "not a local address"
    assert flow.state == "established"


def test_whitelist_limits_which_calls_push(sandbox: Sandbox, webhook: Recorder) -> None:
    webhook.server.on_new_call(webhook.record())
    sandbox.account.webhook_settings["whitelist"] = ["p1"]

    sandbox.simulate_incoming_call(to="+4921112345670")
    sandbox.simulate_incoming_call(to="+4921112345671")

    assert [event.to for event in webhook.events] == ["+4921112345671"]


def test_group_numbers_ring_every_member(sandbox: Sandbox, webhook: Recorder) -> None:
    webhook.server.on_new_call(webhook.record())
    sandbox.simulate_incoming_call(to="+4921112345600")
    assert webhook.events[0].user_ids == ["w0", "w1"]
