"""``event.call``: handlers act on the live call through the app's client, end to end.

The sandbox plays sipgate: it pushes a call to the app served on 127.0.0.1 (in-process,
as the Falcon WSGI app and as the Falcon ASGI app), the handler acts on the call through
``event.call`` with a ``SipgateIO`` or an ``AsyncSipgateIO``, and the sandbox's call
state, transcript, request log and later pushes show what happened.
"""

from __future__ import annotations

import asyncio
import copy
import logging
import pickle
import socket
import warnings
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import urlencode

import pytest
from sipgateio_webhooks import (
    AsyncLiveCall,
    FluentWebhookServer,
    HangUpCause,
    HangUpEvent,
    LiveCall,
    NewCallEvent,
    Webhooks,
    create_server,
    parse_event,
)
from webhook_support import UvicornThread, WsgiThread, wait_until

from sipgateio import (
    AsyncSipgateIO,
    HistoryDirection,
    HistoryEntryStatus,
    NotFoundError,
    SipgateIO,
    SipgateIOError,
    ValidationError,
)
from sipgateio.sandbox import Sandbox

TRANSFER_TARGET = "+4915790000001"
Step = Callable[[Any], Any]  # one action on a handle: returns None, or a coroutine to await


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as running:
        yield running


@pytest.fixture(params=["SipgateIO", "AsyncSipgateIO"])
def client(request: pytest.FixtureRequest, sandbox: Sandbox) -> Iterator[Any]:
    """A client of the sandbox, created outside any event loop; closed after the servers stop."""
    if request.param == "SipgateIO":
        with SipgateIO(**sandbox.client_options()) as sync_client:
            yield sync_client
        return
    async_client = AsyncSipgateIO(**sandbox.client_options())
    yield async_client
    asyncio.run(async_client.close())


class _LateWsgiApp:
    """A WSGI app that forwards to the app set once the server's URL is known."""

    app: Any = None

    def __call__(self, environ: Any, start_response: Any) -> Any:
        return self.app(environ, start_response)


class _LateAsgiApp:
    """An ASGI app that forwards to the app set once the server's URL is known."""

    app: Any = None

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await self.app(scope, receive, send)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


ServeApp = Callable[[Callable[[str], Webhooks]], str]


@pytest.fixture(params=["in-process", "wsgi", "asgi"])
def serve_app(request: pytest.FixtureRequest, client: Any) -> Iterator[ServeApp]:
    """Serve the ``Webhooks`` that ``make(server_address)`` builds; return its URL.

    The server address is the local URL, so ``answer`` and ``hangup`` pushes come back.
    Servers stop before ``client`` is closed.
    """
    running: list[Any] = []

    def start(make: Callable[[str], Webhooks]) -> str:
        if request.param == "in-process":
            port = _free_port()
            server = make(f"http://127.0.0.1:{port}/").serve(port=port, hostname="127.0.0.1")
            running.append(server)
            return server.url
        switch = _LateWsgiApp() if request.param == "wsgi" else _LateAsgiApp()
        host = WsgiThread(switch) if request.param == "wsgi" else UvicornThread(switch)
        running.append(host)
        webhooks = make(host.url)
        switch.app = webhooks.wsgi_app() if request.param == "wsgi" else webhooks.asgi_app()
        return host.url

    yield start
    for server in running:
        server.stop()


def acting_on_first_leg(client: Any, *steps: Step) -> Callable[[Any], Any]:
    """A handler that runs ``steps`` on ``event.call`` for the call as it first rang (not
    for the new call a transfer makes): a plain function for ``SipgateIO``, a coroutine
    function awaiting each step for ``AsyncSipgateIO``."""

    def first_leg(event: Any) -> bool:
        return bool(event.original_call_id == event.call_id)

    if isinstance(client, AsyncSipgateIO):

        async def act_async(event: Any) -> None:
            if first_leg(event):
                for step in steps:
                    await step(event.call)

        return act_async

    def act(event: Any) -> None:
        if first_leg(event):
            for step in steps:
                step(event.call)

    return act


def app_factory(
    sandbox: Sandbox, client: Any, events: list[Any], on_answer: Callable[[Any], Any]
) -> Callable[[str], Webhooks]:
    """Build the app under test: it records every event and runs ``on_answer``."""

    def make(server_address: str) -> Webhooks:
        webhooks = Webhooks(server_address, public_key=sandbox.public_key_pem, client=client)
        webhooks.on_new_call(events.append)
        webhooks.on_answer(on_answer)
        webhooks.on_hangup(events.append)
        return webhooks

    return make


