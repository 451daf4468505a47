"""Falcon app and server for sipgate.io call webhooks.

sipgate posts an event for each call (``newCall``, then ``answer``, ``hangup`` and ``dtmf``
if a reply asked for them); your handlers get typed events and reply with actions built by
``WebhookResponse``. Every push's ``X-Sipgate-Signature`` is checked first.
"""

from sipgateio_webhooks._actions import Action, Dial, Gather, Hangup, Play, Reject
from sipgateio_webhooks._audio import AudioCheck, AudioDownloadError, AudioInfo, read_wav_header
from sipgateio_webhooks._call import AsyncLiveCall, LiveCall
from sipgateio_webhooks._core import Reply, Webhooks
from sipgateio_webhooks._enums import Direction, EventType, HangUpCause, RejectReason
from sipgateio_webhooks._events import (
    AnswerEvent,
    DataEvent,
    Event,
    HangUpEvent,
    MalformedEventError,
    NewCallEvent,
    parse_event,
)
from sipgateio_webhooks._falcon import AsyncWebhookResource, WebhookResource
from sipgateio_webhooks._follow_up import CallFollowUp
from sipgateio_webhooks._origin import SIPGATE_WEBHOOK_IPS, SourceAllowList
from sipgateio_webhooks._replay import Claim, MemoryReplayStore, ReplayStore, StoredReply
from sipgateio_webhooks._responses import ResponseBuilder, WebhookResponse
from sipgateio_webhooks._server import FluentWebhookServer, WebhookServer, create_server
from sipgateio_webhooks._signature import SIPGATE_PUBLIC_KEY_PEM, SignatureVerifier

__all__ = [
    "SIPGATE_PUBLIC_KEY_PEM",
    "SIPGATE_WEBHOOK_IPS",
    "Action",
    "AnswerEvent",
    "AsyncLiveCall",
    "AsyncWebhookResource",
    "AudioCheck",
    "AudioDownloadError",
    "AudioInfo",
    "CallFollowUp",
    "Claim",
    "DataEvent",
    "Dial",
    "Direction",
    "Event",
    "EventType",
    "FluentWebhookServer",
    "Gather",
    "HangUpCause",
    "HangUpEvent",
    "Hangup",
    "LiveCall",
    "MalformedEventError",
    "MemoryReplayStore",
    "NewCallEvent",
    "Play",
    "Reject",
    "RejectReason",
    "ReplayStore",
    "Reply",
    "ResponseBuilder",
    "SignatureVerifier",
    "SourceAllowList",
    "StoredReply",
    "WebhookResource",
    "WebhookResponse",
    "WebhookServer",
    "Webhooks",
    "create_server",
    "parse_event",
    "read_wav_header",
]
