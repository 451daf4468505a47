"""Every facade function against the sandbox, with the sync and the async client."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

import sipgateio
from sipgateio.models import (
    BaseHistoryFilter,
    CallHistoryEntry,
    ContactImport,
    ContactsExportFilter,
    ExportScope,
    FaxHistoryEntry,
    FaxStatus,
    HistoryDirection,
    HistoryEntryType,
    HistoryEntryUpdateOptions,
    HistoryFilter,
    Pagination,
    PhoneNumber,
    RecordOptions,
    Scope,
    SmsHistoryEntry,
    TransferOptions,
    Website,
)
from sipgateio.sandbox import Sandbox

PDF = b"%PDF-1.4\n1 0 obj << /Type /Page >> endobj\ntrailer << >>\n%%EOF\n"


# ------------------------------------------------------------------ identity
def test_client_sees_the_sandbox_user_and_colleagues(sbx: Any) -> None:
    assert sbx.get_authenticated_webuser_id() == "w0"
    users = sbx.get_web_users()
    assert [(user.id, user.firstname) for user in users] == [("w0", "Ada"), ("w1", "Alan")]


def test_wrong_token_is_an_authentication_error(make_client: Any, sandbox: Sandbox) -> None:
    client = make_client(
        base_url=sandbox.base_url,
        token_id=sandbox.token_id,
        token="e68ead46-a7db-46cd-8a1a-44aed1e4e372",
    )
    with pytest.raises(sipgateio.AuthenticationError) as caught:
        client.get_authenticated_webuser_id()
    assert caught.value.status_code == 401


# ----------------------------------------------------------------------- SMS
def test_sent_sms_reaches_the_history(sbx: Any, sandbox: Sandbox) -> None:
    sbx.sms.send(to="+4915112345678", message="Hello Grace", sms_id="s0")

    assert sandbox.sent_sms == [
        {
            "smsId": "s0",
            "recipient": "+4915112345678",
            "message": "Hello Grace",
            "sendAt": None,
            "sender": "+4915799912345",
        }
    ]
    newest = sbx.history.fetch_all(HistoryFilter(types=[HistoryEntryType.SMS]))[0]
    assert isinstance(newest, SmsHistoryEntry)
    assert newest.sms_content == "Hello Grace"
    assert newest.target == "+4915112345678"


def test_sms_from_a_verified_number_is_sent_from_it_and_the_default_restored(
    sbx: Any, sandbox: Sandbox
) -> None:
    sbx.sms.send(to="+4915112345678", message="From my landline", from_="+4921112345670")

    assert sandbox.sent_sms[-1]["sender"] == "+4921112345670"
    extension = sbx.sms.get_sms_extensions("w0")[0]
    assert extension.caller_id == "+4915799912345"


def test_scheduled_sms_is_recorded_with_its_time(sbx: Any, sandbox: Sandbox) -> None:
    send_at = datetime.now(UTC) + timedelta(days=2)
    sbx.sms.schedule(to="+4915112345678", message="Later", send_at=send_at, sms_id="s0")

    assert abs(sandbox.sent_sms[-1]["sendAt"] - send_at.timestamp()) <= 1
    entry = sbx.history.fetch_all(HistoryFilter(types=[HistoryEntryType.SMS]))[0]
    assert entry.scheduled is not None
    assert abs((entry.scheduled - send_at).total_seconds()) < 1


def test_sms_from_an_unknown_extension_is_refused(sbx: Any, sandbox: Sandbox) -> None:
    with pytest.raises(sipgateio.PermissionDeniedError):
        sbx.sms.send(to="+4915112345678", message="Hi", sms_id="s7")
    assert sandbox.sent_sms == []


def test_sms_extensions_are_listed_per_user(sbx: Any) -> None:
    assert [(e.id, e.caller_id) for e in sbx.sms.get_sms_extensions("w0")] == [
        ("s0", "+4915799912345")
    ]
    assert [e.id for e in sbx.sms.get_sms_extensions("w1")] == ["s1"]


# ----------------------------------------------------------------------- fax
def test_fax_is_sent_and_followed_to_its_final_status(sbx: Any) -> None:
    session = sbx.fax.send(to="+4930987654321", file_content=PDF, filename="a.pdf")

    assert sbx.fax.get_fax_status(session.session_id) == FaxStatus.PENDING
    final = sbx.fax.wait_for_final_status(session.session_id, timeout=5, poll_interval=0.05)
    assert final == FaxStatus.SENT
    entry = sbx.history.fetch_by_id(session.session_id)
    assert isinstance(entry, FaxHistoryEntry)
    assert entry.target == "+4930987654321"


def test_fax_lines_are_listed_for_the_user_and_by_web_user(sbx: Any) -> None:
    mine = sbx.fax.get_faxlines()
    assert [(line.id, line.can_send) for line in mine] == [("f0", True), ("f1", False)]
    assert [line.id for line in sbx.fax.get_faxlines_by_web_user("w1")] == ["f2"]


def test_fax_from_a_receive_only_line_is_refused(sbx: Any) -> None:
    with pytest.raises(sipgateio.PermissionDeniedError):
        sbx.fax.send(to="+4930987654321", file_content=PDF, faxline_id="f1")


# ------------------------------------------------------------ calls and RTCM
def test_initiated_call_is_established_and_can_be_manipulated(sbx: Any, sandbox: Sandbox) -> None:
    session = sbx.call.initiate(to="+4930987654321", from_="e0")
    calls = sbx.rtcm.get_established_calls()
    assert len(calls) == 1
    call = calls[0]
    assert {p.phone_number for p in call.participants} == {"+4921112345670", "+4930987654321"}

    sbx.rtcm.mute(call, True)
    sbx.rtcm.hold(call.call_id, True)
    sbx.rtcm.record(call, RecordOptions(announcement=False, value=True))
    sbx.rtcm.announce(call, sandbox.audio_url())
    sbx.rtcm.send_dtmf(call, "12#")
    (updated,) = sbx.rtcm.get_established_calls()
    assert (updated.muted, updated.hold, updated.recording) == (True, True, True)

    sbx.rtcm.record(call, RecordOptions(announcement=False, value=False))
    sbx.rtcm.hang_up(call)
    assert sbx.rtcm.get_established_calls() == []
    flow = sandbox.call(session.session_id)
    assert flow.wait_ended(5)
    assert "DTMF 12# sent" in flow.transcript()
    entry = sbx.history.fetch_all(HistoryFilter(types=[HistoryEntryType.CALL]))[0]
    assert isinstance(entry, CallHistoryEntry)
    assert entry.call_id == call.call_id
    assert len(entry.recordings) == 1


def test_call_from_a_number_needs_a_known_device(sbx: Any) -> None:
    sbx.call.initiate(to="+4930987654321", from_="+4921112345670", device_id="e0")
    assert len(sbx.rtcm.get_established_calls()) == 1
    with pytest.raises(sipgateio.BadRequestError):
        sbx.call.initiate(to="+4930987654321", from_="e9")


def test_transfer_replaces_the_call_with_one_to_the_target(sbx: Any) -> None:
    sbx.call.initiate(to="+4930987654321", from_="e0")
    (call,) = sbx.rtcm.get_established_calls()

    sbx.rtcm.transfer(call, TransferOptions(attended=False, phone_number="+4989123456"))

    (transferred,) = sbx.rtcm.get_established_calls()
    assert transferred.call_id != call.call_id
    assert "+4989123456" in {p.phone_number for p in transferred.participants}


def test_rtcm_on_an_ended_call_is_not_found(sbx: Any) -> None:
    with pytest.raises(sipgateio.NotFoundError):
        sbx.rtcm.mute("DEADBEEF", True)


# ---------------------------------------------------------- webhook settings
def test_webhook_settings_round_trip(sbx: Any) -> None:
    sbx.webhook_settings.set_incoming_url("https://example.com/in")
    sbx.webhook_settings.set_outgoing_url("https://example.com/out")
    sbx.webhook_settings.set_whitelist(["p0", "g0"])
    sbx.webhook_settings.set_log(True)
    settings = sbx.webhook_settings.get_webhook_settings()
    assert (settings.incoming_url, settings.outgoing_url) == (
        "https://example.com/in",
        "https://example.com/out",
    )
    assert (settings.whitelist, settings.log) == (["p0", "g0"], True)

    sbx.webhook_settings.clear_whitelist()
    assert sbx.webhook_settings.get_webhook_settings().whitelist == []
    sbx.webhook_settings.disable_whitelist()
    sbx.webhook_settings.clear_incoming_url()
    sbx.webhook_settings.clear_outgoing_url()
    settings = sbx.webhook_settings.get_webhook_settings()
    assert (settings.incoming_url, settings.outgoing_url, settings.whitelist) == ("", "", None)


# ------------------------------------------------------------------ contacts
def test_contacts_create_update_delete(sbx: Any) -> None:
    sbx.contacts.create(
        ContactImport(firstname="Konrad", lastname="Zuse", phone=PhoneNumber("+4930555555")),
        Scope.PRIVATE,
    )
    (created,) = [c for c in sbx.contacts.get(ExportScope.PRIVATE) if c.name == "Konrad Zuse"]
    assert [n.number for n in created.numbers] == ["+4930555555"]

    import attrs

    sbx.contacts.update(attrs.evolve(created, name="Konrad Ernst Otto Zuse"))
    names = [c.name for c in sbx.contacts.get(ExportScope.PRIVATE)]
    assert "Konrad Ernst Otto Zuse" in names

    sbx.contacts.delete(created.id)
    assert all(c.id != created.id for c in sbx.contacts.get(ExportScope.ALL))
    with pytest.raises(sipgateio.NotFoundError):
        sbx.contacts.delete(created.id)


def test_a_contacts_note_and_websites_survive_create_read_and_update(sbx: Any) -> None:
    import attrs

    sbx.contacts.create(
        ContactImport(
            firstname="Hedy",
            lastname="Lamarr",
            note="frequency hopping",
            websites=[Website("https://hedy.example.com", type=["work"])],
        ),
        Scope.SHARED,
    )
    (created,) = [c for c in sbx.contacts.get(ExportScope.SHARED) if c.name == "Hedy Lamarr"]
    sbx.contacts.update(attrs.evolve(created, name="Hedwig Kiesler"))
    (renamed,) = [c for c in sbx.contacts.get(ExportScope.SHARED) if c.id == created.id]
    sbx.contacts.update(attrs.evolve(renamed, note="actress", websites=[]))
    (changed,) = [c for c in sbx.contacts.get(ExportScope.SHARED) if c.id == created.id]

    assert created.note == "frequency hopping"
    assert created.websites == [Website("https://hedy.example.com", type=["work"])]
    assert (renamed.name, renamed.note, renamed.websites) == (
        "Hedwig Kiesler",
        "frequency hopping",
        created.websites,
    )
    assert (changed.note, changed.websites) == ("actress", [])


def test_an_update_keeps_the_note_and_websites_set_elsewhere(sbx: Any) -> None:
    """A note written in sipgate's app (here: through client.endpoints) outlives an update."""
    import attrs
    from sipgate_api.models import ContactScope, ContactUpdateRequest, ContactWebsite

    (grace,) = [c for c in sbx.contacts.get(ExportScope.PRIVATE) if c.name == "Grace Hopper"]
    sbx.endpoints.contacts.update_contact(
        grace.id,
        body=ContactUpdateRequest(
            id=grace.id,
            name=grace.name,
            scope=ContactScope.PRIVATE,
            note="COBOL",
            websites=[ContactWebsite(url="https://grace.example.org", type_=["home"])],
        ),
    )
    (noted,) = [c for c in sbx.contacts.get(ExportScope.PRIVATE) if c.id == grace.id]
    sbx.contacts.update(attrs.evolve(noted, numbers=[PhoneNumber("+4930123456", ["work"])]))
    (after,) = [c for c in sbx.contacts.get(ExportScope.PRIVATE) if c.id == grace.id]

    assert [n.number for n in after.numbers] == ["+4930123456"]
    assert after.note == "COBOL"
    assert after.websites == [Website("https://grace.example.org", type=["home"])]


