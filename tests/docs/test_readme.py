"""README.md: short, with the two commands, and a working link to every guide.

Its Python examples (the tour) run in tests/docs/test_examples.py like those of the site's
pages, and must print the Output shown under them.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from markdown.extensions.toc import slugify

from tests.docs._markdown import README, ROOT, blocks, examples

TEXT = (ROOT / README).read_text(encoding="utf-8")
# Markdown links [text](target), but not images and not absolute URLs.
LINK = re.compile(r"(?<!!)\[[^\]]*\]\((?P<target>[^)\s]+)\)")
# Code blocks and inline code hold no links.
CODE = re.compile(r"```.*?```|`[^`\n]*`", re.DOTALL)


def relative_links() -> list[str]:
    text = CODE.sub("", TEXT)
    return [
        match["target"]
        for match in LINK.finditer(text)
        if not re.match(r"[a-z]+:", match["target"])
    ]


def anchors(page: Path) -> set[str]:
    """The ids of the page's headings, as MkDocs makes them (and GitHub, for these titles)."""
    text = re.sub(r"```.*?```", "", page.read_text(encoding="utf-8"), flags=re.DOTALL)
    titles = re.findall(r"^#{1,6} (.*)$", text, re.MULTILINE)
    return {slugify(title.replace("`", ""), "-") for title in titles}


class _NavLoader(yaml.SafeLoader):
    """Reads mkdocs.yml, whose Python tags (``!!python/name:...``) are not needed here."""


_NavLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda *_: None)


def nav_pages(entries: list[object]) -> list[str]:
    pages: list[str] = []
    for entry in entries:
        values = list(entry.values()) if isinstance(entry, dict) else [entry]
        for value in values:
            if isinstance(value, list):
                pages += nav_pages(value)
            elif isinstance(value, str):
                pages.append(value)
    return pages


def test_the_readme_keeps_the_two_commands_word_for_word() -> None:
    commands = [block.code for block in blocks(README) if block.language == "sh"]
    assert commands[:2] == [
        "python3 -m venv .venv && . .venv/bin/activate && pip install '.[sandbox]' "
        "&& sipgateio demo\n",
        "python3 -m pip install tox && tox\n",
    ]


def test_the_readme_is_read_in_five_minutes() -> None:
    prose = CODE.sub("", TEXT)
    assert len(prose.split()) <= 1200  # about five minutes at 250 words a minute
    assert len(TEXT.encode()) <= 12_000


def test_the_tour_sends_sms_sync_and_async_and_answers_a_call() -> None:
    tour = "\n".join(block.code for block in examples(README))
    assert "sipgateio.SipgateIO(" in tour and "client.sms.send(" in tour
    assert "sipgateio.AsyncSipgateIO(" in tour
    assert "create_server(" in tour and "on_new_call(" in tour
    assert all(block.output for block in examples(README))  # each shows what it prints


def test_every_relative_link_of_the_readme_reaches_a_file_and_heading() -> None:
    links = relative_links()
    assert len(links) > 30
    for link in links:
        path, _, anchor = link.partition("#")
        target = ROOT / path
        assert target.is_file(), link
        if anchor:
            assert anchor in anchors(target), link


def test_the_readme_links_every_page_of_the_site_but_the_generated_reference() -> None:
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_NavLoader)
    site = {page for page in nav_pages(config["nav"]) if not page.startswith("reference/")}
    linked = {link.partition("#")[0].removeprefix("docs/") for link in relative_links()}
    assert site - linked == set()
