"""A client made with ``oauth=`` renews the user's access token by itself.

Before it runs out and after a 401, one refresh at a time across threads and tasks,
through the facade and through raw generated calls, with ``on_token_update`` told of
every new ``TokenSet``; a refused refresh says the user must log in again.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from typing import Any

import attrs
import pytest

import sipgateio
from sipgateio.oauth import OAuthApp, TokenSet
from sipgateio.sandbox import Sandbox
from tests.oauth.conftest import log_in, new_app, token_requests

EXTRA_HISTORY = 2500  # three pages of 1000: the third is asked for while the caller reads
CONCURRENT = 50


def add_sms_history(sandbox: Sandbox, count: int) -> None:
    with sandbox.account.lock:
        for index in range(count):
            sandbox.account.add_history(
                {
                    "type": "SMS",
                    "direction": "OUTGOING",
                    "status": "PICKUP",
                    "source": "+4915799912345",
                    "target": "+4915112345678",
                    "connectionIds": ["s0"],
                    "smsContent": f"message {index}",
                    "scheduled": None,
                }
            )


def history_size(sandbox: Sandbox) -> int:
    """How many entries the history lists, as read with the sandbox's own token."""
    with sipgateio.SipgateIO(**sandbox.client_options()) as client:
        return len(client.history.fetch_all())


def wait_until_expired(tokens: TokenSet) -> None:
    """Block until ``tokens`` ran out (bounded): the clock decides, not an assertion."""
    for _ in range(400):
        if datetime.now(UTC) > tokens.expires_at:
            return
        time.sleep(0.025)
    raise AssertionError("the access token did not run out")


async def await_expiry(tokens: TokenSet) -> None:
    for _ in range(400):
        if datetime.now(UTC) > tokens.expires_at:
            return
        await asyncio.sleep(0.025)
    raise AssertionError("the access token did not run out")


def expired_for_the_client(tokens: TokenSet) -> TokenSet:
    """The same tokens, as a client loads them from storage after they ran out."""
    return attrs.evolve(tokens, expires_at=datetime.now(UTC) - timedelta(seconds=5))


@attrs.define
class Updates:
    """What ``on_token_update`` was given, and how far the caller had got at that moment."""

    progress: list[int] = attrs.field(factory=list)
    tokens: list[TokenSet] = attrs.field(factory=list)
    read: int = 0

    def __call__(self, tokens: TokenSet) -> None:
        self.progress.append(self.read)
        self.tokens.append(tokens)


@pytest.fixture
def short_lived() -> Iterator[Sandbox]:
    with Sandbox(access_token_lifetime=1.0) as sandbox:
        add_sms_history(sandbox, EXTRA_HISTORY)
        yield sandbox


@pytest.fixture
def long_lived() -> Iterator[Sandbox]:
    with Sandbox() as sandbox:
        add_sms_history(sandbox, EXTRA_HISTORY)
        yield sandbox


def sandbox_for(expiry: str, request: pytest.FixtureRequest) -> Sandbox:
    name = "short_lived" if expiry == "runs out" else "long_lived"
    sandbox: Sandbox = request.getfixturevalue(name)
    return sandbox


# --- a token that expires in the middle of a walk through the history ---------------------


@pytest.mark.parametrize("expiry", ["runs out", "ended by the server"])
def test_a_token_expiring_during_iter_all_is_renewed_without_the_caller_noticing(
    expiry: str, request: pytest.FixtureRequest
) -> None:
    sandbox = sandbox_for(expiry, request)
    app = new_app(sandbox)
    tokens = log_in(app)
    updates = Updates()
    ids = []

    with sipgateio.SipgateIO(
        oauth=app, token_set=tokens, on_token_update=updates, base_url=sandbox.base_url
    ) as client:
        for entry in client.history.iter_all():
            if not ids:
                if expiry == "runs out":
                    wait_until_expired(tokens)
                else:
                    sandbox.expire_access_tokens()
            ids.append(entry.id)
            updates.read = len(ids)

    assert len(ids) == len(set(ids)) == history_size(sandbox)
    refreshes = token_requests(sandbox, "refresh_token")
    assert refreshes and set(refreshes) == {200}
    assert len(updates.tokens) == len(refreshes)
    assert max(updates.progress) > 0  # renewed while the caller was reading entries
    assert updates.tokens[0].access_token != tokens.access_token


