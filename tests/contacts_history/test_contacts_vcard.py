"""``client.contacts.import_vcard_string``: vCard 3.0 and 4.0 in, one contact per card out."""

from __future__ import annotations

from typing import Any

import pytest

import sipgateio
from sipgateio import Scope
from tests._server import RecordingServer, Reply

# An address-book card as macOS Contacts writes it: groups, X- properties, escapes.
GRACE = (
    "BEGIN:VCARD\r\n"
    "VERSION:4.0\r\n"
    "N:Hopper;Grace;Brewster;Rear Admiral;\r\n"
    "FN:Grace Hopper\r\n"
    "ORG:Eckert-Mauchly Computer Corporation\r\n"
    "TITLE:Programmer\r\n"
    "EMAIL;type=INTERNET;type=WORK;type=pref:grace@example.navy\r\n"
    "TEL;type=CELL:+1 202 555 0147\r\n"
    "item1.ADR;type=WORK:;;3747 Ridge Avenue;Philadelphia;PA;19132;USA\r\n"
    "item1.X-ABADR:us\r\n"
    "NOTE:Found the first actual bug\\, a moth\\; taped it into the log book.\r\n"
    "item2.URL;type=pref:https\\://example.navy/hopper\r\n"
    "item2.X-ABLabel:_$!<HomePage>!$_\r\n"
    "CATEGORIES:Navy,Compilers\r\n"
    "X-ABUID:0B5C8E0A-1F11-4C36-9C3B-6E0E7D7C1A42\\:ABPerson\r\n"
    "END:VCARD\r\n"
)


def grace_body(**changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "name": "Grace Hopper",
        "family": "Hopper",
        "given": "Grace",
        "organization": [["Eckert-Mauchly Computer Corporation"]],
        "picture": None,
        "scope": "PRIVATE",
        "addresses": [
            {
                "poBox": "",
                "extendedAddress": "",
                "streetAddress": "3747 Ridge Avenue",
                "locality": "Philadelphia",
                "region": "PA",
                "postalCode": "19132",
                "country": "USA",
            }
        ],
        "emails": [{"email": "grace@example.navy", "type": []}],
        "numbers": [{"number": "+1 202 555 0147", "type": []}],
    }
    body.update(changes)
    return body


@pytest.fixture
def create(server: RecordingServer) -> RecordingServer:
    server.on("POST", "/contacts", Reply(204))
    return server


def test_import_creates_the_contact_of_an_address_book_card(
    client: Any, create: RecordingServer
) -> None:
    client.contacts.import_vcard_string(GRACE, Scope.PRIVATE)

    (request,) = create.requests
    assert request.json() == grace_body()


def test_import_sends_the_body_the_node_sdk_sends(client: Any, create: RecordingServer) -> None:
    card = (
        "BEGIN:VCARD\r\nVERSION:4.0\r\nN:Doe;John;Mr.;;\r\nTEL:+49211\r\nORG:ACME\r\n"
        "EMAIL:j@d.e\r\nADR:;;S 1;C;R;12345;DE\r\nEND:VCARD"
    )

    client.contacts.import_vcard_string(card, Scope.SHARED)

    assert create.requests[0].json() == {
        "name": "John Doe",
        "family": "Doe",
        "given": "John",
        "organization": [["ACME"]],
        "picture": None,
        "scope": "SHARED",
        "addresses": [
            {
                "poBox": "",
                "extendedAddress": "",
                "streetAddress": "S 1",
                "locality": "C",
                "region": "R",
                "postalCode": "12345",
                "country": "DE",
            }
        ],
        "emails": [{"email": "j@d.e", "type": []}],
        "numbers": [{"number": "+49211", "type": []}],
    }


def test_import_reads_a_vcard_3_with_lf_line_breaks_and_folded_lines(
    client: Any, create: RecordingServer
) -> None:
    card = (
        "BEGIN:VCARD\nVERSION:3.0\nFN:Grace Hopper\nN:Hopper;Grace;;;\n"
        "ADR;TYPE=WORK:;;3747 Ridge\n  Avenue;Philadelphia;PA;19132;USA\n"
        "TEL;TYPE=CELL,VOICE:+1 202 555 0147\nEMAIL;TYPE=INTERNET:grace@\n\texample.navy\n"
        "ORG:Eckert-Mauchly Computer Corporation\nEND:VCARD\n"
    )

    client.contacts.import_vcard_string(card, Scope.PRIVATE)

    assert create.requests[0].json() == grace_body()


def test_import_unescapes_commas_semicolons_and_backslashes(
    client: Any, create: RecordingServer
) -> None:
    card = (
        "BEGIN:VCARD\r\nVERSION:4.0\r\nN:Doe\\;Smith;John\\, Jr.;;;\r\n"
        "TEL:+49211\r\nORG:X\\, Inc.;R\\\\D\r\nADR:;;Main St: Rear 2;Köln;;50667;DE\r\nEND:VCARD\r\n"
    )

    client.contacts.import_vcard_string(card, Scope.PRIVATE)

    body = create.requests[0].json()
    assert (body["family"], body["given"]) == ("Doe;Smith", "John, Jr.")
    assert body["organization"] == [["X, Inc.", "R\\D"]]
    assert body["addresses"][0]["streetAddress"] == "Main St: Rear 2"


def test_import_of_a_card_without_org_or_email_sends_empty_lists(
    client: Any, create: RecordingServer
) -> None:
    card = "BEGIN:VCARD\r\nVERSION:4.0\r\nN:Hopper;Grace\r\nTEL:+12025550147\r\nEND:VCARD"

    client.contacts.import_vcard_string(card, Scope.PRIVATE)

    body = create.requests[0].json()
    assert (body["organization"], body["emails"], body["addresses"]) == ([], [], [])


