"""How option values are read: numbers, ports, times as a person types them, enum choices."""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from datetime import datetime, time, timedelta
from enum import StrEnum

from dateutil.parser import isoparse, isoparser

TIME_EXAMPLES = "2024-01-31, 2024-01-31T08:00, 2024-01-31 08:00:00 or 2024-01-31T08:00+01:00"


def positive_float(text: str) -> float:
    """A number of seconds or a rate: zero or more."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r} must not be negative")
    return value


def rate(text: str) -> float:
    """A share of requests, 0 to 1."""
    value = positive_float(text)
    if value > 1:
        raise argparse.ArgumentTypeError(f"{text!r} must be between 0 and 1")
    return value


def port(text: str) -> int:
    """A TCP port, 0 for any free one."""
    if not text.isdigit() or not 0 <= int(text) <= 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port (0 to 65535)")
    return int(text)


def moment(text: str) -> datetime:
    """An ISO 8601 date or time; the time defaults to midnight, the zone to the local one."""
    try:
        parsed = isoparse(text.strip())
    except (ValueError, OverflowError):
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date or time such as {TIME_EXAMPLES}"
        ) from None
    return parsed if parsed.tzinfo is not None else parsed.astimezone()


def end_moment(text: str) -> datetime:
    """Like ``moment``, but a date alone means the end of that day (so the day is included)."""
    try:
        day = isoparser().parse_isodate(text.strip())
    except ValueError:
        return moment(text)
    return datetime.combine(day + timedelta(days=1), time()).astimezone()


def choices(members: Iterable[StrEnum]) -> list[str]:
    """The values of enum ``members``, as argparse choices (typed in any case: ``upper``)."""
    return [member.value for member in members]


def upper(text: str) -> str:
    """An enum value as typed, ``call`` or ``CALL``."""
    return text.upper()
