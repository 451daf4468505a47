"""Public contacts types (re-exported from ``sipgateio.models`` and ``sipgateio``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from sipgateio._enums import OpenStrEnum

__all__ = [
    "Address",
    "ContactImport",
    "ContactResponse",
    "ContactsExportFilter",
    "Email",
    "ExportScope",
    "PhoneNumber",
    "Scope",
    "Website",
]


class Scope(OpenStrEnum):
    """Address book of a contact: your own (``PRIVATE``), the account's (``SHARED``) or sipgate's."""

    PRIVATE = "PRIVATE"
    SHARED = "SHARED"
    INTERNAL = "INTERNAL"


class ExportScope(OpenStrEnum):
    """Which contacts to read: one address book, or ``ALL`` of them."""

    PRIVATE = "PRIVATE"
    SHARED = "SHARED"
    INTERNAL = "INTERNAL"
    ALL = "ALL"


def _labels(value: Sequence[str] | None) -> list[str]:
    return list(value) if value is not None else []


@attrs.frozen
class PhoneNumber:
    """A phone number of a contact, with free-form labels such as ``["cell"]``."""

    number: str
    type: list[str] = attrs.field(factory=list, converter=_labels)


@attrs.frozen
class Email:
    """An email address of a contact, with free-form labels such as ``["work"]``."""

    email: str
    type: list[str] = attrs.field(factory=list, converter=_labels)


@attrs.frozen
class Website:
    """A web address of a contact, with free-form labels such as ``["work"]``."""

    url: str
    type: list[str] = attrs.field(factory=list, converter=_labels)


@attrs.frozen
class Address:
    """A postal address, split into the parts of a vCard ``ADR`` value."""

    po_box: str = ""
    extended_address: str = ""
    street_address: str = ""
    locality: str = ""
    region: str = ""
    postal_code: str = ""
    country: str = ""

    def to_wire(self) -> dict[str, str]:
        """The address as sipgate's JSON spells it (camelCase keys)."""
        return {
            "poBox": self.po_box,
            "extendedAddress": self.extended_address,
            "streetAddress": self.street_address,
            "locality": self.locality,
            "region": self.region,
            "postalCode": self.postal_code,
            "country": self.country,
        }

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> Address:
        """Read an address from sipgate's JSON (missing parts become ``""``)."""
        from sipgateio import _wire

        return _wire.convert(dict(data), cls)


def _organizations(value: Sequence[Sequence[str]] | Sequence[str] | None) -> list[list[str]]:
    """Organisations as lists of units; a flat list of strings is one organisation's units."""
    if value is None:
        return []
    if all(isinstance(unit, str) for unit in value):
        return [list(value)] if value else []  # type: ignore[arg-type]
    return [[unit] if isinstance(unit, str) else list(unit) for unit in value]


@attrs.frozen
class ContactImport:
    """A contact to create: names plus at most one address, phone number and email.

    ``organization`` lists organisations, each as its units (company first), e.g.
    ``[["ACME", "Research"]]``; a flat ``["ACME", "Research"]`` means the same. ``note``
    (free text) and ``websites`` are kept by newer sipgate API releases.
    """

    firstname: str
    lastname: str
    address: Address | None = None
    phone: PhoneNumber | None = None
    email: Email | None = None
    organization: list[list[str]] = attrs.field(factory=list, converter=_organizations)
    note: str = ""
    websites: list[Website] = attrs.field(factory=list)


@attrs.frozen
class ContactResponse:
    """A stored contact as ``client.contacts.get`` returns it (and ``update`` takes it).

    ``note`` and ``websites`` are empty where sipgate's API release does not keep them;
    ``update`` sends them back, so a changed contact keeps its note and websites.
    """

    id: str
    name: str = ""
    picture: str | None = None
    emails: list[Email] = attrs.field(factory=list)
    numbers: list[PhoneNumber] = attrs.field(factory=list)
    addresses: list[Address] = attrs.field(factory=list)
    organization: list[list[str]] = attrs.field(factory=list, converter=_organizations)
    scope: Scope = Scope.PRIVATE
    note: str = ""
    websites: list[Website] = attrs.field(factory=list)


@attrs.frozen
class ContactsExportFilter:
    """Narrow contact reads to contacts holding one of ``phone_numbers``."""

    phone_numbers: list[str] = attrs.field(factory=list)
