"""``client.endpoints.contacts`` against the sandbox."""

from __future__ import annotations

import base64
import csv
import io
from typing import Any

import pytest
from sipgate_api.models import (
    ContactCreateRequest,
    ContactCsvImportRequest,
    ContactDeleteRequest,
    ContactDeleteScope,
    ContactGoogleImportRequest,
    ContactPhoneNumber,
    ContactScope,
    ContactScopeFilter,
    ContactUpdateRequest,
    ContactVcardProperties,
    ContactVcardWriteItem,
    ContactVcardWriteRequest,
    ContactWebsite,
)

import sipgateio
from sipgateio.sandbox import Sandbox
from tests.sandbox.endpoint_cases import scenario

PRIVATE, SHARED, INTERNAL = (
    ContactScopeFilter.PRIVATE,
    ContactScopeFilter.SHARED,
    ContactScopeFilter.INTERNAL,
)


def _names(endpoints: Any, **query: Any) -> set[str]:
    return {item.name for item in endpoints.contacts.list_contacts(**query).items}


def _card(**properties: list[dict[str, Any]]) -> ContactVcardProperties:
    return ContactVcardProperties.from_dict(properties)


@scenario(
    "contacts.create_contact",
    "contacts.list_contacts",
    "contacts.get_contact",
    "contacts.update_contact",
    "contacts.delete_contact",
)
def test_contact_keeps_note_and_websites_until_replaced(endpoints: Any, sandbox: Sandbox) -> None:
    area = endpoints.contacts
    new = ContactCreateRequest(
        scope=ContactScope.PRIVATE,
        name="Hedy Lamarr",
        numbers=[ContactPhoneNumber(number="+4917011122233", type_=["cell"])],
        note="Frequency hopping",
        websites=[ContactWebsite(url="https://hedy.example.org", type_=["home"])],
    )
    assert area.create_contact(body=new) is None
    (listed,) = area.list_contacts(phonenumbers=["+4917011122233"]).items

    stored = area.get_contact(listed.id)
    assert (stored.name, stored.note, stored.scope) == (
        "Hedy Lamarr",
        "Frequency hopping",
        "PRIVATE",
    )
    assert [website.url for website in stored.websites] == ["https://hedy.example.org"]

    replaced = ContactUpdateRequest(id=listed.id, scope=ContactScope.PRIVATE, name="Hedy Kiesler")
    area.update_contact(listed.id, body=replaced)
    again = area.get_contact(listed.id)
    assert again.name == "Hedy Kiesler"
    assert not again.note and not again.websites

    with pytest.raises(sipgateio.NotFoundError):
        area.delete_contact(listed.id, scope=[SHARED])
    assert area.delete_contact(listed.id, scope=[PRIVATE, SHARED]) is None
    with pytest.raises(sipgateio.NotFoundError):
        area.get_contact(listed.id)


@scenario("contacts.list_contacts")
def test_contacts_are_paged_by_last_id_and_filtered_by_address_book(
    endpoints: Any, sandbox: Sandbox
) -> None:
    area = endpoints.contacts
    every = area.list_contacts().items
    first = area.list_contacts(limit=2)
    second = area.list_contacts(limit=2, last_id=first.items[-1].id)

    assert [item.id for item in first.items + second.items] == [item.id for item in every]
    assert first.total_count == second.total_count == len(every) == 4
    internal = area.list_contacts(scopes=[INTERNAL])
    assert {item.name for item in internal.items} == {"Ada Lovelace", "Alan Turing"}
    assert internal.total_count == 2
    assert _names(endpoints, scopes=[PRIVATE, SHARED]) == {"Grace Hopper", "Charles Babbage"}
    with pytest.raises(sipgateio.BadRequestError):
        area.list_contacts(last_id="no-such-contact")


@scenario(
    "contacts.import_contacts_csv",
    "contacts.import_contacts_google",
    "contacts.delete_all_contacts",
)
def test_bulk_delete_narrows_by_source_ids_and_address_book(
    endpoints: Any, sandbox: Sandbox
) -> None:
    area = endpoints.contacts
    document = "firstname,lastname,number\nKonrad,Zuse,+4930111222333\n"
    area.import_contacts_csv(
        body=ContactCsvImportRequest(base_64_content=base64.b64encode(document.encode()).decode())
    )
    area.import_contacts_google(body=ContactGoogleImportRequest(token="ya29.example"))
    area.import_contacts_google(body=ContactGoogleImportRequest(token="ya29.example"))
    assert _names(endpoints, scopes=[PRIVATE]) == {
        "Grace Hopper",
        "Konrad Zuse",
        "Katherine Johnson",
        "Margaret Hamilton",
    }
    with pytest.raises(sipgateio.BadRequestError):
        area.import_contacts_google(body=ContactGoogleImportRequest(token=" "))

    area.delete_all_contacts(body=ContactDeleteRequest(source="GOOGLE"))
    assert _names(endpoints, scopes=[PRIVATE]) == {"Grace Hopper", "Konrad Zuse"}
    (grace,) = area.list_contacts(phonenumbers=["+4915112345678"]).items
    area.delete_all_contacts(body=ContactDeleteRequest(contact_ids=[grace.id]))
    assert _names(endpoints, scopes=[PRIVATE]) == {"Konrad Zuse"}

    with pytest.raises(sipgateio.PermissionDeniedError):
        area.delete_all_contacts(body=ContactDeleteRequest(scope=[ContactDeleteScope.INTERNAL]))
    with pytest.raises(sipgateio.BadRequestError):
        area.delete_all_contacts(body=ContactDeleteRequest(contact_ids=["no-such-contact"]))
    area.delete_all_contacts()
    assert _names(endpoints) == {"Ada Lovelace", "Alan Turing", "Charles Babbage"}
    area.delete_all_contacts(body=ContactDeleteRequest())
    assert _names(endpoints) == {"Ada Lovelace", "Alan Turing"}


