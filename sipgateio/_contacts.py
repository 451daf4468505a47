"""Contacts without I/O: input checks and request bodies (answers are read by ``_wire``)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Final

from sipgateio._validation import check_encodable, check_id, check_instance, check_text
from sipgateio.errors import ValidationError
from sipgateio.models import (
    Address,
    ContactImport,
    ContactResponse,
    ContactsExportFilter,
    Email,
    ExportScope,
    PhoneNumber,
    Scope,
    Website,
)

# Contacts fetched per request when the caller wants them all (the API's default page).
PAGE_SIZE: Final = 5000
WRITABLE_SCOPES: Final = (Scope.PRIVATE, Scope.SHARED)


def check_scope(scope: object) -> Scope:
    """The address book a contact is written to: ``PRIVATE`` or ``SHARED``."""
    if isinstance(scope, str) and scope in WRITABLE_SCOPES:
        return Scope(str(scope))
    raise ValidationError(
        f"scope must be Scope.PRIVATE or Scope.SHARED (sipgate keeps INTERNAL contacts "
        f"itself); got {scope!r}",
        argument="scope",
        value=scope,
    )


def check_export_scope(scope: object) -> ExportScope:
    """Which contacts to read: ``PRIVATE``, ``SHARED``, ``INTERNAL`` or ``ALL``."""
    if isinstance(scope, str) and scope in ExportScope.__members__.values():
        return ExportScope(str(scope))
    raise ValidationError(
        f"scope must be one of ExportScope.PRIVATE, SHARED, INTERNAL or ALL; got {scope!r}",
        argument="scope",
        value=scope,
    )


def phone_numbers_of(filter: ContactsExportFilter | None) -> list[str] | None:
    """The ``phonenumbers`` query values of a contacts filter."""
    if filter is None:
        return None
    check_instance(filter, ContactsExportFilter, argument="filter")
    numbers = filter.phone_numbers
    if isinstance(numbers, str) or not isinstance(numbers, Iterable):
        raise ValidationError(
            f"filter.phone_numbers must be a list of phone numbers; got {numbers!r}",
            argument="filter.phone_numbers",
            value=numbers,
        )
    return [
        check_text(number, argument=f"filter.phone_numbers[{index}]")
        for index, number in enumerate(numbers)
    ]


def in_scope(contacts: Iterable[ContactResponse], scope: ExportScope) -> list[ContactResponse]:
    """The contacts of address book ``scope`` (all of them for ``ALL``)."""
    if scope == ExportScope.ALL:
        return list(contacts)
    return [contact for contact in contacts if contact.scope.value == scope.value]


def full_name(firstname: str, lastname: str) -> str:
    """``"<firstname> <lastname>"``, without a stray space when one of them is empty."""
    return " ".join(part for part in (firstname.strip(), lastname.strip()) if part)


def create_body(
    contact: ContactImport, scope: Scope, *, argument: str = "contact"
) -> dict[str, Any]:
    """The JSON body of ``POST /contacts`` for ``contact``."""
    check_instance(contact, ContactImport, argument=argument)
    check_encodable(contact, argument=argument)
    for name in ("firstname", "lastname"):
        if not isinstance(getattr(contact, name), str):
            raise ValidationError(
                f"{argument}.{name} must be a str; got {getattr(contact, name)!r}",
                argument=f"{argument}.{name}",
                value=getattr(contact, name),
            )
    name = full_name(contact.firstname, contact.lastname)
    if not name:
        raise ValidationError(
            f"Names not given: {argument}.firstname and {argument}.lastname are both empty",
            argument=argument,
            value=contact,
        )
    _check_optional(contact.phone, PhoneNumber, f"{argument}.phone")
    _check_optional(contact.email, Email, f"{argument}.email")
    _check_optional(contact.address, Address, f"{argument}.address")
    if contact.phone is not None:
        check_text(contact.phone.number, argument=f"{argument}.phone.number")
    if contact.email is not None:
        check_text(contact.email.email, argument=f"{argument}.email.email")
    return {
        "name": name,
        "family": contact.lastname.strip(),
        "given": contact.firstname.strip(),
        "organization": contact.organization,
        "picture": None,
        "scope": scope.value,
        "addresses": [contact.address.to_wire()] if contact.address else [],
        "emails": [_email(contact.email)] if contact.email else [],
        "numbers": [_number(contact.phone)] if contact.phone else [],
        **_note_and_websites(contact.note, contact.websites, argument),
    }


def update_body(contact: ContactResponse) -> dict[str, Any]:
    """The JSON body of ``PUT /contacts/{id}``: the whole contact, its id included."""
    check_instance(contact, ContactResponse, argument="contact")
    check_id(contact.id, argument="contact.id")
    check_encodable(contact, argument="contact")
    if contact.scope not in WRITABLE_SCOPES:
        raise ValidationError(
            f"contact.scope must be PRIVATE or SHARED to change a contact (sipgate keeps "
            f"INTERNAL contacts itself); got {contact.scope!r}",
            argument="contact.scope",
            value=contact.scope,
        )
    return {
        "id": contact.id,
        "name": contact.name,
        "picture": contact.picture,
        "emails": [_email(email) for email in contact.emails],
        "numbers": [_number(number) for number in contact.numbers],
        "addresses": [address.to_wire() for address in contact.addresses],
        "organization": contact.organization,
        "scope": contact.scope.value,
        **_note_and_websites(contact.note, contact.websites, "contact"),
    }


def _note_and_websites(note: object, websites: object, argument: str) -> dict[str, Any]:
    """``note`` and ``websites`` for a contact body, left out when empty.

    Only newer API releases know these fields; a body without them suits every release,
    and on a replacing ``PUT`` a field left out is emptied just as an empty one would be.
    """
    if not isinstance(note, str):
        raise ValidationError(
            f"{argument}.note must be a str; got {note!r}", argument=f"{argument}.note", value=note
        )
    if isinstance(websites, str) or not isinstance(websites, Iterable):
        raise ValidationError(
            f"{argument}.websites must be a list of Website; got {websites!r}",
            argument=f"{argument}.websites",
            value=websites,
        )
    body: dict[str, Any] = {}
    if note:
        body["note"] = note
    items = []
    for index, website in enumerate(websites):
        check_instance(website, Website, argument=f"{argument}.websites[{index}]")
        check_text(website.url, argument=f"{argument}.websites[{index}].url")
        items.append({"url": website.url, "type": list(website.type)})
    if items:
        body["websites"] = items
    return body


def _check_optional(value: object, kind: type, argument: str) -> None:
    if value is not None:
        check_instance(value, kind, argument=argument)


def _email(email: Email) -> dict[str, Any]:
    return {"email": email.email, "type": list(email.type)}


def _number(number: PhoneNumber) -> dict[str, Any]:
    return {"number": number.number, "type": list(number.type)}
