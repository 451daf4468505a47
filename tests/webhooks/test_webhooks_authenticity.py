"""Pushes are believed only with a valid X-Sipgate-Signature; an allow-list is opt-in."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sipgateio_webhooks import (
    SIPGATE_PUBLIC_KEY_PEM,
    SIPGATE_WEBHOOK_IPS,
    SignatureVerifier,
    Webhooks,
    testing,
)
from webhook_support import post_raw

from sipgateio import ValidationError

# sipgate's public key and real signed pushes (copied from the research notes' data file)
SIGNATURES = json.loads((Path(__file__).parent / "sipgate_push_signature.json").read_text())


def vector(name_start: str) -> dict[str, Any]:
    return next(v for v in SIGNATURES["vectors"] if v["name"].startswith(name_start))


@pytest.fixture
def sipgate_keyed(serve: Callable[[Webhooks], str]) -> tuple[str, list[Any]]:
    """An app with sipgate's real key and a recording newCall handler."""
    seen: list[Any] = []
    webhooks = Webhooks("https://hooks.example.com/sipgate")
    webhooks.on_new_call(seen.append)
    return serve(webhooks), seen


def post_vector(url: str, entry: dict[str, Any]) -> Any:
    headers = {"X-Sipgate-Signature": entry["signature"]}
    return post_raw(url, entry["body"].encode(), headers)


def test_the_embedded_key_is_sipgates_published_key() -> None:
    assert SIGNATURES["public_key_pem"] == SIPGATE_PUBLIC_KEY_PEM


def test_a_real_sipgate_push_is_accepted_and_parsed(sipgate_keyed: Any) -> None:
    url, seen = sipgate_keyed
    response = post_vector(url, vector("real sipgate push"))
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/xml"
    (event,) = seen
    assert event.from_ == "+491776249000"
    assert event.to == "+4928559389086"
    assert event.call_id.startswith("54566B150B0C")
    assert event.original_call_id == event.call_id
    assert event.users == [""]
    assert event.xcid == "8419b3450b75cd19"


def test_the_node_sdk_fixture_is_accepted_with_its_indexed_lists(sipgate_keyed: Any) -> None:
    url, seen = sipgate_keyed
    assert post_vector(url, vector("sipgateio-node test fixture")).status_code == 200
    (event,) = seen
    assert (event.from_, event.to) == ("+4912354678", "+49999999")
    assert (event.users, event.user_ids, event.full_user_ids) == (
        ["TestUser"],
        ["123456789"],
        ["123456789"],
    )


def test_a_tampered_push_is_refused_with_403_and_reaches_no_handler(
    sipgate_keyed: Any, caplog: pytest.LogCaptureFixture
) -> None:
    url, seen = sipgate_keyed
    with caplog.at_level(logging.WARNING, logger="sipgateio_webhooks"):
        response = post_vector(url, vector("tampered"))
    assert response.status_code == 403
    assert seen == []
    assert "X-Sipgate-Signature is wrong" in caplog.text


@pytest.mark.parametrize(
    "signature",
    [None, "", "not base64!", "c2hvcnQ=", "A" * 684],
    ids=["missing", "empty", "garbled", "too-short", "wrong"],
)
def test_missing_or_garbled_signatures_are_refused_with_403(
    sipgate_keyed: Any, signature: str | None
) -> None:
    url, seen = sipgate_keyed
    headers = {} if signature is None else {"X-Sipgate-Signature": signature}
    response = post_raw(url, testing.encode(testing.new_call()), headers)
    assert response.status_code == 403
    assert seen == []


def test_a_custom_public_key_replaces_sipgates(serve: Callable[[Webhooks], str]) -> None:
    key = testing.TestKey.generate()
    webhooks = Webhooks(public_key=key.public_key_pem)
    seen: list[Any] = []
    webhooks.on_new_call(seen.append)
    url = serve(webhooks)
    assert testing.post_event(url, testing.new_call(), key=key).status_code == 200
    assert testing.post_event(url, testing.new_call(), key=testing.test_key()).status_code == 403
    assert len(seen) == 1


