"""The fenced code blocks of the docs' Markdown pages, as the example tests read them.

A page is named relative to docs/ (``"guides/sms.md"``); ``README`` names the repository's
README.md, whose tour is read and run the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
README = "README.md"  # the one page outside docs/ (docs/ has no README.md of its own)
# Blocks whose language is one of these are examples, and the tests run them.
EXAMPLE_LANGUAGES = frozenset({"python", "py", "python3"})
# A block of text right after an example, titled "Output", is what the example prints.
OUTPUT_TITLE = 'title="Output"'
_FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>.*)$")


@dataclass(frozen=True)
class Block:
    """One fenced code block: where it starts, its language and title line, and its code."""

    page: str  # relative to docs/, e.g. "guides/errors.md", or README
    line: int  # 1-based line of the opening fence
    language: str
    info: str
    code: str
    output: str | None = None  # the "Output" block that follows an example, if any

    @property
    def first_line(self) -> str:
        return self.code.split("\n", 1)[0]


def pages() -> list[str]:
    """Every Markdown page of the site, relative to docs/, sorted."""
    return sorted(path.relative_to(DOCS).as_posix() for path in DOCS.rglob("*.md"))


def path_of(page: str) -> Path:
    """The file of ``page``."""
    return ROOT / README if page == README else DOCS / page


def blocks(page: str) -> list[Block]:
    """Every fenced block of ``page``, in order; example blocks carry the output shown after."""
    lines = path_of(page).read_text(encoding="utf-8").splitlines()
    found: list[Block] = []
    index = 0
    while index < len(lines):
        opening = _FENCE.match(lines[index])
        if opening is None:
            index += 1
            continue
        indent, fence, info = opening["indent"], opening["fence"], opening["info"].strip()
        end = index + 1
        while end < len(lines) and not (
            lines[end].strip().startswith(fence) and not lines[end].strip().strip(fence[0])
        ):
            end += 1
        body = [line.removeprefix(indent) for line in lines[index + 1 : end]]
        language = info.split(" ", 1)[0].split("{", 1)[0].lower() if info else ""
        found.append(Block(page, index + 1, language, info, "".join(f"{b}\n" for b in body)))
        index = end + 1
    return _attach_outputs(page, lines, found)


def _attach_outputs(page: str, lines: list[str], found: list[Block]) -> list[Block]:
    """Examples with the "Output" block that follows them (only blank lines between)."""
    result: list[Block] = []
    for position, block in enumerate(found):
        if OUTPUT_TITLE in block.info:
            previous = found[position - 1] if position else None
            if previous is None or previous.language not in EXAMPLE_LANGUAGES:
                raise AssertionError(f"{page}:{block.line}: an Output block follows no example")
            continue
        following = found[position + 1] if position + 1 < len(found) else None
        output = None
        if following is not None and OUTPUT_TITLE in following.info:
            closing = block.line + block.code.count("\n") + 1
            between = lines[closing : following.line - 1]
            if any(line.strip() for line in between):
                raise AssertionError(f"{page}:{following.line}: text between example and Output")
            output = following.code
        result.append(Block(block.page, block.line, block.language, block.info, block.code, output))
    return result


def examples(page: str) -> list[Block]:
    """The Python examples of ``page``, in order."""
    return [block for block in blocks(page) if block.language in EXAMPLE_LANGUAGES]


def example_code(*pages: str) -> dict[str, list[str]]:
    """The code of each page's Python examples, in order, as a test module that runs them
    exposes it (``EXAMPLES``) for ``tests/docs/test_examples.py`` to compare."""
    return {page: [block.code for block in examples(page)] for page in pages}


def matches(printed: str, expected: str) -> bool:
    """Whether ``printed`` is ``expected``, where ``...`` in a line stands for any text."""
    pattern = "\n".join(
        ".*".join(re.escape(part) for part in line.split("...")) for line in expected.split("\n")
    )
    return re.fullmatch(pattern, printed) is not None
