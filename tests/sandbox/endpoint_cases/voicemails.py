"""``client.endpoints.voicemails`` against the sandbox."""

from __future__ import annotations

from typing import Any

import pytest

import sipgateio
from sipgateio.sandbox import Sandbox
from tests.sandbox.endpoint_cases import scenario


@scenario("voicemails.get_voicemail", "voicemails.list_voicemails")
def test_voicemail_box_is_fetched_by_id(endpoints: Any, sandbox: Sandbox) -> None:
    area = endpoints.voicemails
    for listed in area.list_voicemails().items:
        assert area.get_voicemail(listed.id) == listed
    box = area.get_voicemail("v0")
    assert (box.belongs_to_endpoint.extension, box.access_number) == ("p0", "+4921112345670")

    group_box = area.get_voicemail("v7")
    assert (group_box.belongs_to_endpoint.extension, group_box.alias) == (
        "g0",
        "Voicemail of Support",
    )
    with pytest.raises(sipgateio.NotFoundError):
        area.get_voicemail("v99")


SCENARIOS = [test_voicemail_box_is_fetched_by_id]
