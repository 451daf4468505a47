"""Replies that ring numbers take the seed's example numbers as they are written."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sipgateio_webhooks import WebhookResponse, Webhooks, testing

SEED_NUMBERS = ["+4912368712", "4912121212", "+49123456789", "+4915799912345"]


@pytest.mark.parametrize("number", SEED_NUMBERS)
def test_redirect_call_rings_a_seed_number_and_shows_one_as_caller_id(
    make_webhooks: Callable[..., Webhooks], serve: Callable[[Webhooks], str], number: str
) -> None:
    webhooks = make_webhooks()
    webhooks.on_new_call(
        lambda event: WebhookResponse.redirect_call([number], caller_id="+4912368712")
    )

    reply = testing.post_event(serve(webhooks), testing.new_call())

    assert reply.status_code == 200, reply.text
    (dial,) = reply.actions
    assert [element.text for element in dial.findall("Number")] == [number]
    assert dial.attrib["callerId"] == "+4912368712"
