"""Text that cannot be sent as UTF-8 is refused before any request, naming the argument.

A lone surrogate (``"\\ud800"``, half of a UTF-16 pair) is a valid ``str`` that has no UTF-8
form; it turns up in text decoded with ``errors="surrogateescape"`` (file names, command-line
arguments) or cut in the middle of an emoji. Every case runs on both clients against a
recording server, which must see no request.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

import sipgateio
from sipgateio import (
    Address,
    ContactImport,
    ContactResponse,
    Email,
    HistoryEntryUpdateOptions,
    PhoneNumber,
    Scope,
)
from sipgateio.models import HistoryEntryType, SmsHistoryEntry
from tests._server import RecordingServer, Reply
from tests.facade.conftest import PDF

LONE = "\ud800"
MOBILE = "+4915799912345"


def ada(**fields: Any) -> ContactImport:
    return ContactImport(**{"firstname": "Ada", "lastname": "Lovelace", **fields})


def stored(**fields: Any) -> ContactResponse:
    return ContactResponse(**{"id": "c1", "name": "Ada Lovelace", "scope": Scope.PRIVATE, **fields})


SMS_ENTRY = SmsHistoryEntry(id="h1", type=HistoryEntryType.SMS)
VCARD = "BEGIN:VCARD\r\nVERSION:4.0\r\nN:Lovelace;Ada;;;\r\nTEL:+4921163553355\r\nEND:VCARD\r\n"
CSV = "firstname,lastname,number\r\nAda,Lovelace,+4921163553355\r\n"

CASES: dict[str, tuple[Callable[[Any], Any], str]] = {
    "sms message": (
        lambda c: c.sms.send(to=MOBILE, message=f"Hello {LONE}", sms_id="s0"),
        "message",
    ),
    "fax file name": (
        lambda c: c.fax.send(to=MOBILE, file_content=PDF, filename=f"{LONE}.pdf"),
        "filename",
    ),
    "contact first name": (
        lambda c: c.contacts.create(ada(firstname=f"Ad{LONE}a"), Scope.PRIVATE),
        "contact.firstname",
    ),
    "contact organisation": (
        lambda c: c.contacts.create(ada(organization=[["ACME", LONE]]), Scope.PRIVATE),
        "contact.organization[0][1]",
    ),
    "contact address": (
        lambda c: c.contacts.create(ada(address=Address(locality=LONE)), Scope.PRIVATE),
        "contact.address.locality",
    ),
    "contact email": (
        lambda c: c.contacts.create(ada(email=Email(f"ada{LONE}@example.org")), Scope.PRIVATE),
        "contact.email.email",
    ),
    "contact phone": (
        lambda c: c.contacts.create(ada(phone=PhoneNumber(f"+49{LONE}")), Scope.PRIVATE),
        "contact.phone.number",
    ),
    "updated contact name": (
        lambda c: c.contacts.update(stored(name=f"Ada {LONE}")),
        "contact.name",
    ),
    "updated contact number": (
        lambda c: c.contacts.update(
            stored(numbers=[PhoneNumber("+4921163553355", ["work", LONE])])
        ),
        "contact.numbers[0].type[1]",
    ),
    "vcard": (
        lambda c: c.contacts.import_vcard_string(VCARD.replace("Ada", f"A{LONE}"), Scope.PRIVATE),
        "vcard_content",
    ),
    "csv import": (
        lambda c: c.contacts.import_from_csv_string(CSV.replace("Ada", f"A{LONE}")),
        "csv_content",
    ),
    "history note": (
        lambda c: c.history.batch_update_events(
            [SMS_ENTRY], lambda entry: HistoryEntryUpdateOptions(note=f"call {LONE}")
        ),
        "note",
    ),
    "webhook url": (
        lambda c: c.webhook_settings.set_incoming_url(f"https://example.com/{LONE}"),
        "url",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_lone_surrogate_is_a_validation_error_naming_the_argument(
    client: Any, server: RecordingServer, case: str
) -> None:
    action, argument = CASES[case]

    with pytest.raises(sipgateio.ValidationError) as caught:
        action(client)

    error = caught.value
    assert error.argument == argument
    assert str(error).startswith(argument)
    assert "UTF-8" in str(error)
    assert server.requests == []


def test_the_error_says_where_the_surrogate_is_in_a_document(
    client: Any, server: RecordingServer
) -> None:
    document = CSV + f"Grace,Hopper{LONE},+4921163553356\r\n"

    with pytest.raises(sipgateio.ValidationError) as caught:
        client.contacts.import_from_csv_string(document)

    assert "line 3" in str(caught.value)
    assert "'\\ud800'" in str(caught.value)  # shown escaped, so the message prints anywhere
    assert server.requests == []


def test_a_whole_surrogate_pair_written_as_one_character_is_sent(
    client: Any, server: RecordingServer
) -> None:
    server.on("POST", "/sessions/sms", Reply(204))

    client.sms.send(to=MOBILE, message="Cheers \U0001f37a", sms_id="s0")

    assert server.requests[0].json()["message"] == "Cheers \U0001f37a"
