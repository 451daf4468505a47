"""The base of sipgateio's enums for values sipgate sends (and may add to later)."""

from __future__ import annotations

import enum
from typing import Any, Self


class OpenStrEnum(enum.StrEnum):
    """A string enum that keeps values it does not list instead of failing on them.

    ``FaxStatus("QUEUED")`` returns a member-like ``FaxStatus`` that equals
    ``"QUEUED"``, so a status sipgate introduces later never breaks a caller.
    """

    @classmethod
    def _missing_(cls, value: Any) -> Self | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
