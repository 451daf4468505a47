"""Checks for user input, run where it enters the facade and before any request.

Every check raises ``ValidationError`` naming the argument, showing the value and
saying what would be valid; most return the value in the form sipgate expects
(E.164 numbers, upper-case DTMF, whole Unix seconds).
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Final
from urllib.parse import urlsplit

import attrs

from sipgateio.errors import ValidationError

if TYPE_CHECKING:
    from phonenumbers import NumberParseException

    from sipgateio.models import RTCMCall

__all__ = [
    "CALL_ENDPOINT_LETTERS",
    "EXTENSION_LETTERS",
    "MAX_FAX_BYTES",
    "MAX_SEND_AT_AHEAD",
    "WHITELIST_LETTERS",
    "check_bool",
    "check_call_data",
    "check_encodable",
    "check_extension",
    "check_http_url",
    "check_id",
    "check_instance",
    "check_pdf",
    "check_send_at",
    "check_text",
    "check_whitelist",
    "is_extension",
    "normalize_dtmf",
    "normalize_phone_number",
    "phone_number_or_none",
    "rtcm_call_id",
]

# The letters that start a sipgate extension id, with what each one stands for.
EXTENSION_KINDS: Final = {
    "a": "application",
    "c": "conference room",
    "e": "VoIP phone",
    "f": "fax line",
    "g": "group",
    "h": "IVR",
    "i": "SIM",
    "p": "phoneline",
    "q": "queue",
    "r": "callthrough",
    "s": "SMS extension",
    "t": "trunk",
    "v": "voicemail",
    "w": "web user",
    "x": "external phone",
    "y": "mobile phone",
}
EXTENSION_LETTERS: Final = "".join(EXTENSION_KINDS)
# Devices that can place a click-to-dial call, and what the webhook whitelist accepts.
CALL_ENDPOINT_LETTERS: Final = "epxy"
WHITELIST_LETTERS: Final = "pg"
MAX_SEND_AT_AHEAD: Final = timedelta(days=30)
# sipgate accepts at most 28,330,000 base64 characters, i.e. this many bytes of PDF.
MAX_FAX_BYTES: Final = 28_330_000 // 4 * 3

_EXTENSION_NUMBER: Final = re.compile(r"(?:0|[1-9][0-9]*)")
# What a phone number may be written with; letters are refused because libphonenumber
# would read them as a vanity number ("+49123456789test" → "...8378").
_PHONE_CHARACTERS: Final = re.compile(r"\+[0-9 ()./-]+")
_DTMF: Final = re.compile(r"[0-9A-D#*]+")
# Characters that keep an id a single, unambiguous URL path segment.
_ID: Final = re.compile(r"[A-Za-z0-9._~-]+")
_PHONE_EXAMPLE: Final = "'+4915799912345'"


def _shown(value: object) -> str:
    """``value`` for an error message: its repr, shortened when long."""
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def normalize_phone_number(value: str, *, argument: str) -> str:
    """Return ``value`` in E.164 form (``+4915799912345``) if it can be a phone number.

    The rules are libphonenumber's for a *possible* number: a leading ``+``, a country
    calling code that exists, and a length that numbers of that country can have. Whether
    the number is assigned is sipgate's to decide: libphonenumber's list of number ranges
    lags new ones, and a real number must never be refused. Spaces, dashes, dots, slashes
    and brackets may stand between the digits; letters and ``tel:`` URIs may not.
    """
    e164, problem = _check_phone(value) if isinstance(value, str) else (None, _not_str(value))
    if e164 is not None:
        return e164
    raise ValidationError(
        f"{argument} must be a phone number in international format: '+', country code and "
        f"number, e.g. {_PHONE_EXAMPLE}; got {_shown(value)} ({problem})",
        argument=argument,
        value=value,
    )


def phone_number_or_none(value: object) -> str | None:
    """``value`` in E.164 form if it can be a phone number, else ``None`` (never raises)."""
    return _check_phone(value)[0] if isinstance(value, str) else None


def _not_str(value: object) -> str:
    return f"{type(value).__name__}, not str"


@functools.lru_cache(maxsize=1024)
def _check_phone(value: str) -> tuple[str | None, str | None]:
    """``(E.164 form, None)`` for a possible phone number, else ``(None, why not)``.

    Cached: senders tend to use a few numbers over and over, and parsing one with
    libphonenumber costs more than the rest of an SMS request.
    """
    text = value.strip()
    if not text.startswith("+"):
        return None, "it does not start with '+' and a country code"
    if not _PHONE_CHARACTERS.fullmatch(text):
        return None, "only digits, spaces and - ( ) . / may follow the '+'"
    import phonenumbers

    try:
        parsed = phonenumbers.parse(text, None)
    except phonenumbers.NumberParseException as error:
        return None, _parse_problem(error)
    code = parsed.country_code or 0
    country = f"+{code}"
    if phonenumbers.region_code_for_country_code(code) == "ZZ":  # no such country code
        return None, f"{country} is not a country code"
    possible = phonenumbers.ValidationResult
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason == possible.IS_POSSIBLE:
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164), None
    if reason == possible.TOO_LONG:
        return None, f"it is too long for a number of {country}"
    if reason == possible.INVALID_LENGTH:
        return None, f"no number of {country} has that many digits"
    # TOO_SHORT, or IS_POSSIBLE_LOCAL_ONLY: long enough only when dialled within an area,
    # without its area code, which an international number never is.
    return None, f"it is too short for a number of {country}"


def _parse_problem(error: NumberParseException) -> str:
    """Why libphonenumber could not read a number at all."""
    problems = {
        error.INVALID_COUNTRY_CODE: "it does not start with a country code that exists",
        error.TOO_SHORT_NSN: "it is too short",
        error.TOO_SHORT_AFTER_IDD: "it is too short",
        error.TOO_LONG: "it is too long",
    }
    return problems.get(error.error_type, "it is not a phone number")


def is_extension(value: object, letters: str = EXTENSION_LETTERS) -> bool:
    """Whether ``value`` is an extension id such as ``s0`` or ``e14`` of one of ``letters``."""
    return (
        isinstance(value, str)
        and len(value) >= 2
        and value[0] in letters
        and _EXTENSION_NUMBER.fullmatch(value, 1) is not None
    )


def _extension_rule(letters: str) -> str:
    kinds = " or ".join(f"'{letter}' ({EXTENSION_KINDS[letter]})" for letter in letters)
    return (
        f"an extension id: {kinds} followed by a number without leading zeros, e.g. '{letters[0]}0'"
    )


def check_extension(value: str, *, argument: str, letters: str = EXTENSION_LETTERS) -> str:
    """Return ``value`` if it is an extension id (``^<letter>(0|[1-9][0-9]*)$``) of ``letters``."""
    if is_extension(value, letters):
        return value
    raise ValidationError(
        f"{argument} must be {_extension_rule(letters)}; got {_shown(value)}",
        argument=argument,
        value=value,
    )


def check_id(value: str, *, argument: str) -> str:
    """Return ``value`` if it can be an id sipgate handed out (``sessionId``, ``callId``, ...)."""
    if isinstance(value, str) and _ID.fullmatch(value):
        return value
    raise ValidationError(
        f"{argument} must be a non-empty id made of letters, digits and . _ ~ -, as sipgate "
        f"returns it; got {_shown(value)}",
        argument=argument,
        value=value,
    )


def check_encodable(value: object, *, argument: str) -> None:
    """Raise unless every string in ``value`` can be sent as UTF-8.

    Only a lone surrogate (``"\\ud800"``, half of a UTF-16 pair, as text decoded with
    ``errors="surrogateescape"`` or an emoji cut in two may hold) cannot. ``value`` may be a
    string or a list, tuple, dict or attrs instance holding strings, nested; the error
    names the path to the string, e.g. ``contact.address.locality``.
    """
    for path, text in _strings(value, argument):
        if text.isascii():
            continue
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as error:
            where = f"character {error.start}"
            if "\n" in text:
                line = text.count("\n", 0, error.start) + 1
                where += f" (line {line})"
            raise ValidationError(
                f"{path} holds a lone surrogate {text[error.start]!r} at {where}, half of a "
                "UTF-16 pair, which cannot be sent as UTF-8; remove it, or decode the source "
                "text again (it often comes from errors='surrogateescape' or a cut emoji)",
                argument=path,
                value=text,
            ) from None


def _strings(value: object, path: str) -> Iterator[tuple[str, str]]:
    """Every string in ``value`` with its path (``contact.organization[0][1]``)."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from _strings(item, f"{path}[{index}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, f"{path}[{key!r}]")
    elif attrs.has(kind := type(value)):
        for field in attrs.fields(kind):
            yield from _strings(getattr(value, field.name), f"{path}.{field.name}")


