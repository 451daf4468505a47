"""``client.endpoints.phonelines`` against the sandbox."""

from __future__ import annotations

import base64
from typing import Any

import pytest
from sipgate_api.models import (
    InitiateCallRequest,
    PhonelineAliasUpdate,
    PhonelineAnonymousCallTarget,
    PhonelineBlockAnonymousUpdate,
    PhonelineDeviceAssignment,
    PhonelineForwardingSetting,
    PhonelineForwardingsUpdate,
    PhonelineParallelForwardingSetting,
    PhonelineVoicemailGreetingUpdate,
    PhonelineVoicemailGreetingUpload,
    PhonelineVoicemailTranscriptionUpdate,
    PhonelineVoicemailUpdate,
    PhonelineWebhookSettingsUpdate,
)

import sipgateio
from sipgateio.sandbox import Sandbox
from tests.sandbox.endpoint_cases import scenario


def _forwardings(*settings: tuple[str, int, bool]) -> PhonelineForwardingsUpdate:
    return PhonelineForwardingsUpdate(
        forwardings=[
            PhonelineForwardingSetting(destination=destination, timeout=timeout, active=active)
            for destination, timeout, active in settings
        ]
    )


@scenario(
    "phonelines.list_phonelines",
    "phonelines.get_phoneline",
    "phonelines.list_phoneline_numbers",
)
def test_a_users_phonelines_are_listed_with_their_numbers(endpoints: Any, sandbox: Sandbox) -> None:
    area = endpoints.phonelines
    (line,) = area.list_phonelines("w0").items
    assert (line.id, line.alias) == ("p0", "Ada Lovelace")
    assert line.forwardings_url.endswith("/w0/phonelines/p0/forwardings")

    phoneline = area.get_phoneline("w0", "p0")
    assert [(box.id, box.active, box.timeout) for box in phoneline.voicemails] == [("v0", True, 20)]
    numbers = area.list_phoneline_numbers("w0", "p0").items
    assert [(item.number, item.type_) for item in numbers] == [
        ("4921112345670", ["LANDLINE"]),
        ("4930123456780", ["LANDLINE"]),
    ]

    with pytest.raises(sipgateio.NotFoundError):
        area.get_phoneline("w0", "p1")  # Alan's line, not Ada's
    with pytest.raises(sipgateio.NotFoundError):
        area.list_phonelines("w9")


@scenario(
    "phonelines.create_phoneline",
    "phonelines.set_phoneline_alias",
    "phonelines.delete_phoneline",
)
def test_a_created_phoneline_places_calls_until_it_is_deleted(
    endpoints: Any, sandbox: Sandbox
) -> None:
    area = endpoints.phonelines
    created = area.create_phoneline("w1")
    assert (created.id, created.alias) == ("p2", "Alan Turing")
    assert [line.id for line in area.list_phonelines("w1").items] == ["p1", "p2"]
    boxes = endpoints.voicemails.list_voicemails().items
    assert [box.belongs_to_endpoint.extension for box in boxes] == ["p0", "p1", "p2"]

    area.set_phoneline_alias("w1", "p2", body=PhonelineAliasUpdate(alias="Night line"))
    assert area.get_phoneline("w1", "p2").alias == "Night line"
    with pytest.raises(sipgateio.BadRequestError):
        area.set_phoneline_alias("w1", "p2", body=PhonelineAliasUpdate(alias="  "))

    session = endpoints.calls.initiate_call(
        body=InitiateCallRequest(caller="p2", callee="+4915112345678")
    )
    assert sandbox.call(session.session_id).phoneline == "p2"

    area.set_phoneline_forwardings("w0", "p0", body=_forwardings(("p2", 10, True)))
    area.delete_phoneline("w1", "p2")
    with pytest.raises(sipgateio.NotFoundError):
        area.get_phoneline("w1", "p2")
    with pytest.raises(sipgateio.NotFoundError):
        area.delete_phoneline("w1", "p2")
    assert area.list_phoneline_forwardings("w0", "p0").items == []
    assert [
        box.belongs_to_endpoint.extension for box in endpoints.voicemails.list_voicemails().items
    ] == ["p0", "p1"]
    assert area.create_phoneline("w1").id == "p3"  # a deleted line's id is not given out again


@scenario("phonelines.create_phoneline")
def test_a_phoneline_that_numbers_reach_is_not_deleted(endpoints: Any, sandbox: Sandbox) -> None:
    area = endpoints.phonelines
    with pytest.raises(sipgateio.PermissionDeniedError, match=r"\+4921112345670"):
        area.delete_phoneline("w0", "p0")
    assert [line.id for line in area.list_phonelines("w0").items] == ["p0"]
    area.create_phoneline("w0")
    with pytest.raises(sipgateio.PermissionDeniedError):
        area.delete_phoneline("w0", "p0")  # numbers still route to it


