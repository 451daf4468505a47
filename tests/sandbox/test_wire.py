"""The sandbox on the wire: statuses, bodies and checks as sipgate has them (plain httpx)."""

from __future__ import annotations

import base64
import io
import time
import wave

import httpx
import pytest
from sipgateio_webhooks import testing

from sipgateio.sandbox import Sandbox

PDF = b"%PDF-1.4\n/Type /Page\n/Type /Page\n%%EOF\n"


def _fax_body(**overrides: str) -> dict[str, str]:
    body = {
        "faxlineId": "f0",
        "recipient": "+4930987654321",
        "filename": "a.pdf",
        "base64Content": base64.b64encode(PDF).decode(),
    }
    body.update(overrides)
    return body


def _problem(response: httpx.Response) -> str:
    error = response.json()["errors"][0]
    return f"{error.get('source', {}).get('pointer', '')} {error.get('detail', '')}"


# -------------------------------------------------------------- credentials
@pytest.mark.parametrize(
    "auth",
    [None, ("token-SBX123", "e68ead46-a7db-46cd-8a1a-44aed1e4e372"), ("token-OTHER1", "x")],
)
def test_missing_or_wrong_credentials_get_401_with_an_empty_body(
    sandbox: Sandbox, auth: tuple[str, str] | None
) -> None:
    response = httpx.get(sandbox.base_url + "/numbers", auth=auth, trust_env=False)
    assert response.status_code == 401
    assert response.content == b""


def test_the_token_alone_works_as_a_bearer_token(sandbox: Sandbox) -> None:
    headers = {"Authorization": f"Bearer {sandbox.token}"}
    response = httpx.get(sandbox.base_url + "/authorization/userinfo", headers=headers)
    assert response.json()["sub"] == "w0"


# ---------------------------------------------------------- routes and bodies
def test_unknown_paths_are_404_and_wrong_methods_405(http: httpx.Client) -> None:
    assert http.get("nothing/here").status_code == 404
    wrong_method = http.delete("numbers")
    assert wrong_method.status_code == 405
    assert wrong_method.headers["Allow"] == "GET"
    assert http.request("TRACE", "history").headers["Allow"] == "DELETE, GET, PUT"