def test_the_signature_covers_the_raw_bytes_not_the_decoded_form(
    make_webhooks: Callable[..., Webhooks], serve: Callable[[Webhooks], str]
) -> None:
    url = serve(make_webhooks())
    body = testing.encode(testing.new_call())
    signature = testing.test_key().sign(body)
    # the same form fields, encoded differently ("%20" instead of "+"), are other bytes
    reencoded = body.replace(b"event=newCall", b"event=newCall&x=a+b")
    assert post_raw(url, body, {"X-Sipgate-Signature": signature}).status_code == 200
    assert post_raw(url, reencoded, {"X-Sipgate-Signature": signature}).status_code == 403


def test_skipping_verification_accepts_unsigned_pushes_and_warns(
    serve: Callable[[Webhooks], str], caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="sipgateio_webhooks"):
        webhooks = Webhooks(skip_signature_verification=True)
    assert "signature verification is off" in caplog.text
    reply = testing.post_event(serve(webhooks), testing.new_call(), sign=False)
    assert reply.status_code == 200


def test_a_public_key_that_is_not_pem_is_a_validation_error() -> None:
    with pytest.raises(ValidationError) as caught:
        Webhooks(public_key="ssh-rsa AAAA")
    assert caught.value.argument == "public_key"


def test_the_verifier_checks_the_real_vectors_directly() -> None:
    verifier = SignatureVerifier()
    for entry in SIGNATURES["vectors"]:
        assert verifier.verify(entry["body"].encode(), entry["signature"]) is entry["valid"]


# -- the opt-in allow-list -------------------------------------------------------------------


def test_without_an_allow_list_any_peer_with_a_valid_signature_is_served(
    make_webhooks: Callable[..., Webhooks], serve: Callable[[Webhooks], str]
) -> None:
    url = serve(make_webhooks())
    assert testing.post_event(url, testing.new_call()).status_code == 200


def test_an_allow_list_refuses_a_peer_not_on_it_even_with_a_forged_forwarded_for(
    make_webhooks: Callable[..., Webhooks], serve: Callable[[Webhooks], str]
) -> None:
    seen: list[Any] = []
    webhooks = make_webhooks(allowed_ips=SIPGATE_WEBHOOK_IPS)
    webhooks.on_new_call(seen.append)
    url = serve(webhooks)
    forged = {"X-Forwarded-For": "217.116.118.254"}
    assert testing.post_event(url, testing.new_call(), headers=forged).status_code == 403
    assert seen == []


def test_an_allow_list_admits_the_socket_peer(
    make_webhooks: Callable[..., Webhooks], serve: Callable[[Webhooks], str]
) -> None:
    url = serve(make_webhooks(allowed_ips=["127.0.0.0/8"]))
    assert testing.post_event(url, testing.new_call()).status_code == 200


@pytest.mark.parametrize(
    ("forwarded_for", "status"),
    [
        ("217.116.118.254", 200),
        ("1.2.3.4, 212.9.46.32", 200),  # a proxy that appends: the last untrusted hop counts
        ("217.116.118.254, 1.2.3.4", 403),  # a forged first entry does not help
        ("not-an-ip", 403),
    ],
)
def test_behind_a_trusted_proxy_the_forwarded_address_is_checked(
    make_webhooks: Callable[..., Webhooks],
    serve: Callable[[Webhooks], str],
    forwarded_for: str,
    status: int,
) -> None:
    webhooks = make_webhooks(allowed_ips=SIPGATE_WEBHOOK_IPS, trusted_proxies=["127.0.0.1"])
    url = serve(webhooks)
    reply = testing.post_event(url, testing.new_call(), headers={"X-Forwarded-For": forwarded_for})
    assert reply.status_code == status


def test_an_allow_list_still_needs_the_signature(
    make_webhooks: Callable[..., Webhooks], serve: Callable[[Webhooks], str]
) -> None:
    url = serve(make_webhooks(allowed_ips=["127.0.0.1"]))
    assert testing.post_event(url, testing.new_call(), sign=False).status_code == 403


def test_an_allow_list_entry_that_is_no_address_is_a_validation_error() -> None:
    with pytest.raises(ValidationError) as caught:
        Webhooks(allowed_ips=["push-api.sipgate.net"])
    assert caught.value.argument == "allowed_ips"
