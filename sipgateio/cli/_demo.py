"""``sipgateio demo``: the library's main jobs, end to end, against an embedded sandbox.

Nothing leaves 127.0.0.1: the sandbox plays sipgate, a ``sipgateio_webhooks`` server
plays your app, and the public client talks to the sandbox like to sipgate.
"""

from __future__ import annotations

import socket
import time
from typing import Any, TextIO

import sipgateio_webhooks
from sipgateio_webhooks import WebhookResponse

from sipgateio import SipgateIO
from sipgateio.models import Pagination
from sipgateio.sandbox import Sandbox

SMS_TO = "+4915112345678"
FAX_TO = "+4930987654321"
CALL_TO = "+4989123456"
FORWARD_TO = "+4921112345671"

# A one-page PDF, small enough to read.
DEMO_PDF = b"""%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj
trailer << /Root 1 0 R >>
%%EOF
"""


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class _Transcript:
    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.started = time.monotonic()

    def section(self, title: str, line: str) -> None:
        print(f"{title:<10} {line}", file=self.out, flush=True)

    def more(self, line: str) -> None:
        print(f"{'':<10} {line}", file=self.out, flush=True)

    def elapsed(self) -> float:
        return time.monotonic() - self.started


def run_demo(out: TextIO, *, fax_step_seconds: float = 0.3) -> int:
    """Run the demo, print its transcript to ``out``, and return the exit code."""
    transcript = _Transcript(out)
    print("sipgateio demo: a sandbox plays sipgate, a webhook server plays your app", file=out)
    with Sandbox(fax_step_seconds=fax_step_seconds) as sandbox:
        server, events = _webhook_server(sandbox)
        try:
            transcript.section("sandbox", f"{sandbox.base_url} ({sandbox.token_id})")
            transcript.section("webhooks", f"{server.url} (checks the sandbox's signatures)")
            print(file=out)
            with SipgateIO(**sandbox.client_options()) as client:
                client.webhook_settings.set_outgoing_url(server.url)
                client.webhook_settings.set_incoming_url(server.url)
                _sms(client, transcript)
                _fax(client, transcript)
                _call(client, sandbox, transcript, events)
                _history(client, transcript)
        finally:
            server.stop()
    print(f"\ndone in {transcript.elapsed():.1f} s, all on 127.0.0.1", file=out)
    return 0


def _webhook_server(sandbox: Sandbox) -> tuple[Any, list[str]]:
    port = _free_port()
    address = f"http://127.0.0.1:{port}/"
    server = sipgateio_webhooks.create_server(
        port=port,
        server_address=address,
        hostname="127.0.0.1",
        public_key=sandbox.public_key_pem,
    )
    events: list[str] = []

    def on_new_call(event: Any) -> Any:
        events.append(f"newCall {event.from_} -> {event.to}: reply <Gather>")
        return WebhookResponse.gather_dtmf(
            max_digits=1, timeout=3000, announcement=sandbox.audio_url("menu.wav")
        )

    def on_data(event: Any) -> Any:
        if event.dtmf == "1":
            events.append(f"dtmf {event.dtmf!r}: reply <Dial> {FORWARD_TO}")
            return WebhookResponse.redirect_call([FORWARD_TO])
        events.append(f"dtmf {event.dtmf!r}: reply <Hangup>")
        return WebhookResponse.hang_up_call()

    def on_answer(event: Any) -> None:
        events.append(f"answer by {event.answering_number}")

    def on_hangup(event: Any) -> None:
        events.append(f"hangup ({event.cause})")

    server.on_new_call(on_new_call)
    server.on_data(on_data)
    server.on_answer(on_answer)
    server.on_hangup(on_hangup)
    return server, events


def _sms(client: SipgateIO, transcript: _Transcript) -> None:
    message = "Hello from the sipgateio demo!"
    client.sms.send(to=SMS_TO, message=message, sms_id="s0")
    transcript.section("1. SMS", f"sent {message!r} to {SMS_TO} from s0")


def _fax(client: SipgateIO, transcript: _Transcript) -> None:
    started = time.monotonic()
    session = client.fax.send(to=FAX_TO, file_content=DEMO_PDF, filename="demo.pdf")
    seen: list[str] = []
    deadline = started + 30
    while time.monotonic() < deadline:
        status = str(client.fax.get_fax_status(session.session_id))
        if not seen or seen[-1] != status:
            seen.append(status)
        if status in ("SENT", "FAILED"):
            break
        time.sleep(0.05)
    final = client.fax.wait_for_final_status(session.session_id, timeout=10, poll_interval=0.1)
    transcript.section(
        "2. Fax",
        f"demo.pdf to {FAX_TO}: {' -> '.join(seen)} "
        f"({time.monotonic() - started:.1f} s, final {final})",
    )


def _call(client: SipgateIO, sandbox: Sandbox, transcript: _Transcript, events: list[str]) -> None:
    session = client.call.initiate(to=CALL_TO, from_="e0")
    flow = sandbox.call(session.session_id)
    flow.wait_established(10)
    transcript.section("3. Call", f"e0 -> {CALL_TO} (session {session.session_id[:8]}...)")
    established = client.rtcm.get_established_calls()
    transcript.more(f"established calls: {len(established)}; hanging up via RTCM")
    for call in established:
        client.rtcm.hang_up(call)
    flow.wait_ended(10)
    transcript.more("sipgate (sandbox) side:")
    for step in flow.transcript():
        transcript.more(f"  {step}")
    transcript.more("your webhook handlers saw:")
    for event in events:
        transcript.more(f"  {event}")


def _history(client: SipgateIO, transcript: _Transcript) -> None:
    entries = client.history.fetch_all(pagination=Pagination(limit=3))
    transcript.section("4. History", "the newest entries:")
    for entry in entries:
        detail = getattr(entry, "call_status", None) or getattr(entry, "fax_status", None) or ""
        transcript.more(
            f"  {entry.type!s:<5} {entry.direction!s:<9} {entry.target:<15} {detail!s}".rstrip()
        )
