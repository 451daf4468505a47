"""A Griffe extension for the docs site: the code blocks of our docstrings, as Markdown.

The docstrings write code the way Python's own docs do: a paragraph ending in ``::``
followed by an indented block, and ``>>>`` doctest lines. mkdocstrings renders docstrings
as Markdown, where ``::`` stays literal and ``>>>`` becomes a nested quote, so this
extension (``mkdocs.yml``: ``extensions``) rewrites both into fenced blocks before
rendering. The source stays as it is, readable with ``help()``.
"""

from __future__ import annotations

import textwrap
from typing import Any

import griffe


def fence_blocks(text: str) -> str:
    """``text`` with ``::`` literal blocks and ``>>>`` paragraphs turned into fenced blocks."""
    lines = text.splitlines()
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        stripped = line.strip()
        if stripped.startswith(">>>"):
            end = index
            while end < len(lines) and lines[end].strip():
                end += 1
            block = textwrap.dedent("\n".join(lines[index:end]))
            out += ["```pycon", *block.splitlines(), "```"]
            index = end
            continue
        if stripped.endswith("::") and _indented_block_follows(lines, index):
            if stripped != "::":
                out.append(line[:-1])  # "go to the client::" reads "go to the client:"
            end = index + 1
            base = len(line) - len(line.lstrip())
            while end < len(lines) and (
                not lines[end].strip() or len(lines[end]) - len(lines[end].lstrip()) > base
            ):
                end += 1
            while end > index + 1 and not lines[end - 1].strip():
                end -= 1
            block = textwrap.dedent("\n".join(lines[index + 1 : end])).strip("\n")
            out += ["", "```python", *block.splitlines(), "```"]
            index = end
            continue
        out.append(line)
        index += 1
    return "\n".join(out)


def _indented_block_follows(lines: list[str], index: int) -> bool:
    base = len(lines[index]) - len(lines[index].lstrip())
    for line in lines[index + 1 :]:
        if line.strip():
            return len(line) - len(line.lstrip()) > base
    return False


class RstBlocks(griffe.Extension):
    """Rewrites the code blocks of every docstring Griffe loads."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        """Called for each module, class, function and attribute as it is loaded."""
        if obj.docstring is not None:
            obj.docstring.value = fence_blocks(obj.docstring.value)
