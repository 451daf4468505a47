"""``client.fax`` over real HTTP, with the sync and the async client."""

from __future__ import annotations

import base64
import re
from typing import Any

import pytest

import sipgateio
from tests._server import RecordingServer, Reply
from tests.facade.conftest import PDF, requests_made

FAX_NUMBER = "+4921112345678"
FAXLINES = {
    "items": [
        {"id": "f0", "alias": "Inbox", "tagline": "ACME", "canSend": False, "canReceive": True},
        {"id": "f1", "alias": "Outbox", "tagline": "ACME", "canSend": True, "canReceive": False},
    ]
}


def fax_entry(status: str, entry_id: str = "4711") -> Reply:
    return Reply(200, {"id": entry_id, "type": "FAX", "faxStatusType": status})


def test_send_posts_the_pdf_as_base64_from_the_given_line(
    client: Any, server: RecordingServer
) -> None:
    server.on("POST", "/sessions/fax", Reply(200, {"sessionId": "4711"}))

    result = client.fax.send(
        to=FAX_NUMBER, file_content=PDF, filename="letter.pdf", faxline_id="f3"
    )

    assert result == sipgateio.SendFaxSessionResponse(session_id="4711")
    assert requests_made(server) == ["POST /sessions/fax"]
    assert server.requests[0].json() == {
        "faxlineId": "f3",
        "recipient": FAX_NUMBER,
        "filename": "letter.pdf",
        "base64Content": base64.b64encode(PDF).decode(),
    }


def test_send_names_the_file_with_date_time_and_pdf_suffix(
    client: Any, server: RecordingServer
) -> None:
    server.on("POST", "/sessions/fax", Reply(200, {"sessionId": "4711"}))

    client.fax.send(to=FAX_NUMBER, file_content=PDF, faxline_id="f0")

    assert re.fullmatch(r"Fax_20\d{6}_\d{6}\.pdf", server.requests[0].json()["filename"])


def test_send_without_faxline_uses_the_first_line_that_can_send(
    client: Any, server: RecordingServer, webuser: str
) -> None:
    server.on("GET", "/w0/faxlines", Reply(200, FAXLINES))
    server.on("POST", "/sessions/fax", Reply(200, {"sessionId": "4711"}))

    client.fax.send(to=FAX_NUMBER, file_content=PDF)

    assert requests_made(server) == [
        "GET /authorization/userinfo",
        "GET /w0/faxlines",
        "POST /sessions/fax",
    ]
    assert server.requests[-1].json()["faxlineId"] == "f1"


def test_send_without_faxline_explains_when_no_line_can_send(
    client: Any, server: RecordingServer, webuser: str
) -> None:
    server.on("GET", "/w0/faxlines", Reply(200, {"items": FAXLINES["items"][:1]}))

    with pytest.raises(sipgateio.ValidationError, match="no fax line that can send") as caught:
        client.fax.send(to=FAX_NUMBER, file_content=PDF)

    assert caught.value.argument == "faxline_id"
    assert server.calls("POST", "/sessions/fax") == []


@pytest.mark.parametrize(
    "content",
    [
        b"\xef\xbb\xbf" + PDF,
        PDF.replace(b"trailer", b"% an embedded %PDF-1.7 file\ntrailer"),
        bytearray(PDF),
        memoryview(PDF),
    ],
    ids=["byte-order-mark", "second-pdf-marker", "bytearray", "memoryview"],
)
def test_send_accepts_pdfs_the_node_sdk_refused_and_any_bytes_like(
    client: Any, server: RecordingServer, content: Any
) -> None:
    server.on("POST", "/sessions/fax", Reply(200, {"sessionId": "4711"}))

    client.fax.send(to=FAX_NUMBER, file_content=content, faxline_id="f0")

    sent = base64.b64decode(server.requests[0].json()["base64Content"])
    assert sent == bytes(content)


@pytest.mark.parametrize(
    ("kwargs", "argument", "shown"),
    [
        ({"file_content": b"12ABC34"}, "file_content", "b'12ABC34'"),
        ({"file_content": b""}, "file_content", "empty"),
        ({"file_content": PDF.replace(b"%%EOF", b"")}, "file_content", "%%EOF"),
        ({"file_content": "%PDF-1.4 %%EOF"}, "file_content", "str"),
        ({"to": "0211 12345678"}, "to", "'0211 12345678'"),
        ({"faxline_id": "f01"}, "faxline_id", "'f01'"),
        ({"faxline_id": "s0"}, "faxline_id", "'s0'"),
        ({"filename": ""}, "filename", "''"),
    ],
)
def test_send_rejects_invalid_input_without_a_request(
    client: Any, server: RecordingServer, kwargs: dict[str, Any], argument: str, shown: str
) -> None:
    arguments = {"to": FAX_NUMBER, "file_content": PDF, "faxline_id": "f0", **kwargs}

    with pytest.raises(sipgateio.ValidationError) as caught:
        client.fax.send(**arguments)

    assert caught.value.argument == argument
    assert shown in str(caught.value)
    assert server.requests == []


def test_get_fax_status_reads_the_history_entry(client: Any, server: RecordingServer) -> None:
    server.on("GET", "/history/4711", fax_entry("SENDING"))

    assert client.fax.get_fax_status("4711") is sipgateio.FaxStatus.SENDING
    assert requests_made(server) == ["GET /history/4711"]


