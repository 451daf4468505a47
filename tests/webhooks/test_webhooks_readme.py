"""The examples in the webhooks README section run as written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
HEADING = "## Call webhooks"


def webhooks_section() -> tuple[Path, str]:
    """The section as written in docs/readme/, or as stitched into README.md."""
    part = ROOT / "docs" / "readme" / "webhooks.md"
    if part.exists():
        return part, part.read_text()
    readme = ROOT / "README.md"
    text = readme.read_text()
    start = text.index(HEADING)
    end = text.find("\n## ", start + len(HEADING))
    return readme, text[start : end if end != -1 else None]


README, SECTION = webhooks_section()
EXAMPLES = re.findall(r"```python\n(.*?)```", SECTION, flags=re.DOTALL)


def test_the_readme_section_has_examples() -> None:
    assert len(EXAMPLES) >= 3


@pytest.mark.parametrize("example", EXAMPLES, ids=[f"example-{i}" for i in range(len(EXAMPLES))])
def test_each_readme_example_runs(example: str) -> None:
    exec(compile(example, str(README), "exec"), {"__name__": "readme_example"})
