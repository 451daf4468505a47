"""The Python examples of docs/readme/oauth.md run as written, and say what they promise."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

SECTION = Path(__file__).resolve().parents[2] / "docs" / "readme" / "oauth.md"
EXAMPLES = re.findall(r"```python\n(.*?)```", SECTION.read_text(encoding="utf-8"), re.DOTALL)


def test_the_section_has_examples() -> None:
    assert len(EXAMPLES) == 2


def test_the_login_example_ends_with_rotated_tokens_stored(
    capsys: pytest.CaptureFixture[str],
) -> None:
    namespace: dict[str, object] = {"__name__": "readme_example"}

    exec(compile(EXAMPLES[0], str(SECTION), "exec"), namespace)

    assert capsys.readouterr().out.splitlines() == ["w0"]
    database = namespace["database"]
    assert isinstance(database, dict) and set(database) == {"ada"}


def test_the_async_example_refreshes_once_then_asks_for_a_new_login(
    capsys: pytest.CaptureFixture[str],
) -> None:
    exec(compile(EXAMPLES[1], str(SECTION), "exec"), {"__name__": "readme_example"})

    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("store the new tokens; the access token expires at ")
    assert lines[1] == "50 answers after one refresh"
    assert "the user must log in again" in lines[2]
    assert len(lines) == 3