def rtcm_requests(sandbox: Sandbox) -> list[tuple[str, str, int]]:
    return [
        (request.method, request.path, request.status)
        for request in sandbox.requests
        if request.path.startswith("/calls")
    ]


def test_an_answer_handler_transfers_the_call_and_sipgate_reports_it(
    sandbox: Sandbox, client: Any, serve_app: ServeApp
) -> None:
    events: list[Any] = []
    transfer = acting_on_first_leg(client, lambda call: call.transfer(TRANSFER_TARGET))
    sandbox.set_webhook_urls(incoming=serve_app(app_factory(sandbox, client, events, transfer)))

    first = sandbox.simulate_incoming_call(from_="+4915112345678", to="+4921112345670")

    assert first.wait_ended()
    assert first.cause == "forwarded"
    assert "blind transfer to +4915790000001" in first.transcript()
    assert rtcm_requests(sandbox) == [("POST", f"/calls/{first.call_id}/transfer", 204)]
    # sipgate goes on with a new call to the target, and tells the app about both
    second = wait_until(
        lambda: [flow for flow in sandbox.call_flows if flow.original_call_id == first.call_id]
    )
    assert [flow.to for flow in second] == ["4915790000001"]
    assert second[0].wait_established()
    hangups = wait_until(lambda: [event for event in events if isinstance(event, HangUpEvent)])
    assert [(event.call_id, event.cause) for event in hangups] == [
        (first.call_id, HangUpCause.FORWARDED)
    ]
    new_calls = [event for event in events if isinstance(event, NewCallEvent)]
    assert [(event.call_id, event.original_call_id) for event in new_calls] == [
        (first.call_id, first.call_id),
        (second[0].call_id, first.call_id),
    ]
    assert new_calls[1].diversion == "+4921112345670"


def test_an_answer_handler_hangs_up_and_the_hangup_push_says_so(
    sandbox: Sandbox, client: Any, serve_app: ServeApp
) -> None:
    events: list[Any] = []
    hang_up = acting_on_first_leg(client, lambda call: call.hang_up())
    sandbox.set_webhook_urls(incoming=serve_app(app_factory(sandbox, client, events, hang_up)))

    flow = sandbox.simulate_incoming_call()

    assert flow.wait_ended()
    assert (flow.state, flow.cause) == ("ended", "normalClearing")
    assert "the call is hung up" in flow.transcript()
    assert rtcm_requests(sandbox) == [("DELETE", f"/calls/{flow.call_id}", 204)]
    hangups = wait_until(lambda: [event for event in events if isinstance(event, HangUpEvent)])
    assert [(event.call_id, event.cause) for event in hangups] == [
        (flow.call_id, HangUpCause.NORMAL_CLEARING)
    ]
    assert flow.pushes[-1].event == "hangup"


def test_a_new_call_handler_hangs_up_the_ringing_call_and_it_ends_unanswered(
    sandbox: Sandbox, client: Any, serve_app: ServeApp
) -> None:
    errors: list[Exception] = []

    def mute_then_hang_up(call: Any) -> Any:
        if isinstance(call, AsyncLiveCall):

            async def steps() -> None:
                try:
                    await call.mute()
                except NotFoundError as error:
                    errors.append(error)
                await call.hang_up()

            return steps()
        try:
            call.mute()
        except NotFoundError as error:
            errors.append(error)
        call.hang_up()
        return None

    events: list[Any] = []

    def make(server_address: str) -> Webhooks:
        webhooks = Webhooks(server_address, public_key=sandbox.public_key_pem, client=client)
        webhooks.on_new_call(acting_on_first_leg(client, mute_then_hang_up))
        webhooks.on_answer(events.append)
        webhooks.on_hangup(events.append)
        return webhooks

    sandbox.set_webhook_urls(incoming=serve_app(make))
    flow = sandbox.simulate_incoming_call()

    assert flow.wait_ended()
    assert (flow.state, flow.answered_at) == ("ended", None)
    assert not any("answers" in line for line in flow.transcript())
    calls = f"/calls/{flow.call_id}"
    # only hanging up works on a call that still rings, as at sipgate
    assert rtcm_requests(sandbox) == [("PUT", f"{calls}/muted", 404), ("DELETE", calls, 204)]
    assert [type(error) for error in errors] == [NotFoundError]
    assert not [event for event in events if not isinstance(event, HangUpEvent)]  # no answer
    with SipgateIO(**sandbox.client_options()) as reader:
        entries = [
            e for e in reader.history.fetch_all() if getattr(e, "call_id", None) == flow.call_id
        ]
    assert [(e.direction, e.status) for e in entries] == [
        (HistoryDirection.MISSED_INCOMING, HistoryEntryStatus.NOPICKUP)
    ]


