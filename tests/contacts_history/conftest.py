"""Fixtures for the contacts and history tests: wire-shaped entries and contacts, paging servers."""

from __future__ import annotations

import base64
from collections.abc import Callable
from typing import Any

import pytest

from tests._server import Recorded, RecordingServer, Reply


def history_item(index: int, kind: str = "CALL", **fields: Any) -> dict[str, Any]:
    """One history entry as sipgate's JSON has it."""
    item: dict[str, Any] = {
        "id": str(index),
        "source": "+4921100000",
        "target": "+4921100001",
        "sourceAlias": "Ada Lovelace",
        "targetAlias": "",
        "type": kind,
        "created": "2024-03-01T09:30:00Z",
        "lastModified": "2024-03-01T09:31:00Z",
        "direction": "INCOMING",
        "incoming": True,
        "status": "PICKUP",
        "connectionIds": ["p0"],
        "read": False,
        "archived": False,
        "note": "",
        "endpoints": [{"type": "ROUTED", "endpoint": {"extension": "p0", "type": "PHONELINE"}}],
        "starred": False,
        "labels": [],
    }
    extra: dict[str, dict[str, Any]] = {
        "CALL": {
            "callId": f"call-{index}",
            "recordings": [],
            "duration": 42,
            "callStatus": "SUCCESS",
        },
        "FAX": {
            "faxStatusType": "SENT",
            "scheduled": None,
            "documentUrl": "https://files.example/doc.pdf",
            "reportUrl": "https://files.example/report.pdf",
            "previewUrl": "https://files.example/preview.png",
            "pageCount": 2,
        },
        "SMS": {"smsContent": "See you at 8", "scheduled": None},
        "VOICEMAIL": {
            "transcription": "Please call back",
            "recordingUrl": "https://files.example/vm.mp3",
            "duration": 7,
        },
    }
    item.update(extra.get(kind, {}))
    item.update(fields)
    return item


def serve_pages(
    server: RecordingServer, path: str, items: list[dict[str, Any]], *, total: bool = True
) -> None:
    """Answer ``GET path`` with the slice of ``items`` its ``offset``/``limit`` select."""

    def page(request: Recorded) -> Reply:
        offset = int(request.query.get("offset", ["0"])[0])
        limit = int(request.query.get("limit", ["10"])[0])
        body: dict[str, Any] = {"items": items[offset : offset + limit]}
        if total:
            body["totalCount"] = len(items)
        return Reply(200, body)

    server.on("GET", path, page)


def contact_item(contact_id: str, name: str, scope: str, **fields: Any) -> dict[str, Any]:
    """One stored contact as sipgate's JSON has it."""
    item: dict[str, Any] = {
        "id": contact_id,
        "name": name,
        "picture": None,
        "emails": [],
        "numbers": [],
        "addresses": [],
        "organization": [],
        "scope": scope,
    }
    item.update(fields)
    return item


def uploaded_csv(request: Recorded) -> str:
    """The CSV document a ``POST /contacts/import/csv`` carried, decoded."""
    return base64.b64decode(request.json()["base64Content"]).decode("utf-8")


@pytest.fixture
def accept_writes(server: RecordingServer) -> Callable[[str, str], None]:
    """Answer a method and path with 204 No Content."""

    def accept(method: str, path: str) -> None:
        server.on(method, path, Reply(204))

    return accept
