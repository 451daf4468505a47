"""Reading vCard 3.0/4.0 into contacts to create, and writing contacts as vCard 4.0 (RFC 6350)."""

from __future__ import annotations

import re
from collections.abc import Iterable

import attrs

from sipgateio._contacts_models import Address, ContactImport, ContactResponse, Email, PhoneNumber
from sipgateio._validation import check_encodable
from sipgateio.errors import ValidationError

SUPPORTED_VERSIONS = ("3.0", "4.0")
FOLD_OCTETS = 75
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_UNESCAPES = {"n": "\n", "N": "\n"}
_PARAM_SAFE = re.compile(r"[A-Za-z0-9-]+")


@attrs.frozen
class _Property:
    """One content line: ``[group.]NAME[;params]:value`` (value still escaped)."""

    name: str
    value: str
    line: int


def parse_vcards(vcard_content: str) -> list[ContactImport]:
    """Read every vCard in ``vcard_content`` into a ``ContactImport``.

    Accepts vCard 3.0 and 4.0 with LF or CRLF line breaks, folded lines, groups
    (``item1.ADR``) and escaped ``\\,`` ``\\;`` ``\\\\``. Each card needs one ``N`` (family and
    given name) and one ``TEL``, and may have at most one ``ADR`` and one ``EMAIL``; ``ORG``
    is optional. Raises ``ValidationError`` naming the card and the rule it breaks.
    """
    if not isinstance(vcard_content, str):
        raise ValidationError(
            f"vcard_content must be a str, not {type(vcard_content).__name__}",
            argument="vcard_content",
            value=vcard_content,
        )
    check_encodable(vcard_content, argument="vcard_content")
    cards = _split_cards(_unfold(vcard_content.removeprefix("\ufeff")))
    contacts = []
    for number, properties in enumerate(cards, start=1):
        try:
            contacts.append(_contact_from(properties))
        except ValidationError as error:
            if len(cards) > 1:
                error.args = (f"vCard {number} of {len(cards)}: {error}",)
            error.value = vcard_content
            raise
    return contacts


def _unfold(text: str) -> list[tuple[int, str]]:
    """Logical lines with their (first) physical line number; folded lines are joined."""
    logical: list[tuple[int, str]] = []
    for number, physical in enumerate(_LINE_BREAK.split(text), start=1):
        if physical[:1] in (" ", "\t") and logical:
            first, text_so_far = logical[-1]
            logical[-1] = (first, text_so_far + physical[1:])
        else:
            logical.append((number, physical))
    return logical


def _invalid(message: str) -> ValidationError:
    return ValidationError(message, argument="vcard_content")


def _split_cards(lines: list[tuple[int, str]]) -> list[list[_Property]]:
    cards: list[list[_Property]] = []
    current: list[_Property] | None = None
    for number, line in lines:
        if not line.strip():
            continue
        upper = line.strip().upper()
        if current is None:
            if upper != "BEGIN:VCARD":
                raise _invalid(
                    f"vCard does not contain a valid BEGIN tag: line {number} reads {line!r}, "
                    "expected BEGIN:VCARD"
                )
            current = []
        elif upper == "END:VCARD":
            cards.append(current)
            current = None
        elif upper == "BEGIN:VCARD":
            raise _invalid(
                f"vCard does not contain a valid END tag: line {number} begins a new card "
                "before END:VCARD"
            )
        else:
            current.append(_parse_line(line, number))
    if current is not None:
        raise _invalid("vCard does not contain a valid END tag: the last card has no END:VCARD")
    if not cards:
        raise _invalid(
            "vCard does not contain a valid BEGIN tag: vcard_content is empty; expected "
            "BEGIN:VCARD ... END:VCARD"
        )
    return cards


def _parse_line(line: str, number: int) -> _Property:
    in_quotes = False
    for index, char in enumerate(line):
        if char == '"':
            in_quotes = not in_quotes
        elif char == ":" and not in_quotes:
            head, value = line[:index], line[index + 1 :]
            break
    else:
        raise _invalid(f"Failed to parse vCard: line {number} ({line!r}) is not NAME:value")
    name = head.split(";", 1)[0].rsplit(".", 1)[-1].strip().upper()
    if not name:
        raise _invalid(f"Failed to parse vCard: line {number} ({line!r}) has no property name")
    return _Property(name, value, number)


def split_components(value: str) -> list[str]:
    """Split a structured value on unescaped ``;`` and unescape each component."""
    components: list[str] = []
    current: list[str] = []
    chars = iter(value)
    for char in chars:
        if char == "\\":
            escaped = next(chars, "")
            current.append(_UNESCAPES.get(escaped, escaped))
        elif char == ";":
            components.append("".join(current))
            current = []
        else:
            current.append(char)
    components.append("".join(current))
    return components


def unescape(value: str) -> str:
    """Unescape a text value (``\\,`` ``\\;`` ``\\\\`` ``\\n``)."""
    return re.sub(r"\\(.?)", lambda m: _UNESCAPES.get(m.group(1), m.group(1)), value)


