"""Fixtures: a fresh sandbox per test, and clients of both kinds pointed at it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from sipgateio.sandbox import Sandbox


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    """A sandbox that answers 500 whenever one of its answers breaks the API description."""
    with Sandbox(check_responses=True, fax_step_seconds=0.1) as running:
        yield running


@pytest.fixture
def sbx(make_client: Any, sandbox: Sandbox) -> Any:
    """A client of the current kind (sync or async) talking to the sandbox."""
    return make_client(**sandbox.client_options())


@pytest.fixture
def http(sandbox: Sandbox) -> Iterator[httpx.Client]:
    """Plain httpx with the sandbox's credentials, for wire-level checks."""
    with httpx.Client(
        base_url=sandbox.base_url + "/", auth=(sandbox.token_id, sandbox.token), trust_env=False
    ) as client:
        yield client
