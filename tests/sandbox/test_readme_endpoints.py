"""docs/guides/endpoints.md: its examples run as written, and its table lists every area."""

from __future__ import annotations

import re

import pytest
from sipgate_api.api import Endpoints

from tests.docs._markdown import example_code, path_of

PAGE = "guides/endpoints.md"
SECTION = path_of(PAGE)
TEXT = SECTION.read_text(encoding="utf-8")
EXAMPLES = example_code(PAGE)


def test_the_sync_example_prints_balance_lines_and_the_404(
    capsys: pytest.CaptureFixture[str],
) -> None:
    exec(compile(EXAMPLES[PAGE][0], str(SECTION), "exec"), {"__name__": "readme_example"})
    balance, *lines = capsys.readouterr().out.splitlines()
    assert re.fullmatch(r"\d+\.\d\d EUR", balance)
    assert lines == ["p0 Ada Lovelace", "404"]


def test_the_async_example_lists_blocked_numbers_and_groups(
    capsys: pytest.CaptureFixture[str],
) -> None:
    exec(compile(EXAMPLES[PAGE][1], str(SECTION), "exec"), {"__name__": "readme_example"})
    count, groups = capsys.readouterr().out.strip().split(" ", 1)
    assert int(count) >= 1
    assert "Support" in groups


def test_the_table_lists_every_area_of_client_endpoints_and_the_counts_are_true() -> None:
    rows = re.findall(r"^\| \[`(\w+)`\]\(\.\./reference/endpoints/(\w+)\.md\) \|", TEXT, re.M)
    assert all(area == page for area, page in rows)  # each row links to its area's page
    listed = {area for area, _ in rows}
    areas = {name for name in vars(Endpoints) if not name.startswith("_")}
    assert listed == areas

    unbound = Endpoints(client=None)  # type: ignore[arg-type]
    operations = [
        name
        for area in areas
        for name in vars(type(getattr(unbound, area)))
        if not name.startswith("_")
    ]
    counted = re.search(r"(\d+) operations in (\d+) areas", TEXT)
    assert counted is not None
    assert (int(counted[1]), int(counted[2])) == (len(operations), len(areas))