def test_import_keeps_every_org_line_as_an_organisation(
    client: Any, create: RecordingServer
) -> None:
    card = GRACE.replace("ORG:Eckert", "ORG:Firma\r\nORG:Firma 2;Abteilung\r\nX-ORG:Eckert")

    client.contacts.import_vcard_string(card, Scope.PRIVATE)

    assert create.requests[0].json()["organization"] == [["Firma"], ["Firma 2", "Abteilung"]]


def test_import_drops_the_tel_uri_scheme(client: Any, create: RecordingServer) -> None:
    card = GRACE.replace("TEL;type=CELL:+1 202 555 0147", "TEL;VALUE=uri:tel:+1-202-555-0147")

    client.contacts.import_vcard_string(card, Scope.PRIVATE)

    assert create.requests[0].json()["numbers"] == [{"number": "+1-202-555-0147", "type": []}]


def test_import_ignores_properties_with_empty_values(client: Any, create: RecordingServer) -> None:
    card = GRACE.replace("TITLE:Programmer", "EMAIL:\r\nTEL:\r\nADR:")

    client.contacts.import_vcard_string(card, Scope.PRIVATE)

    assert create.requests[0].json() == grace_body()


def test_import_creates_one_contact_per_card(client: Any, create: RecordingServer) -> None:
    second = GRACE.replace("N:Hopper;Grace", "N:Lovelace;Ada").replace("+1 202", "+44 20")

    client.contacts.import_vcard_string(GRACE + second, Scope.SHARED)

    names = sorted(r.json()["name"] for r in create.requests)
    assert names == ["Ada Lovelace", "Grace Hopper"]


def test_import_checks_every_card_before_sending_any(client: Any, create: RecordingServer) -> None:
    broken = GRACE.replace("TEL;type=CELL:+1 202 555 0147\r\n", "")

    with pytest.raises(sipgateio.ValidationError, match=r"^vCard 2 of 2: No phone number given"):
        client.contacts.import_vcard_string(GRACE + broken, Scope.PRIVATE)

    assert create.requests == []


@pytest.mark.parametrize(
    ("card", "message"),
    [
        ("VERSION:4.0\r\nEND:VCARD\r\n", "vCard does not contain a valid BEGIN tag"),
        ("BEGIN:VCARD\r\nVERSION:4.0\r\n\r\n", "vCard does not contain a valid END tag"),
        ("", "vCard does not contain a valid BEGIN tag"),
        ("BEGIN:VCARD\r\nVERSION:4.0\r\nEND:VCARD\r\n", "Names not given"),
        (GRACE.replace("VERSION:4.0", "VERSION:2.1"), "Invalid VCard Version given"),
        (GRACE.replace("VERSION:4.0", "VERSION:5.0"), "Invalid VCard Version given"),
        (GRACE.replace("VERSION:4.0\r\n", ""), "no VERSION line"),
        (GRACE.replace("TEL;type=CELL:+1 202 555 0147\r\n", ""), "No phone number given"),
        (
            GRACE.replace("TITLE:Programmer", "TEL;type=WORK:+1 202 555 0199"),
            "Only one phone number",
        ),
        (GRACE.replace("TITLE:Programmer", "EMAIL:second@example.navy"), "Only one email"),
        (
            GRACE.replace(
                "TITLE:Programmer", "item3.ADR;type=HOME:;;1 Elm St;Arlington;VA;22201;USA"
            ),
            "Only one address",
        ),
        (
            GRACE.replace(";;3747 Ridge Avenue;", ";3747 Ridge Avenue;"),
            "Address Fields are invalid",
        ),
        (GRACE.replace("N:Hopper;Grace;Brewster;Rear Admiral;", "N:Hopper"), "Missing Name Fields"),
        (GRACE.replace("TITLE:Programmer", "N:Murray;Grace"), "Only one name"),
        (GRACE.replace("TITLE:Programmer", "this line has no colon"), "Failed to parse vCard"),
        (GRACE.replace("END:VCARD", "BEGIN:VCARD"), "vCard does not contain a valid END tag"),
    ],
)
def test_import_refuses_a_card_that_breaks_a_rule(
    client: Any, create: RecordingServer, card: str, message: str
) -> None:
    with pytest.raises(sipgateio.ValidationError, match=message) as caught:
        client.contacts.import_vcard_string(card, Scope.PRIVATE)

    assert caught.value.argument == "vcard_content"
    assert create.requests == []


def test_import_refuses_a_card_whose_names_are_empty(client: Any, create: RecordingServer) -> None:
    card = GRACE.replace("N:Hopper;Grace;Brewster;Rear Admiral;", "N:;;;;")

    with pytest.raises(sipgateio.ValidationError, match="Names not given"):
        client.contacts.import_vcard_string(card, Scope.PRIVATE)

    assert create.requests == []


def test_import_refuses_the_internal_address_book(client: Any, create: RecordingServer) -> None:
    with pytest.raises(sipgateio.ValidationError) as caught:
        client.contacts.import_vcard_string(GRACE, Scope.INTERNAL)

    assert caught.value.argument == "scope"
    assert create.requests == []


def test_import_of_several_cards_reports_the_ones_that_failed(
    client: Any, server: RecordingServer
) -> None:
    def refuse_ada(request: Any) -> Reply:
        return Reply(400) if request.json()["given"] == "Ada" else Reply(204)

    server.on("POST", "/contacts", refuse_ada)
    second = GRACE.replace("N:Hopper;Grace", "N:Lovelace;Ada")

    with pytest.raises(sipgateio.PartialFailureError) as caught:
        client.contacts.import_vcard_string(GRACE + second, Scope.PRIVATE)

    assert list(caught.value.failures) == ["vCard 2"]
    assert caught.value.succeeded == 1
