"""Bundle ``openapi/src/*.yaml`` into the one description ``openapi/sipgate.yaml``.

    python tools/bundle_openapi.py           # rewrite openapi/sipgate.yaml
    python tools/bundle_openapi.py --check   # exit 1 when it is stale

The description is written as one file per area: ``openapi/src/_base.yaml`` holds what every
area shares (``info``, servers, security, the list of tags, common parameters, responses and
schemas), and ``openapi/src/<tag>.yaml`` holds the ``paths`` of that tag with the components
only they use. Every operation in ``<tag>.yaml`` carries exactly that tag, and each tag of the
base has its file, so an area is found where its name says.

The bundle is made of the source text itself (comments, block scalars and key order stay as
written, so ``openapi/sipgate.yaml`` reads like the sources), in the order of the base's
``tags``. A name defined twice (a path, a parameter, a schema) is an error. The bundle is then
parsed again and compared with the merged sources, so a slicing mistake cannot go unnoticed.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "openapi" / "src"
BUNDLE = ROOT / "openapi" / "sipgate.yaml"
BASE = "_base"
HEADER = (
    "# Built by tools/bundle_openapi.py from openapi/src/*.yaml: edit those files, then run\n"
    "# `python tools/bundle_openapi.py` and `python tools/regenerate.py`.\n"
)
# The component kinds an area file may define, in the order they are written out.
COMPONENT_KINDS = ("parameters", "requestBodies", "responses", "schemas")
BASE_COMPONENT_KINDS = ("securitySchemes", *COMPONENT_KINDS)
AREA_KEYS = {"paths", "components"}
METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


class BundleError(Exception):
    """The sources cannot be bundled; the message says where and why."""


def _section(lines: list[str], key: str, indent: int) -> list[str] | None:
    """The lines below ``key:`` at ``indent`` spaces, up to the next key at that depth."""
    head = re.compile(rf"^ {{{indent}}}{re.escape(key)}:\s*$")
    sibling = re.compile(rf"^ {{0,{indent}}}[^\s#]")
    for start, line in enumerate(lines):
        if head.match(line):
            body: list[str] = []
            for following in lines[start + 1 :]:
                if sibling.match(following):
                    break
                body.append(following)
            while body and not body[-1].strip():
                body.pop()
            return body
    return None


def _merge(into: dict[str, Any], extra: dict[str, Any], where: str, origin: str) -> None:
    for name, value in extra.items():
        if name in into:
            raise BundleError(f"{origin}: {where} {name!r} is already defined")
        into[name] = value


class _Area:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.name = path.stem
        text = path.read_text(encoding="utf-8")
        self.lines = text.splitlines(keepends=True)
        document = yaml.safe_load(text) or {}
        if not isinstance(document, dict):
            raise BundleError(f"{path.name}: not a mapping")
        self.document: dict[str, Any] = document

    def body(self, key: str, indent: int = 0) -> list[str]:
        return _section(self.lines, key, indent) or []


def _check_tags(area: _Area) -> None:
    unknown = set(area.document) - AREA_KEYS
    if unknown:
        raise BundleError(f"{area.path.name}: only paths and components belong here, not {unknown}")
    kinds = set(area.document.get("components") or {}) - set(COMPONENT_KINDS)
    if kinds:
        raise BundleError(f"{area.path.name}: components may hold {COMPONENT_KINDS}, not {kinds}")
    for route, item in (area.document.get("paths") or {}).items():
        for method in METHODS:
            operation = item.get(method)
            if operation is not None and operation.get("tags") != [area.name]:
                raise BundleError(
                    f"{area.path.name}: {method.upper()} {route} must be tagged [{area.name}], "
                    f"not {operation.get('tags')}"
                )


def bundle() -> str:
    """Return the text of ``openapi/sipgate.yaml`` built from the sources."""
    base = _Area(SOURCES / f"{BASE}.yaml")
    tags = [tag["name"] for tag in base.document.get("tags", [])]
    files = {path.stem for path in SOURCES.glob("*.yaml")} - {BASE}
    if missing := sorted(set(tags) - files):
        raise BundleError(f"no source file for the tags {missing} (openapi/src/<tag>.yaml)")
    if stray := sorted(files - set(tags)):
        raise BundleError(f"{stray} are not tags listed in {BASE}.yaml")
    areas = [_Area(SOURCES / f"{tag}.yaml") for tag in tags]

    merged: dict[str, Any] = {k: v for k, v in base.document.items() if k != "components"}
    merged["paths"] = {}
    merged["components"] = {kind: {} for kind in BASE_COMPONENT_KINDS}
    base_components = base.document.get("components") or {}
    for kind in BASE_COMPONENT_KINDS:
        _merge(merged["components"][kind], base_components.get(kind) or {}, kind, base.path.name)
    for area in areas:
        _check_tags(area)
        _merge(merged["paths"], area.document.get("paths") or {}, "path", area.path.name)
        components = area.document.get("components") or {}
        for kind in COMPONENT_KINDS:
            _merge(merged["components"][kind], components.get(kind) or {}, kind, area.path.name)

    components_at = next(i for i, line in enumerate(base.lines) if line.startswith("components:"))
    out = [HEADER, *base.lines[:components_at]]
    if out[-1].strip():
        out.append("\n")
    out.append("paths:\n")
    for area in areas:
        out += [*area.body("paths"), "\n"]
    out.append("components:\n")
    base_component_lines = base.body("components")
    for kind in BASE_COMPONENT_KINDS:
        pieces = [(BASE, _section(base_component_lines, kind, 2) or [])]
        for area in areas:
            pieces.append((area.name, _section(area.body("components"), kind, 2) or []))
        pieces = [(name, lines) for name, lines in pieces if lines]
        if not pieces:
            continue
        out.append(f"  {kind}:\n")
        for name, lines in pieces:
            if kind == "schemas" and name != BASE:
                out.append(f"    # {'-' * (72 - len(name))} {name}\n")
            out += [*lines, "\n"]
    text = "".join(out).rstrip() + "\n"

    merged["components"] = {k: v for k, v in merged["components"].items() if v}
    if yaml.safe_load(text) != merged:
        raise BundleError("the bundled text does not parse back to the merged sources")
    return text


def main(argv: list[str] | None = None) -> int:
    """Bundle, or with ``--check`` verify, ``openapi/sipgate.yaml``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare only, change nothing")
    args = parser.parse_args(argv)
    try:
        text = bundle()
    except BundleError as error:
        print(f"bundle_openapi: {error}", file=sys.stderr)
        return 1
    current = BUNDLE.read_text(encoding="utf-8") if BUNDLE.exists() else ""
    if args.check:
        if current != text:
            print("openapi/sipgate.yaml is stale; run: python tools/bundle_openapi.py")
            return 1
        print("openapi/sipgate.yaml matches openapi/src/")
        return 0
    if current != text:
        BUNDLE.write_text(text, encoding="utf-8")
    print(f"wrote openapi/sipgate.yaml from {len(list(SOURCES.glob('*.yaml')))} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
