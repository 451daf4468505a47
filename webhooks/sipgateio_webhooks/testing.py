"""Test kit: sign pushes with a test key and post them to your webhook server.

::

    from sipgateio_webhooks import create_server, testing

    server = create_server(port=0, server_address="https://example.com/hook",
                           public_key=testing.test_key().public_key_pem)
    server.on_new_call(my_handler)
    reply = testing.post_event(server, testing.new_call(from_="492111234567"))
    assert reply.root.find("Dial/Number").text == "4915791234567"

The key is made once per process and lives only in memory; never configure a production
server with it.

This module is where the wire format of sipgate's pushes is written down: the form fields of
each event (``new_call``, ``answer``, ``hangup``, ``dtmf``), their encoding (``encode``), the
headers and the signature (``push_headers``, ``TestKey``). The sandbox
(``sipgateio.sandbox``) sends its pushes with them, so a field sipgate adds is added here once.
"""

from __future__ import annotations

import base64
import functools
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING
from urllib.parse import urlencode
from xml.etree.ElementTree import Element

import attrs
import httpx

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey

    from sipgateio_webhooks._server import WebhookServer

__all__ = [
    "TestKey",
    "WebhookReply",
    "answer",
    "dtmf",
    "encode",
    "hangup",
    "new_call",
    "post_event",
    "push_headers",
    "test_key",
]

FormFields = Mapping[str, str | Sequence[str]]


class TestKey:
    """An RSA key pair that signs bodies the way sipgate does (PKCS#1 v1.5, SHA-256)."""

    __test__ = False  # not a pytest test class

    def __init__(self, private_key: RSAPrivateKey) -> None:
        from cryptography.hazmat.primitives import serialization

        self._private_key = private_key
        self.public_key_pem: str = (
            private_key.public_key()
            .public_bytes(
                serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
            )
            .decode("ascii")
        )

    @classmethod
    def generate(cls, key_size: int = 2048) -> TestKey:
        """Make a fresh key pair (sipgate's own key has 4096 bits)."""
        from cryptography.hazmat.primitives.asymmetric import rsa

        return cls(rsa.generate_private_key(public_exponent=65537, key_size=key_size))

    @classmethod
    def from_pem(cls, private_key_pem: str | bytes) -> TestKey:
        """Load a PEM private key (unencrypted PKCS#8 or PKCS#1)."""
        from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey
        from cryptography.hazmat.primitives.serialization import load_pem_private_key

        pem = private_key_pem.encode() if isinstance(private_key_pem, str) else private_key_pem
        key = load_pem_private_key(pem, password=None)
        if not isinstance(key, RSAPrivateKey):
            raise TypeError(f"expected an RSA private key, got {type(key).__name__}")
        return cls(key)

    @property
    def private_key_pem(self) -> str:
        """The private key as unencrypted PKCS#8 PEM (to hand to another process)."""
        from cryptography.hazmat.primitives import serialization

        return self._private_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ).decode("ascii")

    def sign(self, body: bytes) -> str:
        """The ``X-Sipgate-Signature`` value for ``body``."""
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.asymmetric import padding

        signature = self._private_key.sign(body, padding.PKCS1v15(), hashes.SHA256())
        return base64.b64encode(signature).decode("ascii")


@functools.cache
def test_key() -> TestKey:
    """The process-wide test key (made on first use); trust it with ``public_key=``."""
    return TestKey.generate()


test_key.__test__ = False  # type: ignore[attr-defined]


def new_call(
    *,
    from_: str = "492111234567",
    to: str = "4915791234567",
    direction: str = "in",
    call_id: str = "test-call-1",
    original_call_id: str | None = None,
    users: Sequence[str] = ("Alice",),
    user_ids: Sequence[str] = ("w0",),
    full_user_ids: Sequence[str] = ("1234567w0",),
    xcid: str = "8419b3450b75cd19",
    diversion: str | None = None,
    **extra: str,
) -> dict[str, str | list[str]]:
    """The form fields of a ``newCall`` push, as sipgate sends them.

    ``original_call_id`` is ``call_id`` unless given (a transferred call names the first
    call's id); ``diversion`` is left out unless given.
    """
    return _fields(
        "newCall",
        {
            "direction": direction,
            "from": from_,
            "to": to,
            "callId": call_id,
            "origCallId": call_id if original_call_id is None else original_call_id,
            "user[]": users,
            "userId[]": user_ids,
            "fullUserId[]": full_user_ids,
            "xcid": xcid,
            "diversion": diversion,
        },
        extra,
    )


