"""Phone numbers: every possible international number is accepted, garbage is refused.

Whether a number is assigned is sipgate's to decide, and libphonenumber's metadata lags new
number ranges, so the check is libphonenumber's *possible* number (a ``+``, a country code
that exists, a length numbers of that country can have), not its *valid* number. The seed's
example numbers (``+4912368712`` in its fax example) go out, in E.164, everywhere a phone
number is taken; the sandbox plays sipgate.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

import sipgateio
from sipgateio import ContactImport, HistoryEntryType, HistoryFilter, PhoneNumber, Scope
from sipgateio import TransferOptions as Transfer
from sipgateio._validation import normalize_phone_number
from sipgateio.sandbox import Sandbox
from tests._server import RecordingServer, Reply
from tests.facade.conftest import PDF

# Numbers from the seed's README and the Node SDK's behaviour notes, with their E.164 form.
# The first ones are "possible" but not "valid" to libphonenumber (no such range today).
SEED_NUMBERS = {
    "+4912368712": "+4912368712",
    "+4912121212": "+4912121212",
    "+49123456789": "+49123456789",
    "+4912354678": "+4912354678",
    "+49999999": "+49999999",
    "+4912345678": "+4912345678",
    "+4912121007": "+4912121007",
    "+4915799912345": "+4915799912345",
    "+4921163553355": "+4921163553355",
    "+49 1573 9777777": "+4915739777777",
    "+49(0)211-1234567": "+492111234567",
    "+800 1234 5678": "+80012345678",
    "+1 202 555 1212": "+12025551212",
}
NOT_VALID_BUT_POSSIBLE = ["+4912368712", "+4912121212", "+49123456789", "+49999999"]


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(check_responses=True, fax_step_seconds=0.05) as running:
        yield running


@pytest.fixture
def sbx(make_client: Any, sandbox: Sandbox) -> Any:
    return make_client(**sandbox.client_options())


@pytest.mark.parametrize(("number", "e164"), SEED_NUMBERS.items())
def test_the_seeds_numbers_are_accepted_and_written_in_e164(number: str, e164: str) -> None:
    assert normalize_phone_number(number, argument="to") == e164


@pytest.mark.parametrize("number", NOT_VALID_BUT_POSSIBLE)
def test_an_sms_goes_to_a_number_libphonenumber_does_not_know(
    sbx: Any, sandbox: Sandbox, number: str
) -> None:
    sbx.sms.send(to=number, message="Hello", sms_id="s0")

    assert sandbox.sent_sms[-1]["recipient"] == number


def test_the_seeds_fax_example_is_sent(sbx: Any) -> None:
    session = sbx.fax.send(to="+4912368712", file_content=PDF)

    assert sbx.fax.wait_for_final_status(session.session_id, timeout=10, poll_interval=0.05)
    entry = sbx.history.fetch_all(HistoryFilter(types=[HistoryEntryType.FAX]))[0]
    assert entry.target == "+4912368712"


def test_calls_and_transfers_take_such_numbers_for_every_role(sbx: Any) -> None:
    sbx.call.initiate(
        to="+4912368712", from_="+4912354678", device_id="e0", caller_id="+4912121212"
    )
    (call,) = sbx.rtcm.get_established_calls()
    assert "+4912368712" in {p.phone_number for p in call.participants}

    sbx.rtcm.transfer(call, Transfer(attended=False, phone_number="+49 1236 8712"))

    (transferred,) = sbx.rtcm.get_established_calls()
    assert "+4912368712" in {p.phone_number for p in transferred.participants}


def test_contacts_and_history_filters_take_such_numbers(sbx: Any) -> None:
    sbx.contacts.create(
        ContactImport(firstname="Ada", lastname="Lovelace", phone=PhoneNumber("+4912368712")),
        Scope.PRIVATE,
    )
    sbx.sms.send(to="+4912368712", message="Hello", sms_id="s0")

    found = sbx.contacts.get(
        sipgateio.ExportScope.PRIVATE,
        filter=sipgateio.ContactsExportFilter(phone_numbers=["+4912368712"]),
    )
    entries = sbx.history.fetch_all(HistoryFilter(phonenumber="+4912368712"))

    assert [c.name for c in found] == ["Ada Lovelace"]
    assert [e.target for e in entries] == ["+4912368712"]


def test_an_sms_can_be_sent_from_such_a_number(
    client: Any, server: RecordingServer, webuser: str
) -> None:
    sender = {"id": 7, "phonenumber": "4912368712", "verified": True, "defaultNumber": True}
    server.on("GET", "/w0/sms", Reply(200, {"items": [{"id": "s0", "alias": "SMS"}]}))
    server.on("GET", "/w0/sms/s0/callerids", Reply(200, {"items": [sender]}))
    server.on("POST", "/sessions/sms", Reply(204))

    client.sms.send(to="+4912121212", message="Hello", from_="+49 1236 8712")

    assert server.calls("POST", "/sessions/sms")[0].json()["recipient"] == "+4912121212"


@pytest.mark.parametrize(
    ("number", "reason"),
    [
        ("4912368712", "does not start with '+'"),
        ("+49 1236 8712 ext", "only digits"),
        ("+999123456", "country code"),
        ("+0123456", "country code"),
        ("+4912", "too short"),
        ("+491", "too short"),
        ("+123", "too short"),
        ("+4912345678901234567890", "too long"),
        ("+49", "not a phone number"),
    ],
)
def test_what_cannot_be_a_number_is_refused_before_any_request(
    sbx: Any, sandbox: Sandbox, number: str, reason: str
) -> None:
    with pytest.raises(sipgateio.ValidationError) as caught:
        sbx.sms.send(to=number, message="Hello", sms_id="s0")

    assert caught.value.argument == "to"
    assert reason in str(caught.value)
    assert sandbox.sent_sms == []
