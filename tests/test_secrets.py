"""Credentials never leave the library inside an error: not in its text, attributes or pickle.

A value given for ``token_id`` or ``token`` is described, never echoed (by argument, by
environment variable, by the command line). Errors about answers carry the response and its
request, with the ``Authorization`` header redacted, and connection errors chain no httpx
error that holds the request.
"""

from __future__ import annotations

import base64
import pickle
from collections.abc import Iterator
from typing import Any

import pytest

import sipgateio
from sipgateio.cli import main as cli_main
from tests._server import RecordingServer, Reply
from tests.conftest import TOKEN, TOKEN_ID, Blocking

BASIC = base64.b64encode(f"{TOKEN_ID}:{TOKEN}".encode()).decode()
OAUTH_TOKEN = "eyJhbGciOi.eyJzdWIiOiJ3MCJ9.c2lnbmF0dXJl"
USERINFO = {"sub": "w0", "domain": "sipgate.de", "masterSipId": "1234567", "locale": "de_DE"}
# What a user might pass as token_id by mistake: the token itself, or a password.
NOT_TOKEN_IDS = ["e68ead46-a7db-46cd-8a1a-44aed1e4e372", "hunter2 is my password", "token_ABC"]


@pytest.fixture(autouse=True)
def no_sipgate_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("SIPGATE_TOKEN_ID", "SIPGATE_TOKEN", "SIPGATE_BASE_URL"):
        monkeypatch.delenv(name, raising=False)


def secrets_in(error: BaseException, *secrets: str) -> list[str]:
    """Where any of ``secrets`` shows in ``error``: its text, attributes, pickle, or chain."""
    found = []
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__cause__ or current.__context__
    for link in chain:
        name = type(link).__name__
        places = {
            f"str({name})": str(link),
            f"repr({name})": repr(link),
            f"{name}.args": repr(link.args),
            f"{name}.__dict__": repr(vars(link)),
            f"pickle of {name}": pickle.dumps(link).decode("latin-1"),
        }
        for attribute in ("request", "response"):
            try:
                held = getattr(link, attribute, None)
            except RuntimeError:  # an httpx error without a request
                held = None
            request = getattr(held, "request", held)
            if request is not None and hasattr(request, "headers"):
                places[f"{name}.{attribute} headers"] = repr(dict(request.headers.items()))
        for place, text in places.items():
            found += [f"{place} holds {secret[:6]}..." for secret in secrets if secret in text]
    return found


# --- values given for credentials --------------------------------------------------------


@pytest.mark.parametrize("token_id", NOT_TOKEN_IDS)
@pytest.mark.parametrize("client_class", [sipgateio.SipgateIO, sipgateio.AsyncSipgateIO])
def test_a_malformed_token_id_argument_is_described_but_never_echoed(
    client_class: type[Any], token_id: str
) -> None:
    with pytest.raises(sipgateio.ValidationError) as caught:
        client_class(token_id=token_id, token=TOKEN)

    error = caught.value
    assert error.argument == "token_id"
    assert "token-" in str(error)  # the shape that was expected
    assert f"{len(token_id)}-character" in str(error)
    assert secrets_in(error, token_id) == []


def test_a_malformed_token_id_from_the_environment_is_never_echoed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SIPGATE_TOKEN_ID", NOT_TOKEN_IDS[0])
    monkeypatch.setenv("SIPGATE_TOKEN", TOKEN)

    with pytest.raises(sipgateio.ValidationError) as caught:
        sipgateio.SipgateIO()

    assert "SIPGATE_TOKEN_ID" in str(caught.value)
    assert secrets_in(caught.value, NOT_TOKEN_IDS[0]) == []