def test_a_note_that_is_no_text_is_refused_before_any_request(sbx: Any) -> None:
    with pytest.raises(sipgateio.ValidationError) as caught:
        sbx.contacts.create(ContactImport("Hedy", "Lamarr", note=None), Scope.PRIVATE)  # type: ignore[arg-type]
    with pytest.raises(sipgateio.ValidationError) as blank:
        sbx.contacts.create(ContactImport("Hedy", "Lamarr", websites=[Website(" ")]), Scope.PRIVATE)

    assert caught.value.argument == "contact.note"
    assert blank.value.argument == "contact.websites[0].url"


def test_delete_all_private_and_shared_keep_internal_contacts(sbx: Any) -> None:
    sbx.contacts.delete_all_private()
    assert sbx.contacts.get(ExportScope.PRIVATE) == []
    assert sbx.contacts.get(ExportScope.SHARED) != []
    sbx.contacts.delete_all_shared()
    assert sbx.contacts.get(ExportScope.SHARED) == []
    assert {c.name for c in sbx.contacts.get(ExportScope.ALL)} == {"Ada Lovelace", "Alan Turing"}


def test_csv_and_vcard_imports_become_contacts(sbx: Any) -> None:
    sbx.contacts.import_from_csv_string(
        "firstname,lastname,number\nKonrad,Zuse,+4930555555\nGrace,Murray,+4930666666\n"
    )
    vcard = "BEGIN:VCARD\r\nVERSION:4.0\r\nN:Neumann;John;;;\r\nTEL:+4930777777\r\nEND:VCARD\r\n"
    sbx.contacts.import_vcard_string(vcard, Scope.SHARED)

    private = {c.name for c in sbx.contacts.get(ExportScope.PRIVATE)}
    assert {"Konrad Zuse", "Grace Murray"} <= private
    assert "John Neumann" in {c.name for c in sbx.contacts.get(ExportScope.SHARED)}


