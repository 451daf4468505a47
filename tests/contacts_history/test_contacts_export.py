"""``client.contacts.get`` and the exports: scopes, pages, CSV, JSON and vCard 4.0."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import sipgateio
from sipgateio import ContactsExportFilter, ExportScope, Pagination, Scope
from tests._server import Recorded, RecordingServer, Reply
from tests.contacts_history.conftest import contact_item, serve_pages

ADA = contact_item(
    "c1",
    'Ada "The Countess" Lovelace',
    "PRIVATE",
    emails=[{"email": "ada@ex.org", "type": ["work"]}],
    numbers=[
        {"number": "+4921100000", "type": ["cell"]},
        {"number": "+4921100001", "type": []},
    ],
    addresses=[
        {
            "poBox": "",
            "extendedAddress": "",
            "streetAddress": "Main St 1",
            "locality": "London",
            "region": "",
            "postalCode": "W1",
            "country": "UK",
        }
    ],
    organization=[["Analytical Engines", "R&D"]],
)
BOB = contact_item("c2", "Bob", "PRIVATE")
MIXED = [
    contact_item("p1", "Private Person", "PRIVATE"),
    contact_item("i1", "Internal Person", "INTERNAL"),
    contact_item("s1", "Shared Person", "SHARED"),
]


@pytest.mark.parametrize("scope", [ExportScope.PRIVATE, ExportScope.SHARED, ExportScope.INTERNAL])
def test_get_returns_the_contacts_of_one_address_book(
    client: Any, server: RecordingServer, scope: ExportScope
) -> None:
    serve_pages(server, "/contacts", MIXED)

    (contact,) = client.contacts.get(scope)

    assert contact.scope == scope.value
    assert isinstance(contact, sipgateio.ContactResponse)


def test_get_all_returns_every_address_book(client: Any, server: RecordingServer) -> None:
    serve_pages(server, "/contacts", MIXED)

    contacts = client.contacts.get(ExportScope.ALL)

    assert [c.id for c in contacts] == ["p1", "i1", "s1"]
    assert [c.scope for c in contacts] == [Scope.PRIVATE, Scope.INTERNAL, Scope.SHARED]


def test_get_without_pagination_reads_every_page_before_filtering(
    client: Any, server: RecordingServer
) -> None:
    contacts = [
        contact_item(f"c{i}", f"P {i}", "SHARED" if i >= 5995 else "PRIVATE") for i in range(6000)
    ]
    serve_pages(server, "/contacts", contacts)

    shared = client.contacts.get(ExportScope.SHARED)

    assert [c.id for c in shared] == [f"c{i}" for i in range(5995, 6000)]
    assert [(r.query["offset"], r.query["limit"]) for r in server.requests] == [
        (["0"], ["5000"]),
        (["5000"], ["5000"]),
    ]


def test_get_with_pagination_and_filter_makes_exactly_that_one_request(
    client: Any, server: RecordingServer
) -> None:
    serve_pages(server, "/contacts", MIXED)

    client.contacts.get(
        ExportScope.INTERNAL,
        Pagination(limit=3, offset=10),
        ContactsExportFilter(phone_numbers=["+490123456789"]),
    )

    (request,) = server.requests
    assert request.query == {"limit": ["3"], "offset": ["10"], "phonenumbers": ["+490123456789"]}


def test_get_with_pagination_keeps_the_scope_of_that_page_only(
    client: Any, server: RecordingServer
) -> None:
    serve_pages(server, "/contacts", MIXED)

    contacts = client.contacts.get(ExportScope.PRIVATE, Pagination(offset=0, limit=3))

    assert [c.id for c in contacts] == ["p1"]


def test_get_converts_every_field(client: Any, server: RecordingServer) -> None:
    serve_pages(server, "/contacts", [ADA])

    (ada,) = client.contacts.get(ExportScope.PRIVATE)

    assert ada.emails == [sipgateio.Email("ada@ex.org", ["work"])]
    assert ada.numbers[0] == sipgateio.PhoneNumber("+4921100000", ["cell"])
    assert ada.addresses == [
        sipgateio.Address(
            street_address="Main St 1", locality="London", postal_code="W1", country="UK"
        )
    ]
    assert ada.organization == [["Analytical Engines", "R&D"]]
    assert ada.picture is None


@pytest.mark.parametrize("scope", ["EVERYONE", None, "private"])
def test_reads_refuse_an_unknown_scope_before_any_request(
    client: Any, server: RecordingServer, scope: Any
) -> None:
    with pytest.raises(sipgateio.ValidationError) as caught:
        client.contacts.get(scope)

    assert caught.value.argument == "scope"
    assert server.requests == []


def test_reads_refuse_a_phone_number_filter_given_as_a_string(
    client: Any, server: RecordingServer
) -> None:
    with pytest.raises(sipgateio.ValidationError):
        client.contacts.get(ExportScope.ALL, filter=ContactsExportFilter(phone_numbers="+49211"))  # type: ignore[arg-type]

    assert server.requests == []


# --- CSV -------------------------------------------------------------------------------


def test_export_as_csv_quotes_every_cell_and_writes_lists_as_json(
    client: Any, server: RecordingServer
) -> None:
    serve_pages(server, "/contacts", [ADA, BOB])

    document = client.contacts.export_as_csv(ExportScope.PRIVATE, ";")

    assert document == (
        '"id";"name";"emails";"numbers";"addresses";"organizations"\r\n'
        '"c1";"Ada ""The Countess"" Lovelace";"[""ada@ex.org""]";'
        '"[""+4921100000"",""+4921100001""]";'
        '"[{""poBox"":"""",""extendedAddress"":"""",""streetAddress"":""Main St 1"",'
        '""locality"":""London"",""region"":"""",""postalCode"":""W1"",""country"":""UK""}]";'
        '"[[""Analytical Engines"",""R&D""]]"\r\n'
        '"c2";"Bob";"[]";"[]";"[]";"[]"'
    )
    rows = list(csv.reader(io.StringIO(document, newline=""), delimiter=";"))
    assert rows[1][1] == 'Ada "The Countess" Lovelace'
    assert json.loads(rows[1][3]) == ["+4921100000", "+4921100001"]