def check_text(value: str, *, argument: str) -> str:
    """Return ``value`` if it is a string with at least one non-blank character (and UTF-8)."""
    if isinstance(value, str) and value.strip():
        check_encodable(value, argument=argument)
        return value
    raise ValidationError(
        f"{argument} must be a non-empty string; got {_shown(value)}",
        argument=argument,
        value=value,
    )


def check_bool(value: bool, *, argument: str) -> bool:
    """Return ``value`` if it is ``True`` or ``False`` (not merely truthy)."""
    if isinstance(value, bool):
        return value
    raise ValidationError(
        f"{argument} must be True or False; got {_shown(value)}", argument=argument, value=value
    )


def check_send_at(
    value: datetime, *, argument: str = "send_at", now: datetime | None = None
) -> int:
    """Return ``value`` as whole Unix seconds if it lies in the future and at most 30 days ahead.

    A naive ``datetime`` is taken as local time, as ``datetime.timestamp()`` does.
    The seconds are rounded up, so the message never goes out before ``value``.
    """
    if not isinstance(value, datetime):
        raise ValidationError(
            f"{argument} must be a datetime, e.g. datetime.now(timezone.utc) + "
            f"timedelta(hours=1); got {_shown(value)}",
            argument=argument,
            value=value,
        )
    current = (now or datetime.now(UTC)).timestamp()
    seconds = math.ceil(value.timestamp())
    latest = current + MAX_SEND_AT_AHEAD.total_seconds()
    if seconds <= current:
        raise ValidationError(
            f"{argument} must be in the future; got {value.isoformat()}, which is "
            f"{_duration(current - seconds)} ago",
            argument=argument,
            value=value,
        )
    if seconds > latest:
        raise ValidationError(
            f"{argument} must be at most 30 days ahead (sipgate's limit); got "
            f"{value.isoformat()}, which is {_duration(seconds - current)} ahead",
            argument=argument,
            value=value,
        )
    return seconds


