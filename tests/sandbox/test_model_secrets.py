"""The generated models never show a secret in their ``repr``: passwords, PUKs, client secrets.

Printing or logging what ``client.endpoints`` returns is what users do to look at an answer;
a field the description marks ``format: password`` (and a device's ``credentials``, kept as
an additional property) shows as ``<redacted>`` instead. The OAuth token models are checked
against the sandbox's login server in ``tests/oauth/test_secrets.py``.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import attrs
import pytest
import yaml

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "sipgate.yaml"


def shown(value: Any) -> str:
    return repr(value) + str(value)


def test_a_voip_phones_sip_password_is_not_shown(sbx: Any) -> None:
    device = sbx.endpoints.devices.get_device("e0")
    password = device["credentials"]["password"]

    assert len(password) >= 8
    assert password not in shown(device)
    assert "'credentials': <redacted>" in repr(device)
    assert password not in shown(sbx.endpoints.devices.list_devices("w0"))


def test_a_mobiles_puks_are_not_shown(sbx: Any) -> None:
    device = sbx.endpoints.devices.get_device("y0")
    puks = [device["credentials"]["puk1"], device["credentials"]["puk2"]]

    assert all(puks)
    assert [puk for puk in puks if puk in shown(device)] == []


def test_a_new_voip_phones_typed_credentials_hide_the_password(sbx: Any) -> None:
    from sipgate_api.models import CreateRegisterDeviceRequest

    created = sbx.endpoints.devices.create_register_device(
        "w0", body=CreateRegisterDeviceRequest(alias="Hall phone")
    )

    password = created.credentials.password
    assert password and created.credentials.username
    assert password not in shown(created)
    assert "password=<redacted>" in repr(created.credentials)
    assert created.credentials.username in repr(created.credentials)  # not a secret


def test_an_oauth_clients_secret_is_not_shown(sbx: Any) -> None:
    from sipgate_api.models import OAuthClientRequest

    created = sbx.endpoints.authorization.create_oauth_client(
        body=OAuthClientRequest(
            name="Dialer",
            description="Click to dial",
            redirect_uris=["https://dialer.example.com/cb"],
            web_origins=["https://dialer.example.com"],
            privacy_url="https://dialer.example.com/privacy",
            terms_url="https://dialer.example.com/terms",
        )
    )
    fetched = sbx.endpoints.authorization.get_oauth_client(created.client_id)
    listed = sbx.endpoints.authorization.list_oauth_clients()

    assert fetched.client_secret == created.client_secret
    assert "client_secret=<redacted>" in repr(fetched)
    assert [
        text for text in map(shown, (created, fetched, listed)) if created.client_secret in text
    ] == []


def test_an_unset_secret_shows_as_unset() -> None:
    from sipgate_api.models import DeviceSipCredentials

    credentials = DeviceSipCredentials(username="1234567e9")

    assert "password=<sipgate_api.types.Unset" in repr(credentials)


def _secret_fields() -> list[tuple[str, str]]:
    """(schema, property) for every property the description marks ``format: password``."""
    document = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    found = []
    for name, schema in document["components"]["schemas"].items():
        parts = [schema, *schema.get("allOf", [])]
        for part in parts:
            for field, spec in (part.get("properties") or {}).items():
                if spec.get("format") == "password":
                    found.append((name, field))
    return found


@pytest.mark.parametrize(("schema", "field"), _secret_fields())
def test_every_field_the_description_marks_secret_is_masked(schema: str, field: str) -> None:
    models = importlib.import_module("sipgate_api.models")
    cls = getattr(models, schema)
    (attribute,) = [
        a for a in attrs.fields(cls) if a.name.replace("_", "") == field.replace("_", "").lower()
    ]

    assert attribute.repr is not True
    assert attribute.repr("hunter2-secret") == "<redacted>"  # type: ignore[operator]


def test_the_description_marks_the_credentials_sipgate_sends_and_takes() -> None:
    marked = set(_secret_fields())

    assert {
        ("OAuthTokenResponse", "access_token"),
        ("OAuthTokenResponse", "refresh_token"),
        ("OAuthTokenRequest", "client_secret"),
        ("OAuthClient", "clientSecret"),
        ("DeviceSipCredentials", "password"),
        ("DeviceSimCredentials", "puk1"),
        ("ChangePasswordRequest", "password"),
        ("ContactGoogleImportRequest", "token"),
    } <= marked
