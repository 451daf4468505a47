"""The pure parts of faxing: checking the request, naming the file, final statuses."""

from __future__ import annotations

import base64
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import attrs

from sipgateio._validation import check_extension, check_pdf, check_text, normalize_phone_number
from sipgateio.errors import ValidationError

if TYPE_CHECKING:
    from collections.abc import Sequence

    from sipgateio.models import Faxline

# FaxStatus.SENT and FaxStatus.FAILED (string enums compare and hash as their values).
FINAL_STATUSES = frozenset({"SENT", "FAILED"})


@attrs.frozen
class FaxRequest:
    """A checked fax: E.164 recipient, base64 PDF, file name, fax line if given."""

    to: str
    base64_content: str
    filename: str
    faxline_id: str | None


def default_filename(now: datetime | None = None) -> str:
    """``Fax_YYYYMMDD_HHMMSS.pdf`` for the current UTC time."""
    return f"{(now or datetime.now(UTC)):Fax_%Y%m%d_%H%M%S}.pdf"


def check_fax(
    *, to: str, file_content: bytes, filename: str | None, faxline_id: str | None
) -> FaxRequest:
    """Check everything about a fax that can be checked without asking sipgate."""
    recipient = normalize_phone_number(to, argument="to")
    content = check_pdf(file_content, argument="file_content")
    return FaxRequest(
        to=recipient,
        base64_content=base64.b64encode(content).decode("ascii"),
        filename=default_filename()
        if filename is None
        else check_text(filename, argument="filename"),
        faxline_id=None
        if faxline_id is None
        else check_extension(faxline_id, argument="faxline_id", letters="f"),
    )


def first_sending_line(faxlines: Sequence[Faxline], webuser_id: str) -> str:
    """The id of the first fax line that can send; ``ValidationError`` when there is none."""
    for line in faxlines:
        if line.can_send:
            return line.id
    found = f"its fax lines {[line.id for line in faxlines]} cannot send" if faxlines else "none"
    raise ValidationError(
        f"faxline_id is needed: web user {webuser_id} has no fax line that can send ({found}); "
        "pass faxline_id='f0' (see fax.get_faxlines())",
        argument="faxline_id",
        value=None,
    )


def check_wait(timeout: float, poll_interval: float) -> None:
    """Check the arguments of ``fax.wait_for_final_status``."""
    for name, value in (("timeout", timeout), ("poll_interval", poll_interval)):
        if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
            raise ValidationError(
                f"{name} must be a positive number of seconds; got {value!r}",
                argument=name,
                value=value,
            )
