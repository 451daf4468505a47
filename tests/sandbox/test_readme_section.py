"""The Python examples of docs/guides/sandbox.md run as written."""

from __future__ import annotations

import pytest

from tests.docs._markdown import example_code, path_of

PAGE = "guides/sandbox.md"
SECTION = path_of(PAGE)
EXAMPLES = example_code(PAGE)


def test_the_page_has_examples() -> None:
    assert len(EXAMPLES[PAGE]) == 3


@pytest.mark.parametrize("example", EXAMPLES[PAGE], ids=["tests", "call-flow", "faults"])
def test_each_example_runs(example: str) -> None:
    exec(compile(example, str(SECTION), "exec"), {"__name__": "readme_example"})
