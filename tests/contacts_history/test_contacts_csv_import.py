"""``client.contacts.import_from_csv_string``: a real CSV reader, projected to sipgate's columns."""

from __future__ import annotations

import logging
from typing import Any

import pytest

import sipgateio
from tests._server import RecordingServer, Reply
from tests.contacts_history.conftest import uploaded_csv

ALAN = "firstname,lastname,number\nAlan,Turing,+4921163553355"


@pytest.fixture
def upload(server: RecordingServer) -> RecordingServer:
    server.on("POST", "/contacts/import/csv", Reply(204))
    return server


@pytest.mark.parametrize(
    "document",
    [
        "firstname,lastname,number\nAlan,Turing,+4921163553355",
        "lastname,firstname,number\nTuring,Alan,+4921163553355",
        "number,firstname,lastname\n+4921163553355,Alan,Turing",
        "firstname,number,lastname\nAlan,+4921163553355,Turing",
        "lastname,number,firstname\nTuring,+4921163553355,Alan",
        "number,lastname,firstname\n+4921163553355,Turing,Alan",
        "Firstname,Lastname,Number\nAlan,Turing,+4921163553355",
        "alias,number,lastname,firstname\nEnigma,+4921163553355,Turing,Alan",
        "number,lastname,alias,firstname\n+4921163553355,Turing,Enigma,Alan",
        "number,lastname,firstname,alias\n+4921163553355,Turing,Alan,Enigma",
        "alias,number,lastname,firstname\n,+4921163553355,Turing,Alan",
        "number,lastname,alias,firstname\n+4921163553355,Turing,,Alan",
        "number,lastname,firstname,alias\n+4921163553355,Turing,Alan,",
    ],
)
def test_import_projects_any_column_order_to_firstname_lastname_number(
    client: Any, upload: RecordingServer, document: str
) -> None:
    client.contacts.import_from_csv_string(document)

    (request,) = upload.requests
    assert uploaded_csv(request) == ALAN


def test_import_skips_empty_lines(client: Any, upload: RecordingServer) -> None:
    client.contacts.import_from_csv_string(
        "\nnumber,lastname,firstname,alias\n\n+4921163553355,Turing,Alan,\n"
        "+4921163553355,Lovelace,Ada,"
    )

    assert uploaded_csv(upload.requests[0]) == (
        "firstname,lastname,number\nAlan,Turing,+4921163553355\nAda,Lovelace,+4921163553355"
    )


def test_import_reads_quotes_embedded_commas_crlf_and_a_byte_order_mark(
    client: Any, upload: RecordingServer
) -> None:
    client.contacts.import_from_csv_string(
        '\ufeffLastName,"First Name",firstname,number\r\n'
        '"Turing, Jr.",x,Alan,+4921163553355\r\n'
        '"O""Brien",x,"Pat\r\nrick",+4921163553356\r\n'
    )

    assert uploaded_csv(upload.requests[0]) == (
        'firstname,lastname,number\nAlan,"Turing, Jr.",+4921163553355\n'
        '"Pat\r\nrick","O""Brien",+4921163553356'
    )


def test_import_sends_utf8_as_base64(client: Any, upload: RecordingServer) -> None:
    client.contacts.import_from_csv_string(
        "firstname,lastname,number\nŁukasz,Müller-Ærøskøbing,+4921163553355\n東京,太郎,+81312345678"
    )

    assert uploaded_csv(upload.requests[0]) == (
        "firstname,lastname,number\nŁukasz,Müller-Ærøskøbing,+4921163553355\n東京,太郎,+81312345678"
    )


def test_import_reads_another_delimiter_when_asked(client: Any, upload: RecordingServer) -> None:
    client.contacts.import_from_csv_string(
        "lastname;firstname;number\nTuring;Alan;+4921163553355", delimiter=";"
    )

    assert uploaded_csv(upload.requests[0]) == ALAN


def test_import_skips_a_record_of_separators_only_with_a_warning(
    client: Any, upload: RecordingServer, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="sipgateio"):
        client.contacts.import_from_csv_string(
            "firstname,lastname,number\r\nAlan,Turing,+49211\r\n,,\r\nAda,Lovelace,+49212\r\n"
        )

    assert uploaded_csv(upload.requests[0]) == (
        "firstname,lastname,number\nAlan,Turing,+49211\nAda,Lovelace,+49212"
    )
    assert "line 3" in caplog.text


