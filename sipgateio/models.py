"""Typed values passed to and returned by the sipgateio client (shared by sync and async)."""

from __future__ import annotations

import attrs

from sipgateio._contacts_models import *  # noqa: F403
from sipgateio._contacts_models import __all__ as _contacts_all
from sipgateio._history_models import *  # noqa: F403
from sipgateio._history_models import __all__ as _history_all

__all__ = ["RecordOptions", "TransferOptions", *_contacts_all, *_history_all]


@attrs.frozen(kw_only=True)
class TransferOptions:
    """How to transfer a live call: to ``phone_number``, attended or blind."""

    attended: bool
    phone_number: str


@attrs.frozen(kw_only=True)
class RecordOptions:
    """Start (``value=True``) or stop recording, with or without an announcement."""

    announcement: bool
    value: bool
