"""Every operation of the API, through ``client.endpoints``, against the sandbox.

The scenarios live in ``endpoint_cases/<area>.py``. Each runs with ``SipgateIO`` and with
``AsyncSipgateIO`` against a fresh sandbox that answers 500 when one of its own answers
breaks the API description; the scenario checks the parsed answers, and the sandbox's log
shows that every operation it names answered with success.
"""

from __future__ import annotations

from typing import Any

import pytest

from sipgateio.sandbox import Sandbox
from sipgateio.sandbox._openapi import ApiDescription
from tests.sandbox.endpoint_cases import Scenario, all_scenarios

SCENARIOS = all_scenarios()
DESCRIPTION = ApiDescription.load()
# Served by sipgate's login server, not under the API's base URL (see sipgateio.oauth).
LOGIN_SERVER_AREAS = {"oauth"}


def _operation_name(method: str, path: str) -> str | None:
    operation, _, _ = DESCRIPTION.match(method, path)
    if operation is None:
        return None
    (tag,) = DESCRIPTION.document["paths"][operation.template][method.lower()]["tags"]
    return f"{tag}.{operation.operation_id}"


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.name for s in SCENARIOS])
def test_scenario(scenario: Scenario, make_client: Any) -> None:
    with Sandbox(check_responses=True, fax_step_seconds=0.05) as sandbox:
        client = make_client(**sandbox.client_options())
        scenario.run(client.endpoints, sandbox)
        answered = {
            _operation_name(logged.method, logged.path)
            for logged in sandbox.requests
            if 200 <= logged.status < 300
        }
    assert set(scenario.covers) <= answered, set(scenario.covers) - answered


def test_scenarios_cover_every_operation_of_the_description() -> None:
    every = set()
    for item in DESCRIPTION.document["paths"].values():
        for method, operation in item.items():
            if method in ("get", "put", "post", "delete", "patch"):
                (tag,) = operation["tags"]
                if tag not in LOGIN_SERVER_AREAS:
                    every.add(f"{tag}.{operation['operationId']}")
    covered = {name for scenario in SCENARIOS for name in scenario.covers}
    assert covered <= every, covered - every
    assert sorted(every - covered) == []
