"""The in-process server the webhook benchmark loads: ``create_server`` as a user starts it.

``python inprocess_server.py PORT on|off [function|coroutine] [auto|h11|httptools] [auto|asyncio|uvloop]``
verifies signatures with sipgate's own key (``on``) and, like the Node SDK, accepts pushes
only from sipgate's addresses as ``X-Forwarded-For`` names them when the peer is a trusted
proxy (127.0.0.1 here); ``off`` skips both checks. The newCall handler redirects the call.
It prints ``listening`` once it accepts connections and stops when its standard input closes.
"""

from __future__ import annotations

import sys

from sipgateio_webhooks import SIPGATE_WEBHOOK_IPS, NewCallEvent, WebhookResponse, create_server

SERVER_ADDRESS = "https://hooks.example.com/sipgate"


def main() -> None:
    port, verification = int(sys.argv[1]), sys.argv[2]
    kind = sys.argv[3] if len(sys.argv) > 3 else "function"
    http = sys.argv[4] if len(sys.argv) > 4 else "auto"
    loop = sys.argv[5] if len(sys.argv) > 5 else "auto"
    checks: dict[str, object] = (
        {"allowed_ips": SIPGATE_WEBHOOK_IPS, "trusted_proxies": ["127.0.0.1"]}
        if verification == "on"
        else {"skip_signature_verification": True}
    )
    server = create_server(
        port=port, server_address=SERVER_ADDRESS, hostname="127.0.0.1", http=http, loop=loop,
        **checks,  # type: ignore[arg-type]
    )  # fmt: skip
    if kind == "coroutine":

        @server.on_new_call
        async def redirect_async(event: NewCallEvent) -> object:
            return WebhookResponse.redirect_call(["4921100000"])

    else:

        @server.on_new_call
        def redirect(event: NewCallEvent) -> object:
            return WebhookResponse.redirect_call(["4921100000"])

    print("listening", flush=True)
    sys.stdin.read()
    server.stop()


if __name__ == "__main__":
    main()