@scenario("phonelines.list_phoneline_forwardings", "phonelines.set_phoneline_forwardings")
def test_a_forwarding_is_changed_by_sending_the_list_back(endpoints: Any, sandbox: Sandbox) -> None:
    area = endpoints.phonelines
    forwardings = area.list_phoneline_forwardings("w0", "p0").items
    assert [(f.destination, f.alias, f.timeout, f.active) for f in forwardings] == [
        ("p1", "Alan Turing", 20, True),
        ("+4930987654321", "Charles Babbage", 45, False),
    ]

    to_babbage = forwardings[1]
    changed = _forwardings(
        (forwardings[0].destination, forwardings[0].timeout, forwardings[0].active),
        (to_babbage.destination, 30, True),
        ("0157 99912345", 60, True),
    )
    assert area.set_phoneline_forwardings("w0", "p0", body=changed) is None
    forwardings = area.list_phoneline_forwardings("w0", "p0").items
    assert [(f.destination, f.alias, f.timeout, f.active) for f in forwardings] == [
        ("p1", "Alan Turing", 20, True),
        ("+4930987654321", "Charles Babbage", 30, True),
        ("+4915799912345", "Ada's mobile", 60, True),
    ]

    with pytest.raises(sipgateio.NotFoundError):
        area.set_phoneline_forwardings("w0", "p0", body=_forwardings(("p9", 20, True)))
    for refused in (
        [("p0", 20, True)],  # itself
        [("f0", 20, True)],  # a fax line
        [("call me", 20, True)],
        [("p1", 5, True), ("p1", 9, True)],
    ):
        with pytest.raises(sipgateio.BadRequestError):
            area.set_phoneline_forwardings("w0", "p0", body=_forwardings(*refused))
    with pytest.raises(sipgateio.BadRequestError):  # at most three
        area.set_phoneline_forwardings("w0", "p0", body=_forwardings(*[("p1", 5, True)] * 4))
    assert len(area.list_phoneline_forwardings("w0", "p0").items) == 3

    area.set_phoneline_forwardings("w0", "p0", body=_forwardings())
    assert area.list_phoneline_forwardings("w0", "p0").items == []


@scenario("phonelines.get_phoneline_block_anonymous", "phonelines.set_phoneline_block_anonymous")
def test_anonymous_callers_are_blocked_to_the_voicemail(endpoints: Any, sandbox: Sandbox) -> None:
    area = endpoints.phonelines
    setting = area.get_phoneline_block_anonymous("w0", "p0")
    assert (setting.enabled, setting.target) == (False, PhonelineAnonymousCallTarget.REJECT)

    stored = area.set_phoneline_block_anonymous(
        "w0",
        "p0",
        body=PhonelineBlockAnonymousUpdate(
            enabled=True, target=PhonelineAnonymousCallTarget.VOICEMAIL
        ),
    )
    assert (stored.enabled, stored.target) == (True, PhonelineAnonymousCallTarget.VOICEMAIL)
    area.set_phoneline_block_anonymous(
        "w0", "p0", body=PhonelineBlockAnonymousUpdate(enabled=False)
    )
    setting = area.get_phoneline_block_anonymous("w0", "p0")
    assert (setting.enabled, setting.target) == (False, PhonelineAnonymousCallTarget.VOICEMAIL)
    with pytest.raises(sipgateio.NotFoundError):
        area.get_phoneline_block_anonymous("w0", "p7")


@scenario(
    "phonelines.list_phoneline_devices",
    "phonelines.add_phoneline_device",
    "phonelines.remove_phoneline_device",
)
def test_a_phoneline_stops_and_starts_ringing_a_device(endpoints: Any, sandbox: Sandbox) -> None:
    area = endpoints.phonelines

    def ringing() -> list[str]:
        return [device.id for device in area.list_phoneline_devices("w0", "p0").items]

    def lines_of(device_id: str) -> list[str]:
        (device,) = [d for d in endpoints.devices.list_devices("w0").items if d.id == device_id]
        return [line.id for line in device.active_phonelines]

    assert ringing() == ["e0", "y0", "x0", "a0"]
    area.remove_phoneline_device("w0", "p0", "y0")
    assert ringing() == ["e0", "x0", "a0"]
    assert lines_of("y0") == []

    area.add_phoneline_device("w0", "p0", body=PhonelineDeviceAssignment(device_id="y0"))
    area.add_phoneline_device("w0", "p0", body=PhonelineDeviceAssignment(device_id="y0"))
    assert ringing() == ["e0", "x0", "a0", "y0"]
    assert lines_of("y0") == ["p0"]

    with pytest.raises(sipgateio.NotFoundError):  # Alan's softphone
        area.add_phoneline_device("w0", "p0", body=PhonelineDeviceAssignment(device_id="e1"))
    with pytest.raises(sipgateio.NotFoundError):
        area.remove_phoneline_device("w0", "p0", "e1")


