"""``client.sms`` over real HTTP, with the sync and the async client."""

from __future__ import annotations

import asyncio
import math
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

import sipgateio
from tests._server import Recorded, RecordingServer, Reply
from tests.conftest import TOKEN, TOKEN_ID, EventLoopThread
from tests.facade.conftest import MOBILE, OTHER_MOBILE, requests_made

CALLER_IDS = [
    {"id": 0, "phonenumber": "sipgate", "verified": True, "defaultNumber": True},
    {"id": 123, "phonenumber": MOBILE, "verified": True, "defaultNumber": False},
    {
        "id": 124,
        "phonenumber": OTHER_MOBILE.removeprefix("+"),
        "verified": True,
        "defaultNumber": False,
    },
    {"id": 125, "phonenumber": "+4915122222222", "verified": False, "defaultNumber": False},
]


@pytest.fixture
def sms_account(server: RecordingServer, webuser: str) -> RecordingServer:
    """w0 has SMS extension s0 with the sender numbers in CALLER_IDS; writes succeed."""
    server.on(
        "GET",
        "/w0/sms",
        Reply(200, {"items": [{"id": "s0", "alias": "SMS", "callerId": "sipgate"}]}),
    )
    server.on("GET", "/w0/sms/s0/callerids", Reply(200, {"items": CALLER_IDS}))
    for caller_id in (0, 123, 124, 125):
        server.on("PUT", f"/w0/sms/s0/callerids/{caller_id}", Reply(204))
    server.on("POST", "/sessions/sms", Reply(204))
    return server


def test_send_with_sms_id_posts_the_message_once(client: Any, server: RecordingServer) -> None:
    server.on("POST", "/sessions/sms", Reply(204))

    client.sms.send(to=MOBILE, message="Hello", sms_id="s0")

    assert requests_made(server) == ["POST /sessions/sms"]
    assert server.requests[0].json() == {"smsId": "s0", "recipient": MOBILE, "message": "Hello"}


def test_send_writes_the_recipient_in_e164(client: Any, server: RecordingServer) -> None:
    server.on("POST", "/sessions/sms", Reply(204))

    client.sms.send(to="+49 (0)157 999-12345", message="Hello", sms_id="s0")

    assert server.requests[0].json()["recipient"] == MOBILE


def test_send_at_goes_out_as_whole_unix_seconds(client: Any, server: RecordingServer) -> None:
    server.on("POST", "/sessions/sms", Reply(204))
    send_at = datetime.now(UTC) + timedelta(hours=1, microseconds=331_000)

    client.sms.send(to=MOBILE, message="Later", sms_id="s0", send_at=send_at)

    sent = server.requests[0].json()["sendAt"]
    assert isinstance(sent, int)
    assert 0 <= sent - send_at.timestamp() < 1


def test_schedule_sends_with_send_at(client: Any, server: RecordingServer) -> None:
    server.on("POST", "/sessions/sms", Reply(204))
    send_at = datetime.now(UTC) + timedelta(days=29, hours=23)

    client.sms.schedule(to=MOBILE, message="Later", send_at=send_at, sms_id="s0")

    assert server.requests[0].json()["sendAt"] == math.ceil(send_at.timestamp())


def test_schedule_requires_send_at(client: Any, server: RecordingServer) -> None:
    with pytest.raises(sipgateio.ValidationError) as caught:
        client.sms.schedule(to=MOBILE, message="Later", send_at=None, sms_id="s0")

    assert caught.value.argument == "send_at"
    assert server.requests == []


@pytest.mark.parametrize(
    ("kwargs", "argument", "shown"),
    [
        ({"to": "015799912345"}, "to", "'015799912345'"),
        ({"to": "+49123456789test"}, "to", "test"),
        ({"to": "+999123456"}, "to", "+999123456"),
        ({"to": ""}, "to", "''"),
        ({"message": ""}, "message", "''"),
        ({"message": "   "}, "message", "'   '"),
        ({"sms_id": "xyz123"}, "sms_id", "'xyz123'"),
        ({"sms_id": "s01"}, "sms_id", "'s01'"),
        ({"sms_id": "p0"}, "sms_id", "'p0'"),
        ({"sms_id": None, "from_": "015799912345"}, "from_", "'015799912345'"),
        ({"sms_id": None}, "from_", "neither"),
        ({"from_": MOBILE}, "sms_id", "both"),
    ],
)
def test_send_rejects_invalid_input_without_a_request(
    client: Any, server: RecordingServer, kwargs: dict[str, Any], argument: str, shown: str
) -> None:
    arguments = {"to": MOBILE, "message": "Hello", "sms_id": "s0", **kwargs}

    with pytest.raises(sipgateio.ValidationError) as caught:
        client.sms.send(**arguments)

    assert caught.value.argument == argument
    assert shown in str(caught.value)
    assert server.requests == []