@pytest.mark.parametrize("expiry", ["runs out", "ended by the server"])
async def test_a_token_expiring_during_async_iter_all_is_renewed_unnoticed(
    expiry: str, request: pytest.FixtureRequest
) -> None:
    sandbox = sandbox_for(expiry, request)
    app = new_app(sandbox)
    tokens = await asyncio.to_thread(log_in, app)
    updates = Updates()
    ids = []

    async with sipgateio.AsyncSipgateIO(
        oauth=app, token_set=tokens, on_token_update=updates, base_url=sandbox.base_url
    ) as client:
        async for entry in client.history.iter_all():
            if not ids:
                if expiry == "runs out":
                    await await_expiry(tokens)
                else:
                    sandbox.expire_access_tokens()
            ids.append(entry.id)
            updates.read = len(ids)

    assert len(ids) == len(set(ids)) == history_size(sandbox)
    refreshes = token_requests(sandbox, "refresh_token")
    assert refreshes and set(refreshes) == {200}
    assert len(updates.tokens) == len(refreshes)
    assert max(updates.progress) > 0


# --- many requests on one expired token -------------------------------------------------


def start_on_expired_token(sandbox: Sandbox, how: str) -> tuple[OAuthApp, TokenSet]:
    """An app and the tokens a client starts with, expired in the way ``how`` says."""
    app = new_app(sandbox)
    tokens = log_in(app)
    if how == "the client knows":
        return app, expired_for_the_client(tokens)
    sandbox.expire_access_tokens()  # the client still thinks the token is good: 401s
    return app, tokens


def users_answers(sandbox: Sandbox) -> list[int]:
    return [logged.status for logged in sandbox.requests if logged.path == "/users"]


@pytest.mark.parametrize("how", ["the client knows", "only the server knows"])
def test_fifty_threads_on_an_expired_token_cause_one_refresh(sandbox: Sandbox, how: str) -> None:
    app, tokens = start_on_expired_token(sandbox, how)
    updates = Updates()
    start = threading.Barrier(CONCURRENT)

    with sipgateio.SipgateIO(
        oauth=app, token_set=tokens, on_token_update=updates, base_url=sandbox.base_url
    ) as client:

        def list_users(_: int) -> list[Any]:
            start.wait(timeout=30)
            return client.get_web_users()

        with ThreadPoolExecutor(max_workers=CONCURRENT) as pool:
            results = list(pool.map(list_users, range(CONCURRENT)))

    assert [len(users) for users in results] == [2] * CONCURRENT
    assert token_requests(sandbox, "refresh_token") == [200]
    assert len(updates.tokens) == 1
    answers = users_answers(sandbox)
    assert answers.count(200) == CONCURRENT
    if how == "only the server knows":
        assert 1 <= answers.count(401) <= CONCURRENT


@pytest.mark.parametrize("how", ["the client knows", "only the server knows"])
async def test_fifty_tasks_on_an_expired_token_cause_one_refresh(
    sandbox: Sandbox, how: str
) -> None:
    app, tokens = await asyncio.to_thread(start_on_expired_token, sandbox, how)
    updates = Updates()

    async with sipgateio.AsyncSipgateIO(
        oauth=app, token_set=tokens, on_token_update=updates, base_url=sandbox.base_url
    ) as client:
        results = await asyncio.gather(*(client.get_web_users() for _ in range(CONCURRENT)))

    assert [len(users) for users in results] == [2] * CONCURRENT
    assert token_requests(sandbox, "refresh_token") == [200]
    assert len(updates.tokens) == 1
    answers = users_answers(sandbox)
    assert answers.count(200) == CONCURRENT
    if how == "only the server knows":
        assert 1 <= answers.count(401) <= CONCURRENT


# --- what is renewed, and what is told ------------------------------------------------


def test_raw_generated_calls_are_renewed_too(sandbox: Sandbox, app: OAuthApp) -> None:
    from sipgate_api.api.authorization import get_userinfo

    tokens = log_in(app)
    with sipgateio.SipgateIO(oauth=app, token_set=tokens, base_url=sandbox.base_url) as client:
        sandbox.expire_access_tokens()
        raw = get_userinfo.sync_detailed(client=client.api)
        sandbox.expire_access_tokens()
        numbers = client.endpoints.numbers.list_numbers()

    assert raw.status_code == 200
    assert numbers.items
    assert token_requests(sandbox, "refresh_token") == [200, 200]


