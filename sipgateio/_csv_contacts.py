"""Contacts as CSV and JSON: projecting an import to sipgate's columns, and writing exports."""

from __future__ import annotations

import base64
import csv
import io
import json
import logging
from collections.abc import Iterable
from typing import Any

from sipgateio._contacts_models import ContactResponse
from sipgateio._spreadsheet import neutralize_cell
from sipgateio._validation import check_encodable
from sipgateio.errors import ValidationError

REQUIRED_COLUMNS = ("firstname", "lastname", "number")
EXPORT_COLUMNS = ("id", "name", "emails", "numbers", "addresses", "organizations")

logger = logging.getLogger("sipgateio")


def check_delimiter(delimiter: object) -> str:
    """Return ``delimiter`` if it is one character that can separate CSV fields."""
    if not isinstance(delimiter, str) or len(delimiter) != 1 or delimiter in '"\r\n':
        raise ValidationError(
            f"Invalid delimiter: {delimiter!r}; expected one character other than a quote "
            'or a line break, e.g. "," or ";"',
            argument="delimiter",
            value=delimiter,
        )
    return delimiter


def project_csv(csv_content: str, *, delimiter: str = ",") -> tuple[str, int]:
    """Rewrite a contacts CSV to sipgate's ``firstname,lastname,number`` columns.

    The header names the columns, case-insensitively and in any order; other columns are
    dropped and empty lines skipped (a record of separators only is skipped with a
    warning on the ``sipgateio`` logger). Returns the projected document (lines joined by
    ``\\n``, no final line break) and its number of records. Raises ``ValidationError``
    for an empty document, a header without the three columns, or a record with a
    missing value or the wrong number of values, naming the line.
    """
    if not isinstance(csv_content, str):
        raise ValidationError(
            f"csv_content must be a str, not {type(csv_content).__name__}",
            argument="csv_content",
            value=csv_content,
        )
    check_delimiter(delimiter)
    check_encodable(csv_content, argument="csv_content")
    reader = csv.reader(
        io.StringIO(csv_content.removeprefix("\ufeff"), newline=""), delimiter=delimiter
    )
    try:
        return _project(reader, csv_content)
    except csv.Error as error:
        raise ValidationError(
            f"Invalid CSV on line {reader.line_num}: {error}",
            argument="csv_content",
            value=csv_content,
        ) from None


def _project(reader: Any, csv_content: str) -> tuple[str, int]:
    line = 1  # the first physical line of the record read next
    for row in reader:
        header_line, line = line, reader.line_num + 1
        if any(cell.strip() for cell in row):
            header = [cell.strip().lower() for cell in row]
            break
    else:
        raise ValidationError(
            "csv_content is empty; expected a header line naming the columns "
            "firstname, lastname and number, then one contact per line",
            argument="csv_content",
            value=csv_content,
        )
    first, last, number = _column_positions(header, header_line)
    width = len(header)
    projected: list[list[str]] = [list(REQUIRED_COLUMNS)]
    for row in reader:
        record_line, line = line, reader.line_num + 1
        if len(row) == width:  # the common case first: ten thousand rows should not crawl
            values = [row[first].strip(), row[last].strip(), row[number].strip()]
            if values[0] and values[1] and values[2]:
                projected.append(values)
                continue
        if not any(cell.strip() for cell in row):
            if row:
                logger.warning("CSV line %d holds no values; it was skipped", record_line)
            continue
        _refuse_row(row, width, (first, last, number), record_line)
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(projected)
    return out.getvalue().removesuffix("\n"), len(projected) - 1


def _column_positions(header: list[str], line: int) -> tuple[int, int, int]:
    missing = [name for name in REQUIRED_COLUMNS if name not in header]
    if missing:
        raise ValidationError(
            f"Missing header field in CSV: {', '.join(missing)} (line {line} reads "
            f"{', '.join(header)}); the header must name firstname, lastname and number",
            argument="csv_content",
            value=header,
        )
    for name in REQUIRED_COLUMNS:
        if header.count(name) > 1:
            raise ValidationError(
                f"The CSV header names the column {name!r} more than once (line {line})",
                argument="csv_content",
                value=header,
            )
    first, last, number = (header.index(name) for name in REQUIRED_COLUMNS)
    return first, last, number


def _refuse_row(row: list[str], width: int, positions: tuple[int, ...], line: int) -> None:
    if len(row) != width:
        raise ValidationError(
            f"Missing values in CSV: line {line} has {len(row)} values, "
            f"but the header has {width} columns",
            argument="csv_content",
            value=row,
        )
    empty = [
        name
        for name, position in zip(REQUIRED_COLUMNS, positions, strict=True)
        if not row[position].strip()
    ]
    raise ValidationError(
        f"Missing values in CSV: line {line} has no {' and no '.join(empty)}",
        argument="csv_content",
        value=row,
    )


def encode_upload(document: str) -> str:
    """Base64 of the UTF-8 bytes, as ``POST /contacts/import/csv`` takes it."""
    return base64.b64encode(document.encode("utf-8")).decode("ascii")


def _compact(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _export_values(contact: ContactResponse) -> dict[str, object]:
    return {
        "id": contact.id,
        "name": contact.name,
        "emails": [email.email for email in contact.emails],
        "numbers": [number.number for number in contact.numbers],
        "addresses": [address.to_wire() for address in contact.addresses],
        "organizations": contact.organization,
    }


def contacts_to_csv(
    contacts: Iterable[ContactResponse], *, delimiter: str = ",", neutralize_formulas: bool = True
) -> str:
    """Contacts as CSV: one quoted header line, one record per contact, CRLF line breaks.

    Lists and addresses are written as compact JSON inside their cell, as the Node SDK does.
    With ``neutralize_formulas`` a cell a spreadsheet would run as a formula gets a ``'``
    in front (``_spreadsheet.py``).
    """
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(EXPORT_COLUMNS)
    for contact in contacts:
        values = _export_values(contact)
        cells = [value if isinstance(value, str) else _compact(value) for value in values.values()]
        writer.writerow([neutralize_cell(cell) for cell in cells] if neutralize_formulas else cells)
    return out.getvalue().removesuffix("\r\n")


def contacts_to_json(contacts: Iterable[ContactResponse], *, total_count: int | None) -> str:
    """Contacts as compact JSON: ``{"contacts": [...], "totalCount": n}``."""
    document: dict[str, object] = {
        "contacts": [{**_export_values(c), "scope": str(c.scope)} for c in contacts]
    }
    if total_count is not None:
        document["totalCount"] = total_count
    return _compact(document)
