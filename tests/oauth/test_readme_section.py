"""The Python examples of docs/guides/oauth.md run as written, and say what they promise."""

from __future__ import annotations

import pytest

from tests.docs._markdown import example_code, path_of

PAGE = "guides/oauth.md"
SECTION = path_of(PAGE)
EXAMPLES = example_code(PAGE)


def test_the_page_has_examples() -> None:
    assert len(EXAMPLES[PAGE]) == 2


def test_the_login_example_ends_with_rotated_tokens_stored(
    capsys: pytest.CaptureFixture[str],
) -> None:
    namespace: dict[str, object] = {"__name__": "readme_example"}

    exec(compile(EXAMPLES[PAGE][0], str(SECTION), "exec"), namespace)

    assert capsys.readouterr().out.splitlines() == ["w0"]
    database = namespace["database"]
    assert isinstance(database, dict) and set(database) == {"ada"}


def test_the_async_example_refreshes_once_then_asks_for_a_new_login(
    capsys: pytest.CaptureFixture[str],
) -> None:
    exec(compile(EXAMPLES[PAGE][1], str(SECTION), "exec"), {"__name__": "readme_example"})

    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("store the new tokens; the access token expires at ")
    assert lines[1] == "50 answers after one refresh"
    assert "the user must log in again" in lines[2]
    assert len(lines) == 3
