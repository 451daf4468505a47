"""The shared input checks in ``sipgateio._validation`` (used by every module)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import attrs
import phonenumbers
import pytest
from hypothesis import given
from hypothesis import strategies as st

import sipgateio
from sipgateio._validation import (
    check_extension,
    check_http_url,
    check_pdf,
    check_send_at,
    normalize_dtmf,
    normalize_phone_number,
)
from tests.facade.conftest import PDF


@pytest.mark.parametrize(
    ("number", "e164"),
    [
        ("+4915739777777", "+4915739777777"),
        ("+49 1573 9777777", "+4915739777777"),
        ("+49(0)211-1234567", "+492111234567"),
        ("+800 1234 5678", "+80012345678"),
        ("+1 202-555-0123", "+12025550123"),
        (" +442079460000 ", "+442079460000"),
    ],
)
def test_phone_numbers_in_international_format_become_e164(number: str, e164: str) -> None:
    assert normalize_phone_number(number, argument="to") == e164


@pytest.mark.parametrize(
    ("number", "reason"),
    [
        ("015739777777", "does not start with '+'"),
        ("4915739777777", "does not start with '+'"),
        ("00491573977777", "does not start with '+'"),
        ("tel:+4921112345", "does not start with '+'"),
        ("+49123456789test", "only digits"),
        ("+49 abc defg hij", "only digits"),
        ("+49++", "only digits"),
        ("+999123456", "country code"),
        ("+0123456", "country code"),
        ("+4912", "too short"),
        ("+4912368712x", "only digits"),
        ("+491", "too short"),
        ("+4912345678901234567890", "too long"),
        ("+49", "not a phone number"),
        ("", "does not start with '+'"),
        (" ", "does not start with '+'"),
        (4915739777777, "int, not str"),
    ],
)
def test_phone_numbers_that_are_not_real_numbers_are_refused(number: object, reason: str) -> None:
    with pytest.raises(sipgateio.ValidationError) as caught:
        normalize_phone_number(number, argument="to")  # type: ignore[arg-type]

    message = str(caught.value)
    assert caught.value.argument == "to"
    assert caught.value.value == number
    assert message.startswith("to must be a phone number in international format")
    assert repr(number) in message
    assert reason in message


@given(st.sampled_from(sorted(phonenumbers.SUPPORTED_REGIONS)))
def test_every_countrys_example_number_survives_normalising_twice(region: str) -> None:
    example = phonenumbers.example_number(region)
    if example is None:
        return
    international = phonenumbers.format_number(
        example, phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )

    e164 = normalize_phone_number(international, argument="to")

    assert normalize_phone_number(e164, argument="to") == e164


@pytest.mark.parametrize(
    "extension", ["f0", "e0", "e25", "p19", "g0", "w0", "s999", "x1", "y10", "a0", "v0"]
)
def test_extensions_of_every_kind_are_accepted(extension: str) -> None:
    assert check_extension(extension, argument="device_id") == extension


@pytest.mark.parametrize(
    "extension",
    ["f01", "b", "b1", "e-18", "greatAgain", "sokx5", "F0", "e 1", "e1 ", "z0", " ", "", None],
)
def test_malformed_extensions_are_refused(extension: object) -> None:
    with pytest.raises(sipgateio.ValidationError, match="must be an extension id") as caught:
        check_extension(extension, argument="device_id")  # type: ignore[arg-type]

    assert caught.value.argument == "device_id"


def test_extensions_of_other_kinds_are_refused_and_the_allowed_kinds_named() -> None:
    with pytest.raises(sipgateio.ValidationError) as caught:
        check_extension("s0", argument="faxline_id", letters="f")

    assert "'f' (fax line)" in str(caught.value)
    assert "'s0'" in str(caught.value)


@pytest.mark.parametrize("sequence", ["0291*", "*100#", "A", "B", "C", "D", "1", "9", "abcd"])
def test_dtmf_sequences_are_upper_cased(sequence: str) -> None:
    assert normalize_dtmf(sequence) == sequence.upper()


@pytest.mark.parametrize("sequence", ["12 34", " *", "", "E", "1,2", None])
def test_invalid_dtmf_sequences_are_refused(sequence: object) -> None:
    with pytest.raises(sipgateio.ValidationError, match="DTMF"):
        normalize_dtmf(sequence)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "url", ["https://valid.com", "HTTPS://x.de", "http://user:pw@host:8080/path?q=1"]
)
def test_absolute_http_urls_are_accepted(url: str) -> None:
    assert check_http_url(url, argument="url") == url


@pytest.mark.parametrize(
    "url",
    [
        "http://",
        "https://",
        "httptest://",
        "",
        "httpsx",
        "://",
        "www.url.com",
        "ftp://x",
        "http://host:port/",
        None,
    ],
)
def test_urls_without_http_scheme_or_host_are_refused(url: object) -> None:
    with pytest.raises(sipgateio.ValidationError, match="absolute http"):
        check_http_url(url, argument="url")  # type: ignore[arg-type]


NOW = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("send_at", "seconds"),
    [
        (NOW + timedelta(days=1), int((NOW + timedelta(days=1)).timestamp())),
        (NOW + timedelta(days=30), int((NOW + timedelta(days=30)).timestamp())),
        (NOW + timedelta(seconds=0.2), int(NOW.timestamp()) + 1),
    ],
)
def test_send_at_within_30_days_becomes_whole_seconds(send_at: datetime, seconds: int) -> None:
    assert check_send_at(send_at, now=NOW) == seconds


@pytest.mark.parametrize(
    ("send_at", "reason"),
    [
        (NOW, "in the future"),
        (NOW - timedelta(seconds=3), "in the future"),
        (NOW + timedelta(days=30, seconds=1), "30 days"),
        (NOW + timedelta(days=31), "30 days"),
    ],
)
def test_send_at_outside_the_next_30_days_is_refused(send_at: datetime, reason: str) -> None:
    with pytest.raises(sipgateio.ValidationError, match=reason):
        check_send_at(send_at, now=NOW)


def test_pdfs_are_recognised_by_their_markers() -> None:
    assert check_pdf(PDF) == PDF
    assert check_pdf(b"\xef\xbb\xbf" + PDF) == b"\xef\xbb\xbf" + PDF


@pytest.mark.parametrize("content", [b"hello", b"%PDF-1.4 without end", b" %PDF-1.4 %%EOF", b""])
def test_bytes_that_are_no_whole_pdf_are_refused(content: bytes) -> None:
    with pytest.raises(sipgateio.ValidationError, match="PDF") as caught:
        check_pdf(content)

    assert caught.value.value == f"<{len(content)} bytes>"


def test_unknown_enum_values_are_kept_instead_of_failing() -> None:
    status = sipgateio.FaxStatus("QUEUED")

    assert status == "QUEUED"
    assert status.value == "QUEUED"
    assert isinstance(status, sipgateio.FaxStatus)
    assert sipgateio.FaxStatus("SENT") is sipgateio.FaxStatus.SENT


def test_results_are_frozen() -> None:
    line = sipgateio.Faxline(id="f0")

    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        line.id = "f1"  # type: ignore[misc]
