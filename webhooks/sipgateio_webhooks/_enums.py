"""Enumerations of the push API; the ones sipgate may extend stay open to new values."""

from __future__ import annotations

import enum

from sipgateio import OpenStrEnum


class EventType(enum.StrEnum):
    """The ``event`` value of a push."""

    NEW_CALL = "newCall"
    ANSWER = "answer"
    HANGUP = "hangup"
    DATA = "dtmf"


class Direction(OpenStrEnum):
    """Whether a call came in to or went out from the sipgate account."""

    IN = "in"
    OUT = "out"


class HangUpCause(OpenStrEnum):
    """Why a call ended. Causes sipgate adds later are kept as they arrive."""

    NORMAL_CLEARING = "normalClearing"
    BUSY = "busy"
    CANCEL = "cancel"
    NO_ANSWER = "noAnswer"
    CONGESTION = "congestion"
    NOT_FOUND = "notFound"
    FORWARDED = "forwarded"


class RejectReason(enum.StrEnum):
    """What the caller hears when a call is rejected."""

    BUSY = "busy"
    REJECTED = "rejected"