def test_each_handle_method_reaches_its_rtcm_operation(
    sandbox: Sandbox, client: Any, serve_app: ServeApp
) -> None:
    announcement = sandbox.audio_url()
    errors: list[BaseException] = []

    async def awaited_error(pending: Any) -> None:
        try:
            await pending
        except SipgateIOError as error:
            errors.append(error)

    def error_of(call: Any) -> Any:
        # once the call has ended, RTCM no longer knows it
        try:
            pending = call.mute()
        except SipgateIOError as error:
            errors.append(error)
            return None
        return awaited_error(pending)

    steps: list[Step] = [
        lambda call: call.mute(),
        lambda call: call.hold(),
        lambda call: call.record(announcement=True),
        lambda call: call.play(announcement),
        lambda call: call.send_dtmf("12#"),
        lambda call: call.hold(status=False),
        lambda call: call.mute(False),
        lambda call: call.record(value=False),
        lambda call: call.hang_up(),
        error_of,
    ]
    handler = acting_on_first_leg(client, *steps)
    sandbox.set_webhook_urls(incoming=serve_app(app_factory(sandbox, client, [], handler)))

    flow = sandbox.simulate_incoming_call()

    assert flow.wait_ended()
    calls = f"/calls/{flow.call_id}"
    assert rtcm_requests(sandbox) == [
        ("PUT", f"{calls}/muted", 204),
        ("PUT", f"{calls}/hold", 204),
        ("PUT", f"{calls}/recording", 204),
        ("POST", f"{calls}/announcements", 204),
        ("POST", f"{calls}/dtmf", 204),
        ("PUT", f"{calls}/hold", 204),
        ("PUT", f"{calls}/muted", 204),
        ("PUT", f"{calls}/recording", 204),
        ("DELETE", calls, 204),
        ("PUT", f"{calls}/muted", 404),
    ]
    transcript = flow.transcript()
    expected = [
        "muted",
        "put on hold",
        "recording (announced)",
        f"announcement {announcement} played to everyone",
        "DTMF 12# sent",
        "resumed from hold",
        "unmuted",
        "recording stopped",
        "the call is hung up",
    ]
    assert [line for line in transcript if line in expected] == expected
    assert [type(error) for error in errors] == [NotFoundError]


@pytest.mark.parametrize("builder", ["create_server", "FluentWebhookServer"])
def test_create_server_and_the_fluent_builder_take_the_client(
    sandbox: Sandbox, client: Any, builder: str
) -> None:
    port = _free_port()
    address = f"http://127.0.0.1:{port}/"
    events: list[Any] = []
    hang_up = acting_on_first_leg(client, lambda call: call.hang_up())
    if builder == "create_server":
        server = create_server(
            port=port,
            server_address=address,
            hostname="127.0.0.1",
            public_key=sandbox.public_key_pem,
            client=client,
        )
        server.on_answer(hang_up)
        server.on_hangup(events.append)
    else:
        server = (
            FluentWebhookServer()
            .set_server_port(port)
            .set_server_address(address)
            .set_hostname("127.0.0.1")
            .set_public_key(sandbox.public_key_pem)
            .set_client(client)
            .set_on_answer_listener(hang_up)
            .set_on_hangup_listener(events.append)
            .start_server()
        )
    try:
        sandbox.set_webhook_urls(incoming=server.url)
        flow = sandbox.simulate_incoming_call()
        assert flow.wait_ended()
        assert wait_until(lambda: events)
    finally:
        server.stop()
    assert flow.cause == "normalClearing"
    assert [event.cause for event in events] == [HangUpCause.NORMAL_CLEARING]


async def test_an_async_client_used_on_another_loop_serves_the_handlers_in_between(
    sandbox: Sandbox,
) -> None:
    # Created and used on this test's event loop, awaited by the handler on the server's,
    # then used and closed here again: one loop at a time, as the README says.
    async with AsyncSipgateIO(**sandbox.client_options()) as client:
        assert await client.rtcm.get_established_calls() == []
        port = _free_port()
        server = create_server(
            port=port,
            server_address=f"http://127.0.0.1:{port}/",
            hostname="127.0.0.1",
            public_key=sandbox.public_key_pem,
            client=client,
        )
        loops: list[asyncio.AbstractEventLoop] = []

        @server.on_answer
        async def hang_up(event: Any) -> None:
            loops.append(asyncio.get_running_loop())
            await event.call.hang_up()

        try:
            sandbox.set_webhook_urls(incoming=server.url)
            flow = await asyncio.to_thread(sandbox.simulate_incoming_call)
            assert await asyncio.to_thread(flow.wait_ended)
        finally:
            server.stop()
        assert loops and loops[0] is not asyncio.get_running_loop()
        assert flow.cause == "normalClearing"
        assert await client.rtcm.get_established_calls() == []
        assert [
            request.method for request in sandbox.requests if request.path.startswith("/calls")
        ] == [
            "GET",
            "DELETE",
            "GET",
        ]


