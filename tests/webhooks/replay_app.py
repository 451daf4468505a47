"""The app the replay tests run in several processes at once, sharing one Redis store.

Configured through the environment: ``WEBHOOK_PUBLIC_KEY`` (PEM of the key pushes are signed
with), ``REDIS_URL`` and ``REDIS_PREFIX`` (the store), ``HANDLED_LOG`` (a file each run of the
handler appends a line to: the call id and the worker's process id).
"""

from __future__ import annotations

import os
import time
import uuid

from sipgateio_webhooks import NewCallEvent, ResponseBuilder, Webhooks
from sipgateio_webhooks.redis import RedisReplayStore

replies = ResponseBuilder(check_audio=False)
webhooks = Webhooks(
    "https://hooks.example.com/sipgate",
    public_key=os.environ["WEBHOOK_PUBLIC_KEY"],
    replay_store=RedisReplayStore(os.environ["REDIS_URL"], prefix=os.environ["REDIS_PREFIX"]),
)


@webhooks.on_new_call
def record(event: NewCallEvent) -> object:
    with open(os.environ["HANDLED_LOG"], "a", encoding="utf-8") as log:
        log.write(f"{event.call_id} {os.getpid()}\n")
    time.sleep(0.2)  # still running while the duplicates arrive
    # a reply no other run could give: a second run would show in the replies, too
    return replies.play_audio(f"https://example.com/{event.call_id}/{uuid.uuid4().hex}.wav")


wsgi = webhooks.wsgi_app()
asgi = webhooks.asgi_app()
