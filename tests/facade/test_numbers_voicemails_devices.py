"""``client.numbers``, ``client.voicemails``, ``client.devices`` and ``get_web_users``."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

import sipgateio
from tests._server import Recorded, RecordingServer, Reply
from tests.facade.conftest import requests_made


def number_item(index: int) -> dict[str, Any]:
    return {
        "id": f"n{index}",
        "number": f"49211{index:07d}",
        "localized": f"0211-{index:07d}",
        "type": "LANDLINE",
        "endpointId": "p0",
        "endpointAlias": "Reception",
        "endpointUrl": "/w0/phonelines/p0",
    }


@pytest.fixture
def numbers(server: RecordingServer) -> list[dict[str, Any]]:
    """The server holds 2,345 numbers and pages them by ``offset`` and ``limit``."""
    items = [number_item(i) for i in range(2345)]

    def page(request: Recorded) -> Reply:
        offset = int(request.query.get("offset", ["0"])[0])
        limit = int(request.query.get("limit", ["5000"])[0])
        return Reply(200, {"items": items[offset : offset + limit]})

    server.on("GET", "/numbers", page)
    return items


def test_get_all_numbers_without_pagination_fetches_every_page(
    client: Any, server: RecordingServer, numbers: list[dict[str, Any]]
) -> None:
    result = client.numbers.get_all_numbers()

    assert [n.id for n in result] == [n["id"] for n in numbers]
    assert [r.query for r in server.requests] == [
        {"offset": ["0"], "limit": ["1000"]},
        {"offset": ["1000"], "limit": ["1000"]},
        {"offset": ["2000"], "limit": ["1000"]},
    ]
    assert type(result) is list


def test_get_all_numbers_with_pagination_fetches_that_page(
    client: Any, server: RecordingServer, numbers: list[dict[str, Any]]
) -> None:
    result = client.numbers.get_all_numbers(sipgateio.Pagination(offset=10, limit=5))

    assert [n.id for n in result] == ["n10", "n11", "n12", "n13", "n14"]
    assert [r.query for r in server.requests] == [{"offset": ["10"], "limit": ["5"]}]


def test_get_all_numbers_with_partial_pagination_sends_only_what_was_given(
    client: Any, server: RecordingServer, numbers: list[dict[str, Any]]
) -> None:
    client.numbers.get_all_numbers(pagination=sipgateio.Pagination(limit=3))

    assert server.requests[0].query == {"limit": ["3"]}


def test_get_all_numbers_returns_typed_numbers(client: Any, server: RecordingServer) -> None:
    mobile = {
        **number_item(1),
        "type": "MOBILE",
        "mnpState": {"isReleased": True, "releasedUntil": "2026-03-01T12:00:00Z"},
        "portId": 42,
    }
    unknown = {"id": "n2", "type": "SATELLITE"}
    server.on("GET", "/numbers", Reply(200, {"items": [mobile, unknown]}))

    first, second = client.numbers.get_all_numbers(sipgateio.Pagination(offset=0, limit=10))

    assert first == sipgateio.NumberResponseItem(
        id="n1",
        number="492110000001",
        localized="0211-0000001",
        type=sipgateio.NumberResponseItemType.MOBILE,
        endpoint_id="p0",
        endpoint_alias="Reception",
        endpoint_url="/w0/phonelines/p0",
        mnp_state=sipgateio.NumberMnpState(
            is_released=True, released_until=datetime(2026, 3, 1, 12, tzinfo=UTC)
        ),
        port_id=42,
    )
    assert second.type == "SATELLITE"
    assert isinstance(second.type, sipgateio.NumberResponseItemType)
    assert second.mnp_state is None


def test_a_time_without_zone_is_taken_as_utc(client: Any, server: RecordingServer) -> None:
    item = {"id": "n1", "mnpState": {"isReleased": False, "releasedUntil": "2026-03-01T12:00:00"}}
    server.on("GET", "/numbers", Reply(200, {"items": [item]}))

    (number,) = client.numbers.get_all_numbers(sipgateio.Pagination(limit=1))

    assert number.mnp_state.released_until == datetime(2026, 3, 1, 12, tzinfo=UTC)


@pytest.mark.parametrize("pagination", [{"offset": 0, "limit": 10}, (0, 10), 10])
def test_get_all_numbers_rejects_pagination_of_the_wrong_type(
    client: Any, server: RecordingServer, pagination: Any
) -> None:
    with pytest.raises(sipgateio.ValidationError) as caught:
        client.numbers.get_all_numbers(pagination)

    assert caught.value.argument == "pagination"
    assert server.requests == []


@pytest.mark.parametrize(
    ("kwargs", "argument"),
    [
        ({"offset": -1}, "offset"),
        ({"limit": 0}, "limit"),
        ({"limit": 2.5}, "limit"),
        ({"offset": True}, "offset"),
    ],
)
def test_pagination_rejects_values_that_are_no_page(kwargs: dict[str, Any], argument: str) -> None:
    with pytest.raises(sipgateio.ValidationError) as caught:
        sipgateio.Pagination(**kwargs)

    assert caught.value.argument == argument


def test_numbers_answered_bad_request_raise_bad_request(
    client: Any, server: RecordingServer
) -> None:
    server.on("GET", "/numbers", Reply(400))

    with pytest.raises(sipgateio.BadRequestError):
        client.numbers.get_all_numbers(sipgateio.Pagination(limit=100000))


def test_get_voicemails_returns_typed_voicemails(client: Any, server: RecordingServer) -> None:
    server.on(
        "GET",
        "/voicemails",
        Reply(
            200,
            {
                "items": [
                    {
                        "id": "v0",
                        "alias": "Mailbox",
                        "belongsToEndpoint": {"extension": "p0", "type": "PHONELINE"},
                        "transcription": True,
                    },
                    {"id": "v1"},
                ]
            },
        ),
    )

    voicemails = client.voicemails.get_voicemails()

    assert voicemails == [
        sipgateio.Voicemail(
            id="v0",
            alias="Mailbox",
            belongs_to_endpoint=sipgateio.VoicemailEndpoint(extension="p0", type="PHONELINE"),
        ),
        sipgateio.Voicemail(id="v1"),
    ]
    assert requests_made(server) == ["GET /voicemails"]


def test_get_devices_returns_typed_devices(client: Any, server: RecordingServer) -> None:
    server.on(
        "GET",
        "/w0/devices",
        Reply(
            200,
            {
                "items": [
                    {
                        "id": "e0",
                        "alias": "Desk phone",
                        "type": "REGISTER",
                        "online": True,
                        "dnd": False,
                        "activePhonelines": [{"id": "p0", "alias": "Reception"}],
                        "activeGroups": ["g1"],
                        "credentials": {"sipUsername": "kept out"},
                    },
                    {"id": "y0", "type": "APP", "callerId": "+4915799912345", "owner": "w0"},
                ]
            },
        ),
    )

    desk, app = client.devices.get_devices("w0")

    assert desk == sipgateio.Device(
        id="e0",
        alias="Desk phone",
        type=sipgateio.DeviceType.REGISTER,
        dnd=False,
        online=True,
        active_phonelines=[sipgateio.ActiveRouting(id="p0", alias="Reception")],
        active_groups=[sipgateio.ActiveRouting(id="g1")],
    )
    assert (app.type, app.caller_id, app.owner) == ("APP", "+4915799912345", "w0")
    assert requests_made(server) == ["GET /w0/devices"]


def test_get_devices_rejects_what_is_no_web_user_id(client: Any, server: RecordingServer) -> None:
    with pytest.raises(sipgateio.ValidationError) as caught:
        client.devices.get_devices("e0")

    assert caught.value.argument == "webuser_id"
    assert server.requests == []


def test_get_web_users_returns_typed_web_users(client: Any, server: RecordingServer) -> None:
    server.on(
        "GET",
        "/users",
        Reply(
            200,
            {
                "items": [
                    {
                        "id": "w0",
                        "firstname": "Ada",
                        "lastname": "Lovelace",
                        "email": "ada@example.com",
                        "defaultDevice": "e0",
                        "busyOnBusy": False,
                        "addressId": "123",
                        "directDialIds": ["1", "2"],
                        "timezone": "Europe/Berlin",
                        "admin": True,
                    },
                    {"id": "w1"},
                ]
            },
        ),
    )

    users = client.get_web_users()

    assert users == [
        sipgateio.Webuser(
            id="w0",
            firstname="Ada",
            lastname="Lovelace",
            email="ada@example.com",
            default_device="e0",
            busy_on_busy=False,
            address_id="123",
            direct_dial_ids=["1", "2"],
            timezone="Europe/Berlin",
            admin=True,
        ),
        sipgateio.Webuser(id="w1"),
    ]