def test_without_a_client_the_handle_says_how_to_configure_one(
    sandbox: Sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    port = _free_port()
    server = create_server(
        port=port,
        server_address=f"http://127.0.0.1:{port}/",
        hostname="127.0.0.1",
        public_key=sandbox.public_key_pem,
    )
    server.on_new_call(lambda event: event.call.hang_up())
    try:
        sandbox.set_webhook_urls(incoming=server.url)
        with caplog.at_level(logging.ERROR, logger="sipgateio_webhooks"):
            flow = sandbox.simulate_incoming_call()
    finally:
        server.stop()

    assert flow.pushes[0].status == 500  # the handler failed; sipgate goes on as configured
    failures = [record for record in caplog.records if record.exc_info]
    assert len(failures) == 1
    error = failures[0].exc_info[1]  # type: ignore[index]
    assert isinstance(error, SipgateIOError)
    message = str(error)
    assert flow.call_id in message
    assert "client=sipgateio.SipgateIO(...)" in message
    assert "create_server(" in message and "set_client(" in message
    assert rtcm_requests(sandbox) == []


def _push(event: str = "answer", call_id: str = "54566B150B0C5057") -> bytes:
    fields = {
        "event": event,
        "callId": call_id,
        "origCallId": call_id,
        "from": "4915112345678",
        "to": "4921112345670",
        "direction": "in",
    }
    return urlencode(fields).encode()


def test_the_handle_shows_its_call_id_and_keeps_the_token_out_of_reprs_and_pickles(
    sandbox: Sandbox, client: Any
) -> None:
    event = parse_event(_push(), client=client)
    handle = event.call
    assert isinstance(handle, AsyncLiveCall if isinstance(client, AsyncSipgateIO) else LiveCall)
    assert "54566B150B0C5057" in repr(handle)
    assert sandbox.token not in repr(handle) + repr(event)
    # the pickle of an event leaves the client (and its credentials) behind
    restored = pickle.loads(pickle.dumps(event))
    assert sandbox.token.encode() not in pickle.dumps(event)
    assert restored.call_id == event.call_id
    with pytest.raises(SipgateIOError, match="client="):
        restored.call  # noqa: B018
    assert copy.deepcopy(event).call is handle


def test_a_bad_argument_is_named_as_the_handle_calls_it_and_sends_nothing(
    sandbox: Sandbox, client: Any
) -> None:
    handle = parse_event(_push(), client=client).call

    def error_of(action: Callable[[], Any]) -> ValidationError:
        with pytest.raises(ValidationError) as caught:
            outcome = action()
            if asyncio.iscoroutine(outcome):
                asyncio.run(outcome)
        return caught.value

    transfer = error_of(lambda: handle.transfer("not a number"))
    assert transfer.argument == "phone_number"
    assert str(transfer).startswith("phone_number ")
    assert error_of(lambda: handle.transfer("+4915790000001", attended="yes")).argument == (
        "attended"
    )
    assert error_of(lambda: handle.mute("on")).argument == "status"
    assert error_of(lambda: handle.record(announcement=1)).argument == "announcement"
    assert error_of(lambda: handle.play("ftp://example.com/a.wav")).argument == ("announcement_url")
    assert error_of(lambda: handle.send_dtmf("12x")).argument == "sequence"
    assert sandbox.requests == []


def test_a_blocking_client_in_a_coroutine_handler_warns_and_still_acts(
    sandbox: Sandbox,
) -> None:
    port = _free_port()
    with SipgateIO(**sandbox.client_options()) as client:
        server = create_server(
            port=port,
            server_address=f"http://127.0.0.1:{port}/",
            hostname="127.0.0.1",
            public_key=sandbox.public_key_pem,
            client=client,
        )

        @server.on_answer
        async def hang_up(event: Any) -> None:
            event.call.hang_up()

        caught: list[warnings.WarningMessage] = []
        try:
            sandbox.set_webhook_urls(incoming=server.url)
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                flow = sandbox.simulate_incoming_call()
                assert flow.wait_ended()
        finally:
            server.stop()
    blocking = [item for item in caught if issubclass(item.category, RuntimeWarning)]
    assert len(blocking) == 1
    assert "AsyncSipgateIO" in str(blocking[0].message)
    assert flow.cause == "normalClearing"