@scenario(
    "phonelines.list_phoneline_parallel_forwardings",
    "phonelines.create_phoneline_parallel_forwarding",
    "phonelines.update_phoneline_parallel_forwarding",
    "phonelines.delete_phoneline_parallel_forwarding",
)
def test_an_external_number_rings_alongside_until_removed(endpoints: Any, sandbox: Sandbox) -> None:
    area = endpoints.phonelines

    def parallel() -> list[tuple[str, str, str, bool]]:
        items = area.list_phoneline_parallel_forwardings("w0", "p0").items
        return [(item.id, item.alias, item.destination, item.active) for item in items]

    assert parallel() == [("x0", "Home office", "+4922198765432", True)]
    grace = PhonelineParallelForwardingSetting(
        destination="0151 12345678", alias="Grace's mobile", active=True
    )
    area.create_phoneline_parallel_forwarding("w0", "p0", body=grace)
    assert parallel()[1] == ("x1", "Grace's mobile", "+4915112345678", True)
    devices = {device.id: device.type_ for device in area.list_phoneline_devices("w0", "p0").items}
    assert devices["x1"] == "EXTERNAL"
    with pytest.raises(sipgateio.BadRequestError):  # already rings
        area.create_phoneline_parallel_forwarding("w0", "p0", body=grace)

    moved = PhonelineParallelForwardingSetting(destination="+4915112345679", active=False)
    area.update_phoneline_parallel_forwarding("w0", "p0", "x1", body=moved)
    assert parallel()[1] == ("x1", "Grace's mobile", "+4915112345679", False)

    area.delete_phoneline_parallel_forwarding("w0", "p0", "x1")
    assert [item[0] for item in parallel()] == ["x0"]
    assert "x1" not in [device.id for device in endpoints.devices.list_devices("w0").items]
    with pytest.raises(sipgateio.NotFoundError):
        area.update_phoneline_parallel_forwarding("w0", "p0", "x1", body=moved)
    with pytest.raises(sipgateio.NotFoundError):
        area.delete_phoneline_parallel_forwarding("w0", "p0", "x1")
    with pytest.raises(sipgateio.NotFoundError):  # a device, but not an external one
        area.delete_phoneline_parallel_forwarding("w0", "p0", "e0")


@scenario(
    "phonelines.get_phoneline_webhook_settings",
    "phonelines.update_phoneline_webhook_settings",
    "phonelines.list_phoneline_webhook_log",
)
def test_a_phonelines_webhook_log_shows_its_pushes(endpoints: Any, sandbox: Sandbox) -> None:
    area = endpoints.phonelines
    settings = area.get_phoneline_webhook_settings("w0", "p0")
    assert (settings.incoming_active, settings.incoming_url, settings.log) == (False, "", False)

    receiver = f"{sandbox.url}/pushes"
    sandbox.set_webhook_urls(incoming=receiver)
    sandbox.simulate_incoming_call(to="+4921112345670")
    assert area.list_phoneline_webhook_log("w0", "p0").items == []  # logging is off

    update = PhonelineWebhookSettingsUpdate(
        incoming_url=receiver, outgoing_url="", incoming_active=True, log=True
    )
    area.update_phoneline_webhook_settings("w0", "p0", body=update)
    settings = area.get_phoneline_webhook_settings("w0", "p0")
    assert (settings.incoming_active, settings.incoming_url, settings.log) == (True, receiver, True)
    log = area.list_phoneline_webhook_log("w0", "p0").items
    (entry,) = [entry for entry in log if "event=newCall" in entry.request]
    assert (entry.url, entry.status) == (receiver, "404")
    assert area.list_phoneline_webhook_log("w1", "p1").items == []

    for refused in [
        PhonelineWebhookSettingsUpdate(incoming_url="", outgoing_url="", incoming_active=True),
        PhonelineWebhookSettingsUpdate(incoming_url="ftp://example.com", outgoing_url=""),
    ]:
        with pytest.raises(sipgateio.BadRequestError):
            area.update_phoneline_webhook_settings("w0", "p0", body=refused)


