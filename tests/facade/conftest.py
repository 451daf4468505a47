"""Helpers shared by the facade tests (the ``client`` and ``server`` fixtures are in tests/)."""

from __future__ import annotations

import pytest

from tests._server import RecordingServer, Reply

# A small but complete PDF document.
PDF = (
    b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
    b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
    b"trailer << /Root 1 0 R >>\n%%EOF\n"
)
MOBILE = "+4915799912345"
OTHER_MOBILE = "+4915739777777"


@pytest.fixture
def webuser(server: RecordingServer) -> str:
    """The server answers ``/authorization/userinfo`` with web user ``w0``."""
    server.on(
        "GET",
        "/authorization/userinfo",
        Reply(
            200, {"sub": "w0", "domain": "sipgate.de", "masterSipId": "1234567", "locale": "de_DE"}
        ),
    )
    return "w0"


def requests_made(server: RecordingServer) -> list[str]:
    """``"METHOD /path"`` of every request the server got, in order."""
    return [f"{r.method} {r.path}" for r in server.requests]
