"""Every Python example in docs/ and README.md runs, as a reader would paste it, and prints
what it shows.

A page's examples run in the order they appear, in one namespace per page (so a later
example may use what an earlier one defined), as a script (``__name__ == "__main__"``).
Around them stands what a reader has at hand: a ``Sandbox`` with ``SIPGATE_BASE_URL``,
``SIPGATE_TOKEN_ID`` and ``SIPGATE_TOKEN`` set to it (the "real credentials" examples read
these), and a working directory holding ``letter.pdf``. An example followed by a block
titled ``Output`` must print exactly that, where ``...`` stands for any text in a line.

Pages whose examples another test already runs, with checks of its own, are listed in
``RUN_ELSEWHERE``; ``test_every_example_in_the_docs_is_run_by_a_test`` proves each of
their blocks is one that test runs. Blocks that are not programs are listed, with the
reason, in ``NOT_RUN``, and marked ``<!-- docs: not run -->`` above the fence.
"""

from __future__ import annotations

import ast
import contextlib
import importlib
import io
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from sipgateio.sandbox import Sandbox
from tests.docs._markdown import (
    EXAMPLE_LANGUAGES,
    README,
    Block,
    blocks,
    examples,
    matches,
    pages,
    path_of,
)
from tests.facade.conftest import PDF

ALL = None
_FACADE = "tests.facade.test_readme_examples"
_CONTACTS_HISTORY = "tests.contacts_history.test_readme_examples"
_WEBHOOKS = "tests.webhooks.test_webhooks_readme"
# page -> (the test module that runs its examples, the indices it runs; ALL: every one). The
# module's EXAMPLES maps each of its pages to the code of the page's examples.
RUN_ELSEWHERE: dict[str, tuple[str, tuple[int, ...] | None]] = {
    **{
        f"guides/{name}.md": (_FACADE, ALL)
        for name in (
            "client",
            "sms",
            "fax",
            "calls",
            "live-calls",
            "webhook-settings",
            "numbers",
            "voicemails",
            "devices",
        )
    },
    "guides/contacts.md": (_CONTACTS_HISTORY, ALL),
    "guides/history.md": (_CONTACTS_HISTORY, ALL),
    "guides/endpoints.md": ("tests.sandbox.test_readme_endpoints", (0, 1)),
    "guides/oauth.md": ("tests.oauth.test_readme_section", ALL),
    "guides/sandbox.md": ("tests.sandbox.test_readme_section", ALL),
    "guides/webhooks.md": (_WEBHOOKS, ALL),
    "guides/webhooks-deployment.md": (_WEBHOOKS, ALL),
}
# (page, first line of the block) -> why it is not run
NOT_RUN: dict[tuple[str, str], str] = {
    ("guides/endpoints.md", "from sipgate_api.api.numbers import list_numbers"): (
        "two alternatives side by side, one line for SipgateIO and one (with a top-level "
        "await) for AsyncSipgateIO; the same generated calls through client.api run in "
        "tests/test_http_policy.py"
    ),
}
MARKER = "<!-- docs: not run -->"


def all_pages() -> list[str]:
    """The site's pages and the README."""
    return [*pages(), README]


def pages_run_here() -> list[str]:
    return [page for page in all_pages() if page not in RUN_ELSEWHERE and examples(page)]


def test_every_example_in_the_docs_is_run_by_a_test() -> None:
    assert set(RUN_ELSEWHERE) <= set(pages())  # no entry for a page that is gone
    for page in all_pages():
        found = examples(page)
        not_run = {i for i, block in enumerate(found) if (page, block.first_line) in NOT_RUN}
        if page in RUN_ELSEWHERE:
            module_name, indices = RUN_ELSEWHERE[page]
            module = importlib.import_module(module_name)
            # The other test reads exactly these blocks from this very page ...
            assert list(module.EXAMPLES[page]) == [block.code for block in found], page
            # ... and runs every one that is not listed as a fragment.
            run = set(range(len(found))) if indices is ALL else set(indices)
            assert run | not_run == set(range(len(found))), (page, run, not_run)
            assert not run & not_run, page
        else:
            assert page in pages_run_here() or not found, page


def test_blocks_not_run_are_few_marked_and_justified() -> None:
    assert len(NOT_RUN) <= 3
    for (page, first_line), reason in NOT_RUN.items():
        assert len(reason) > 40, (page, first_line)
        (block,) = [b for b in examples(page) if b.first_line == first_line]
        lines = path_of(page).read_text(encoding="utf-8").splitlines()
        assert lines[block.line - 2].strip() == MARKER, (page, block.line)
    for page in all_pages():
        text = path_of(page).read_text(encoding="utf-8").splitlines()
        for block in examples(page):
            marked = block.line >= 2 and text[block.line - 2].strip() == MARKER
            assert marked == ((page, block.first_line) in NOT_RUN), (page, block.line)


def test_every_page_with_examples_is_found() -> None:
    # The guides this test runs itself; a page without examples would make it vacuous.
    assert {
        "getting-started.md",
        "guides/errors.md",
        "guides/call-flow.md",
        "guides/migrating-from-node.md",
        README,
    } <= set(pages_run_here())


def test_every_python_block_is_valid_python() -> None:
    for page in all_pages():
        for block in blocks(page):
            if block.language in {*EXAMPLE_LANGUAGES, "pyi"}:
                try:
                    ast.parse(block.code)
                except SyntaxError as error:
                    if (page, block.first_line) not in NOT_RUN:
                        raise AssertionError(f"{page}:{block.line}: {error}") from error


@pytest.fixture
def reader_setup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Sandbox]:
    """What a reader has around an example: credentials in the environment, a letter.pdf."""
    (tmp_path / "letter.pdf").write_bytes(PDF)
    monkeypatch.chdir(tmp_path)
    logger = logging.getLogger("sipgateio")
    handlers, level = list(logger.handlers), logger.level
    with Sandbox(fax_step_seconds=0.05) as sandbox:
        monkeypatch.setenv("SIPGATE_BASE_URL", sandbox.base_url)
        monkeypatch.setenv("SIPGATE_TOKEN_ID", sandbox.token_id)
        monkeypatch.setenv("SIPGATE_TOKEN", sandbox.token)
        yield sandbox
    logger.handlers[:], logger.level = handlers, level  # an example may configure logging


def run_block(block: Block, namespace: dict[str, object]) -> str:
    """Run one example; return what it printed. Tracebacks point into the Markdown page."""
    source = "\n" * block.line + block.code
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        # dont_inherit: this module's ``from __future__ import annotations`` must not leak
        # into the example, whose annotations a reader's Python evaluates.
        exec(compile(source, str(path_of(block.page)), "exec", dont_inherit=True), namespace)
    return printed.getvalue()


@pytest.mark.parametrize("page", pages_run_here())
def test_the_examples_of_the_page_run_and_print_what_it_shows(
    page: str, reader_setup: Sandbox
) -> None:
    namespace: dict[str, object] = {"__name__": "__main__"}
    for block in examples(page):
        if (page, block.first_line) in NOT_RUN:
            continue
        printed = run_block(block, namespace)
        if block.output is not None:
            assert matches(printed, block.output), (
                f"{page}:{block.line} printed\n{printed}\nbut the page shows\n{block.output}"
            )


def test_output_comparison_reads_dots_as_any_text() -> None:
    assert matches("acting as w0\n", "acting as w...\n")
    assert not matches("acting as w0\nmore\n", "acting as w...\n")
    assert not matches("acting as x0\n", "acting as w...\n")
