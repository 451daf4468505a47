"""Phone numbers as the sandbox understands them (German defaults, like sipgate)."""

from __future__ import annotations

import re
from typing import Final

_SEPARATORS: Final = re.compile(r"[\s\-/().]")
_DIGITS: Final = re.compile(r"[0-9]{5,15}")


def international_digits(number: str) -> str | None:
    """The number as international digits without ``+`` (``4921112345670``), else ``None``.

    ``+49 211 …``, ``0049211…`` and the national ``0211…`` (taken as German) are accepted.
    """
    compact = _SEPARATORS.sub("", number)
    if compact.startswith("+"):
        compact = compact[1:]
    elif compact.startswith("00"):
        compact = compact[2:]
    elif compact.startswith("0"):
        compact = "49" + compact[1:]
    if not _DIGITS.fullmatch(compact) or compact.startswith("0"):
        return None
    return compact


def e164(number: str) -> str:
    """``+`` and international digits when ``number`` is a phone number, else it unchanged."""
    digits = international_digits(number)
    return number if digits is None else "+" + digits


def localized(digits: str) -> str:
    """A German-style rendering of international digits (``0211 12345670``)."""
    if digits.startswith("49"):
        national = "0" + digits[2:]
        return f"{national[:4]} {national[4:]}"
    return "+" + digits


def same_number(first: str, second: str) -> bool:
    """Whether two spellings name the same phone number."""
    a, b = international_digits(first), international_digits(second)
    return a is not None and a == b
