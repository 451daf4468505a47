"""``client.endpoints.autorecordings`` against the sandbox."""

from __future__ import annotations

from typing import Any

import pytest
from sipgate_api.models import AutorecordingGreetingUpload, AutorecordingSettings

import sipgateio
from sipgateio.sandbox import Sandbox
from tests.sandbox.endpoint_cases import scenario


@scenario(
    "autorecordings.get_autorecording_greeting",
    "autorecordings.create_autorecording_greeting",
    "autorecordings.delete_autorecording_greeting",
)
def test_greeting_is_replaced_and_deleted(endpoints: Any, sandbox: Sandbox) -> None:
    area = endpoints.autorecordings
    assert area.get_autorecording_greeting().recording_enabled is True

    upload = AutorecordingGreetingUpload(base_64_content="UklGRg==", filename="hello.wav")
    assert area.create_autorecording_greeting(body=upload) is None
    greeting = area.get_autorecording_greeting()
    assert greeting.alias == "hello.wav"

    area.delete_autorecording_greeting(greeting.id)
    with pytest.raises(sipgateio.NotFoundError):
        area.get_autorecording_greeting()
    with pytest.raises(sipgateio.NotFoundError):
        area.delete_autorecording_greeting(greeting.id)


@scenario(
    "autorecordings.get_autorecording_settings",
    "autorecordings.update_autorecording_settings",
)
def test_device_recording_is_switched(endpoints: Any, sandbox: Sandbox) -> None:
    area = endpoints.autorecordings
    assert area.get_autorecording_settings("e0").active is True
    assert area.get_autorecording_settings("e1").active is False

    changed = area.update_autorecording_settings("e1", body=AutorecordingSettings(active=True))
    assert changed.active is True
    assert area.get_autorecording_settings("e1").active is True
    with pytest.raises(sipgateio.NotFoundError):
        area.get_autorecording_settings("e99")


SCENARIOS = [test_greeting_is_replaced_and_deleted, test_device_recording_is_switched]
