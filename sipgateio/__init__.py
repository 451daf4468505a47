"""Python SDK for sipgate.io: SMS, fax, calls, contacts, history and call webhooks.

import sipgateio

with sipgateio.SipgateIO(token_id="token-ABC123", token="...") as client:
    client.sms.send(to="+4915799912345", message="Hello", sms_id="s0")
"""

from sipgateio import models
from sipgateio._async.client import AsyncSipgateIO
from sipgateio._sync.client import SipgateIO
from sipgateio._version import __version__
from sipgateio.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    InsufficientFundsError,
    NotFoundError,
    OutcomeUnknownError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    SipgateIOError,
    ValidationError,
)
from sipgateio.models import *  # noqa: F403

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncSipgateIO",
    "AuthenticationError",
    "BadRequestError",
    "InsufficientFundsError",
    "NotFoundError",
    "OutcomeUnknownError",
    "PermissionDeniedError",
    "RateLimitError",
    "ServerError",
    "SipgateIO",
    "SipgateIOError",
    "ValidationError",
    "__version__",
    *models.__all__,
]
