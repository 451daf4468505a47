"""The sandbox's answers conform to the API description (``openapi/sipgate.yaml``).

Every operation of the description is called with a valid request, in an order that
keeps the ids valid. Each answer's status must be declared, and its body is validated
against the declared schema twice: by the sandbox's own validator and by
``openapi-schema-validator`` (an independent implementation, from the dev extras).
Error answers are checked against ``ErrorBody``.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from sipgateio.sandbox import Sandbox
from sipgateio.sandbox._api import HANDLERS
from sipgateio.sandbox._openapi import ApiDescription, Operation

PDF = b"%PDF-1.4\n/Type /Page\n%%EOF\n"
DESCRIPTION = ApiDescription.load()


class Checker:
    """Sends requests, checks each answer against the description, notes what was covered."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.http = httpx.Client(
            base_url=sandbox.base_url, auth=(sandbox.token_id, sandbox.token), trust_env=False
        )
        self.covered: set[str] = set()

    def call(
        self,
        method: str,
        path: str,
        *,
        expect: int | None = None,
        accept: str = "application/json",
        **kwargs: Any,
    ) -> httpx.Response:
        operation, _, _ = DESCRIPTION.match(method, path.split("?")[0])
        assert operation is not None, f"{method} {path} is not in the description"
        response = self.http.request(method, path, headers={"Accept": accept}, **kwargs)
        if expect is not None:
            assert response.status_code == expect, response.text
        check_answer(operation, response)
        if response.is_success:
            self.covered.add(operation.operation_id)
        return response


def check_answer(operation: Operation, response: httpx.Response) -> None:
    status = response.status_code
    assert operation.declares_status(status), f"{operation.operation_id}: undeclared {status}"
    if not response.is_success:
        if response.content:
            error_schema = {"$ref": "#/components/schemas/ErrorBody"}
            _assert_valid(error_schema, response.json(), f"{operation.operation_id} {status}")
        return
    declared = operation.response_media_types(status)
    if not declared:
        assert response.content == b"", f"{operation.operation_id}: unexpected body"
        return
    media_type = response.headers["Content-Type"].split(";")[0]
    assert media_type in declared, f"{operation.operation_id}: {media_type} not in {declared}"
    schema = operation.response_schema(status, media_type)
    assert schema is not None
    value = response.json() if media_type == "application/json" else response.text
    _assert_valid(schema, value, operation.operation_id)


def _assert_valid(schema: dict[str, Any] | Any, value: Any, where: str) -> None:
    problems = DESCRIPTION.validate(schema, value)
    assert not problems, f"{where}: {problems[:3]}"
    independent = _independent_validator(schema)
    if independent is not None:
        errors = sorted(independent.iter_errors(value), key=str)
        assert not errors, f"{where} (openapi-schema-validator): {errors[0].message}"


def _independent_validator(schema: Any) -> Any:
    try:
        from openapi_schema_validator import OAS30Validator
    except ImportError:  # pragma: no cover - the dev extras install it
        return None
    document = {**schema, "components": DESCRIPTION.document["components"]}
    return OAS30Validator(document)


@pytest.fixture
def checker(sandbox: Sandbox) -> Any:
    checker = Checker(sandbox)
    yield checker
    checker.http.close()


def test_every_operation_of_the_api_has_a_handler() -> None:
    # The login server's operations (their path names its own server) are served apart.
    api = {
        operation.operation_id
        for operation in DESCRIPTION.operations
        if "servers" not in DESCRIPTION.document["paths"][operation.template]
    }
    assert api - set(HANDLERS) == set()


def test_the_shipped_description_is_the_yaml_one() -> None:
    yaml = pytest.importorskip("yaml")
    root = Path(__file__).resolve().parents[2]
    source = yaml.safe_load((root / "openapi" / "sipgate.yaml").read_text(encoding="utf-8"))
    assert json.loads(json.dumps(source)) == DESCRIPTION.document


