"""Date options take ISO 8601 as a person types it: a date, a time, with or without a zone."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from sipgateio.sandbox import Sandbox
from tests.cli.conftest import RunCli

# The commands run with the local time zone one hour east of UTC (POSIX TZ, no DST).
LOCAL = timezone(timedelta(hours=1))
LOCAL_TZ = "CET-1"

# Text messages in the history, by id, created at these UTC times.
SENT_AT = {
    "jan30-late": "2024-01-30T23:30:00.000Z",
    "jan31-0730": "2024-01-31T07:30:00.000Z",
    "jan31-0830": "2024-01-31T08:30:00.000Z",
    "jan31-late": "2024-01-31T22:30:00.000Z",
    "feb01-0030": "2024-02-01T00:30:00.000Z",
}


@pytest.fixture
def dated_history(sandbox: Sandbox) -> Sandbox:
    for entry_id, created in SENT_AT.items():
        sandbox.account.add_history(
            {
                "id": entry_id,
                "type": "SMS",
                "created": created,
                "direction": "OUTGOING",
                "status": "PICKUP",
                "source": "+4915799912345",
                "target": "+4915112345678",
                "connectionIds": ["s0"],
                "smsContent": "dated",
                "scheduled": None,
            }
        )
    return sandbox


def exported_ids(cli: RunCli, tmp_path: Path, *options: str) -> list[str]:
    target = tmp_path / "history.csv"
    result = cli(
        "history", "export", "--type", "sms", "--output", str(target), *options, tz=LOCAL_TZ
    )
    assert result.returncode == 0, result.stderr
    rows = csv.DictReader(io.StringIO(target.read_text(encoding="utf-8")))
    return sorted(row["id"] for row in rows if row["id"] in SENT_AT)


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        # A date alone is local midnight; as --until it takes in the whole day.
        (
            ["--since", "2024-01-31", "--until", "2024-01-31"],
            ["jan30-late", "jan31-0730", "jan31-0830", "jan31-late"],
        ),
        # A time without a zone is local time (09:00 here is 08:00 UTC).
        (["--since", "2024-01-31 09:00"], ["feb01-0030", "jan31-0830", "jan31-late"]),
        (["--since", "2024-01-31T09:00"], ["feb01-0030", "jan31-0830", "jan31-late"]),
        # With a zone, that zone.
        (["--since", "2024-01-31T08:00Z"], ["feb01-0030", "jan31-0830", "jan31-late"]),
        (["--until", "2024-01-31T08:00:00+00:00"], ["jan30-late", "jan31-0730"]),
        (
            ["--since", "2024-01-31T23:00+01:00", "--until", "2024-02-01T01:00+01:00"],
            ["jan31-late"],
        ),
    ],
)
def test_history_export_reads_dates_and_times_as_typed(
    cli: RunCli, dated_history: Sandbox, tmp_path: Path, options: list[str], expected: list[str]
) -> None:
    assert exported_ids(cli, tmp_path, *options) == expected


def test_send_at_without_a_zone_is_local_time(cli: RunCli, sandbox: Sandbox) -> None:
    tomorrow = (datetime.now(LOCAL) + timedelta(days=1)).date()
    typed = f"{tomorrow.isoformat()} 09:30"

    result = cli(
        "sms",
        "send",
        "--to",
        "+4915112345678",
        "--message",
        "later",
        "--send-at",
        typed,
        tz=LOCAL_TZ,
    )

    assert result.returncode == 0, result.stderr
    expected = datetime(tomorrow.year, tomorrow.month, tomorrow.day, 9, 30, tzinfo=LOCAL)
    assert [sms["sendAt"] for sms in sandbox.sent_sms] == [int(expected.timestamp())]
    assert f"scheduled for {expected.isoformat()}" in result.stdout


def test_send_at_with_a_zone_keeps_it(cli: RunCli, sandbox: Sandbox) -> None:
    moment = (datetime.now(UTC) + timedelta(days=2)).replace(microsecond=0)
    typed = moment.strftime("%Y-%m-%dT%H:%MZ")

    result = cli("sms", "send", "--to", "+4915112345678", "--message", "x", "--send-at", typed)

    assert result.returncode == 0, result.stderr
    assert [sms["sendAt"] for sms in sandbox.sent_sms] == [
        int(moment.replace(second=0).timestamp())
    ]


@pytest.mark.parametrize("typed", ["yesterday", "31.01.2024", "2024-1-31", "2024-01-31T25:00"])
def test_a_time_that_is_not_iso_is_a_usage_error_with_examples(cli: RunCli, typed: str) -> None:
    result = cli("history", "export", "--since", typed)

    assert result.returncode == 2
    assert f"argument --since: {typed!r} is not a date or time such as 2024-01-31" in (
        result.stderr
    )
    assert "Traceback" not in result.stderr
