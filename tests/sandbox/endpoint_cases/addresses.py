"""``client.endpoints.addresses`` against the sandbox."""

from __future__ import annotations

from typing import Any

import pytest
from sipgate_api.models import PostalAddressUpdateRequest

import sipgateio
from sipgateio.sandbox import Sandbox
from tests.sandbox.endpoint_cases import scenario


@scenario("addresses.list_addresses", "addresses.count_addresses", "addresses.get_address")
def test_addresses_are_listed_counted_and_read(endpoints: Any, sandbox: Sandbox) -> None:
    area = endpoints.addresses
    listed = area.list_addresses().items
    assert [address.locality for address in listed] == ["Düsseldorf", "Berlin"]
    assert area.count_addresses().item_count == len(listed) == 2

    office = area.get_address(13)
    assert (office.street_address, office.postal_code, office.country) == (
        "Gladbacher Str. 74",
        "40219",
        "DE",
    )
    users = endpoints.users.list_users().items
    assert {user.address_id for user in users} == {"13"}
    with pytest.raises(sipgateio.NotFoundError):
        area.get_address(99)


@scenario("addresses.update_address", "addresses.get_address")
def test_address_is_changed(endpoints: Any, sandbox: Sandbox) -> None:
    area = endpoints.addresses
    moved = PostalAddressUpdateRequest(
        city="Köln", countrycode="de", postcode="50667", street="Domkloster", number="4"
    )
    assert area.update_address(14, body=moved) is None

    address = area.get_address(14)
    assert (address.street_address, address.locality, address.postal_code, address.country) == (
        "Domkloster 4",
        "Köln",
        "50667",
        "DE",
    )
    bad_country = PostalAddressUpdateRequest(city="Köln", countrycode="DEU", postcode="50667")
    with pytest.raises(sipgateio.BadRequestError):
        area.update_address(14, body=bad_country)
    with pytest.raises(sipgateio.NotFoundError):
        area.update_address(99, body=moved)
    assert area.get_address(14).locality == "Köln"


@scenario("addresses.list_address_numbers")
def test_numbers_belong_to_the_address_of_their_area_code(endpoints: Any, sandbox: Sandbox) -> None:
    area = endpoints.addresses
    duesseldorf = {item.number for item in area.list_address_numbers(13).items}
    berlin = {item.number for item in area.list_address_numbers(14).items}

    assert berlin == {"4930123456780"}
    assert "4921112345670" in duesseldorf
    assert all(number.startswith("49211") for number in duesseldorf)
    assert "4915799912345" not in duesseldorf | berlin
    with pytest.raises(sipgateio.NotFoundError):
        area.list_address_numbers(99)


SCENARIOS = [
    test_addresses_are_listed_counted_and_read,
    test_address_is_changed,
    test_numbers_belong_to_the_address_of_their_area_code,
]
