"""``client.call`` over real HTTP: the seed's CallData table, with both clients."""

from __future__ import annotations

from typing import Any

import pytest

import sipgateio
from tests._server import RecordingServer, Reply

TO = "+4921165432"
NUMBER = "+4921123456"
CALLER_ID = "+4917012345678"


@pytest.mark.parametrize(
    ("from_", "caller_id", "device_id", "body"),
    [
        ("e14", None, None, {"callee": TO, "caller": "e14"}),
        ("p0", CALLER_ID, None, {"callee": TO, "caller": "p0", "callerId": CALLER_ID}),
        (
            "x1",
            CALLER_ID,
            "e14",
            {"callee": TO, "caller": "x1", "callerId": CALLER_ID, "deviceId": "e14"},
        ),
        (NUMBER, None, "e14", {"callee": TO, "caller": NUMBER, "deviceId": "e14"}),
        ("y2", None, "p0", {"callee": TO, "caller": "y2", "deviceId": "p0"}),
        (
            NUMBER,
            CALLER_ID,
            "e14",
            {"callee": TO, "caller": NUMBER, "callerId": CALLER_ID, "deviceId": "e14"},
        ),
    ],
)
def test_initiate_sends_every_valid_combination_of_the_seed_table(
    client: Any,
    server: RecordingServer,
    from_: str,
    caller_id: str | None,
    device_id: str | None,
    body: dict[str, str],
) -> None:
    server.on("POST", "/sessions/calls", Reply(200, {"sessionId": "abc123"}))

    result = client.call.initiate(to=TO, from_=from_, caller_id=caller_id, device_id=device_id)

    assert result == sipgateio.InitiateNewCallSessionResponse(session_id="abc123")
    assert server.requests[0].json() == body


def test_initiate_writes_phone_numbers_in_e164(client: Any, server: RecordingServer) -> None:
    server.on("POST", "/sessions/calls", Reply(200, {"sessionId": "abc123"}))

    client.call.initiate(
        to="+49 211 65432", from_="+49 (211) 23456", device_id="e0", caller_id="+49 170 12345678"
    )

    assert server.requests[0].json() == {
        "callee": TO,
        "caller": NUMBER,
        "callerId": CALLER_ID,
        "deviceId": "e0",
    }


@pytest.mark.parametrize(
    ("kwargs", "argument", "says"),
    [
        ({"to": "+49++"}, "to", "'+49++'"),
        ({"to": "e14"}, "to", "'e14'"),
        ({"from_": "+49++"}, "from_", "'+49++'"),
        ({"from_": "e-18"}, "from_", "'e-18'"),
        ({"from_": "g5"}, "from_", "'g5'"),
        ({"from_": NUMBER}, "device_id", "device_id is required"),
        ({"device_id": "g5"}, "device_id", "'g5'"),
        ({"from_": NUMBER, "device_id": "g5"}, "device_id", "'g5'"),
        ({"caller_id": "+49++"}, "caller_id", "'+49++'"),
        ({"caller_id": "e14"}, "caller_id", "'e14'"),
    ],
)
def test_initiate_rejects_combinations_outside_the_seed_table(
    client: Any, server: RecordingServer, kwargs: dict[str, Any], argument: str, says: str
) -> None:
    arguments = {"to": TO, "from_": "e14", **kwargs}

    with pytest.raises(sipgateio.ValidationError) as caught:
        client.call.initiate(**arguments)

    assert caught.value.argument == argument
    assert says in str(caught.value)
    assert server.requests == []


def test_initiate_reports_insufficient_funds(client: Any, server: RecordingServer) -> None:
    server.on("POST", "/sessions/calls", Reply(402))

    with pytest.raises(sipgateio.InsufficientFundsError):
        client.call.initiate(to=TO, from_="e8")

    assert len(server.requests) == 1
