"""The pages of ``client.endpoints`` (docs/reference/endpoints/) are current and complete."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from sipgate_api.api import Endpoints

from tests.docs._markdown import DOCS, ROOT

PAGES = DOCS / "reference" / "endpoints"


def load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_endpoint_docs", ROOT / "tools" / "build_endpoint_docs.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def operations() -> list[tuple[str, str, str, str]]:
    """(area, operation, METHOD, path) of every bound operation, read from the generated code."""
    found = []
    for area in (name for name in vars(Endpoints) if not name.startswith("_")):
        folder = ROOT / "generated" / "sipgate_api" / "api" / area
        bound = (folder / "__init__.py").read_text(encoding="utf-8")
        sync_class = bound.split("\nclass Async", 1)[0]
        for name in re.findall(r"^    def (\w+)\(", sync_class, re.MULTILINE):
            if name == "__init__":
                continue
            source = (folder / f"{name}.py").read_text(encoding="utf-8")
            method = re.search(r'"method": "(\w+)"', source)
            url = re.search(r'"url": f?"([^"]+)"', source)
            assert method and url, name
            found.append((area, name, method[1].upper(), url[1]))
    return found


def test_the_committed_pages_are_what_the_tool_writes() -> None:
    result = subprocess.run(
        [sys.executable, "tools/build_endpoint_docs.py", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_operation_is_on_its_area_page_with_its_method_and_path() -> None:
    found = operations()
    assert len(found) == 184
    for area, name, method, url in found:
        page = (PAGES / f"{area}.md").read_text(encoding="utf-8")
        row = re.search(rf"^\| \[`{name}`\]\(#{name}\) \| `(\w+) ([^`]+)` \|", page, re.MULTILINE)
        assert row is not None, (area, name)

        # The page spells path parameters as the description does ({userId}), the
        # generated code as Python does ({user_id}).
        def shape(path: str) -> str:
            return re.sub(r"\{[^}]+\}", "{}", path)

        assert (row[1], shape(row[2])) == (method, shape(url)), (area, name)
        assert f"## `{name}` {{#{name}}}" in page
    index = (PAGES / "index.md").read_text(encoding="utf-8")
    areas = {area for area, *_ in found}
    assert set(re.findall(r"^\| \[`(\w+)`\]\(\w+\.md\) \| \d+ \|", index, re.MULTILINE)) == areas
    assert f"{len(found)} operations in {len(areas)} areas" in index


def test_the_check_notices_a_stale_page_and_a_rewrite_fixes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    tool = load_tool()
    pages, config = tmp_path / "endpoints", tmp_path / "mkdocs.yml"
    shutil.copytree(PAGES, pages)
    shutil.copy(ROOT / "mkdocs.yml", config)
    monkeypatch.setattr(tool, "PAGES", pages)
    monkeypatch.setattr(tool, "MKDOCS", config)
    sms = pages / "sms.md"
    sms.write_text(sms.read_text(encoding="utf-8").replace("POST", "PUT"), encoding="utf-8")
    (pages / "gone.md").write_text("an area that no longer exists\n", encoding="utf-8")

    assert tool.main(["--check"]) == 1
    assert "stale" in capsys.readouterr().out
    assert tool.main([]) == 0
    assert tool.main(["--check"]) == 0
    assert sms.read_text(encoding="utf-8") == (PAGES / "sms.md").read_text(encoding="utf-8")
    assert not (pages / "gone.md").exists()
