"""What the HTTPS and transport tests read from an error."""

from __future__ import annotations


def reason(error: BaseException) -> str:
    """What ``error`` says, followed by the transport error it was raised for, if chained."""
    return f"{error} ({error.__context__})"