def test_a_token_given_as_token_id_is_pointed_out(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(sipgateio.ValidationError, match="swapped") as caught:
        sipgateio.SipgateIO(token_id=TOKEN, token=TOKEN)

    assert secrets_in(caught.value, TOKEN) == []


@pytest.mark.parametrize("token", ["not a token", "0123abcd-a7db-46cd-8a1a", "\u00e4bc"])
def test_a_malformed_token_is_described_but_never_echoed(token: str) -> None:
    with pytest.raises(sipgateio.ValidationError) as caught:
        sipgateio.SipgateIO(token_id=TOKEN_ID, token=token)

    assert caught.value.argument == "token"
    assert secrets_in(caught.value, token) == []


@pytest.mark.parametrize("via", ["flag", "environment"])
def test_the_command_line_never_echoes_a_malformed_token_id(
    via: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = NOT_TOKEN_IDS[0]
    arguments = ["numbers", "--token", TOKEN, "--base-url", "http://127.0.0.1:9/v2"]
    if via == "flag":
        arguments += ["--token-id", secret]
    else:
        monkeypatch.setenv("SIPGATE_TOKEN_ID", secret)

    code = cli_main(arguments)

    out, err = capsys.readouterr()
    assert code == 2
    assert "error: token_id must" in err
    assert secret not in out + err


# --- errors about answers -------------------------------------------------------------------


@pytest.fixture
def oauth_client(make_client: Any, server: RecordingServer) -> Iterator[Any]:
    yield make_client(token_id=None, token=OAUTH_TOKEN, base_url=server.base_url)


def raw_userinfo(client: Any) -> Any:
    from sipgate_api.api.authorization import get_userinfo

    if isinstance(client, Blocking):
        return client._runner.run(get_userinfo.asyncio_detailed(client=client.unwrapped.api))
    return get_userinfo.sync_detailed(client=client.api)


@pytest.mark.parametrize("path", ["facade", "client.api"])
def test_an_error_answer_carries_its_request_without_the_authorization_header(
    client: Any, server: RecordingServer, path: str
) -> None:
    server.on("GET", "/authorization/userinfo", Reply(401, {"message": "bad token"}))

    with pytest.raises(sipgateio.AuthenticationError) as caught:
        if path == "facade":
            client.get_authenticated_webuser_id()
        else:
            raw_userinfo(client)

    error = caught.value
    assert server.requests[0].headers["authorization"] == f"Basic {BASIC}"  # it was sent
    request = error.response.request
    assert request.headers["authorization"] == "[redacted]"
    assert request.method == "GET"
    assert request.url.path == "/v2/authorization/userinfo"
    assert secrets_in(error, TOKEN, BASIC) == []


def test_an_error_answer_to_an_oauth_client_holds_no_bearer_token(
    oauth_client: Any, server: RecordingServer
) -> None:
    server.on("POST", "/sessions/sms", Reply(402, {"message": "balance too low"}))

    with pytest.raises(sipgateio.InsufficientFundsError) as caught:
        oauth_client.sms.send(to="+4915799912345", message="Hello", sms_id="s0")

    request = caught.value.response.request
    assert request.headers["authorization"] == "[redacted]"
    assert b"Hello" in request.content  # what was sent is still there to debug with
    assert secrets_in(caught.value, OAUTH_TOKEN) == []


def test_an_error_answer_survives_pickling_with_what_a_user_reads(
    client: Any, server: RecordingServer
) -> None:
    server.on("GET", "/authorization/userinfo", Reply(404, {"message": "no such user"}))

    with pytest.raises(sipgateio.NotFoundError) as caught:
        client.get_authenticated_webuser_id()

    copy = pickle.loads(pickle.dumps(caught.value))
    assert type(copy) is sipgateio.NotFoundError
    assert str(copy) == str(caught.value)
    assert "no such user" in str(copy)
    assert (copy.status_code, copy.body, copy.method, copy.path) == (
        404,
        {"message": "no such user"},
        "GET",
        "/v2/authorization/userinfo",
    )
    assert copy.response.request.headers["authorization"] == "[redacted]"


def test_errors_of_a_bulk_operation_hold_no_credentials_and_pickle(
    client: Any, server: RecordingServer
) -> None:
    contacts = [
        {"id": name, "name": name, "scope": "SHARED", "emails": [], "numbers": []}
        for name in ("c1", "c2")
    ]
    server.on("GET", "/contacts", Reply(200, {"items": contacts, "totalCount": 2}))
    server.on("DELETE", "/contacts/c1", Reply(403, {"message": "read-only book"}))
    server.on("DELETE", "/contacts/c2", Reply(204))

    with pytest.raises(sipgateio.PartialFailureError) as caught:
        client.contacts.delete_all_shared()

    assert secrets_in(caught.value, TOKEN, BASIC) == []
    copy = pickle.loads(pickle.dumps(caught.value))
    assert list(copy.failures) == ["c1"]
    assert isinstance(copy.failures["c1"], sipgateio.PermissionDeniedError)
    assert copy.succeeded == 1


@pytest.mark.parametrize("kind", ["dropped", "refused"])
def test_connection_errors_chain_no_httpx_error_that_holds_the_request(
    make_client: Any, server: RecordingServer, kind: str
) -> None:
    server.on("POST", "/sessions/sms", Reply(drop=True))
    base_url = server.base_url if kind == "dropped" else "http://127.0.0.1:9/v2"
    client = make_client(base_url=base_url, max_retries=0)

    with pytest.raises(sipgateio.APIConnectionError) as caught:
        client.sms.send(to="+4915799912345", message="Hello", sms_id="s0")

    assert secrets_in(caught.value, TOKEN, BASIC) == []
    assert caught.value.__cause__ is None
    assert caught.value.__context__ is None


def test_other_errors_survive_pickling() -> None:
    errors: list[sipgateio.SipgateIOError] = [
        sipgateio.FaxStatusTimeoutError("s1", "PENDING", 3.0),
        sipgateio.ValidationError("to must be ...", argument="to", value="+49"),
        sipgateio.OutcomeUnknownError("POST /v2/sessions/sms: ...", method="POST", path="/p"),
    ]
    for error in errors:
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is type(error)
        assert str(copy) == str(error)
        assert vars(copy) == vars(error)