@scenario(
    "phonelines.list_phoneline_voicemails",
    "phonelines.update_phoneline_voicemail",
    "phonelines.set_phoneline_voicemail_transcription",
)
def test_a_phonelines_voicemail_box_is_switched(endpoints: Any, sandbox: Sandbox) -> None:
    area = endpoints.phonelines
    (box,) = area.list_phoneline_voicemails("w0", "p0").items
    assert (box.id, box.active, box.timeout, box.transcription) == ("v0", True, 20, True)
    assert box.active_greeting_alias == "Standard greeting"

    quiet = PhonelineVoicemailUpdate(active=False, transcription=False, timeout=35)
    area.update_phoneline_voicemail("w0", "p0", "v0", body=quiet)
    (box,) = area.list_phoneline_voicemails("w0", "p0").items
    assert (box.active, box.timeout, box.transcription) == (False, 35, False)
    (state,) = area.get_phoneline("w0", "p0").voicemails
    assert (state.active, state.timeout) == (False, 35)
    assert endpoints.voicemails.list_voicemails().items[0].transcription is False

    on = PhonelineVoicemailTranscriptionUpdate(active=True)
    area.set_phoneline_voicemail_transcription("w0", "p0", "v0", body=on)
    assert area.list_phoneline_voicemails("w0", "p0").items[0].transcription is True

    with pytest.raises(sipgateio.NotFoundError):  # Alan's box
        area.set_phoneline_voicemail_transcription("w0", "p0", "v1", body=on)
    with pytest.raises(sipgateio.BadRequestError):
        too_long = PhonelineVoicemailUpdate(active=True, transcription=True, timeout=601)
        area.update_phoneline_voicemail("w0", "p0", "v0", body=too_long)


@scenario(
    "phonelines.list_phoneline_voicemail_greetings",
    "phonelines.create_phoneline_voicemail_greeting",
    "phonelines.update_phoneline_voicemail_greeting",
    "phonelines.delete_phoneline_voicemail_greeting",
)
def test_an_uploaded_greeting_plays_until_deleted(endpoints: Any, sandbox: Sandbox) -> None:
    area = endpoints.phonelines

    def greetings() -> list[tuple[str, bool]]:
        items = area.list_phoneline_voicemail_greetings("w0", "p0", "v0").items
        return [(item.alias, item.active) for item in items]

    def playing() -> str:
        return area.list_phoneline_voicemails("w0", "p0").items[0].active_greeting_alias

    assert greetings() == [("Standard greeting", True), ("Holiday greeting", False)]
    audio = base64.b64encode(b"RIFF\x24\x00\x00\x00WAVEfmt ").decode()
    upload = PhonelineVoicemailGreetingUpload(filename="welcome.wav", base_64_content=audio)
    listed = area.create_phoneline_voicemail_greeting("w0", "p0", "v0", body=upload).items
    welcome = listed[-1]
    assert (welcome.alias, welcome.active, welcome.recording_enabled) == (
        "welcome.wav",
        False,
        True,
    )

    on = PhonelineVoicemailGreetingUpdate(active=True)
    area.update_phoneline_voicemail_greeting("w0", "p0", "v0", welcome.id, body=on)
    assert greetings()[0::2] == [("Standard greeting", False), ("welcome.wav", True)]
    assert playing() == "welcome.wav"
    off = PhonelineVoicemailGreetingUpdate(active=False)
    area.update_phoneline_voicemail_greeting("w0", "p0", "v0", welcome.id, body=off)
    assert playing() == "Standard greeting"

    area.update_phoneline_voicemail_greeting("w0", "p0", "v0", welcome.id, body=on)
    area.delete_phoneline_voicemail_greeting("w0", "p0", "v0", welcome.id)
    assert greetings() == [("Standard greeting", True), ("Holiday greeting", False)]
    assert playing() == "Standard greeting"

    standard = area.list_phoneline_voicemail_greetings("w0", "p0", "v0").items[0].id
    with pytest.raises(sipgateio.PermissionDeniedError):
        area.delete_phoneline_voicemail_greeting("w0", "p0", "v0", standard)
    with pytest.raises(sipgateio.BadRequestError):
        area.update_phoneline_voicemail_greeting("w0", "p0", "v0", standard, body=off)
    with pytest.raises(sipgateio.NotFoundError):
        area.delete_phoneline_voicemail_greeting("w0", "p0", "v0", welcome.id)
    for refused in [
        PhonelineVoicemailGreetingUpload(filename="welcome.txt", base_64_content=audio),
        PhonelineVoicemailGreetingUpload(filename="welcome.mp3", base_64_content="not base64!"),
    ]:
        with pytest.raises(sipgateio.BadRequestError):
            area.create_phoneline_voicemail_greeting("w0", "p0", "v0", body=refused)


SCENARIOS = [
    test_a_users_phonelines_are_listed_with_their_numbers,
    test_a_created_phoneline_places_calls_until_it_is_deleted,
    test_a_phoneline_that_numbers_reach_is_not_deleted,
    test_a_forwarding_is_changed_by_sending_the_list_back,
    test_anonymous_callers_are_blocked_to_the_voicemail,
    test_a_phoneline_stops_and_starts_ringing_a_device,
    test_an_external_number_rings_alongside_until_removed,
    test_a_phonelines_webhook_log_shows_its_pushes,
    test_a_phonelines_voicemail_box_is_switched,
    test_an_uploaded_greeting_plays_until_deleted,
]