def test_an_sms_answered_401_is_sent_once_with_the_new_token(
    sandbox: Sandbox, app: OAuthApp
) -> None:
    tokens = log_in(app)
    with sipgateio.SipgateIO(oauth=app, token_set=tokens, base_url=sandbox.base_url) as client:
        sandbox.expire_access_tokens()
        client.sms.send(to="+4915112345678", message="once", sms_id="s0")

    assert [sms["message"] for sms in sandbox.sent_sms] == ["once"]
    sends = [logged.status for logged in sandbox.requests if logged.path == "/sessions/sms"]
    assert sends == [401, 204]


def test_every_refresh_is_told_with_the_rotated_refresh_token(
    sandbox: Sandbox, app: OAuthApp
) -> None:
    tokens = log_in(app)
    stored = [tokens]

    with sipgateio.SipgateIO(
        oauth=app, token_set=tokens, on_token_update=stored.append, base_url=sandbox.base_url
    ) as client:
        for _ in range(3):
            sandbox.expire_access_tokens()
            client.get_web_users()

    assert len(stored) == 4
    assert len({t.refresh_token for t in stored}) == 4
    # Only the newest refresh token is still good: the app must keep what it was told last.
    with pytest.raises(sipgateio.AuthenticationError):
        app.refresh(stored[-2])
    assert app.refresh(stored[-1]).access_token


async def test_an_async_client_awaits_a_coroutine_callback(sandbox: Sandbox, app: OAuthApp) -> None:
    tokens = await asyncio.to_thread(log_in, app)
    stored: list[TokenSet] = []

    async def save(new: TokenSet) -> None:
        await asyncio.sleep(0)
        stored.append(new)

    async with sipgateio.AsyncSipgateIO(
        oauth=app,
        token_set=expired_for_the_client(tokens),
        on_token_update=save,
        base_url=sandbox.base_url,
    ) as client:
        await client.get_web_users()

    assert len(stored) == 1
    assert stored[0].access_token != tokens.access_token


def test_a_token_far_from_expiry_is_not_renewed(sandbox: Sandbox, app: OAuthApp) -> None:
    tokens = log_in(app)

    with sipgateio.SipgateIO(oauth=app, token_set=tokens, base_url=sandbox.base_url) as client:
        for _ in range(5):
            client.get_web_users()

    assert token_requests(sandbox, "refresh_token") == []


# --- a refresh the login server refuses -------------------------------------------------


@pytest.mark.parametrize("how", ["the client knows", "only the server knows"])
def test_a_refused_refresh_says_the_user_must_log_in_again(sandbox: Sandbox, how: str) -> None:
    app, tokens = start_on_expired_token(sandbox, how)
    sandbox.revoke_refresh_tokens()
    updates = Updates()

    with (
        sipgateio.SipgateIO(
            oauth=app, token_set=tokens, on_token_update=updates, base_url=sandbox.base_url
        ) as client,
        pytest.raises(sipgateio.AuthenticationError) as caught,
    ):
        client.get_web_users()

    assert "the user must log in again" in str(caught.value)
    assert caught.value.body["error"] == "invalid_grant"
    assert updates.tokens == []
    assert token_requests(sandbox, "refresh_token") == [400]


async def test_a_refused_refresh_in_async_code_says_the_user_must_log_in_again(
    sandbox: Sandbox,
) -> None:
    app, tokens = await asyncio.to_thread(start_on_expired_token, sandbox, "the client knows")
    sandbox.revoke_refresh_tokens()

    async with sipgateio.AsyncSipgateIO(
        oauth=app, token_set=tokens, base_url=sandbox.base_url
    ) as client:
        with pytest.raises(sipgateio.AuthenticationError, match="must log in again"):
            await client.get_web_users()


def test_an_expired_refresh_token_is_refused_as_an_invalid_grant() -> None:
    with Sandbox(refresh_token_lifetime=0.2) as sandbox:
        app = new_app(sandbox)
        tokens = log_in(app)
        assert tokens.refresh_expires_at is not None
        wait_until_expired(attrs.evolve(tokens, expires_at=tokens.refresh_expires_at))

        with pytest.raises(sipgateio.AuthenticationError, match="must log in again"):
            app.refresh(tokens)