def _duration(seconds: float) -> str:
    seconds = max(0, round(seconds))
    days, rest = divmod(seconds, 86_400)
    hours, rest = divmod(rest, 3_600)
    minutes, seconds = divmod(rest, 60)
    parts = [(days, "d"), (hours, "h"), (minutes, "min"), (seconds, "s")]
    shown = [f"{amount} {unit}" for amount, unit in parts if amount]
    return " ".join(shown[:2]) or "0 s"


def check_pdf(value: bytes, *, argument: str = "file_content") -> bytes:
    """Return ``value`` as ``bytes`` if it looks like a whole PDF document.

    It must start with ``%PDF-`` (a UTF-8 byte order mark may come first), contain the
    ``%%EOF`` marker, and fit sipgate's size limit.
    """
    if not isinstance(value, bytes | bytearray | memoryview):
        raise ValidationError(
            f"{argument} must be the bytes of a PDF file, e.g. Path('letter.pdf').read_bytes(); "
            f"got {type(value).__name__}",
            argument=argument,
            value=value,
        )
    content = bytes(value)
    body = content.removeprefix(b"\xef\xbb\xbf")
    if not body.startswith(b"%PDF-") or b"%%EOF" not in body:
        found = "it is empty" if not content else f"it starts with {content[:12]!r}"
        if body.startswith(b"%PDF-"):
            found = "the '%%EOF' end marker is missing, so the file looks cut off"
        raise ValidationError(
            f"{argument} must be a PDF document (starting with '%PDF-' and containing "
            f"'%%EOF'); {found}",
            argument=argument,
            value=f"<{len(content)} bytes>",
        )
    if len(content) > MAX_FAX_BYTES:
        raise ValidationError(
            f"{argument} is {len(content):,} bytes; sipgate accepts PDFs of at most "
            f"{MAX_FAX_BYTES:,} bytes",
            argument=argument,
            value=f"<{len(content)} bytes>",
        )
    return content


def check_http_url(value: str, *, argument: str) -> str:
    """Return ``value`` if it is an absolute ``http://`` or ``https://`` URL with a host."""
    problem = _url_problem(value)
    if problem is None:
        return value
    raise ValidationError(
        f"{argument} must be an absolute http(s) URL with a host, e.g. "
        f"'https://example.com/sipgate'; got {_shown(value)} ({problem})",
        argument=argument,
        value=value,
    )


