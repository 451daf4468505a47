"""CPU time per push of the app's own steps, without any server or network.

``python bench/webhooks/pipeline_cpu.py [--repeat 20000]`` times, in this process, each step
a push takes through ``Webhooks``: parsing the form body into an event, the checks before
the body (content type, size, the source-address allow-list), and the whole of
``Webhooks.handle`` with signatures off and on (with the real push sipgate signed and
sipgate's own key), with a newCall handler that redirects the call. It prints the median of
five runs in microseconds of CPU time per push.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from sipgateio_webhooks import SIPGATE_WEBHOOK_IPS, WebhookResponse, Webhooks, parse_event

PUSH = Path(__file__).resolve().parents[2] / "tests" / "webhooks" / "sipgate_push_signature.json"
SERVER_ADDRESS = "https://hooks.example.com/sipgate"


def per_call(step: Callable[[], object], repeat: int) -> float:
    step()
    runs = []
    for _ in range(5):
        started = time.process_time()
        for _ in range(repeat):
            step()
        runs.append(1e6 * (time.process_time() - started) / repeat)
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=20_000)
    args = parser.parse_args()
    vector = json.loads(PUSH.read_text())["vectors"][0]
    body, signature = vector["body"].encode(), vector["signature"]
    headers = {
        "content-type": "application/x-www-form-urlencoded; charset=UTF-8",
        "content-length": str(len(body)),
        "host": "hooks.example.com",
        "x-forwarded-for": "217.116.118.254",
        "x-sipgate-signature": signature,
    }
    unsigned = Webhooks(SERVER_ADDRESS, skip_signature_verification=True)
    signed = Webhooks(
        SERVER_ADDRESS, allowed_ips=SIPGATE_WEBHOOK_IPS, trusted_proxies=["127.0.0.1"]
    )
    for webhooks in (unsigned, signed):
        webhooks.on_new_call(lambda event: WebhookResponse.redirect_call(["4921100000"]))
    steps: dict[str, tuple[Callable[[], object], int]] = {
        "parse_event (form body to NewCallEvent)": (lambda: parse_event(body), args.repeat),
        "precheck with the allow-list": (
            lambda: signed.precheck(headers, "127.0.0.1"),
            args.repeat,
        ),
        "handle, signatures off": (
            lambda: unsigned.handle(body, headers, "127.0.0.1", "/sipgate"),
            args.repeat,
        ),
        "handle, signatures and allow-list on": (
            lambda: signed.handle(body, headers, "127.0.0.1", "/sipgate"),
            args.repeat // 10,
        ),
    }
    for name, (step, repeat) in steps.items():
        print(f"{name:<42} {per_call(step, repeat):7.1f} µs", flush=True)


if __name__ == "__main__":
    main()