@scenario("contacts.list_internal_contacts")
def test_colleagues_are_listed_with_the_numbers_that_reach_them(
    endpoints: Any, sandbox: Sandbox
) -> None:
    colleagues = {item.name: item for item in endpoints.contacts.list_internal_contacts().items}

    assert set(colleagues) == {"Ada Lovelace", "Alan Turing"}
    ada = colleagues["Ada Lovelace"]
    assert ada.emails == ["ada@example.com"]
    assert set(ada.landline) == {"+4921112345670", "+4930123456780"}
    assert (ada.mobile, ada.fax) == (["+4915799912345"], ["+4921112345679"])
    assert colleagues["Alan Turing"].fax == ["+4921112345678"]
    assert ada.id != colleagues["Alan Turing"].id


@scenario("contacts.export_contacts_csv")
def test_csv_export_holds_the_asked_address_books(endpoints: Any, sandbox: Sandbox) -> None:
    document = endpoints.contacts.export_contacts_csv(scope=[PRIVATE, SHARED])
    rows = list(csv.DictReader(io.StringIO(document)))

    assert {row["name"]: row["scope"] for row in rows} == {
        "Grace Hopper": "PRIVATE",
        "Charles Babbage": "SHARED",
    }
    assert {row["numbers"] for row in rows if row["name"] == "Grace Hopper"} == {"+4915112345678"}
    internal = endpoints.contacts.export_contacts_csv(scope=[INTERNAL])
    assert {row["name"] for row in csv.DictReader(io.StringIO(internal))} == {
        "Ada Lovelace",
        "Alan Turing",
    }


@scenario("contacts.list_contact_vcards", "contacts.store_contact_vcards")
def test_vcards_are_written_and_read_back(endpoints: Any, sandbox: Sandbox) -> None:
    area = endpoints.contacts
    (babbage,) = area.list_contact_vcards(scope=[SHARED]).contacts
    assert babbage.items["ORG"][0].unit == ["Analytical Engines", "R&D"]
    assert babbage.items["ADR"][0].city == "London"

    card = _card(
        FN=[{"value": "Hedy Lamarr"}],
        TEL=[{"value": "+4917011122233", "types": ["cell"]}],
        NOTE=[{"value": "Frequency hopping"}],
        CATEGORIES=[{"value": "inventors"}],
    )
    written = area.store_contact_vcards(
        scope=ContactScopeFilter.PRIVATE,
        body=ContactVcardWriteRequest(data=[ContactVcardWriteItem(item=card)]),
    )
    (hedy_id,) = [stored.contact_id for stored in written.result]
    assert area.get_contact(hedy_id).note == "Frequency hopping"
    assert "Hedy Lamarr" in _names(endpoints, scopes=[PRIVATE])

    labelled = area.list_contact_vcards(scope=[PRIVATE, SHARED], labels=["inventors"])
    assert [card.meta.uuid for card in labelled.contacts] == [hedy_id]
    found = area.list_contact_vcards(scope=[PRIVATE], filter_="hedy", wanted_fields=["FN"])
    assert [sorted(card.items.additional_keys) for card in found.contacts] == [["FN"]]
    page = area.list_contact_vcards(scope=[PRIVATE], limit=1)
    rest = area.list_contact_vcards(scope=[PRIVATE], last_id=page.contacts[0].meta.uuid)
    assert page.overall_matches == rest.overall_matches == 2
    assert [c.meta.uuid for c in page.contacts + rest.contacts] == [
        item.id for item in area.list_contacts(scopes=[PRIVATE]).items
    ]

    renamed = ContactVcardWriteItem(contact_id=hedy_id, item=_card(FN=[{"value": "Hedy Kiesler"}]))
    area.store_contact_vcards(
        scope=ContactScopeFilter.SHARED, body=ContactVcardWriteRequest(data=[renamed])
    )
    assert (area.get_contact(hedy_id).name, area.get_contact(hedy_id).scope) == (
        "Hedy Kiesler",
        "SHARED",
    )

    nameless = ContactVcardWriteItem(item=_card(TEL=[{"value": "+4917000000000"}]))
    before = len(area.list_contacts().items)
    with pytest.raises(sipgateio.BadRequestError):
        area.store_contact_vcards(
            scope=ContactScopeFilter.PRIVATE,
            body=ContactVcardWriteRequest(data=[ContactVcardWriteItem(item=card), nameless]),
        )
    assert len(area.list_contacts().items) == before
    unknown = ContactVcardWriteItem(contact_id="no-such-contact", item=card)
    with pytest.raises(sipgateio.NotFoundError):
        area.store_contact_vcards(
            scope=ContactScopeFilter.PRIVATE, body=ContactVcardWriteRequest(data=[unknown])
        )
    with pytest.raises(sipgateio.PermissionDeniedError):
        area.store_contact_vcards(
            scope=ContactScopeFilter.INTERNAL, body=ContactVcardWriteRequest(data=[renamed])
        )


SCENARIOS = [
    test_contact_keeps_note_and_websites_until_replaced,
    test_contacts_are_paged_by_last_id_and_filtered_by_address_book,
    test_bulk_delete_narrows_by_source_ids_and_address_book,
    test_colleagues_are_listed_with_the_numbers_that_reach_them,
    test_csv_export_holds_the_asked_address_books,
    test_vcards_are_written_and_read_back,
]
