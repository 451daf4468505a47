"""Inline the README sections kept in ``docs/readme/*.md`` into ``README.md``.

    python tools/build_readme.py           # rewrite README.md
    python tools/build_readme.py --check   # exit 1 when README.md is stale

README.md marks each section with ``<!-- begin docs/readme/NAME.md -->`` and
``<!-- end docs/readme/NAME.md -->``; everything between the markers is replaced by the
file's text. The sections are kept as files so that tests can run their examples.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
_SECTION = re.compile(
    r"(<!-- begin (?P<name>docs/readme/[\w.-]+\.md) -->\n)(?P<body>.*?)(<!-- end (?P=name) -->)",
    re.DOTALL,
)


def build(text: str) -> str:
    """Return ``text`` with every marked section refreshed from its file."""

    def inline(match: re.Match[str]) -> str:
        section = (ROOT / match["name"]).read_text(encoding="utf-8").strip("\n")
        return f"{match[1]}{section}\n{match[4]}"

    return _SECTION.sub(inline, text)


def main(argv: list[str] | None = None) -> int:
    """Rewrite, or with ``--check`` verify, README.md."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare only, change nothing")
    args = parser.parse_args(argv)
    current = README.read_text(encoding="utf-8")
    fresh = build(current)
    if args.check:
        if fresh != current:
            print("README.md is stale; run: python tools/build_readme.py")
            return 1
        print("README.md matches docs/readme/")
        return 0
    README.write_text(fresh, encoding="utf-8")
    print(f"wrote README.md ({len(_SECTION.findall(fresh))} sections)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
