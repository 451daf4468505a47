"""Python SDK for sipgate.io: SMS, fax, calls, contacts, history and call webhooks.

import sipgateio

with sipgateio.SipgateIO(token_id="token-ABC123", token="...") as client:
    client.sms.send(to="+4915799912345", message="Hello", sms_id="s0")
"""

from typing import TYPE_CHECKING, Any

from sipgateio._enums import OpenStrEnum
from sipgateio._sync.client import SipgateIO
from sipgateio._version import __version__
from sipgateio.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
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

if TYPE_CHECKING:
    from sipgateio import models, oauth
    from sipgateio._async.client import AsyncSipgateIO
    from sipgateio.models import *  # noqa: F403

# The public types of sipgateio.models, served from here on first use (see __getattr__).
_MODEL_NAMES = (
    "ActiveRouting",
    "Address",
    "BaseHistoryEntry",
    "BaseHistoryFilter",
    "CallHistoryEntry",
    "CallRecording",
    "CallStatusType",
    "ContactImport",
    "ContactResponse",
    "ContactsExportFilter",
    "Device",
    "DeviceType",
    "Email",
    "Endpoint",
    "ExportScope",
    "FaxHistoryEntry",
    "FaxStatus",
    "Faxline",
    "HistoryDirection",
    "HistoryEntry",
    "HistoryEntryStatus",
    "HistoryEntryType",
    "HistoryEntryUpdateOptions",
    "HistoryFilter",
    "InitiateNewCallSessionResponse",
    "NumberMnpState",
    "NumberResponseItem",
    "NumberResponseItemType",
    "Pagination",
    "Participant",
    "PhoneNumber",
    "RTCMCall",
    "RecordOptions",
    "RoutedEndpoint",
    "Scope",
    "SendFaxSessionResponse",
    "SmsExtension",
    "SmsHistoryEntry",
    "Starred",
    "TransferOptions",
    "Voicemail",
    "VoicemailEndpoint",
    "VoicemailHistoryEntry",
    "WebhookSettings",
    "Website",
    "Webuser",
)

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncSipgateIO",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "FaxStatusTimeoutError",
    "InsufficientFundsError",
    "NotFoundError",
    "OpenStrEnum",
    "OutcomeUnknownError",
    "PartialFailureError",
    "PermissionDeniedError",
    "RateLimitError",
    "ServerError",
    "SipgateIO",
    "SipgateIOError",
    "ValidationError",
    "__version__",
    "models",
    "oauth",
    *_MODEL_NAMES,
]


def __getattr__(name: str) -> Any:
    # The async client (and asyncio with it), the public types (and attrs with them) and
    # sipgateio.oauth load on first use, so that ``import sipgateio`` stays cheap.
    if name == "AsyncSipgateIO":
        from sipgateio._async.client import AsyncSipgateIO

        return AsyncSipgateIO
    if name == "oauth":
        import sipgateio.oauth

        return sipgateio.oauth
    if name == "models" or name in _MODEL_NAMES:
        import sipgateio.models

        return sipgateio.models if name == "models" else getattr(sipgateio.models, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