def test_a_body_that_is_not_json_is_415(http: httpx.Client) -> None:
    response = http.post(
        "sessions/sms",
        content=b"smsId=s0",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert response.status_code == 415


@pytest.mark.parametrize(
    ("body", "pointer"),
    [
        ({"smsId": "s0", "recipient": "+4915112345678"}, "/message"),
        ({"smsId": "s0", "recipient": 4915112345678, "message": "x"}, "/recipient"),
        (
            {"smsId": "s0", "recipient": "+4915112345678", "message": "x", "sendAt": "soon"},
            "/sendAt",
        ),
        ({"smsId": "s0", "recipient": "12", "message": "x"}, "/recipient"),
        ({"smsId": "s0", "recipient": "+4915112345678", "message": "  "}, "/message"),
        ({"smsId": "s0", "recipient": "+4915112345678", "message": "x", "sendAt": 1}, "/sendAt"),
    ],
)
def test_malformed_sms_is_400_naming_the_field(
    http: httpx.Client, sandbox: Sandbox, body: dict[str, object], pointer: str
) -> None:
    response = http.post("sessions/sms", json=body)
    assert response.status_code == 400
    assert _problem(response).startswith(pointer)
    assert sandbox.sent_sms == []


def test_sms_may_be_scheduled_up_to_30_days_ahead(http: httpx.Client) -> None:
    body = {"smsId": "s0", "recipient": "+4915112345678", "message": "x"}
    now = int(time.time())
    assert http.post("sessions/sms", json={**body, "sendAt": now + 30 * 86400 - 5}).is_success
    too_late = http.post("sessions/sms", json={**body, "sendAt": now + 30 * 86400 + 5})
    assert too_late.status_code == 400


@pytest.mark.parametrize(
    ("overrides", "status"),
    [
        ({"base64Content": base64.b64encode(b"hello").decode()}, 400),
        ({"base64Content": "%%%"}, 400),
        ({"faxlineId": "f9"}, 404),
        ({"faxlineId": "f1"}, 403),
        ({"recipient": "fax me"}, 400),
    ],
)
def test_bad_faxes_are_refused(http: httpx.Client, overrides: dict[str, str], status: int) -> None:
    assert http.post("sessions/fax", json=_fax_body(**overrides)).status_code == status


def test_fax_documents_are_served_with_their_page_count(http: httpx.Client) -> None:
    session_id = http.post("sessions/fax", json=_fax_body()).json()["sessionId"]
    entry = http.get(f"history/{session_id}").json()
    assert entry["pageCount"] == 2
    assert httpx.get(entry["documentUrl"]).content == PDF


# ------------------------------------------------------------------- queries
@pytest.mark.parametrize(
    "query",
    ["limit=abc", "limit=1001", "types=FOO", "from=yesterday", "archived=maybe", "offset=-1"],
)
def test_bad_history_queries_are_400(http: httpx.Client, query: str) -> None:
    assert http.get(f"history?{query}").status_code == 400


def test_deleting_history_without_ids_is_refused_and_deletes_nothing(http: httpx.Client) -> None:
    before = http.get("history?limit=100").json()["totalCount"]
    assert http.delete("history").status_code == 400
    assert http.get("history?limit=100").json()["totalCount"] == before


def test_history_export_is_csv_unless_only_json_is_accepted(http: httpx.Client) -> None:
    csv_answer = http.get("history/export", headers={"Accept": "text/csv"})
    assert csv_answer.headers["Content-Type"].startswith("text/csv")
    assert csv_answer.text.startswith("id,created,")
    json_answer = http.get("history/export", headers={"Accept": "application/json"})
    assert json_answer.json()["totalCount"] == 5


def test_batch_history_update_is_all_or_nothing(http: httpx.Client) -> None:
    ids = [entry["id"] for entry in http.get("history").json()["items"]]
    response = http.put("history", json=[{"id": ids[0], "starred": True}, {"id": "404"}])
    assert response.status_code == 400
    assert http.get(f"history/{ids[0]}").json()["starred"] is False
    too_many = [{"id": ids[0], "read": True}] * 150
    assert http.put("history", json=too_many).status_code == 400


def test_history_limit_defaults_to_ten_like_sipgate(http: httpx.Client, sandbox: Sandbox) -> None:
    for index in range(12):
        body = {"smsId": "s0", "recipient": "+4915112345678", "message": f"#{index}"}
        http.post("sessions/sms", json=body)
    page = http.get("history").json()
    assert (len(page["items"]), page["totalCount"]) == (10, 17)
    assert page["items"][0]["smsContent"] == "#11"


# ------------------------------------------------------------ sms sender ids
def test_choosing_a_verified_sender_changes_the_extension(http: httpx.Client) -> None:
    assert http.put("w0/sms/s0/callerids/3", json={"defaultNumber": True}).status_code == 400
    assert http.put("w0/sms/s0/callerids/2", json={"defaultNumber": True}).status_code == 204
    assert http.get("w0/sms").json()["items"][0]["callerId"] == "+4921112345670"
    assert http.put("w0/sms/s0/callerids/99", json={"defaultNumber": True}).status_code == 404
    assert http.put("w0/sms/s0/callerids/two", json={"defaultNumber": True}).status_code == 400


# ------------------------------------------------------------------ contacts
def test_contact_rules_sipgate_enforces(http: httpx.Client) -> None:
    internal = "00000000-0000-4000-8000-000000000000"
    grace = "00000000-0000-4000-8000-000000000002"
    assert http.delete(f"contacts/{internal}").status_code == 403
    mismatch = http.put(f"contacts/{grace}", json={"id": internal, "scope": "PRIVATE"})
    assert mismatch.status_code == 400
    nameless = http.post("contacts", json={"scope": "PRIVATE", "name": ""})
    assert nameless.status_code == 400
    sparse = http.post("contacts", json={"scope": "PRIVATE", "name": "N", "numbers": [{}]})
    assert sparse.status_code == 204
    assert http.get("contacts?phonenumbers=%2B4930987654321").status_code == 200
    bad_csv = base64.b64encode(b"first,last\nA,B\n").decode()
    response = http.post("contacts/import/csv", json={"base64Content": bad_csv})
    assert response.status_code == 400
    assert "firstname" in _problem(response)


# ------------------------------------------------------------ served files
def test_announcements_are_served_in_the_format_sipgate_plays(sandbox: Sandbox) -> None:
    audio = httpx.get(sandbox.audio_url("greeting.wav")).content
    with wave.open(io.BytesIO(audio)) as wav:
        assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (1, 2, 8000)


def test_the_push_key_is_published(sandbox: Sandbox) -> None:
    published = httpx.get(sandbox.url + "/public-key.pem").text
    assert published == sandbox.public_key_pem
    assert published.startswith("-----BEGIN PUBLIC KEY-----")


def test_pushes_are_signed_with_the_key_given_and_a_bad_key_is_refused_at_once() -> None:
    key = testing.TestKey.generate()
    with Sandbox(signing_key_pem=key.private_key_pem.encode()) as sandbox:
        assert sandbox.public_key_pem == key.public_key_pem
    with pytest.raises(ValueError, match="signing_key_pem must be an unencrypted RSA private key"):
        Sandbox(signing_key_pem=b"-----BEGIN PRIVATE KEY-----\nnot a key\n")
