"""``client.sms.get_own_sms_extension``: the extension ``send(from_=...)`` sends through."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

import sipgateio
from sipgateio.sandbox import Sandbox


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as running:
        yield running


@pytest.fixture
def client(make_client: Any, sandbox: Sandbox) -> Any:
    return make_client(**sandbox.client_options())


def test_own_sms_extension_is_the_first_of_the_authenticated_user(client: Any) -> None:
    extension = client.sms.get_own_sms_extension()

    assert extension == client.sms.get_sms_extensions("w0")[0]
    assert extension.id == "s0"


def test_a_user_without_sms_extension_has_none(client: Any, sandbox: Sandbox) -> None:
    sandbox.account.sms_extensions["w0"] = []

    assert client.sms.get_own_sms_extension() is None
    with pytest.raises(sipgateio.ValidationError, match="has no SMS extension"):
        client.sms.send(to="+4915112345678", message="Hi", from_="+4915799912345")
    assert client.sms.get_sms_extensions("w0") == []
