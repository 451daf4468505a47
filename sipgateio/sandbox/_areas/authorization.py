"""``authorization``: the account's OAuth 2.0 clients and resetting a web user's password.

OAuth clients are a store, seeded with one client ("Example CRM"): a created client gets a
fresh client id and secret, which updates keep; a deleted one answers 404 at once (sipgate
may list it a little longer). A password reset for a web user's login (their e-mail
address) is "sent" as a reset link whose nonce is kept in ``PasswordResets.sent``; the
nonce sets a new password once. A reset for an unknown login answers the same 204 and
sends nothing, so the answer does not tell which logins exist. Both password operations
work without credentials (their description says ``security: []``).
"""

from __future__ import annotations

import secrets
import uuid
from typing import Any, Final
from urllib.parse import urlsplit

import attrs

from sipgateio.sandbox._account import Account
from sipgateio.sandbox._api import Reply, Request, operation
from sipgateio.sandbox._areas._store import NO_CONTENT, Records, area_state, ok
from sipgateio.sandbox._errors import ApiError, bad_request, not_found

MIN_PASSWORD_LENGTH: Final = 8
_CLIENT_FIELDS: Final = (
    "name",
    "description",
    "redirectUris",
    "webOrigins",
    "privacyUrl",
    "termsUrl",
)


@attrs.define
class PasswordResets:
    """Reset links sent (``{"username", "nonce"}``, oldest first) and nonces not yet used."""

    sent: list[dict[str, str]] = attrs.field(factory=list)
    open: dict[str, str] = attrs.field(factory=dict)
    changed: list[str] = attrs.field(factory=list)


@attrs.define
class Authorization:
    """The OAuth clients by client id, and the password resets."""

    clients: Records
    resets: PasswordResets = attrs.field(factory=PasswordResets)


def _seed(account: Account) -> Authorization:
    clients = Records("OAuth client")
    clients.add(
        {
            "clientId": "2f1c7a52-8a54-4e3c-9d43-0c6ad1a5b001",
            "clientSecret": secrets.token_urlsafe(24),
            "name": "Example CRM",
            "description": "Call log sync for Example CRM",
            "redirectUris": ["https://crm.example.com/oauth/*"],
            "webOrigins": ["https://crm.example.com"],
            "privacyUrl": "https://crm.example.com/privacy",
            "termsUrl": "https://crm.example.com/terms",
        },
        key="clientId",
    )
    return Authorization(clients=clients)


def _state(request: Request) -> Authorization:
    return area_state(request, "authorization", _seed)


def _page_url(value: str, pointer: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise bad_request(f"{value!r} is not an http(s) URL", pointer)
    return value


def _client_fields(body: dict[str, Any]) -> dict[str, Any]:
    """The registered fields of a client, checked; the body passed the schema already."""
    if not body["name"].strip():
        raise bad_request("name must not be empty", "/name")
    if not body["redirectUris"]:
        raise bad_request("redirectUris needs at least one address", "/redirectUris")
    for index, uri in enumerate(body["redirectUris"]):
        _page_url(uri.replace("*", "x"), f"/redirectUris/{index}")
    _page_url(body["privacyUrl"], "/privacyUrl")
    _page_url(body["termsUrl"], "/termsUrl")
    return {name: body[name] for name in _CLIENT_FIELDS}


@operation
def list_oauth_clients(request: Request) -> Reply:
    return ok({"data": list(_state(request).clients)})


@operation
def create_oauth_client(request: Request) -> Reply:
    fields = _client_fields(request.body)
    client = {"clientId": str(uuid.uuid4()), "clientSecret": secrets.token_urlsafe(24), **fields}
    return ok(_state(request).clients.add(client, key="clientId"))


@operation
def get_oauth_client(request: Request) -> Reply:
    return ok(_state(request).clients.get(request.path["clientId"]))


@operation
def update_oauth_client(request: Request) -> Reply:
    client = _state(request).clients.get(request.path["clientId"])
    client.update(_client_fields(request.body))
    return ok(client)


@operation
def delete_oauth_client(request: Request) -> Reply:
    _state(request).clients.remove(request.path["clientId"])
    return Reply(202)


@operation
def get_oauth_client_legal_urls(request: Request) -> Reply:
    client = _state(request).clients.get(request.path["clientId"])
    return ok({"privacyUrl": client["privacyUrl"], "termsUrl": client["termsUrl"]})


@operation
def request_password_reset(request: Request) -> Reply:
    username = request.body["username"].strip()
    if not username:
        raise bad_request("username must not be empty; it is the login e-mail address", "/username")
    resets = _state(request).resets
    logins = {user["email"].lower(): user["id"] for user in request.account.users.values()}
    user = logins.get(username.lower())
    if user is not None:
        nonce = secrets.token_urlsafe(16)
        resets.open[nonce] = user
        resets.sent.append({"username": username, "nonce": nonce})
    return NO_CONTENT


@operation
def change_password(request: Request) -> Reply:
    resets = _state(request).resets
    nonce = str(request.path["nonce"])
    if nonce not in resets.open:
        raise not_found("password reset link (it may have been used already)")
    password, repeated = request.body["password"], request.body["passwordRepeat"]
    if password != repeated:
        raise bad_request("passwordRepeat differs from password", "/passwordRepeat")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise bad_request(
            f"the password needs at least {MIN_PASSWORD_LENGTH} characters", "/password"
        )
    user = resets.open.pop(nonce)
    if user not in request.account.users:
        raise ApiError(404, "the web user of this reset link no longer exists")
    resets.changed.append(user)
    return NO_CONTENT