def test_contact_exports_and_pages(sbx: Any) -> None:
    csv_text = sbx.contacts.export_as_csv(ExportScope.ALL)
    assert csv_text.splitlines()[0].startswith('"id"')
    exported = json.loads(sbx.contacts.export_as_json(ExportScope.SHARED))
    assert [c["name"] for c in exported["contacts"]] == ["Charles Babbage"]
    cards = sbx.contacts.export_as_vcards(ExportScope.PRIVATE)
    assert len(cards) == 1 and "Grace Hopper" in cards[0]
    assert "BEGIN:VCARD" in sbx.contacts.export_as_single_vcard(ExportScope.ALL)

    page = sbx.contacts.get(ExportScope.ALL, Pagination(offset=1, limit=2))
    assert [c.name for c in page] == ["Alan Turing", "Grace Hopper"]
    found = sbx.contacts.get(
        ExportScope.ALL, filter=ContactsExportFilter(phone_numbers=["+4930987654321"])
    )
    assert [c.name for c in found] == ["Charles Babbage"]


def test_every_contact_is_fetched_across_pages(sbx: Any) -> None:
    rows = "".join(f"Person,{index},+49305550{index:03d}\n" for index in range(120))
    sbx.contacts.import_from_csv_string("firstname,lastname,number\n" + rows)
    assert len(sbx.contacts.get(ExportScope.ALL)) == 4 + 120


