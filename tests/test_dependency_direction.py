"""The packages depend on each other one way only (docs/architecture.md, "Dependencies").

    sipgate_api  <-  sipgateio (client)  <-  sipgateio_webhooks  <-  sipgateio.sandbox, sipgateio.cli

Every import statement of every module is read with ``ast``, wherever it stands: at the top,
inside a function, under ``if TYPE_CHECKING:``, relative, or as ``import_module("...")`` with
a literal name. A function-level import is still a dependency.
"""

from __future__ import annotations

import ast
import functools
from collections.abc import Callable, Iterator
from pathlib import Path

import attrs

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = {
    "sipgate_api": ROOT / "generated" / "sipgate_api",
    "sipgateio": ROOT / "sipgateio",
    "sipgateio_webhooks": ROOT / "webhooks" / "sipgateio_webhooks",
}
# Inside the sipgateio package, the tools built on the client and the webhooks.
TOOLS = ("sipgateio.sandbox", "sipgateio.cli", "sipgateio.__main__")
# The owner of the push wire format, the one part of the webhooks the sandbox uses.
TESTING = "sipgateio_webhooks.testing"


@attrs.frozen
class Import:
    """One name a module imports: ``target`` is the dotted module or module.attribute."""

    module: str
    where: str
    target: str

    def __str__(self) -> str:
        return f"{self.where} ({self.module}) imports {self.target}"


def imported_names(source: str, module: str, *, is_package: bool = False) -> Iterator[str]:
    """The dotted names ``source`` (the text of ``module``) imports, relative ones resolved."""
    package = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                anchor = ".".join(parts[: len(parts) - node.level + 1])
                base = f"{anchor}.{base}" if base else anchor
            for alias in node.names:
                yield base if alias.name == "*" else f"{base}.{alias.name}"
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name | ast.Attribute)
            and (node.func.id if isinstance(node.func, ast.Name) else node.func.attr)
            in ("import_module", "__import__")
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            yield node.args[0].value


@functools.cache
def all_imports() -> tuple[Import, ...]:
    """Every import of every module of the three packages."""
    found = []
    for name, folder in PACKAGES.items():
        for path in sorted(folder.rglob("*.py")):
            relative = path.relative_to(folder).with_suffix("").parts
            is_package = relative[-1] == "__init__"
            module = ".".join((name, *relative[: -1 if is_package else None]))
            source = path.read_text(encoding="utf-8")
            where = str(path.relative_to(ROOT))
            for target in imported_names(source, module, is_package=is_package):
                found.append(Import(module, where, target))
    return tuple(found)


def layer(name: str) -> str | None:
    """Which of our layers a dotted name belongs to (``None``: the standard library or a
    third-party package)."""
    top = name.partition(".")[0]
    if top == "sipgate_api":
        return "generated"
    if top == "sipgateio_webhooks":
        return "webhooks"
    if top == "sipgateio":
        return "tools" if within(name, *TOOLS) else "client"
    return None


def within(name: str, *prefixes: str) -> bool:
    return any(name == prefix or name.startswith(prefix + ".") for prefix in prefixes)


def is_private(name: str) -> bool:
    """Whether any part of a dotted name starts with ``_`` (``__version__`` and the like do
    not count)."""
    return any(
        part.startswith("_") and not (part.startswith("__") and part.endswith("__"))
        for part in name.split(".")
    )


def offending(importer: Callable[[str], bool], refused: Callable[[str], bool]) -> str:
    """Each import by a module ``importer`` accepts of a name ``refused`` accepts, a line each."""
    return "\n".join(
        str(found) for found in all_imports() if importer(found.module) and refused(found.target)
    )


def test_the_scan_reads_every_package_and_sees_function_level_and_relative_imports() -> None:
    modules = {found.module for found in all_imports()}
    assert {"sipgateio._async.client", "sipgateio_webhooks.testing", "sipgate_api.client"} <= (
        modules
    )
    source = (
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n"
        "    from sipgateio._enums import OpenStrEnum\n"
        "def handler():\n"
        "    import sipgateio_webhooks\n"
        "    from . import _calls\n"
        "    from ..errors import ValidationError\n"
        "importlib.import_module('sipgateio.cli')\n"
    )
    assert set(imported_names(source, "sipgateio.sandbox._demo")) == {
        "typing.TYPE_CHECKING",
        "sipgateio._enums.OpenStrEnum",
        "sipgateio_webhooks",
        "sipgateio.sandbox._calls",
        "sipgateio.errors.ValidationError",
        "sipgateio.cli",
    }
    assert is_private("sipgateio._enums.OpenStrEnum")
    assert not is_private("sipgateio.__version__")


def test_generated_code_imports_nothing_written_by_hand() -> None:
    found = offending(
        lambda module: layer(module) == "generated",
        lambda target: layer(target) not in (None, "generated"),
    )
    assert not found, found


def test_the_client_imports_neither_the_webhooks_nor_the_sandbox_nor_the_command_line() -> None:
    found = offending(
        lambda module: layer(module) == "client",
        lambda target: layer(target) in ("webhooks", "tools"),
    )
    assert not found, found


def test_the_webhooks_use_only_the_public_api_of_the_client() -> None:
    found = offending(
        lambda module: layer(module) == "webhooks",
        lambda target: (
            layer(target) in ("generated", "tools")
            or (layer(target) == "client" and is_private(target))
        ),
    )
    assert not found, found


def test_the_sandbox_takes_only_the_push_format_from_the_webhooks() -> None:
    found = offending(
        lambda module: within(module, "sipgateio.sandbox"),
        lambda target: (
            (layer(target) == "webhooks" and not within(target, TESTING))
            or within(target, "sipgateio.cli")
        ),
    )
    assert not found, found


def test_the_command_line_uses_the_webhooks_and_the_sandbox_through_public_names() -> None:
    found = offending(
        lambda module: within(module, "sipgateio.cli", "sipgateio.__main__"),
        lambda target: (
            (layer(target) == "webhooks" or within(target, "sipgateio.sandbox"))
            and is_private(target)
        ),
    )
    assert not found, found