def _contact_from(properties: list[_Property]) -> ContactImport:
    found: dict[str, list[_Property]] = {}
    for prop in properties:
        if prop.value.strip():  # empty values count as absent, as in the Node SDK
            found.setdefault(prop.name, []).append(prop)
    versions = found.get("VERSION", [])
    if not versions:
        raise _invalid("Failed to parse vCard: the card has no VERSION line")
    version = versions[0].value.strip()
    if version not in SUPPORTED_VERSIONS:
        raise _invalid(f"Invalid VCard Version given: {version!r}; vCard 3.0 and 4.0 are supported")
    names, phones = found.get("N", []), found.get("TEL", [])
    if not names:
        raise _invalid("Names not given: the card has no N line (family;given name)")
    if not phones:
        raise _invalid("No phone number given: the card has no TEL line")
    if len(names) > 1:
        raise _invalid(
            f"Only one name is allowed: the card has {len(names)} N lines "
            f"(lines {', '.join(str(p.line) for p in names)})"
        )
    name_parts = split_components(names[0].value)
    if len(name_parts) < 2:
        raise _invalid(
            f"Missing Name Fields: N on line {names[0].line} needs family and given name "
            f"separated by ';', e.g. N:Lovelace;Ada;;;"
        )
    if len(phones) > 1:
        raise _invalid(_only_one("phone number", "TEL", phones))
    addresses, emails = found.get("ADR", []), found.get("EMAIL", [])
    if len(addresses) > 1:
        raise _invalid(_only_one("address", "ADR", addresses))
    address = None
    if addresses:
        parts = split_components(addresses[0].value)
        if len(parts) < 7:
            raise _invalid(
                f"Address Fields are invalid: ADR on line {addresses[0].line} has {len(parts)} "
                "parts, expected 7 (post box;extended address;street;locality;region;"
                "postal code;country)"
            )
        address = Address(*(part.strip() for part in parts[:7]))
    if len(emails) > 1:
        raise _invalid(_only_one("email", "EMAIL", emails))
    number = unescape(phones[0].value).strip()
    if number[:4].lower() == "tel:":
        number = number[4:]
    return ContactImport(
        firstname=name_parts[1].strip(),
        lastname=name_parts[0].strip(),
        phone=PhoneNumber(number),
        email=Email(unescape(emails[0].value).strip()) if emails else None,
        address=address,
        organization=[_units(org.value) for org in found.get("ORG", [])],
    )


def _only_one(what: str, name: str, props: list[_Property]) -> str:
    lines = ", ".join(str(p.line) for p in props)
    return f"Only one {what} is allowed: the card has {len(props)} {name} lines (lines {lines})"


def _units(value: str) -> list[str]:
    units = [unit.strip() for unit in split_components(value)]
    while units and not units[-1]:
        units.pop()
    return units


def escape(value: str) -> str:
    """Escape a text value for a content line."""
    value = value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
    return _LINE_BREAK.sub("\\\\n", value)


def fold(line: str) -> str:
    """Fold a content line so no physical line exceeds 75 octets (UTF-8), never inside a character."""
    if len(line) <= FOLD_OCTETS // 4 or len(line.encode("utf-8")) <= FOLD_OCTETS:
        return line
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > FOLD_OCTETS:
            pieces.append("".join(current))
            current, size = [], 1  # the continuation line starts with one space
        current.append(char)
        size += width
    pieces.append("".join(current))
    return "\r\n ".join(pieces)


def _type_param(labels: Iterable[str]) -> str:
    values = []
    for label in labels:
        label = label.strip()
        if not label:
            continue
        if _PARAM_SAFE.fullmatch(label):
            values.append(label)
        else:
            cleaned = "".join(c for c in label if c != '"' and (c >= " " or c == "\t"))
            values.append(f'"{cleaned}"')
    return f";TYPE={','.join(values)}" if values else ""


def split_name(name: str) -> tuple[str, str]:
    """Family and given name from a full name: the last word is the family name."""
    words = name.split()
    if not words:
        return "", ""
    return words[-1], " ".join(words[:-1])


def contact_to_vcard(contact: ContactResponse) -> str:
    """One contact as a vCard 4.0 (CRLF line breaks, folded at 75 octets, final CRLF).

    The stored contact has a full name only, so ``N`` takes its last word as the family
    name and the rest as the given name; importing the card gives back the same name.
    """
    family, given = split_name(contact.name)
    lines = [
        "BEGIN:VCARD",
        "VERSION:4.0",
        f"FN:{escape(contact.name)}",
        f"N:{escape(family)};{escape(given)};;;",
    ]
    for units in contact.organization:
        if any(unit.strip() for unit in units):
            lines.append("ORG:" + ";".join(escape(unit) for unit in units))
    for phone in contact.numbers:
        lines.append(f"TEL;VALUE=text{_type_param(phone.type)}:{escape(phone.number)}")
    for email in contact.emails:
        lines.append(f"EMAIL{_type_param(email.type)}:{escape(email.email)}")
    for address in contact.addresses:
        parts = attrs.astuple(address)
        lines.append("ADR:" + ";".join(escape(part) for part in parts))
    lines.append("END:VCARD")
    return "".join(fold(line) + "\r\n" for line in lines)