def test_get_fax_status_keeps_a_status_it_does_not_know(
    client: Any, server: RecordingServer
) -> None:
    server.on("GET", "/history/4711", fax_entry("QUEUED_AGAIN"))

    status = client.fax.get_fax_status("4711")

    assert isinstance(status, sipgateio.FaxStatus)
    assert status == "QUEUED_AGAIN"


def test_get_fax_status_refuses_an_entry_that_is_no_fax(
    client: Any, server: RecordingServer
) -> None:
    server.on("GET", "/history/4711", Reply(200, {"id": "4711", "type": "CALL"}))

    with pytest.raises(sipgateio.ValidationError, match="not a fax") as caught:
        client.fax.get_fax_status("4711")

    assert caught.value.argument == "session_id"


def test_get_fax_status_says_when_sipgate_reports_no_status(
    client: Any, server: RecordingServer
) -> None:
    server.on("GET", "/history/4711", Reply(200, {"id": "4711", "type": "FAX"}))

    with pytest.raises(sipgateio.SipgateIOError, match="no status for fax 4711"):
        client.fax.get_fax_status("4711")


def test_get_fax_status_of_an_unknown_fax_is_not_found(
    client: Any, server: RecordingServer
) -> None:
    server.on("GET", "/history/4711", Reply(404))

    with pytest.raises(sipgateio.NotFoundError):
        client.fax.get_fax_status("4711")


@pytest.mark.parametrize("session_id", ["", "47/11", "a b"])
def test_get_fax_status_rejects_malformed_session_ids(
    client: Any, server: RecordingServer, session_id: str
) -> None:
    with pytest.raises(sipgateio.ValidationError):
        client.fax.get_fax_status(session_id)

    assert server.requests == []


def test_wait_for_final_status_polls_until_the_fax_is_sent(
    client: Any, server: RecordingServer
) -> None:
    server.on("GET", "/history/4711", fax_entry("PENDING"), fax_entry("SENDING"), fax_entry("SENT"))

    status = client.fax.wait_for_final_status("4711", timeout=5, poll_interval=0.01)

    assert status is sipgateio.FaxStatus.SENT
    assert len(server.calls("GET", "/history/4711")) == 3


def test_wait_for_final_status_returns_failed_as_final(
    client: Any, server: RecordingServer
) -> None:
    server.on("GET", "/history/4711", fax_entry("SENDING"), fax_entry("FAILED"))

    status = client.fax.wait_for_final_status("4711", timeout=5, poll_interval=0.01)

    assert status is sipgateio.FaxStatus.FAILED


def test_wait_for_final_status_gives_up_after_the_timeout(
    client: Any, server: RecordingServer
) -> None:
    server.on("GET", "/history/4711", fax_entry("SENDING"))

    with pytest.raises(sipgateio.FaxStatusTimeoutError, match="still SENDING") as caught:
        client.fax.wait_for_final_status("4711", timeout=0.1, poll_interval=0.02)

    assert isinstance(caught.value, TimeoutError)
    assert caught.value.last_status is sipgateio.FaxStatus.SENDING
    assert len(server.calls("GET", "/history/4711")) >= 2


@pytest.mark.parametrize(
    ("kwargs", "argument"),
    [
        ({"timeout": 0}, "timeout"),
        ({"poll_interval": -1}, "poll_interval"),
        ({"timeout": "5"}, "timeout"),
    ],
)
def test_wait_for_final_status_rejects_non_positive_times(
    client: Any, server: RecordingServer, kwargs: dict[str, Any], argument: str
) -> None:
    with pytest.raises(sipgateio.ValidationError) as caught:
        client.fax.wait_for_final_status("4711", **kwargs)

    assert caught.value.argument == argument
    assert server.requests == []


def test_get_faxlines_lists_the_authenticated_users_lines(
    client: Any, server: RecordingServer, webuser: str
) -> None:
    server.on("GET", "/w0/faxlines", Reply(200, FAXLINES))

    lines = client.fax.get_faxlines()

    assert lines == [
        sipgateio.Faxline(id="f0", alias="Inbox", tagline="ACME", can_send=False, can_receive=True),
        sipgateio.Faxline(
            id="f1", alias="Outbox", tagline="ACME", can_send=True, can_receive=False
        ),
    ]
    assert requests_made(server) == ["GET /authorization/userinfo", "GET /w0/faxlines"]


def test_get_faxlines_by_web_user_lists_that_users_lines(
    client: Any, server: RecordingServer
) -> None:
    server.on("GET", "/w2/faxlines", Reply(200, {"items": [{"id": "f7"}]}))

    assert client.fax.get_faxlines_by_web_user("w2") == [sipgateio.Faxline(id="f7")]
    assert requests_made(server) == ["GET /w2/faxlines"]


def test_get_faxlines_by_web_user_rejects_what_is_no_web_user_id(
    client: Any, server: RecordingServer
) -> None:
    with pytest.raises(sipgateio.ValidationError) as caught:
        client.fax.get_faxlines_by_web_user("w2/../x")

    assert caught.value.argument == "webuser_id"
    assert server.requests == []
