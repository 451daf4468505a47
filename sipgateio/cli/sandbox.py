"""``sipgateio sandbox``: a local sipgate (``sipgateio.sandbox.Sandbox``) in the foreground."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from sipgateio.cli._arguments import port, positive_float, rate
from sipgateio.cli._common import stopped_by_sigterm

if TYPE_CHECKING:
    from sipgateio.cli._common import Commands


def add_commands(commands: Commands, credentials: argparse.ArgumentParser) -> None:
    """Add ``sandbox`` (it makes credentials rather than taking them)."""
    sandbox = commands.add_parser(
        "sandbox",
        help="run a local sipgate sandbox in the foreground",
        description="Serve the sipgate REST API on 127.0.0.1 with a seeded in-memory "
        "account, until interrupted. Point a client at the printed base URL and "
        "credentials.",
    )
    sandbox.add_argument(
        "--port", type=port, default=8089, help="port to listen on, 0 for any (default: 8089)"
    )
    sandbox.add_argument("--token-id", default="token-SBX123", metavar="ID")
    sandbox.add_argument("--token", metavar="UUID", help="the token to accept (default: fixed)")
    sandbox.add_argument(
        "--fax-step",
        type=positive_float,
        default=2.0,
        metavar="SECONDS",
        help="how long a fax stays PENDING and then SENDING (default: 2)",
    )
    sandbox.add_argument(
        "--fax-failure-rate", type=rate, default=0.0, metavar="RATE", help="0 to 1"
    )
    faults = sandbox.add_argument_group("fault injection")
    faults.add_argument("--latency", type=positive_float, default=0.0, metavar="SECONDS")
    faults.add_argument("--error-rate", type=rate, default=0.0, metavar="RATE", help="5xx")
    faults.add_argument(
        "--rate-limit-rate", type=rate, default=0.0, metavar="RATE", help="429 + Retry-After"
    )
    faults.add_argument(
        "--drop-rate", type=rate, default=0.0, metavar="RATE", help="closed connections"
    )
    faults.add_argument("--seed", type=int, default=0, help="seed of the fault draws")
    sandbox.add_argument(
        "--allow-remote-webhooks",
        action="store_true",
        help="also send pushes to webhook URLs that are not on this machine",
    )
    sandbox.set_defaults(run=run_sandbox)


def run_sandbox(args: argparse.Namespace) -> int:
    """Serve until interrupted, after printing the base URL and credentials."""
    # Imported here: the sandbox needs the sandbox extra, and is not loaded for other commands.
    from sipgateio.sandbox import Faults, Sandbox

    faults = Faults(
        latency=args.latency,
        error_rate=args.error_rate,
        rate_limit_rate=args.rate_limit_rate,
        drop_rate=args.drop_rate,
        seed=args.seed,
    )
    sandbox = Sandbox(
        port=args.port,
        token_id=args.token_id,
        token=args.token,
        faults=faults,
        fax_step_seconds=args.fax_step,
        fax_failure_rate=args.fax_failure_rate,
        allow_remote_webhooks=args.allow_remote_webhooks,
        seed=args.seed,
    )
    sandbox.bind()
    print(f"sipgate sandbox listening on {sandbox.url} (Ctrl-C or SIGTERM stops it)")
    print(f"base_url  {sandbox.base_url}")
    print(f"token_id  {sandbox.token_id}")
    print(f"token     {sandbox.token}")
    print(f"push key  {sandbox.url}/public-key.pem")
    print()
    print("export \\")
    print(f"  SIPGATE_BASE_URL={sandbox.base_url} \\")
    print(f"  SIPGATE_TOKEN_ID={sandbox.token_id} \\")
    print(f"  SIPGATE_TOKEN={sandbox.token}", flush=True)
    try:
        with stopped_by_sigterm():
            sandbox.serve_forever()
    except KeyboardInterrupt:
        print("sandbox stopped", file=sys.stderr)
    return 0