def test_export_as_csv_of_an_empty_address_book_is_the_header_line(
    client: Any, server: RecordingServer
) -> None:
    serve_pages(server, "/contacts", [])

    assert client.contacts.export_as_csv(ExportScope.PRIVATE) == (
        '"id","name","emails","numbers","addresses","organizations"'
    )


def test_export_as_csv_with_pagination_exports_the_scope_of_that_page(
    client: Any, server: RecordingServer
) -> None:
    foo = contact_item("foo", "User1", "PRIVATE", organization=[[]])
    serve_pages(server, "/contacts", [foo, contact_item("bar", "User2", "INTERNAL")])

    document = client.contacts.export_as_csv(
        ExportScope.PRIVATE, ",", Pagination(limit=3, offset=0)
    )

    assert document == (
        '"id","name","emails","numbers","addresses","organizations"\r\n'
        '"foo","User1","[]","[]","[]","[[]]"'
    )


def test_export_as_csv_refuses_a_bad_delimiter_before_any_request(
    client: Any, server: RecordingServer
) -> None:
    with pytest.raises(sipgateio.ValidationError):
        client.contacts.export_as_csv(ExportScope.ALL, delimiter="\r")

    assert server.requests == []


# --- JSON ------------------------------------------------------------------------------


def test_export_as_json_lists_the_contacts_and_their_count(
    client: Any, server: RecordingServer
) -> None:
    serve_pages(server, "/contacts", [ADA, BOB, *MIXED])

    document = client.contacts.export_as_json(ExportScope.PRIVATE)

    assert json.loads(document) == {
        "contacts": [
            {
                "id": "c1",
                "name": 'Ada "The Countess" Lovelace',
                "emails": ["ada@ex.org"],
                "numbers": ["+4921100000", "+4921100001"],
                "addresses": ADA["addresses"],
                "organizations": [["Analytical Engines", "R&D"]],
                "scope": "PRIVATE",
            },
            {
                "id": "c2",
                "name": "Bob",
                "emails": [],
                "numbers": [],
                "addresses": [],
                "organizations": [],
                "scope": "PRIVATE",
            },
            {
                "id": "p1",
                "name": "Private Person",
                "emails": [],
                "numbers": [],
                "addresses": [],
                "organizations": [],
                "scope": "PRIVATE",
            },
        ],
        "totalCount": 3,
    }
    compact = json.dumps(json.loads(document), separators=(",", ":"), ensure_ascii=False)
    assert document == compact


def test_export_as_json_of_nothing_is_an_empty_list(client: Any, server: RecordingServer) -> None:
    serve_pages(server, "/contacts", [])

    assert client.contacts.export_as_json(ExportScope.PRIVATE) == '{"contacts":[],"totalCount":0}'


def test_export_as_json_with_pagination_reports_the_servers_count(
    client: Any, server: RecordingServer
) -> None:
    baz = contact_item(
        "baz", "User3", "SHARED", numbers=[{"number": "0123456789"}], organization=[["sipgate"]]
    )
    server.on("GET", "/contacts", Reply(200, {"items": [MIXED[0], baz], "totalCount": 5}))

    document = client.contacts.export_as_json(ExportScope.SHARED, Pagination(limit=3, offset=0))

    assert document == (
        '{"contacts":[{"id":"baz","name":"User3","emails":[],"numbers":["0123456789"],'
        '"addresses":[],"organizations":[["sipgate"]],"scope":"SHARED"}],"totalCount":5}'
    )


# --- vCard -----------------------------------------------------------------------------