def answer(
    *,
    from_: str = "492111234567",
    to: str = "4915791234567",
    direction: str = "in",
    call_id: str = "test-call-1",
    user: str | None = "Alice",
    user_id: str | None = "w0",
    full_user_id: str | None = "1234567w0",
    answering_number: str | None = "4915791234567",
    diversion: str | None = None,
    original_call_id: str | None = None,
    xcid: str | None = None,
    **extra: str,
) -> dict[str, str | list[str]]:
    """The form fields of an ``answer`` push; a field given as ``None`` is left out."""
    who = {"user": user, "userId": user_id, "fullUserId": full_user_id}
    party = _party(from_, to, direction, answering_number, diversion, original_call_id, xcid)
    return _fields("answer", {"callId": call_id, **who, **party}, extra)


def hangup(
    *,
    cause: str = "normalClearing",
    from_: str = "492111234567",
    to: str = "4915791234567",
    direction: str = "in",
    call_id: str = "test-call-1",
    answering_number: str | None = "4915791234567",
    diversion: str | None = None,
    original_call_id: str | None = None,
    xcid: str | None = None,
    **extra: str,
) -> dict[str, str | list[str]]:
    """The form fields of a ``hangup`` push; a field given as ``None`` is left out."""
    party = _party(from_, to, direction, answering_number, diversion, original_call_id, xcid)
    return _fields("hangup", {"cause": cause, "callId": call_id, **party}, extra)


def dtmf(
    digits: str | None = "1", *, call_id: str = "test-call-1", **extra: str
) -> dict[str, str | list[str]]:
    """The form fields of a ``dtmf`` push carrying ``digits`` (``None``: the caller typed none)."""
    return _fields("dtmf", {"callId": call_id, "dtmf": digits}, extra)


def _party(
    from_: str,
    to: str,
    direction: str,
    answering_number: str | None,
    diversion: str | None,
    original_call_id: str | None,
    xcid: str | None,
) -> dict[str, str | None]:
    """The fields ``answer`` and ``hangup`` share: who called whom, who answered, which call."""
    return {
        "from": from_,
        "to": to,
        "direction": direction,
        "answeringNumber": answering_number,
        "diversion": diversion,
        "origCallId": original_call_id,
        "xcid": xcid,
    }


def _fields(
    event: str, fields: Mapping[str, str | Sequence[str] | None], extra: Mapping[str, str]
) -> dict[str, str | list[str]]:
    present: dict[str, str | list[str]] = {"event": event}
    for name, value in fields.items():
        if value is not None:
            present[name] = value if isinstance(value, str) else list(value)
    present.update(extra)
    return present


def encode(fields: FormFields) -> bytes:
    """Form-encode ``fields`` as sipgate does: list values repeat their key."""
    pairs: list[tuple[str, str]] = []
    for name, value in fields.items():
        if isinstance(value, str):
            pairs.append((name, value))
        else:
            pairs.extend((name, item) for item in value)
    return urlencode(pairs).encode("ascii")


def push_headers(body: bytes, key: TestKey | None = None, *, sign: bool = True) -> dict[str, str]:
    """The headers sipgate sends with a push of ``body``, signed with ``key``.

    ``key`` is the process-wide ``test_key()`` unless given; ``sign=False`` leaves the
    ``X-Sipgate-Signature`` header out.
    """
    headers = {
        "User-Agent": "sipgate.io",
        "Content-Type": "application/x-www-form-urlencoded; charset=UTF-8",
        "Accept": "application/xml, text/plain, text/html",
        "Accept-Charset": "utf-8",
    }
    if sign:
        headers["X-Sipgate-Signature"] = (key or test_key()).sign(body)
    return headers


@attrs.frozen
class WebhookReply:
    """What the server answered. ``root`` is the parsed ``<Response>`` (``None`` if not XML)."""

    status_code: int
    content_type: str
    text: str
    root: Element | None

    @property
    def actions(self) -> list[Element]:
        """The action elements in the reply (``Dial``, ``Play``, ...), in order."""
        return list(self.root) if self.root is not None else []


def post_event(
    target: str | WebhookServer,
    fields: FormFields | bytes,
    *,
    key: TestKey | None = None,
    sign: bool = True,
    headers: Mapping[str, str] | None = None,
    timeout: float = 10.0,
) -> WebhookReply:
    """Sign a push with ``key`` (the process-wide ``test_key()`` by default) and post it.

    ``target`` is a URL or a running ``WebhookServer``; ``fields`` are form fields (see
    ``new_call`` and friends) or a raw body. ``sign=False`` leaves the signature out.
    """
    import defusedxml.ElementTree

    url = target if isinstance(target, str) else target.url
    body = fields if isinstance(fields, bytes) else encode(fields)
    request_headers = {**push_headers(body, key, sign=sign), **(headers or {})}
    response = httpx.post(url, content=body, headers=request_headers, timeout=timeout)
    content_type = response.headers.get("Content-Type", "")
    root = None
    if content_type.startswith("application/xml"):
        root = defusedxml.ElementTree.fromstring(response.content)
    return WebhookReply(response.status_code, content_type, response.text, root)
