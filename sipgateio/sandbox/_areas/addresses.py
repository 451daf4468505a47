"""``addresses``: the account's postal addresses and the numbers registered at each.

Two addresses are seeded: 13, the Düsseldorf office both web users are located at (their
``addressId``), and 14, a Berlin office. A number belongs to the address whose area codes
it starts with (0211 numbers to 13, 030 numbers to 14); mobile numbers belong to none.
"""

from __future__ import annotations

import re
from typing import Any, Final

import attrs

from sipgateio.sandbox._account import Account
from sipgateio.sandbox._api import Reply, Request, operation
from sipgateio.sandbox._areas._store import NO_CONTENT, Records, area_state, ok
from sipgateio.sandbox._errors import bad_request

_COUNTRY_CODE: Final = re.compile(r"[A-Za-z]{2}")


@attrs.define
class Addresses:
    """The addresses by id, and the area codes (international digits) of each."""

    records: Records
    area_codes: dict[str, tuple[str, ...]]


def _address(
    address_id: int, street: str, postal_code: str, locality: str, region: str
) -> dict[str, Any]:
    return {
        "id": str(address_id),
        "poBox": "",
        "extendedAddress": "",
        "streetAddress": street,
        "locality": locality,
        "region": region,
        "postalCode": postal_code,
        "country": "DE",
    }


def _seed(account: Account) -> Addresses:
    records = Records("address")
    records.add(_address(13, "Gladbacher Str. 74", "40219", "Düsseldorf", "NRW"))
    records.add(_address(14, "Friedrichstr. 68", "10117", "Berlin", "Berlin"))
    return Addresses(records=records, area_codes={"13": ("49211",), "14": ("4930",)})


def addresses(request: Request) -> Addresses:
    """The account's addresses (``set_user_location`` checks ids against them)."""
    return area_state(request, "addresses", _seed)


def _text(body: dict[str, Any], name: str) -> str:
    return str(body.get(name, "")).strip()


@operation
def list_addresses(request: Request) -> Reply:
    return ok({"items": list(addresses(request).records)})


@operation
def count_addresses(request: Request) -> Reply:
    return ok({"itemCount": len(addresses(request).records)})


@operation
def get_address(request: Request) -> Reply:
    return ok(addresses(request).records.get(request.path["addressId"]))


@operation
def update_address(request: Request) -> Reply:
    stored = addresses(request).records.get(request.path["addressId"])
    body = request.body
    country = _text(body, "countrycode")
    if not _COUNTRY_CODE.fullmatch(country):
        raise bad_request(f"{country!r} is not a two-letter country code like DE", "/countrycode")
    for name in ("postcode", "city"):
        if not _text(body, name):
            raise bad_request(f"{name} must not be empty", f"/{name}")
    street = f"{_text(body, 'street')} {_text(body, 'number')}".strip()
    stored.update(
        streetAddress=street or _text(body, "address1"),
        extendedAddress=_text(body, "address2"),
        locality=_text(body, "city"),
        region=_text(body, "state"),
        postalCode=_text(body, "postcode"),
        country=country.upper(),
    )
    return NO_CONTENT


@operation
def list_address_numbers(request: Request) -> Reply:
    state = addresses(request)
    address = state.records.get(request.path["addressId"])
    prefixes = state.area_codes.get(address["id"], ())
    numbers = [item for item in request.account.numbers if item["number"].startswith(prefixes)]
    return ok({"items": numbers})