def test_import_of_a_header_without_records_sends_nothing_and_logs_a_warning(
    client: Any, upload: RecordingServer, caplog: pytest.LogCaptureFixture, capsys: Any
) -> None:
    with caplog.at_level(logging.WARNING, logger="sipgateio"):
        client.contacts.import_from_csv_string("firstname,lastname,number\n\n")

    assert upload.requests == []
    assert [r.levelname for r in caplog.records] == ["WARNING"]
    assert "nothing was sent" in caplog.text
    assert capsys.readouterr() == ("", "")


@pytest.mark.parametrize(
    ("document", "missing"),
    [
        ("firstname,lastname\nm,turing\nd,foo,dummy", "number"),
        ("firstname,number\nm,turing\nd,foo,dummy", "lastname"),
        ("\nfirstname,lastname,\nd,foo,dummy", "number"),
        ("lastname,number\nm,turing\nd,foo,dummy", "firstname"),
        ("foo,dummy,bar\nm,turing\nd,foo,dummy", "firstname, lastname, number"),
        ("\nm,turing\nd,foo,dummy", "firstname, lastname, number"),
        ("\n\nd,foo,dummy", "firstname, lastname, number"),
    ],
)
def test_import_refuses_a_header_without_the_three_columns(
    client: Any, upload: RecordingServer, document: str, missing: str
) -> None:
    with pytest.raises(sipgateio.ValidationError, match="Missing header field in CSV") as caught:
        client.contacts.import_from_csv_string(document)

    assert f"CSV: {missing} " in str(caught.value)
    assert upload.requests == []


@pytest.mark.parametrize(
    ("document", "line"),
    [
        ("firstname,lastname,number\nm,turing,000\na,000\na,b,000", 3),
        ("firstname,lastname,number\nm,turing,000\na,000,200\na,b", 4),
        ("firstname,lastname,number\nturing,000\na,000,c\na,b,000", 2),
        ("firstname,lastname,number\nm,turing,000,extra", 2),
        ("firstname,lastname,number\n\nAda,,+49211", 3),
        ("alias,firstname,lastname,number\nx,Alan,Turing,\n", 2),
    ],
)
def test_import_refuses_a_record_with_a_missing_value_naming_its_line(
    client: Any, upload: RecordingServer, document: str, line: int
) -> None:
    with pytest.raises(sipgateio.ValidationError, match="Missing values in CSV") as caught:
        client.contacts.import_from_csv_string(document)

    assert f"line {line} " in str(caught.value)
    assert caught.value.argument == "csv_content"
    assert upload.requests == []


@pytest.mark.parametrize("document", ["", "\n\n", "   \r\n"])
def test_import_refuses_an_empty_document(
    client: Any, upload: RecordingServer, document: str
) -> None:
    with pytest.raises(sipgateio.ValidationError, match="empty"):
        client.contacts.import_from_csv_string(document)

    assert upload.requests == []


def test_import_refuses_a_header_naming_a_column_twice(
    client: Any, upload: RecordingServer
) -> None:
    with pytest.raises(sipgateio.ValidationError, match="'number' more than once"):
        client.contacts.import_from_csv_string("firstname,lastname,number,Number\na,b,1,2")

    assert upload.requests == []


@pytest.mark.parametrize("delimiter", ["", ",,", '"', "\n"])
def test_import_refuses_a_delimiter_that_cannot_separate_fields(
    client: Any, upload: RecordingServer, delimiter: str
) -> None:
    with pytest.raises(sipgateio.ValidationError) as caught:
        client.contacts.import_from_csv_string(ALAN, delimiter=delimiter)

    assert caught.value.argument == "delimiter"
    assert upload.requests == []


def test_import_of_10000_records_is_one_request(client: Any, upload: RecordingServer) -> None:
    rows = "".join(f"Person,{i},+49211{i:07d}\n" for i in range(10_000))

    client.contacts.import_from_csv_string("firstname,lastname,number\n" + rows)

    (request,) = upload.requests
    assert uploaded_csv(request).count("\n") == 10_000
