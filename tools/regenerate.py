"""Regenerate ``generated/sipgate_api`` from ``openapi/sipgate.yaml``.

    python tools/regenerate.py           # rebundle the description, rewrite the committed tree
    python tools/regenerate.py --check   # exit 1 (with a short diff) when either is stale

The description is first bundled from ``openapi/src/`` (``tools/bundle_openapi.py``).

Generation runs openapi-python-client (the version pinned in pyproject.toml) with
``--fail-on-warning`` into a temporary folder, formats the result with ruff using
fixed settings, and then compares or copies it. Same input, same bytes.
"""

from __future__ import annotations

import argparse
import difflib
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import bundle_openapi

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "sipgate.yaml"
CONFIG = ROOT / "openapi" / "generator.yaml"
# Our templates replace five of the generator's: the package of each tag also binds its
# operations to a client, ``api/__init__.py`` gathers those per area, ``models/__init__.py``
# imports a model only when it is first used, a model masks its secrets (``format:
# password``, ``x-sipgateio-secret-additional-properties``) in its repr, and an operation
# whose success answer is not JSON (CSV, ...) asks for that type in ``Accept``.
# ``model.py.jinja`` and ``endpoint_module.py.jinja`` are the upstream templates with
# only those changes.
TEMPLATES = ROOT / "openapi" / "templates"
TARGET = ROOT / "generated" / "sipgate_api"
# The sandbox validates requests against the description; it ships a JSON copy so that
# it needs no YAML parser at run time.
SPEC_JSON = ROOT / "sipgateio" / "sandbox" / "openapi.json"
PACKAGE = "sipgate_api"
GENERATOR_VERSION = "0.29.1"
RUFF_SETTINGS = ["--isolated", "--line-length", "120", "--target-version", "py311"]
MAX_DIFF_LINES = 60


def _bin(name: str) -> str:
    """Return the tool ``name`` from this interpreter's environment, else from PATH."""
    candidate = Path(sys.executable).parent / name
    if candidate.exists():
        return str(candidate)
    found = shutil.which(name)
    if found is None:
        sys.exit(f"regenerate: {name} is not installed (pip install -e '.[dev]')")
    return found


def _check_generator_version() -> None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        installed = version("openapi-python-client")
    except PackageNotFoundError:
        sys.exit("regenerate: openapi-python-client is not installed (pip install -e '.[dev]')")
    if installed != GENERATOR_VERSION:
        sys.exit(
            f"regenerate: openapi-python-client {installed} is installed, "
            f"but the tree is generated with {GENERATOR_VERSION}"
        )


def generate(into: Path) -> Path:
    """Generate the client package below ``into`` and return the package folder."""
    _check_generator_version()
    out = into / PACKAGE
    command = [
        _bin("openapi-python-client"),
        "generate",
        "--path",
        str(SPEC),
        "--config",
        str(CONFIG),
        "--custom-template-path",
        str(TEMPLATES),
        "--meta",
        "none",
        "--output-path",
        str(out),
        "--overwrite",
        "--fail-on-warning",
    ]
    result = subprocess.run(command, capture_output=True, text=True, cwd=into, check=False)
    if result.returncode != 0 or "Warning" in result.stdout:
        sys.stderr.write(result.stdout + result.stderr)
        sys.exit("regenerate: openapi-python-client failed or warned")
    ruff = _bin("ruff")
    fix = [ruff, "check", *RUFF_SETTINGS, "--select", "F401,I", "--fix", "--quiet", str(out)]
    subprocess.run(fix, check=True)
    subprocess.run([ruff, "format", *RUFF_SETTINGS, "--quiet", str(out)], check=True)
    for cache in out.rglob("__pycache__"):
        shutil.rmtree(cache)
    return out


def spec_json() -> str:
    """The description as canonical JSON (sorted keys, two-space indent, final newline)."""
    import json

    import yaml

    document = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def _files(tree: Path) -> set[str]:
    if not tree.exists():
        return set()
    return {
        p.relative_to(tree).as_posix()
        for p in tree.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }


def compare(fresh: Path, committed: Path) -> list[str]:
    """Describe every difference between the fresh and the committed tree."""
    fresh_files, committed_files = _files(fresh), _files(committed)
    problems = [f"missing: {name}" for name in sorted(fresh_files - committed_files)]
    problems += [f"extra: {name}" for name in sorted(committed_files - fresh_files)]
    for name in sorted(fresh_files & committed_files):
        if filecmp.cmp(fresh / name, committed / name, shallow=False):
            continue
        problems.append(f"differs: {name}")
        diff = difflib.unified_diff(
            (committed / name).read_text(encoding="utf-8", errors="replace").splitlines(),
            (fresh / name).read_text(encoding="utf-8", errors="replace").splitlines(),
            f"committed/{name}",
            f"generated/{name}",
            lineterm="",
        )
        problems.extend(f"    {line}" for line in list(diff)[:MAX_DIFF_LINES])
    return problems


def main(argv: list[str] | None = None) -> int:
    """Regenerate, or with ``--check`` verify, the committed generated client."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--check", action="store_true", help="compare only, change nothing")
    parser.add_argument(
        "--target", type=Path, default=TARGET, help="the tree to check (default: %(default)s)"
    )
    args = parser.parse_args(argv)
    if args.target == TARGET and bundle_openapi.main(["--check"] if args.check else []) != 0:
        return 1
    with tempfile.TemporaryDirectory(prefix="sipgate-regen-") as tmp:
        fresh = generate(Path(tmp))
        if args.check:
            problems = compare(fresh, args.target)
            current = SPEC_JSON.read_text(encoding="utf-8") if SPEC_JSON.exists() else None
            if args.target == TARGET and current != spec_json():
                problems.append(f"differs: {SPEC_JSON.relative_to(ROOT)}")
            if problems:
                print(f"generated/{PACKAGE} is stale; run: python tools/regenerate.py")
                print("\n".join(problems))
                return 1
            print(f"generated/{PACKAGE} matches openapi/sipgate.yaml")
            return 0
        if TARGET.exists():
            shutil.rmtree(TARGET)
        shutil.copytree(fresh, TARGET)
        SPEC_JSON.parent.mkdir(parents=True, exist_ok=True)
        SPEC_JSON.write_text(spec_json(), encoding="utf-8")
        print(f"wrote generated/{PACKAGE} ({len(_files(TARGET))} files) and {SPEC_JSON.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
