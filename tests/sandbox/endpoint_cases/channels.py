"""``client.endpoints.channels`` against the sandbox."""

from __future__ import annotations

from typing import Any

import pytest
from sipgate_api.models import HistoryEntryType

import sipgateio
from sipgateio.sandbox import Sandbox
from tests.sandbox.endpoint_cases import scenario


def _calls_through(endpoints: Any, extension: str) -> set[str]:
    found = set()
    for archived in (False, True):
        page = endpoints.history.list_history(
            connection_ids=[extension], types=[HistoryEntryType.CALL], archived=archived
        )
        found |= {entry.call_id for entry in page.items}
    return found


@scenario("channels.list_channel_events")
def test_channel_lists_the_calls_routed_through_it(endpoints: Any, sandbox: Sandbox) -> None:
    line = endpoints.channels.list_channel_events("p0").items
    group = endpoints.channels.list_channel_events("g0").items

    assert len(line) == 3
    assert {event["callId"] for event in line} == _calls_through(endpoints, "p0")
    assert [event["source"] for event in group] == ["+4930987654321"]
    created = [event["created"] for event in line]
    assert created == sorted(created, reverse=True)
    with pytest.raises(sipgateio.NotFoundError):
        endpoints.channels.list_channel_events("p99")


SCENARIOS = [test_channel_lists_the_calls_routed_through_it]