def _url_problem(value: object) -> str | None:
    if not isinstance(value, str):
        return f"{type(value).__name__}, not str"
    if not value or any(char.isspace() or ord(char) < 32 for char in value):
        return "it is empty or contains whitespace" if value else "it is empty"
    if not value.isascii() and any("\ud800" <= char <= "\udfff" for char in value):
        return "it holds a lone surrogate, which cannot be sent as UTF-8"
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 - raises ValueError for a malformed port
    except ValueError as error:
        return str(error)
    if parts.scheme.lower() not in ("http", "https"):
        return "the scheme is not http or https"
    if not parts.hostname:
        return "there is no host"
    return None


def check_whitelist(extensions: Sequence[str], *, argument: str = "extensions") -> list[str]:
    """Return ``extensions`` as a list if every entry is a phoneline or group extension."""
    if isinstance(extensions, str | bytes) or not isinstance(extensions, Sequence):
        raise ValidationError(
            f"{argument} must be a list of extension ids such as ['p0', 'g1']; got "
            f"{_shown(extensions)}",
            argument=argument,
            value=extensions,
        )
    for extension in extensions:
        if not is_extension(extension, WHITELIST_LETTERS):
            raise ValidationError(
                f"{argument} may only hold phoneline and group extensions, each "
                f"{_extension_rule(WHITELIST_LETTERS)}; {_shown(extension)} is not one",
                argument=argument,
                value=extension,
            )
    return list(extensions)


def normalize_dtmf(value: str, *, argument: str = "sequence") -> str:
    """Return ``value`` upper-cased if it is a DTMF sequence (``0-9``, ``A-D``, ``#``, ``*``)."""
    if isinstance(value, str) and _DTMF.fullmatch(value.upper()):
        return value.upper()
    raise ValidationError(
        f"{argument} must be one or more DTMF tones: digits 0-9, letters A-D, '#' or '*', with "
        f"no spaces, e.g. '*100#'; got {_shown(value)}",
        argument=argument,
        value=value,
    )


def check_call_data(
    *, to: str, from_: str, caller_id: str | None, device_id: str | None
) -> tuple[str, str, str | None, str | None]:
    """Check a click-to-dial request (the seed's CallData table).

    ``to`` is a phone number; ``from_`` a phone number or an ``e``/``p``/``x``/``y``
    extension; ``device_id`` such an extension, required when ``from_`` is a number;
    ``caller_id`` a phone number. Returns ``(to, from_, caller_id, device_id)`` with the
    phone numbers in E.164 form.
    """
    callee = normalize_phone_number(to, argument="to")
    from_is_extension = is_extension(from_, CALL_ENDPOINT_LETTERS)
    if from_is_extension:
        caller = from_
    elif phone_number_or_none(from_) is not None:
        caller = normalize_phone_number(from_, argument="from_")
    else:
        raise ValidationError(
            f"from_ must be a phone number in international format such as {_PHONE_EXAMPLE} or "
            f"{_extension_rule(CALL_ENDPOINT_LETTERS)}; got {_shown(from_)}",
            argument="from_",
            value=from_,
        )
    if device_id is not None:
        check_extension(device_id, argument="device_id", letters=CALL_ENDPOINT_LETTERS)
    elif not from_is_extension:
        raise ValidationError(
            f"device_id is required when from_ is a phone number ({caller}): pass the "
            "extension of the phone that places the call, e.g. device_id='e0'",
            argument="device_id",
            value=device_id,
        )
    if caller_id is not None:
        caller_id = normalize_phone_number(caller_id, argument="caller_id")
    return callee, caller, caller_id, device_id


def check_instance(value: object, kind: type, *, argument: str) -> None:
    """Raise unless ``value`` is a ``kind`` (one of sipgateio's option classes)."""
    if not isinstance(value, kind):
        raise ValidationError(
            f"{argument} must be a sipgateio.{kind.__name__}; got {type(value).__name__}",
            argument=argument,
            value=value,
        )


def check_callback(value: object, *, argument: str) -> None:
    """Raise unless ``value`` is ``None`` or callable (a progress callback, say)."""
    if value is not None and not callable(value):
        raise ValidationError(
            f"{argument} must be callable or None; got {value!r}", argument=argument, value=value
        )


def rtcm_call_id(call: RTCMCall | str, *, argument: str = "call") -> str:
    """The call id of ``call``: an ``RTCMCall`` or the id itself."""
    from sipgateio.models import RTCMCall

    if isinstance(call, RTCMCall):
        return call.call_id
    if isinstance(call, str):
        return check_id(call, argument=argument)
    raise ValidationError(
        f"{argument} must be an RTCMCall (from rtcm.get_established_calls()) or a call id "
        f"string; got {type(call).__name__}",
        argument=argument,
        value=call,
    )
