"""The app the deployment tests run under ``uvicorn --workers 2`` and ``gunicorn -w 2``.

Configured through the environment, as a deployment would be: ``WEBHOOK_PUBLIC_KEY`` (PEM
of the key pushes are signed with) and ``SIPGATE_BASE_URL`` (where the sipgate stand-in
records hang-ups). Only pushes from sipgate's addresses are allowed, as ``X-Forwarded-For``
names them when the peer is the reverse proxy on 127.0.0.1.
"""

from __future__ import annotations

import os

from sipgateio_webhooks import SIPGATE_WEBHOOK_IPS, NewCallEvent, ResponseBuilder, Webhooks

from sipgateio import SipgateIO

client = SipgateIO(
    token_id="token-ABC123",
    token="e68ead46-a7db-46cd-8a1a-44aed1e4e372",
    base_url=os.environ["SIPGATE_BASE_URL"],
)
replies = ResponseBuilder(check_audio=False)
webhooks = Webhooks(
    "https://hooks.example.com/sipgate",
    public_key=os.environ["WEBHOOK_PUBLIC_KEY"],
    allowed_ips=SIPGATE_WEBHOOK_IPS,
    trusted_proxies=["127.0.0.1"],
)


@webhooks.on_new_call
def greet_then_hang_up(event: NewCallEvent) -> object:
    return replies.play_audio_and_hang_up(
        "https://example.com/bye.wav", client, event.call_id, timeout=50, duration=0.05
    )


wsgi = webhooks.wsgi_app()
asgi = webhooks.asgi_app()