# ------------------------------------------------------------------- history
def test_history_filters_select_what_they_name(sbx: Any) -> None:
    everything = sbx.history.fetch_all()
    assert len(everything) == 5  # the archived seed entry is left out by default
    calls = sbx.history.fetch_all(HistoryFilter(types=[HistoryEntryType.CALL]))
    assert {entry.type for entry in calls} == {HistoryEntryType.CALL}
    missed = sbx.history.fetch_all(HistoryFilter(directions=[HistoryDirection.MISSED_INCOMING]))
    assert [entry.source for entry in missed] == ["+4930987654321"]
    assert len(sbx.history.fetch_all(HistoryFilter(archived=True))) == 1
    assert len(sbx.history.fetch_all(HistoryFilter(starred=True))) == 1
    on_g0 = sbx.history.fetch_all(HistoryFilter(connection_ids=["g0"]))
    assert [entry.target for entry in on_g0] == ["+4921112345600"]
    from_grace = sbx.history.fetch_all(HistoryFilter(phonenumber="+4915112345678"))
    assert len(from_grace) == 2
    recent = sbx.history.fetch_all(
        HistoryFilter(start_date=datetime.now(UTC) - timedelta(minutes=55))
    )
    assert {entry.type for entry in recent} == {HistoryEntryType.FAX, HistoryEntryType.VOICEMAIL}


