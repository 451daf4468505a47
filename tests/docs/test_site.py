"""The site builds strictly, offline, and its API reference documents every public name.

The site is built once for this module, as ``tox -e docs`` builds it (``mkdocs build
--strict``), with every proxy variable pointing at a closed port so that a plugin or theme
that tried to download something at build time would fail the build.
"""

from __future__ import annotations

import importlib
import inspect
import os
import pkgutil
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import griffe
import pytest
from mkdocstrings import Inventory

from tests.docs._markdown import DOCS, ROOT, blocks, pages

PACKAGES = ("sipgateio", "sipgateio_webhooks", "sipgateio.sandbox")
# Public modules of the packages that the API reference does not cover, and why.
NOT_IN_REFERENCE = {
    "sipgateio.cli": "the `sipgateio` command, documented as a command in guides/cli.md",
}
CLOSED_PORT = "http://127.0.0.1:9"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("site")
    offline = {name: CLOSED_PORT for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY")}
    offline |= {name.lower(): value for name, value in offline.items()}
    env = {**os.environ, **offline, "NO_PROXY": "", "no_proxy": "", "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(target)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "WARNING" not in result.stderr, result.stderr[-3000:]
    return target


def documented_modules() -> list[ModuleType]:
    """The packages and every public module in them (but those in NOT_IN_REFERENCE)."""
    found: dict[str, ModuleType] = {}
    for name in PACKAGES:
        package = importlib.import_module(name)
        found[name] = package
        for info in pkgutil.iter_modules(package.__path__, prefix=f"{name}."):
            public = not info.name.rsplit(".", 1)[-1].startswith("_")
            if public and info.name not in NOT_IN_REFERENCE and info.name not in PACKAGES:
                found[info.name] = importlib.import_module(info.name)
    return list(found.values())


def public_names(module: ModuleType) -> list[str]:
    names = getattr(module, "__all__", None)
    if names is None:
        names = [
            n for n, v in vars(module).items() if not n.startswith("_") and _defined_in(v, module)
        ]
    return list(names)


def _defined_in(value: Any, module: ModuleType) -> bool:
    return getattr(value, "__module__", None) == module.__name__ and (
        inspect.isclass(value) or inspect.isfunction(value)
    )


def test_the_reference_covers_the_public_modules_it_should() -> None:
    names = {module.__name__ for module in documented_modules()}
    assert {
        "sipgateio",
        "sipgateio.errors",
        "sipgateio.models",
        "sipgateio.oauth",
        "sipgateio.sandbox",
        "sipgateio_webhooks",
        "sipgateio_webhooks.testing",
    } <= names


def test_every_public_name_has_a_docstring() -> None:
    loaded = {
        package: griffe.load(package, search_paths=[str(ROOT), str(ROOT / "webhooks")])
        for package in ("sipgateio", "sipgateio_webhooks")
    }
    missing = []
    for module in documented_modules():
        package, _, rest = module.__name__.partition(".")
        static = loaded[package][rest] if rest else loaded[package]
        for name in public_names(module):
            value = getattr(module, name)
            if inspect.isclass(value) or inspect.isfunction(value) or inspect.ismodule(value):
                # The object's own docstring, not one inherited from a base class.
                own = vars(value).get("__doc__") if inspect.isclass(value) else value.__doc__
                if not (own or "").strip():
                    missing.append(f"{module.__name__}.{name}")
                    continue
            # Constants and type aliases are documented by the string below them, which only
            # the source holds; Griffe reads it (and follows re-exports).
            target = static[name]
            target = target.final_target if target.is_alias else target
            if target.docstring is None or not target.docstring.value.strip():
                missing.append(f"{module.__name__}.{name}")
    assert missing == []


def test_every_public_name_is_in_the_reference_as_the_same_object(site: Path) -> None:
    with (site / "objects.inv").open("rb") as file:
        inventory = Inventory.parse_sphinx(file)
    modules = documented_modules()
    absent = []
    for module in modules:
        for name in public_names(module):
            value = getattr(module, name)
            homes = [
                f"{home.__name__}.{name}"
                for home in modules
                if f"{home.__name__}.{name}" in inventory and getattr(home, name, None) is value
            ]
            if not homes:
                absent.append(f"{module.__name__}.{name}")
    assert absent == []
    # Each module has its section, but sipgateio, whose names the client, models and errors
    # pages share.
    for module in modules:
        assert module.__name__ in inventory or module.__name__ == "sipgateio", module.__name__


def built(site: Path, page: str) -> str:
    """The HTML the build made of ``page`` (``a/b.md`` is ``a/b/index.html``)."""
    stem = page.removesuffix(".md")
    path = (
        site / f"{stem}.html"
        if stem == "index" or stem.endswith("/index")
        else site / stem / "index.html"
    )
    return path.read_text(encoding="utf-8")


def test_every_page_is_built_and_no_page_fetches_fonts(site: Path) -> None:
    for page in pages():
        assert "fonts.googleapis.com" not in built(site, page), page


def test_diagrams_reach_the_page_as_mermaid(site: Path) -> None:
    for page in pages():
        diagrams = [block for block in blocks(page) if block.language == "mermaid"]
        if not diagrams:
            continue
        html = built(site, page)
        rendered = re.findall(r'<pre class="mermaid"><code>(.*?)</code></pre>', html, re.DOTALL)
        assert len(rendered) == len(diagrams), page
    assert {"architecture.md", "guides/call-flow.md"} <= {
        page for page in pages() if any(b.language == "mermaid" for b in blocks(page))
    }


def test_the_generated_reference_documents_signatures_and_docstrings(site: Path) -> None:
    html = built(site, "reference/client.md")
    text = re.sub(r"<[^>]+>", "", html)
    assert "Synchronous client for the sipgate REST API." in text
    assert re.search(r"send\(\s*\*,\s*to:\s*str,\s*message:\s*str", text)
    docs_md = (DOCS / "reference" / "client.md").read_text(encoding="utf-8")
    for area in ("sms", "fax", "call", "rtcm", "webhook_settings", "contacts", "history"):
        assert f"## `client.{area}`" in docs_md