@pytest.mark.parametrize(
    ("offset", "reason"),
    [
        (timedelta(seconds=-5), "must be in the future"),
        (timedelta(days=30, seconds=5), "at most 30 days ahead"),
        (timedelta(days=40), "at most 30 days ahead"),
    ],
)
def test_send_rejects_send_at_outside_the_next_30_days(
    client: Any, server: RecordingServer, offset: timedelta, reason: str
) -> None:
    with pytest.raises(sipgateio.ValidationError, match=reason) as caught:
        client.sms.send(to=MOBILE, message="Hi", sms_id="s0", send_at=datetime.now(UTC) + offset)

    assert caught.value.argument == "send_at"
    assert server.requests == []


def test_send_accepts_send_at_just_under_30_days_ahead(
    client: Any, server: RecordingServer
) -> None:
    server.on("POST", "/sessions/sms", Reply(204))

    client.sms.send(
        to=MOBILE,
        message="Hi",
        sms_id="s0",
        send_at=datetime.now(UTC) + timedelta(days=30, seconds=-5),
    )

    assert len(server.calls("POST", "/sessions/sms")) == 1


def test_send_rejects_send_at_that_is_not_a_datetime(client: Any, server: RecordingServer) -> None:
    with pytest.raises(sipgateio.ValidationError, match="must be a datetime"):
        client.sms.send(to=MOBILE, message="Hi", sms_id="s0", send_at="tomorrow")

    assert server.requests == []


def test_send_from_number_switches_the_default_sender_and_restores_it(
    client: Any, sms_account: RecordingServer
) -> None:
    client.sms.send(to=OTHER_MOBILE, message="Hello", from_=MOBILE)

    assert requests_made(sms_account) == [
        "GET /authorization/userinfo",
        "GET /w0/sms",
        "GET /w0/sms/s0/callerids",
        "PUT /w0/sms/s0/callerids/123",
        "POST /sessions/sms",
        "PUT /w0/sms/s0/callerids/0",
    ]
    assert sms_account.requests[3].json() == {"defaultNumber": True}
    assert sms_account.requests[4].json() == {
        "smsId": "s0",
        "recipient": OTHER_MOBILE,
        "message": "Hello",
    }
    assert sms_account.requests[5].json() == {"defaultNumber": True}


def test_send_from_number_finds_a_sender_listed_without_plus(
    client: Any, sms_account: RecordingServer
) -> None:
    client.sms.send(to=MOBILE, message="Hello", from_="+49 1573 9777777")

    assert [r.path for r in sms_account.calls("PUT", "/w0/sms/s0/callerids/124")] != []


def test_send_from_number_restores_the_default_sender_when_sending_fails(
    client: Any, sms_account: RecordingServer
) -> None:
    sms_account.on("POST", "/sessions/sms", Reply(402))

    with pytest.raises(sipgateio.InsufficientFundsError):
        client.sms.send(to=OTHER_MOBILE, message="Hello", from_=MOBILE)

    assert requests_made(sms_account)[-2:] == ["POST /sessions/sms", "PUT /w0/sms/s0/callerids/0"]


def test_send_from_number_says_the_sms_was_sent_when_only_the_restore_fails(
    client: Any, sms_account: RecordingServer
) -> None:
    sms_account.on("PUT", "/w0/sms/s0/callerids/0", Reply(403))

    with pytest.raises(sipgateio.PermissionDeniedError) as caught:
        client.sms.send(to=OTHER_MOBILE, message="Hello", from_=MOBILE)

    assert "The SMS was sent" in "\n".join(caught.value.__notes__)
    assert len(sms_account.calls("POST", "/sessions/sms")) == 1