def test_every_operation_answers_as_described(checker: Checker, sandbox: Sandbox) -> None:
    c = checker
    # identity, SMS
    c.call("GET", "/authorization/userinfo", expect=200)
    c.call("GET", "/users", expect=200)
    c.call("GET", "/w0/sms", expect=200)
    c.call("GET", "/w0/sms/s0/callerids", expect=200)
    c.call("PUT", "/w0/sms/s0/callerids/2", json={"defaultNumber": True}, expect=204)
    sms = {"smsId": "s0", "recipient": "+4915112345678", "message": "conformance"}
    c.call("POST", "/sessions/sms", json=sms, expect=204)
    # fax
    c.call("GET", "/w0/faxlines", expect=200)
    fax = {
        "faxlineId": "f0",
        "recipient": "+4930987654321",
        "filename": "c.pdf",
        "base64Content": base64.b64encode(PDF).decode(),
    }
    fax_id = c.call("POST", "/sessions/fax", json=fax, expect=200).json()["sessionId"]
    # webhook settings
    settings = c.call("GET", "/settings/sipgateio", expect=200).json()
    c.call("PUT", "/settings/sipgateio", json={**settings, "log": True}, expect=204)
    # calls and RTCM
    call = {"caller": "e0", "callee": "+4930987654321"}
    c.call("POST", "/sessions/calls", json=call, expect=200)
    call_id = c.call("GET", "/calls", expect=200).json()["data"][0]["callId"]
    c.call("PUT", f"/calls/{call_id}/muted", json={"value": True}, expect=204)
    c.call("PUT", f"/calls/{call_id}/hold", json={"value": False}, expect=204)
    record = {"value": True, "announcement": True}
    c.call("PUT", f"/calls/{call_id}/recording", json=record, expect=204)
    c.call("POST", f"/calls/{call_id}/announcements", json={"url": sandbox.audio_url()}, expect=204)
    c.call("POST", f"/calls/{call_id}/dtmf", json={"sequence": "1*#"}, expect=204)
    transfer = {"attended": True, "phoneNumber": "+4989123456"}
    c.call("POST", f"/calls/{call_id}/transfer", json=transfer, expect=204)
    new_call_id = c.call("GET", "/calls", expect=200).json()["data"][0]["callId"]
    c.call("DELETE", f"/calls/{new_call_id}", expect=204)
    # contacts
    contacts = c.call("GET", "/contacts?limit=2&offset=1", expect=200).json()["items"]
    c.call("GET", "/contacts?phonenumbers=%2B4930987654321&phonenumbers=x", expect=200)
    new = {"name": "Konrad Zuse", "given": "Konrad", "family": "Zuse", "scope": "SHARED"}
    c.call("POST", "/contacts", json=new, expect=204)
    grace = next(item for item in contacts if item["name"] == "Grace Hopper")
    c.call("PUT", f"/contacts/{grace['id']}", json={**grace, "name": "Grace B. Hopper"}, expect=204)
    every = c.call("GET", "/contacts", expect=200).json()["items"]
    konrad = next(item for item in every if item["name"] == "Konrad Zuse")
    c.call("DELETE", f"/contacts/{konrad['id']}", expect=204)
    csv_body = base64.b64encode(b"firstname,lastname,number\nAda,Byron,+4930123\n").decode()
    c.call("POST", "/contacts/import/csv", json={"base64Content": csv_body}, expect=204)
    c.call("DELETE", "/contacts", expect=204)
    # history
    query = (
        "types=CALL&types=FAX&types=SMS&types=VOICEMAIL&directions=OUTGOING&directions=INCOMING"
        "&starred=STARRED&starred=UNSTARRED&archived=false&from=2000-01-01T00:00:00Z"
        "&to=2100-01-01T00:00:00.000Z&connectionIds=p0&connectionIds=f0&offset=0&limit=1000"
    )
    page = c.call("GET", f"/history?{query}&phonenumber=%2B4930987654321", expect=200).json()
    assert page["items"], "the filters should keep some entries"
    c.call("GET", "/history?limit=1000", expect=200)
    c.call("GET", f"/history/export?{query}", accept="text/csv", expect=200)
    c.call("GET", f"/history/export?{query}", accept="application/json", expect=200)
    c.call("GET", f"/history/{fax_id}", expect=200)
    c.call("PUT", f"/history/{fax_id}", json={"note": "checked", "starred": True}, expect=204)
    ids = [item["id"] for item in page["items"]]
    batch = [{"id": entry_id, "read": True, "archived": False} for entry_id in ids]
    c.call("PUT", "/history", json=batch, expect=204)
    c.call("DELETE", f"/history/{fax_id}", expect=204)
    c.call("DELETE", f"/history?id={ids[-1]}&id=unknown", expect=204)
    # numbers, voicemails, devices
    c.call("GET", "/numbers", expect=200)
    c.call("GET", "/numbers?offset=1&limit=3", expect=200)
    c.call("GET", "/voicemails", expect=200)
    c.call("GET", "/w0/devices", expect=200)

    # The facade's operations; test_endpoint_table.py walks every other one.
    facade = {name for name, handler in HANDLERS.items() if handler.__module__.endswith("._api")}
    assert facade - c.covered == set()


def test_error_answers_are_declared_and_shaped_like_error_bodies(
    checker: Checker, sandbox: Sandbox
) -> None:
    c = checker
    c.call("GET", "/w9/devices", expect=404)
    c.call("GET", "/history/999", expect=404)
    c.call("DELETE", "/calls/NOPE", expect=404)
    c.call("POST", "/sessions/sms", json={"smsId": "s0"}, expect=400)
    c.call("GET", "/history?limit=5000", expect=400)
    c.call("PUT", "/settings/sipgateio", json={"incomingUrl": "ftp://x"}, expect=400)
    c.http.auth = ("token-SBX123", "e68ead46-a7db-46cd-8a1a-44aed1e4e372")
    c.call("GET", "/numbers", expect=401)
