"""The Python examples of docs/readme/sandbox.md run as written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

SECTION = Path(__file__).resolve().parents[2] / "docs" / "readme" / "sandbox.md"
EXAMPLES = re.findall(r"```python\n(.*?)```", SECTION.read_text(encoding="utf-8"), re.DOTALL)


def test_the_section_has_examples() -> None:
    assert len(EXAMPLES) == 3


@pytest.mark.parametrize("example", EXAMPLES, ids=["tests", "call-flow", "faults"])
def test_each_example_runs(example: str) -> None:
    exec(compile(example, str(SECTION), "exec"), {"__name__": "readme_example"})
