"""Operations that answer CSV (or another type than JSON) ask for it, and get it.

A client sends ``Accept: application/json`` by default. An operation whose success answer is
another media type asks for that type instead, in its generated request, so that
``client.endpoints`` and ``client.api`` get what the operation promises: sipgate answers the
history export with a JSON page otherwise, and the sandbox refuses a CSV-only answer (406)
to a request that accepts JSON alone.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import httpx
import yaml

from sipgateio.sandbox import Sandbox

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "sipgate.yaml"
# Every operation whose success answer is not JSON, and the test below that calls it.
NON_JSON_OPERATIONS = {"export_history_csv", "export_contacts_csv"}


def rows(document: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(document)))


def test_the_raw_history_export_is_csv(sbx: Any, sandbox: Sandbox) -> None:
    from sipgate_api.models import HistoryEntryType

    sms = [e["id"] for e in sandbox.account.history.values() if e["type"] == "SMS"]
    document = sbx.endpoints.history.export_history_csv(types=[HistoryEntryType.SMS])

    assert document.startswith("id,created,")
    assert [row["id"] for row in rows(document)] == sms
    assert not document.lstrip().startswith("{")


def test_the_raw_history_export_through_client_api_is_csv(
    make_client: Any, client_kind: str, sandbox: Sandbox, loop_thread: Any
) -> None:
    from sipgate_api.api.history import export_history_csv

    client = make_client(**sandbox.client_options())
    if client_kind == "sync":
        document = export_history_csv.sync(client=client.api, limit=2)
    else:
        document = loop_thread.run(export_history_csv.asyncio(client=client.api, limit=2))

    assert isinstance(document, str)
    assert len(rows(document)) == 2


def test_the_raw_contacts_export_is_csv(sbx: Any) -> None:
    from sipgate_api.models import ContactScopeFilter

    document = sbx.endpoints.contacts.export_contacts_csv(scope=[ContactScopeFilter.SHARED])

    assert [(row["name"], row["scope"]) for row in rows(document)] == [
        ("Charles Babbage", "SHARED")
    ]


def test_the_sandbox_answers_a_json_only_request_as_sipgate_would(http: httpx.Client) -> None:
    history = http.get("history/export", headers={"Accept": "application/json"})
    contacts = http.get("contacts/csv?scope=SHARED", headers={"Accept": "application/json"})
    labelled = http.get("history/export", headers={"Accept": "application/octet-stream"})

    assert history.json()["totalCount"] == 5  # a history page, not CSV
    assert contacts.status_code == 406
    assert labelled.headers["Content-Type"].startswith("application/octet-stream")
    assert labelled.text.startswith("id,created,")


def test_every_operation_answering_other_than_json_is_tested_here() -> None:
    document = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    found = set()
    for item in document["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            for status, response in operation["responses"].items():
                types = set(response.get("content", {})) - {"application/json"}
                if str(status).startswith("2") and types:
                    found.add(operation["operationId"])

    assert found == NON_JSON_OPERATIONS
