"""Every area reads sipgate's answers by the same rules (docs/architecture.md).

Over real HTTP on 127.0.0.1, with both clients: what sipgate leaves out becomes the empty
value of the field's type, a value of another JSON type counts as left out (and spoils
nothing else), ids may come as JSON numbers, and a successful answer that is no JSON object
raises an error that names the request.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest

import sipgateio
from sipgateio import (
    ContactResponse,
    Device,
    ExportScope,
    Faxline,
    HistoryEntryType,
    NumberResponseItem,
    RTCMCall,
    Scope,
    SmsExtension,
    Voicemail,
    WebhookSettings,
    Webuser,
)
from tests._server import RecordingServer, Reply

# Each read of the facade: the path it asks, how its answer wraps one item, how to call it,
# and what it returns for an item sipgate sent as ``{}``.
READS: dict[str, tuple[str, Callable[[Any], Any], Callable[[Any], Any], Any]] = {
    "numbers": (
        "/numbers",
        lambda item: {"items": [item]},
        lambda client: client.numbers.get_all_numbers()[0],
        NumberResponseItem(id=""),
    ),
    "devices": (
        "/w0/devices",
        lambda item: {"items": [item]},
        lambda client: client.devices.get_devices("w0")[0],
        Device(id=""),
    ),
    "voicemails": (
        "/voicemails",
        lambda item: {"items": [item]},
        lambda client: client.voicemails.get_voicemails()[0],
        Voicemail(id=""),
    ),
    "faxlines": (
        "/w0/faxlines",
        lambda item: {"items": [item]},
        lambda client: client.fax.get_faxlines_by_web_user("w0")[0],
        Faxline(id=""),
    ),
    "sms extensions": (
        "/w0/sms",
        lambda item: {"items": [item]},
        lambda client: client.sms.get_sms_extensions("w0")[0],
        SmsExtension(id=""),
    ),
    "web users": (
        "/users",
        lambda item: {"items": [item]},
        lambda client: client.get_web_users()[0],
        Webuser(id=""),
    ),
    "established calls": (
        "/calls",
        lambda item: {"data": [item]},
        lambda client: client.rtcm.get_established_calls()[0],
        RTCMCall(call_id="", muted=False, recording=False, hold=False),
    ),
    "webhook settings": (
        "/settings/sipgateio",
        lambda item: item,
        lambda client: client.webhook_settings.get_webhook_settings(),
        WebhookSettings(),
    ),
    "contacts": (
        "/contacts",
        lambda item: {"items": [item], "totalCount": 1},
        lambda client: client.contacts.get(ExportScope.ALL)[0],
        ContactResponse(id="", scope=Scope("")),
    ),
    "history": (
        "/history",
        lambda item: {"items": [item], "totalCount": 1},
        lambda client: client.history.fetch_all()[0],
        sipgateio.BaseHistoryEntry(id="", type=HistoryEntryType("")),
    ),
}


@pytest.mark.parametrize("area", list(READS))
def test_what_sipgate_leaves_out_reads_as_the_empty_value_of_its_type(
    client: Any, server: RecordingServer, area: str
) -> None:
    path, wrap, read, empty = READS[area]
    server.on("GET", path, Reply(200, wrap({})))

    assert read(client) == empty


@pytest.mark.parametrize("area", list(READS))
def test_a_successful_answer_that_is_no_json_object_names_the_request(
    client: Any, server: RecordingServer, area: str
) -> None:
    path, _, read, _ = READS[area]
    server.on("GET", path, Reply(200, "<html>maintenance</html>"))

    with pytest.raises(sipgateio.SipgateIOError) as caught:
        read(client)

    assert f"GET /v2{path} with HTTP 200 but no JSON object" in str(caught.value)


def test_a_value_of_another_json_type_reads_as_left_out_and_spoils_nothing_else(
    client: Any, server: RecordingServer
) -> None:
    odd = {
        "id": "n1",
        "number": ["4921100000"],
        "localized": "0211-00000",
        "type": 7,
        "mnpState": {"isReleased": "yes", "releasedUntil": "2026-03-01T12:00:00Z"},
        "portId": "42",
    }
    fine = {"id": "n2", "number": "4921100001", "type": "MOBILE", "portId": 43}
    server.on("GET", "/numbers", Reply(200, {"items": [odd, fine]}))

    first, second = client.numbers.get_all_numbers()

    assert first == NumberResponseItem(
        id="n1",
        localized="0211-00000",
        mnp_state=sipgateio.NumberMnpState(
            is_released=False, released_until=datetime(2026, 3, 1, 12, tzinfo=UTC)
        ),
    )
    assert second == NumberResponseItem(
        id="n2",
        number="4921100001",
        type=sipgateio.NumberResponseItemType.MOBILE,
        port_id=43,
    )


def test_items_of_a_list_that_are_of_another_type_are_left_out(
    client: Any, server: RecordingServer
) -> None:
    device = {
        "id": "e0",
        "online": "yes",
        "activePhonelines": [{"id": "p0", "alias": 5}, None],
        "activeGroups": [7, "g1", {"id": "g2", "alias": "Sales"}],
    }
    server.on("GET", "/w0/devices", Reply(200, {"items": [device, "e1"]}))

    devices = client.devices.get_devices("w0")

    assert devices == [
        Device(
            id="e0",
            active_phonelines=[sipgateio.ActiveRouting(id="p0")],
            active_groups=[
                sipgateio.ActiveRouting(id="g1"),
                sipgateio.ActiveRouting(id="g2", alias="Sales"),
            ],
        )
    ]


def test_ids_sent_as_json_numbers_read_as_their_digits(
    client: Any, server: RecordingServer
) -> None:
    server.on("GET", "/numbers", Reply(200, {"items": [{"id": 17, "number": "4921100000"}]}))
    server.on(
        "GET",
        "/contacts",
        Reply(200, {"items": [{"id": 4711, "name": "Ada", "scope": "SHARED"}], "totalCount": 1}),
    )

    (number,) = client.numbers.get_all_numbers()
    (contact,) = client.contacts.get(ExportScope.SHARED)

    assert number.id == "17"
    assert (contact.id, contact.name, contact.scope) == ("4711", "Ada", Scope.SHARED)


def test_fields_sipgate_adds_later_are_passed_over(client: Any, server: RecordingServer) -> None:
    line = {"id": "f0", "alias": "Office", "canSend": True, "coverPage": {"enabled": True}}
    server.on("GET", "/w0/faxlines", Reply(200, {"items": [line], "nextPage": None}))

    assert client.fax.get_faxlines_by_web_user("w0") == [
        Faxline(id="f0", alias="Office", can_send=True)
    ]