def test_export_as_vcards_writes_one_valid_vcard_4_per_contact(
    client: Any, server: RecordingServer
) -> None:
    serve_pages(server, "/contacts", [ADA, BOB])

    ada, bob = client.contacts.export_as_vcards(ExportScope.PRIVATE)

    assert ada == (
        "BEGIN:VCARD\r\n"
        "VERSION:4.0\r\n"
        'FN:Ada "The Countess" Lovelace\r\n'
        'N:Lovelace;Ada "The Countess";;;\r\n'
        "ORG:Analytical Engines;R&D\r\n"
        "TEL;VALUE=text;TYPE=cell:+4921100000\r\n"
        "TEL;VALUE=text:+4921100001\r\n"
        "EMAIL;TYPE=work:ada@ex.org\r\n"
        "ADR:;;Main St 1;London;;W1;UK\r\n"
        "END:VCARD\r\n"
    )
    assert bob == "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Bob\r\nN:Bob;;;;\r\nEND:VCARD\r\n"


def test_export_as_vcards_escapes_values_and_folds_long_lines_at_75_octets(
    client: Any, server: RecordingServer
) -> None:
    long_street = "Straße der Pariser Kommune, Hinterhaus; Aufgang B\\C " + "ä" * 40
    contact = contact_item(
        "c9",
        "Jürgen Müller",
        "SHARED",
        addresses=[{"streetAddress": long_street, "locality": "Berlin", "country": "DE"}],
        numbers=[{"number": "+4930123456", "type": ["work", "voice mail"]}],
    )
    serve_pages(server, "/contacts", [contact])

    (card,) = client.contacts.export_as_vcards(ExportScope.SHARED)

    lines = card.split("\r\n")
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)
    assert any(line.startswith(" ") for line in lines)
    unfolded = card.replace("\r\n ", "")
    assert "ADR:;;Straße der Pariser Kommune\\, Hinterhaus\\; Aufgang B\\\\C " in unfolded
    assert 'TEL;VALUE=text;TYPE=work,"voice mail":+4930123456' in unfolded
    assert card.encode("utf-8").decode("utf-8") == card


def test_export_as_single_vcard_joins_the_cards(client: Any, server: RecordingServer) -> None:
    serve_pages(server, "/contacts", [ADA, BOB])

    book = client.contacts.export_as_single_vcard(ExportScope.PRIVATE)

    assert book == "".join(client.contacts.export_as_vcards(ExportScope.PRIVATE))
    assert book.count("BEGIN:VCARD\r\n") == 2


def test_an_exported_vcard_imports_back_to_the_same_name_and_number(
    client: Any, server: RecordingServer
) -> None:
    user3 = contact_item(
        "baz", "User3", "SHARED", numbers=[{"number": "0123456789"}], organization=[["sipgate"]]
    )
    ada = contact_item(
        "ada",
        "Ada Lovelace",
        "SHARED",
        numbers=[{"number": "+4921100000", "type": ["cell"]}],
        emails=[{"email": "a@ex.org", "type": []}],
        addresses=ADA["addresses"],
    )
    serve_pages(server, "/contacts", [user3, ada])
    server.on("POST", "/contacts", Reply(204))

    client.contacts.import_vcard_string(
        client.contacts.export_as_single_vcard(ExportScope.SHARED), Scope.SHARED
    )

    created = sorted((r.json() for r in server.calls("POST", "/contacts")), key=lambda b: b["name"])
    assert [(b["name"], b["given"], b["family"], b["numbers"]) for b in created] == [
        ("Ada Lovelace", "Ada", "Lovelace", [{"number": "+4921100000", "type": []}]),
        ("User3", "", "User3", [{"number": "0123456789", "type": []}]),
    ]
    assert created[0]["addresses"] == ADA["addresses"]
    assert created[0]["emails"] == [{"email": "a@ex.org", "type": []}]
    assert created[1]["organization"] == [["sipgate"]]


names = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp", "Zs")),
    min_size=1,
    max_size=30,
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    words=st.lists(names, min_size=1, max_size=4),
    number=st.from_regex(r"\+[1-9][0-9]{4,14}", fullmatch=True),
    organization=st.lists(st.lists(names, min_size=1, max_size=3), max_size=2),
)
def test_any_exported_name_and_number_survive_a_round_trip(
    client: Any,
    server: RecordingServer,
    words: list[str],
    number: str,
    organization: list[list[str]],
) -> None:
    name = " ".join(words)
    contact = contact_item(
        "x", name, "PRIVATE", numbers=[{"number": number, "type": []}], organization=organization
    )
    serve_pages(server, "/contacts", [contact])
    received: list[dict[str, Any]] = []

    def record(request: Recorded) -> Reply:
        received.append(request.json())
        return Reply(204)

    server.on("POST", "/contacts", record)

    (card,) = client.contacts.export_as_vcards(ExportScope.PRIVATE)
    client.contacts.import_vcard_string(card, Scope.PRIVATE)

    assert all(len(line.encode("utf-8")) <= 75 for line in card.split("\r\n"))
    (body,) = received
    assert (body["name"], body["numbers"][0]["number"]) == (name, number)
    assert body["organization"] == [units for units in organization]
