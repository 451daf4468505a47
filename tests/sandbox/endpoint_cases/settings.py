"""``client.endpoints.settings`` against the sandbox."""

from __future__ import annotations

from typing import Any

import pytest
from sipgate_api.models import WebhookSettings

import sipgateio
from sipgateio.sandbox import Sandbox
from tests.sandbox.endpoint_cases import scenario


@scenario("settings.get_webhook_settings", "settings.update_webhook_settings")
def test_webhook_settings_keep_the_push_api_version(endpoints: Any, sandbox: Sandbox) -> None:
    area = endpoints.settings
    assert area.get_webhook_settings().incoming_url == ""

    settings = WebhookSettings(
        incoming_url="https://example.com/in",
        outgoing_url="",
        log=True,
        whitelist=["p0"],
        push_api_version=1,
    )
    assert area.update_webhook_settings(body=settings) is None
    stored = area.get_webhook_settings()
    assert (stored.incoming_url, stored.whitelist, stored.push_api_version) == (
        "https://example.com/in",
        ["p0"],
        1,
    )

    settings.push_api_version = 2
    area.update_webhook_settings(body=settings)
    assert area.get_webhook_settings().push_api_version == 2
    with pytest.raises(sipgateio.BadRequestError):
        area.update_webhook_settings(body=WebhookSettings(incoming_url="ftp://example.com"))
    assert area.get_webhook_settings().push_api_version == 2


SCENARIOS = [test_webhook_settings_keep_the_push_api_version]
