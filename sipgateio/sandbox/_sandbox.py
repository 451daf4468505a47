"""``Sandbox``: a local sipgate to develop and test against."""

from __future__ import annotations

import random
import threading
import uuid
from collections.abc import Collection, Sequence
from types import TracebackType
from typing import Any, Self, TypedDict

from sipgateio.sandbox._account import Account
from sipgateio.sandbox._app import LoggedRequest, Runtime, create_app
from sipgateio.sandbox._calls import CallEngine, CallFlow
from sipgateio.sandbox._faults import Faults
from sipgateio.sandbox._login import (
    DEFAULT_ACCESS_TOKEN_LIFETIME,
    DEFAULT_REFRESH_TOKEN_LIFETIME,
    LoginRequest,
    LoginServer,
)
from sipgateio.sandbox._openapi import ApiDescription
from sipgateio.sandbox._phone import international_digits
from sipgateio.sandbox._server import ThreadingWSGIServer, make_server
from sipgateio.sandbox._signing import PushSigner


class ClientOptions(TypedDict):
    """Keyword arguments that point a ``SipgateIO`` / ``AsyncSipgateIO`` at a sandbox."""

    base_url: str
    token_id: str
    token: str


DEFAULT_TOKEN_ID = "token-SBX123"  # noqa: S105 (a public id, not a secret)


