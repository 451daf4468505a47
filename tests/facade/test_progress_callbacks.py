"""Progress callbacks of long work: ``on_status`` of a fax wait, ``on_progress`` of bulk work.

Run against the sandbox with the sync and the async client.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

import sipgateio
from sipgateio.models import BaseHistoryFilter, ExportScope, FaxStatus, HistoryEntryType, Scope
from sipgateio.sandbox import Sandbox
from tests.facade.conftest import PDF

VCARDS = "".join(
    f"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Person {n}\r\nN:{n};Person;;;\r\n"
    f"TEL:+4930123456{n:02d}\r\nEND:VCARD\r\n"
    for n in range(12)
)


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(fax_step_seconds=0.5) as running:
        yield running


@pytest.fixture
def client(make_client: Any, sandbox: Sandbox) -> Any:
    return make_client(**sandbox.client_options())


def add_calls(sandbox: Sandbox, count: int) -> None:
    for index in range(count):
        sandbox.account.add_history(
            {
                "type": "CALL",
                "direction": "INCOMING",
                "status": "PICKUP",
                "source": "+4930555555",
                "target": "+4921112345670",
                "connectionIds": ["p0"],
                "callId": f"bulk-{index}",
                "recordings": [],
                "duration": 1,
            }
        )


def test_wait_for_final_status_reports_every_status_read(client: Any) -> None:
    session = client.fax.send(to="+4930987654321", file_content=PDF)
    seen: list[FaxStatus] = []

    final = client.fax.wait_for_final_status(
        session.session_id, poll_interval=0.05, on_status=seen.append
    )

    assert final == FaxStatus.SENT
    assert seen[-1] == FaxStatus.SENT  # the final status is reported too
    assert [s for i, s in enumerate(seen) if i == 0 or seen[i - 1] != s] == [
        FaxStatus.PENDING,
        FaxStatus.SENDING,
        FaxStatus.SENT,
    ]


def test_history_export_reports_the_entries_exported_after_each_page(
    client: Any, sandbox: Sandbox
) -> None:
    add_calls(sandbox, 1500)
    calls = BaseHistoryFilter(types=[HistoryEntryType.CALL])
    reports: list[tuple[int, int | None]] = []

    document = client.history.export_as_csv_string(
        calls, on_progress=lambda done, total: reports.append((done, total))
    )

    exported = len(document.splitlines()) - 1
    assert exported > 1500
    assert reports == [(1000, None), (exported, None)]


def test_contacts_export_reports_contacts_read_of_the_total(client: Any) -> None:
    reports: list[tuple[int, int | None]] = []

    document = client.contacts.export_as_json(
        ExportScope.PRIVATE, on_progress=lambda done, total: reports.append((done, total))
    )

    assert '"totalCount":' in document
    assert reports == [(4, 4)]  # one page holds the sandbox's four contacts, of every book


def test_vcard_import_reports_each_contact_once_in_order(client: Any) -> None:
    reports: list[tuple[int, int | None]] = []

    client.contacts.import_vcard_string(
        VCARDS, Scope.PRIVATE, on_progress=lambda done, total: reports.append((done, total))
    )

    assert reports == [(done, 12) for done in range(1, 13)]
    names = {c.name for c in client.contacts.get(ExportScope.PRIVATE)}
    assert {f"Person {n}" for n in range(12)} <= names


@pytest.mark.parametrize(
    "call",
    [
        lambda client: client.fax.wait_for_final_status("1", on_status="print"),
        lambda client: client.history.export_as_csv_string(on_progress=42),
        lambda client: client.contacts.export_as_csv(ExportScope.ALL, on_progress=[]),
        lambda client: client.contacts.import_vcard_string(VCARDS, Scope.SHARED, on_progress=1),
    ],
)
def test_a_callback_that_cannot_be_called_is_refused_before_any_request(
    client: Any, sandbox: Sandbox, call: Any
) -> None:
    before = len(sandbox.requests)

    with pytest.raises(sipgateio.ValidationError, match="must be callable"):
        call(client)

    assert len(sandbox.requests) == before
