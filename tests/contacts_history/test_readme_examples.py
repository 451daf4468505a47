"""The examples of docs/guides/contacts.md and history.md run, top to bottom, against the sandbox."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

import sipgateio
from sipgateio.sandbox import Sandbox
from tests.docs._markdown import example_code, path_of

EXAMPLES = example_code("guides/contacts.md", "guides/history.md")


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(check_responses=True) as running:
        yield running


def test_the_pages_show_every_contacts_and_history_function() -> None:
    text = "\n".join(code for examples in EXAMPLES.values() for code in examples)
    for call in (
        "contacts.create(",
        "contacts.update(",
        "contacts.delete(",
        "contacts.delete_all_private(",
        "contacts.delete_all_shared(",
        "contacts.import_from_csv_string(",
        "contacts.import_vcard_string(",
        "contacts.export_as_csv(",
        "contacts.export_as_vcards(",
        "contacts.export_as_single_vcard(",
        "contacts.export_as_json(",
        "contacts.get(",
        "history.fetch_all(",
        "history.iter_all(",
        "history.fetch_by_id(",
        "history.delete_by_list_of_ids(",
        "history.batch_update_events(",
        "history.export_as_csv_string(",
    ):
        assert f"client.{call}" in text, call


def test_the_examples_run_in_order_and_do_what_they_say(
    sandbox: Sandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    namespace: dict[str, Any] = {"sipgateio": sipgateio}
    with sipgateio.SipgateIO(
        token_id=sandbox.token_id, token=sandbox.token, base_url=sandbox.base_url
    ) as client:
        namespace["client"] = client
        for page, examples in EXAMPLES.items():
            for example in examples:
                exec(compile(example, str(path_of(page)), "exec"), namespace)

        printed = capsys.readouterr().out
        assert "Grace Hopper" in printed
        assert namespace["csv_text"].startswith("id,")  # the history export's header line
        assert namespace["address_book"].count("BEGIN:VCARD") == len(namespace["cards"])
        names = {contact.name for contact in client.contacts.get(sipgateio.ExportScope.ALL)}
        assert "Charles Babbage" not in names  # deleted with the private address book
        assert not any(c.scope == "SHARED" for c in client.contacts.get(sipgateio.ExportScope.ALL))
        voicemails = client.history.fetch_all(
            sipgateio.HistoryFilter(types=[sipgateio.HistoryEntryType.VOICEMAIL])
        )
        assert voicemails and all(v.starred and v.note == "call back" for v in voicemails)
        assert all(entry.read for entry in client.history.fetch_all())
        assert client.history.fetch_all(sipgateio.HistoryFilter(archived=True)) == []
