"""Keeping spreadsheets from running CSV cells as formulas (CSV injection).

A spreadsheet opening a CSV file runs a cell that starts with ``=``, ``+``, ``-`` or ``@``
(and, in some, a tab or a carriage return) as a formula: ``=HYPERLINK(...)`` in a contact's
name or a caller's display name can leak data or start programs. As OWASP advises, such a
cell gets a ``'`` in front, which spreadsheets take as "this is text" and do not show.

One exception: a cell that is only a sign and digits, such as the phone number
``+4912368712``, is left alone. A spreadsheet reads it as a number, which can neither call a
function nor reach another cell, and quoting it would change every phone number in the
history export for the programs that read it.

Written here rather than taken from ``defusedcsv``, whose rule differs: it also escapes
``|`` and ``%`` (rewriting ``|`` inside the cell), not tab or carriage return, and quotes
phone numbers.
"""

from __future__ import annotations

import csv
import io
import re
from typing import Final

_FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER: Final = re.compile(r"[+-]?[0-9]+")


def neutralize_cell(cell: str) -> str:
    """``cell`` with a ``'`` in front if a spreadsheet would run it as a formula."""
    if cell.startswith(_FORMULA_STARTS) and not _PLAIN_NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


def neutralize_document(document: str) -> str:
    """A comma-separated document with every cell neutralised; unchanged if none needs it.

    When a cell changes, the document is written anew with minimal quoting and the line
    ending it had.
    """
    rows = list(csv.reader(io.StringIO(document, newline="")))
    safe = [[neutralize_cell(cell) for cell in row] for row in rows]
    if safe == rows:
        return document
    line_end = "\r\n" if "\r\n" in document else "\n"
    out = io.StringIO()
    csv.writer(out, lineterminator=line_end).writerows(safe)
    written = out.getvalue()
    return written if document.endswith(("\n", "\r")) else written.removesuffix(line_end)
