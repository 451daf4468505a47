"""Whatever body arrives, signed or not, the server answers it, and never with a 500."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import urlencode

import defusedxml.ElementTree as SafeET
import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sipgateio_webhooks import WebhookResponse, Webhooks, testing

KNOWN_KEYS = [
    "event", "callId", "origCallId", "from", "to", "direction", "user[]", "userId[]",
    "fullUserId[]", "user", "userId", "fullUserId", "xcid", "diversion", "answeringNumber",
    "cause", "dtmf", "user[][0]", "user[7]",
]  # fmt: skip
EVENTS = ["newCall", "answer", "hangup", "dtmf", "", "NEWCALL", "other"]

field_names = st.one_of(st.sampled_from(KNOWN_KEYS), st.text(max_size=12))
field_values = st.one_of(
    st.sampled_from([*EVENTS, "in", "out", "anonymous", "+49", "4921", "busy"]),
    st.text(max_size=20),
)
form_bodies = st.builds(
    lambda event, pairs: urlencode([("event", event), *pairs]).encode(),
    st.sampled_from(EVENTS),
    st.lists(st.tuples(field_names, field_values), max_size=12),
)
bodies = st.one_of(form_bodies, st.binary(max_size=300))
content_types = st.sampled_from(
    ["application/x-www-form-urlencoded", "application/x-www-form-urlencoded; charset=UTF-8"]
)


@pytest.fixture(scope="module")
def http() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=5) as client:
        yield client


@pytest.fixture(scope="module", params=["in-process", "asgi"])
def property_url(request: pytest.FixtureRequest, uvicorn_host: Any) -> Iterator[str]:
    webhooks = Webhooks(
        "https://hooks.example.com/sipgate",
        public_key=testing.test_key().public_key_pem,
        max_body_size=256,
    )
    webhooks.on_new_call(lambda event: WebhookResponse.redirect_call(["4921100000"]))
    webhooks.on_answer(lambda event: None)
    webhooks.on_hangup(lambda event: None)
    webhooks.on_data(lambda event: WebhookResponse.gather_dtmf(1, 2000))
    if request.param == "asgi":
        host, switch = uvicorn_host
        switch.app = webhooks.asgi_app()
        yield host.url
        return
    with webhooks.serve(port=0, hostname="127.0.0.1") as server:
        yield server.url


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(body=bodies, content_type=content_types, signed=st.booleans())
def test_arbitrary_bodies_are_always_answered_and_never_with_500(
    property_url: str,
    http: httpx.Client,
    body: bytes,
    content_type: str,
    signed: bool,
) -> None:
    headers = {"Content-Type": content_type}
    if signed:
        headers["X-Sipgate-Signature"] = testing.test_key().sign(body)
    response = http.post(property_url, content=body, headers=headers)
    assert response.status_code in (200, 400, 403, 413)
    if not signed:
        assert response.status_code in (403, 413)
    if response.status_code == 200:
        assert response.headers["content-type"] == "application/xml"
        assert SafeET.fromstring(response.content).tag == "Response"