def test_send_from_number_reports_a_failed_restore_on_the_send_error(
    client: Any, sms_account: RecordingServer
) -> None:
    sms_account.on("POST", "/sessions/sms", Reply(402))
    sms_account.on("PUT", "/w0/sms/s0/callerids/0", Reply(403))

    with pytest.raises(sipgateio.InsufficientFundsError) as caught:
        client.sms.send(to=OTHER_MOBILE, message="Hello", from_=MOBILE)

    assert "failed as well" in "\n".join(caught.value.__notes__)


def test_send_from_the_current_default_number_changes_no_setting(
    client: Any, sms_account: RecordingServer
) -> None:
    ids = [dict(c, defaultNumber=c["id"] == 123) for c in CALLER_IDS]
    sms_account.on("GET", "/w0/sms/s0/callerids", Reply(200, {"items": ids}))

    client.sms.send(to=OTHER_MOBILE, message="Hello", from_=MOBILE)

    assert [r.method for r in sms_account.requests].count("PUT") == 0
    assert len(sms_account.calls("POST", "/sessions/sms")) == 1


def test_send_from_number_without_a_previous_default_leaves_the_new_one(
    client: Any, sms_account: RecordingServer
) -> None:
    ids = [dict(c, defaultNumber=False) for c in CALLER_IDS]
    sms_account.on("GET", "/w0/sms/s0/callerids", Reply(200, {"items": ids}))

    client.sms.send(to=OTHER_MOBILE, message="Hello", from_=MOBILE)

    assert requests_made(sms_account)[-2:] == ["PUT /w0/sms/s0/callerids/123", "POST /sessions/sms"]


def test_send_from_number_asks_for_the_web_user_only_once_per_client(
    client: Any, sms_account: RecordingServer
) -> None:
    client.sms.send(to=OTHER_MOBILE, message="One", from_=MOBILE)
    client.sms.send(to=OTHER_MOBILE, message="Two", from_=MOBILE)

    assert len(sms_account.calls("GET", "/authorization/userinfo")) == 1
    assert len(sms_account.calls("POST", "/sessions/sms")) == 2


@pytest.mark.parametrize(
    ("from_", "reason"),
    [("+4915211111111", "is not a sender number"), ("+4915122222222", "not verified")],
)
def test_send_from_number_rejects_numbers_that_are_no_verified_sender(
    client: Any, sms_account: RecordingServer, from_: str, reason: str
) -> None:
    with pytest.raises(sipgateio.ValidationError, match=reason) as caught:
        client.sms.send(to=OTHER_MOBILE, message="Hello", from_=from_)

    assert caught.value.argument == "from_"
    assert [r.method for r in sms_account.requests] == ["GET", "GET", "GET"]


def test_send_from_number_explains_a_missing_sms_extension(
    client: Any, sms_account: RecordingServer
) -> None:
    sms_account.on("GET", "/w0/sms", Reply(200, {"items": []}))

    with pytest.raises(sipgateio.ValidationError, match="no SMS extension") as caught:
        client.sms.send(to=OTHER_MOBILE, message="Hello", from_=MOBILE)

    assert caught.value.argument == "from_"
    assert sms_account.calls("POST", "/sessions/sms") == []


def test_send_from_number_validates_to_and_message_first(
    client: Any, sms_account: RecordingServer
) -> None:
    with pytest.raises(sipgateio.ValidationError) as caught:
        client.sms.send(to="not a number", message="Hello", from_=MOBILE)

    assert caught.value.argument == "to"
    assert sms_account.requests == []


def test_concurrent_sends_from_numbers_do_not_interleave(
    client: Any, sms_account: RecordingServer
) -> None:
    # The POST is slow, so an unserialised second send would switch the sender meanwhile.
    sms_account.on("POST", "/sessions/sms", Reply(204, delay=0.1))
    client.get_authenticated_webuser_id()
    start = threading.Barrier(2)

    def send(from_: str) -> None:
        start.wait()
        client.sms.send(to=MOBILE, message="Hello", from_=from_)

    with ThreadPoolExecutor(2) as pool:
        list(pool.map(send, [MOBILE, OTHER_MOBILE]))

    writes = [r for r in sms_account.requests if r.method in ("PUT", "POST")]
    flows = [_describe(r) for r in writes]
    assert flows in (
        ["default 123", "send", "default 0", "default 124", "send", "default 0"],
        ["default 124", "send", "default 0", "default 123", "send", "default 0"],
    )