class Sandbox:
    """A sipgate emulator on 127.0.0.1, with one seeded account and in-memory state.

    Use it as a context manager; ``base_url``, ``token_id`` and ``token`` go to the client::

        with Sandbox() as sandbox:
            client = sipgateio.SipgateIO(
                base_url=sandbox.base_url, token_id=sandbox.token_id, token=sandbox.token
            )

    Options: ``port`` (0 picks a free one); ``faults`` (``Faults``: latency, 5xx, 429 and
    dropped connections); ``fax_step_seconds`` (a fax is PENDING, then SENDING for this long
    each before it is SENT); ``fax_failure_rate`` and ``failing_fax_recipients`` (numbers whose
    faxes fail); ``default_dtmf`` (what a caller types when a webhook gathers digits);
    ``allow_remote_webhooks`` (pushes go only to this machine unless set); ``seed`` (for every
    random draw); ``check_responses`` (answer 500 when an answer breaks the API description);
    ``access_token_lifetime`` and ``refresh_token_lifetime`` (seconds the OAuth tokens of its
    login server live, by default 300 s and 30 days as at sipgate).
    """

    def __init__(
        self,
        *,
        port: int = 0,
        token_id: str = DEFAULT_TOKEN_ID,
        token: str | None = None,
        faults: Faults | None = None,
        fax_step_seconds: float = 2.0,
        fax_failure_rate: float = 0.0,
        failing_fax_recipients: Collection[str] = (),
        default_dtmf: str = "1",
        allow_remote_webhooks: bool = False,
        push_timeout: float = 10.0,
        signing_key_pem: bytes | None = None,
        check_responses: bool = False,
        seed: int = 0,
        access_token_lifetime: float = DEFAULT_ACCESS_TOKEN_LIFETIME,
        refresh_token_lifetime: float = DEFAULT_REFRESH_TOKEN_LIFETIME,
    ) -> None:
        failing = set()
        for number in failing_fax_recipients:
            digits = international_digits(number)
            if digits is None:
                raise ValueError(f"failing_fax_recipients: {number!r} is not a phone number")
            failing.add(digits)
        self.token_id = token_id
        self.token = token or str(uuid.UUID(int=random.Random(seed).getrandbits(128), version=4))
        self.account = Account(
            fax_step_seconds=fax_step_seconds,
            fax_failure_rate=fax_failure_rate,
            failing_fax_recipients=failing,
            rng=random.Random(seed),
        )
        self._signer = PushSigner(signing_key_pem)
        self.calls = CallEngine(
            self.account,
            self._signer,
            allow_remote_webhooks=allow_remote_webhooks,
            push_timeout=push_timeout,
            default_dtmf=default_dtmf,
        )
        self._runtime = Runtime(
            account=self.account,
            calls=self.calls,
            description=ApiDescription.load(),
            faults=faults or Faults(seed=seed),
            token_id=self.token_id,
            token=self.token,
            base_url=lambda: self.base_url,
            public_key_pem=lambda: self.public_key_pem,
            check_responses=check_responses,
            login=LoginServer(
                access_token_lifetime=access_token_lifetime,
                refresh_token_lifetime=refresh_token_lifetime,
                clock=self.account.clock,
            ),
        )
        self._port = port
        self._server: ThreadingWSGIServer | None = None
        self._thread: threading.Thread | None = None

    def __repr__(self) -> str:
        state = self.base_url if self._server else "stopped"
        return f"Sandbox({state}, token_id={self.token_id!r})"

    # ------------------------------------------------------------- lifecycle
    def bind(self) -> Self:
        """Bind the port (so ``base_url`` is known) without serving yet."""
        if self._server is None:
            self._server = make_server(create_app(self._runtime), self._port)
        return self

    def start(self) -> Self:
        """Start serving on a background thread; returns once the port is bound."""
        if self._thread is None:
            self.bind()
            assert self._server is not None
            self._thread = threading.Thread(
                target=self._server.serve_forever,
                kwargs={"poll_interval": 0.02},
                daemon=True,
                name="sipgateio-sandbox",
            )
            self._thread.start()
        return self

    def serve_forever(self) -> None:
        """Serve in the calling thread until interrupted (for ``sipgateio sandbox``)."""
        self.bind()
        assert self._server is not None
        try:
            self._server.serve_forever(poll_interval=0.2)
        finally:
            self.stop()

    def stop(self) -> None:
        """Stop serving and sending pushes."""
        self.calls.close()
        server, self._server = self._server, None
        if server is not None:
            if self._thread is not None:
                server.shutdown()
                self._thread.join(timeout=5)
                self._thread = None
            server.server_close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    # ----------------------------------------------------------- addresses
    @property
    def port(self) -> int:
        """The port the sandbox listens on (known once it started)."""
        if self._server is None:
            raise RuntimeError("the sandbox is not running; call start() or use `with`")
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        """The root address, e.g. ``http://127.0.0.1:8123``."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def base_url(self) -> str:
        """The API's base URL for clients, e.g. ``http://127.0.0.1:8123/v2``."""
        return self.url + "/v2"

    def client_options(self) -> ClientOptions:
        """``base_url``, ``token_id`` and ``token`` as keyword arguments for a client."""
        return {"base_url": self.base_url, "token_id": self.token_id, "token": self.token}

    @property
    def public_key_pem(self) -> str:
        """The public key that verifies the sandbox's push signatures (PEM)."""
        return self._signer.public_key_pem

    def audio_url(self, name: str = "welcome.wav") -> str:
        """A WAV announcement served by the sandbox in sipgate's format (8 kHz mono PCM)."""
        return f"{self.url}/audio/{name}"

    # -------------------------------------------------------- OAuth login
    @property
    def login_url(self) -> str:
        """The address of the sandbox's OAuth login server (``OAuthApp(login_url=...)``).

        It serves sipgate's paths below it (``/auth/realms/{realm}/protocol/openid-connect/
        auth`` and ``.../token``) and approves every login, as web user ``w0``.
        """
        return self.url

    def register_oauth_client(self, redirect_uri: str) -> tuple[str, str]:
        """Register an OAuth client that redirects to ``redirect_uri``: its id and secret."""
        return self._runtime.login.register_client(redirect_uri)

    @property
    def login_requests(self) -> list[LoginRequest]:
        """Every request to the login server so far: path, status, grant type, OAuth error."""
        with self._runtime.login.lock:
            return list(self._runtime.login.log)

    def expire_access_tokens(self) -> None:
        """Let every OAuth access token issued so far expire now; the API answers them 401."""
        self._runtime.login.expire_access_tokens()

    def revoke_refresh_tokens(self) -> None:
        """Revoke every OAuth refresh token, as a user withdrawing an app's access does."""
        self._runtime.login.revoke_refresh_tokens()

    # ------------------------------------------------------------- faults
    @property
    def faults(self) -> Faults:
        """The fault injection in force; assign a new ``Faults`` to change it."""
        return self._runtime.faults

    @faults.setter
    def faults(self, faults: Faults) -> None:
        self._runtime.faults = faults

    # ----------------------------------------------------------- inspection
    @property
    def requests(self) -> list[LoggedRequest]:
        """Every API request so far: method, path below ``/v2``, status, injected fault."""
        with self._runtime.log_lock:
            return list(self._runtime.log)

    @property
    def sent_sms(self) -> list[dict[str, Any]]:
        """Every text message the sandbox accepted, in order."""
        with self.account.lock:
            return [dict(record) for record in self.account.sent_sms]

    def set_webhook_urls(self, *, incoming: str = "", outgoing: str = "") -> None:
        """Set the webhook URLs directly (``client.webhook_settings`` does the same over HTTP)."""
        with self.account.lock:
            self.account.webhook_settings.update(incomingUrl=incoming, outgoingUrl=outgoing)

    # ---------------------------------------------------------------- calls
    def call(self, call_or_session_id: str) -> CallFlow:
        """The call with this call id, or started by ``POST /sessions/calls`` with this id."""
        call_id = self.calls.sessions.get(call_or_session_id, call_or_session_id)
        try:
            return self.calls.flows[call_id]
        except KeyError:
            raise KeyError(f"no call {call_or_session_id!r} in the sandbox") from None

    @property
    def call_flows(self) -> list[CallFlow]:
        """Every call so far, oldest first."""
        return list(self.calls.flows.values())

    def simulate_incoming_call(
        self,
        *,
        from_: str = "+4915112345678",
        to: str = "+4921112345670",
        dtmf: str | Sequence[str] = "1",
        hang_up_after: float | None = None,
        wait: bool = True,
        timeout: float = 10.0,
    ) -> CallFlow:
        """Let ``from_`` call the account's number ``to``, like a caller from outside.

        With an incoming webhook URL set, signed pushes go to it and its replies are
        followed; ``dtmf`` is what the caller types for each ``<Gather>`` (a string for one,
        a sequence for several). With ``wait`` this returns once the call was answered or
        ended. ``hang_up_after`` ends an answered call after that many seconds.
        """
        to_digits = international_digits(to)
        if to_digits is None:
            raise ValueError(f"to={to!r} is not a phone number")
        from_digits = from_ if from_ == "anonymous" else international_digits(from_)
        if from_digits is None:
            raise ValueError(f"from_={from_!r} is not a phone number or 'anonymous'")
        inputs = [dtmf] if isinstance(dtmf, str) else list(dtmf)
        flow = self.calls.start_incoming(
            from_=from_digits, to=to_digits, dtmf=inputs, hang_up_after=hang_up_after
        )
        if wait:
            flow.wait_established(timeout)
        return flow

    def hang_up(self, call_id: str, *, cause: str = "normalClearing") -> None:
        """End an established call as if a participant hung up."""
        if not self.calls.hang_up(call_id, cause):
            raise KeyError(f"no established call {call_id!r}")
