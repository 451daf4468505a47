"""The app the webhook benchmark serves: sipgate's checks on, a newCall handler that redirects.

gunicorn serves ``wsgi``, uvicorn serves ``asgi``. The public key to verify signatures with is
read from the file named by ``WEBHOOKS_BENCH_PUBLIC_KEY`` (a 4096-bit key, like sipgate's);
``WEBHOOKS_BENCH_SKIP_VERIFICATION=1`` turns the check off, for a like-for-like comparison.
"""

from __future__ import annotations

import os
from pathlib import Path

from sipgateio_webhooks import NewCallEvent, WebhookResponse, Webhooks

PUBLIC_KEY = Path(os.environ["WEBHOOKS_BENCH_PUBLIC_KEY"]).read_text()
SERVER_ADDRESS = "https://hooks.example.com/sipgate"

# Each server gets its idiomatic handler: a plain function for WSGI, a coroutine for ASGI
# (a plain function would run in a worker thread there, to keep the event loop free).
SKIP = os.environ.get("WEBHOOKS_BENCH_SKIP_VERIFICATION") == "1"
sync_webhooks = Webhooks(SERVER_ADDRESS, public_key=PUBLIC_KEY, skip_signature_verification=SKIP)
async_webhooks = Webhooks(SERVER_ADDRESS, public_key=PUBLIC_KEY, skip_signature_verification=SKIP)


@sync_webhooks.on_new_call
def redirect(event: NewCallEvent) -> object:
    return WebhookResponse.redirect_call(["4921100000"])


@async_webhooks.on_new_call
async def redirect_async(event: NewCallEvent) -> object:
    return WebhookResponse.redirect_call(["4921100000"])


wsgi = sync_webhooks.wsgi_app()
asgi = async_webhooks.asgi_app()