def test_history_is_iterated_across_pages(sbx: Any, sandbox: Sandbox) -> None:
    for index in range(3):
        sbx.sms.send(to="+4915112345678", message=f"#{index}", sms_id="s0")
    entries = list(sbx.history.iter_all(HistoryFilter(types=[HistoryEntryType.SMS])))
    assert [entry.sms_content for entry in entries[:3]] == ["#2", "#1", "#0"]
    assert len(entries) == 4


def test_history_pages_and_fetch_by_id(sbx: Any) -> None:
    first = sbx.history.fetch_all(pagination=Pagination(offset=0, limit=2))
    second = sbx.history.fetch_all(pagination=Pagination(offset=2, limit=2))
    assert len(first) == len(second) == 2
    assert {e.id for e in first}.isdisjoint({e.id for e in second})
    assert sbx.history.fetch_by_id(first[0].id).id == first[0].id
    with pytest.raises(sipgateio.NotFoundError):
        sbx.history.fetch_by_id("999")


def test_history_updates_and_deletes(sbx: Any) -> None:
    entries = sbx.history.fetch_all()
    sbx.history.batch_update_events(
        entries[:2], lambda entry: HistoryEntryUpdateOptions(starred=True, read=True)
    )
    sbx.history.batch_update_events(
        entries[2:3], lambda entry: HistoryEntryUpdateOptions(note="call back")
    )
    assert all(sbx.history.fetch_by_id(e.id).starred for e in entries[:2])
    assert sbx.history.fetch_by_id(entries[2].id).note == "call back"

    sbx.history.delete_by_id(entries[0].id)
    sbx.history.delete_by_list_of_ids([entries[1].id, entries[2].id])
    remaining = {entry.id for entry in sbx.history.fetch_all()}
    assert remaining.isdisjoint({entries[0].id, entries[1].id, entries[2].id})
    with pytest.raises(sipgateio.ValidationError):
        sbx.history.delete_by_list_of_ids([])


def test_history_csv_export_follows_the_filter(sbx: Any) -> None:
    document = sbx.history.export_as_csv_string(BaseHistoryFilter(types=[HistoryEntryType.CALL]))
    lines = document.strip().splitlines()
    assert lines[0].startswith("id,created")
    assert len(lines) == 1 + 2
    assert all(",CALL," in line for line in lines[1:])


# ----------------------------------------------------- numbers, boxes, phones
def test_numbers_voicemails_and_devices(sbx: Any) -> None:
    numbers = sbx.numbers.get_all_numbers()
    assert len(numbers) == 7
    assert numbers[0].endpoint_id == "p0"
    page = sbx.numbers.get_all_numbers(Pagination(offset=2, limit=2))
    assert [item.endpoint_id for item in page] == ["g0", "f0"]
    assert [box.id for box in sbx.voicemails.get_voicemails()] == ["v0", "v1"]
    devices = sbx.devices.get_devices("w0")
    assert [device.id for device in devices] == ["e0", "y0", "x0"]
    with pytest.raises(sipgateio.NotFoundError):
        sbx.devices.get_devices("w9")
