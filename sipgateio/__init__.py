"""Python SDK for sipgate.io: SMS, fax, calls, contacts, history and call webhooks.

import sipgateio

with sipgateio.SipgateIO(token_id="token-ABC123", token="...") as client:
    client.sms.send(to="+4915799912345", message="Hello", sms_id="s0")
"""

from typing import TYPE_CHECKING, Any

from sipgateio import models
from sipgateio._sync.client import SipgateIO
from sipgateio._version import __version__
from sipgateio.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    FaxStatusTimeoutError,
    InsufficientFundsError,
    NotFoundError,
    OutcomeUnknownError,
    PartialFailureError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    SipgateIOError,
    ValidationError,
)
from sipgateio.models import *  # noqa: F403

if TYPE_CHECKING:
    from sipgateio._async.client import AsyncSipgateIO

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncSipgateIO",
    "AuthenticationError",
    "BadRequestError",
    "FaxStatusTimeoutError",
    "InsufficientFundsError",
    "NotFoundError",
    "OutcomeUnknownError",
    "PartialFailureError",
    "PermissionDeniedError",
    "RateLimitError",
    "ServerError",
    "SipgateIO",
    "SipgateIOError",
    "ValidationError",
    "__version__",
    *models.__all__,
]


def __getattr__(name: str) -> Any:
    # The async client, and asyncio with it, loads on first use: importing sipgateio
    # stays cheap for the many programs that use only one of the two clients.
    if name == "AsyncSipgateIO":
        from sipgateio._async.client import AsyncSipgateIO

        return AsyncSipgateIO
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