def _describe(request: Recorded) -> str:
    if request.method == "POST":
        return "send"
    return "default " + request.path.rsplit("/", 1)[1]


class DefaultSender:
    """sipgate's default-sender setting of s0, changed when a PUT is answered (as a server
    applies a write once it has handled it); ``hold`` keeps the answer to one request back
    until ``release()``."""

    def __init__(self, server: RecordingServer, hold: str) -> None:
        self.caller_id = 0  # "sipgate", as in CALLER_IDS
        self.held = threading.Event()
        self.restore_sent = threading.Event()
        self._release = threading.Event()
        self._hold = hold
        for caller_id in (0, 123):
            server.on("PUT", f"/w0/sms/s0/callerids/{caller_id}", self._put)
        server.on("POST", "/sessions/sms", self._post)

    def release(self) -> None:
        self._release.set()

    def _wait_if_held(self, request: Recorded) -> None:
        if f"{request.method} {request.path}" == self._hold:
            self.held.set()
            self._release.wait(10)

    def _put(self, request: Recorded) -> Reply:
        caller_id = int(request.path.rsplit("/", 1)[1])
        if caller_id == 0:
            self.restore_sent.set()
        self._wait_if_held(request)
        self.caller_id = caller_id
        return Reply(204)

    def _post(self, request: Recorded) -> Reply:
        self._wait_if_held(request)
        return Reply(204)


@pytest.mark.parametrize(
    "cancelled_during",
    ["PUT /w0/sms/s0/callerids/123", "POST /sessions/sms"],
    ids=["the-switch-to-from_", "the-send"],
)
def test_a_send_from_number_cancelled_midway_leaves_the_previous_default_sender(
    sms_account: RecordingServer, loop_thread: EventLoopThread, cancelled_during: str
) -> None:
    setting = DefaultSender(sms_account, hold=cancelled_during)

    async def cancel_midway() -> None:
        async with sipgateio.AsyncSipgateIO(
            token_id=TOKEN_ID, token=TOKEN, base_url=sms_account.base_url
        ) as client:
            send = asyncio.ensure_future(
                client.sms.send(to=OTHER_MOBILE, message="Hello", from_=MOBILE)
            )
            assert await asyncio.to_thread(setting.held.wait, 10)
            send.cancel()
            # Time for a restore that does not wait for the switch's answer to overtake it.
            await asyncio.to_thread(setting.restore_sent.wait, 0.3)
            setting.release()
            with pytest.raises(asyncio.CancelledError):
                await send

    loop_thread.run(cancel_midway())

    assert setting.caller_id == 0
    assert requests_made(sms_account)[-1] == "PUT /w0/sms/s0/callerids/0"
    sent = sms_account.calls("POST", "/sessions/sms")
    assert len(sent) == (1 if cancelled_during.startswith("POST") else 0)


def test_get_sms_extensions_returns_typed_extensions(client: Any, server: RecordingServer) -> None:
    server.on(
        "GET",
        "/w1/sms",
        Reply(200, {"items": [{"id": "s0", "alias": "Team SMS", "callerId": "+4921112345"}]}),
    )

    extensions = client.sms.get_sms_extensions("w1")

    assert extensions == [
        sipgateio.SmsExtension(id="s0", alias="Team SMS", caller_id="+4921112345")
    ]
    assert requests_made(server) == ["GET /w1/sms"]


@pytest.mark.parametrize("webuser_id", ["", "w01", "../numbers", "s0"])
def test_get_sms_extensions_rejects_what_is_no_web_user_id(
    client: Any, server: RecordingServer, webuser_id: str
) -> None:
    with pytest.raises(sipgateio.ValidationError) as caught:
        client.sms.get_sms_extensions(webuser_id)

    assert caught.value.argument == "webuser_id"
    assert server.requests == []


def test_send_maps_a_forbidden_sms_extension_to_permission_denied(
    client: Any, server: RecordingServer
) -> None:
    server.on("POST", "/sessions/sms", Reply(403))

    with pytest.raises(sipgateio.PermissionDeniedError) as caught:
        client.sms.send(to=MOBILE, message="Hello", sms_id="s9")

    assert caught.value.status_code == 403
