"""httpx's private API stays in ``sipgateio/_httpx_compat.py``, and works on the installed httpx.

Three kinds of check:

* the private names the module uses exist on the installed httpx with the types it
  expects, so an httpx release that renames or retypes them fails here, by name;
* what the module does for users, over real HTTP on 127.0.0.1: every transport of an
  ``http_client=`` passed in, mounted ones included, gets sipgateio's retry policy;
* no other module of ``sipgateio``, ``sipgateio_webhooks`` or ``tools`` uses a private
  httpx name (an AST scan, itself checked on the patterns it must catch).

``tox -e httpx-oldest`` and ``tox -e httpx-newest`` run these with the client's other
tests on both ends of the httpx range that ``pyproject.toml`` allows.
"""

from __future__ import annotations

import ast
import functools
import importlib
import inspect
import re
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import sipgateio
from sipgateio import _httpx_compat
from sipgateio._async._lean_client import AsyncLeanClient
from sipgateio._sync._lean_client import LeanClient
from sipgateio._sync._transport import PolicyTransport
from tests._server import RecordingServer, Reply
from tests.conftest import TOKEN, TOKEN_ID

ROOT = Path(__file__).resolve().parent.parent
SCANNED = [ROOT / "sipgateio", ROOT / "webhooks" / "sipgateio_webhooks", ROOT / "tools"]
COMPAT = ROOT / "sipgateio" / "_httpx_compat.py"
USERINFO = {"sub": "w0", "domain": "example.com", "masterSipId": "1234567", "locale": "de_DE"}

KINDS = [
    pytest.param(httpx.Client, httpx.HTTPTransport, httpx.BaseTransport, id="sync"),
    pytest.param(httpx.AsyncClient, httpx.AsyncHTTPTransport, httpx.AsyncBaseTransport, id="async"),
]


# --- the private names, on the installed httpx --------------------------------------------------


@pytest.mark.parametrize(("client_type", "transport_type", "base_type"), KINDS)
def test_a_client_keeps_the_transport_it_was_given_in_transport(
    client_type: Any, transport_type: Any, base_type: Any
) -> None:
    transport = transport_type()
    client = client_type(transport=transport)

    assert client._transport is transport
    assert isinstance(client_type()._transport, base_type)  # httpx's own pool by default


@pytest.mark.parametrize(("client_type", "transport_type", "base_type"), KINDS)
def test_a_client_keeps_mounted_transports_in_mounts_by_pattern(
    client_type: Any, transport_type: Any, base_type: Any
) -> None:
    mounted = transport_type()
    client = client_type(mounts={"http://example.org": mounted, "http://example.com": None})

    assert isinstance(client._mounts, dict)
    by_pattern = {pattern.pattern: value for pattern, value in client._mounts.items()}
    assert by_pattern == {"http://example.org": mounted, "http://example.com": None}


@pytest.mark.parametrize(("client_type", "transport_type", "base_type"), KINDS)
def test_a_proxy_in_the_environment_is_a_mounted_transport(
    client_type: Any, transport_type: Any, base_type: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")
    client = client_type()

    by_pattern = {pattern.pattern: value for pattern, value in client._mounts.items()}
    assert isinstance(by_pattern["https://"], base_type)
    assert by_pattern["https://"] is not client._transport


@pytest.mark.parametrize(("client_type", "transport_type", "base_type"), KINDS)
def test_wrap_transports_wraps_the_default_and_every_mounted_transport_once(
    client_type: Any, transport_type: Any, base_type: Any
) -> None:
    default, mounted = transport_type(), transport_type()
    client = client_type(
        transport=default, mounts={"http://a.test": mounted, "http://b.test": None}
    )
    seen: list[Any] = []

    def wrap(transport: Any) -> Any:
        seen.append(transport)
        return ("wrapped", transport)

    _httpx_compat.wrap_transports(client, wrap)

    assert seen == [default, mounted]
    assert client._transport == ("wrapped", default)
    assert list(client._mounts.values()) == [("wrapped", mounted), None]


# --- what it is for: the policy on every transport of a client passed in -----------------------


def _userinfo_through(http: httpx.Client | httpx.AsyncClient, base_url: str, loop: Any) -> str:
    if isinstance(http, httpx.Client):
        with (
            http,
            sipgateio.SipgateIO(
                token_id=TOKEN_ID, token=TOKEN, base_url=base_url, http_client=http
            ) as client,
        ):
            return client.get_authenticated_webuser_id()

    async def run() -> str:
        async with http:
            client = sipgateio.AsyncSipgateIO(
                token_id=TOKEN_ID, token=TOKEN, base_url=base_url, http_client=http
            )
            return await client.get_authenticated_webuser_id()

    return str(loop.run(run()))


@pytest.mark.parametrize("mounted_to", ["a transport", "None"])
@pytest.mark.parametrize(("client_type", "transport_type", "base_type"), KINDS)
def test_every_transport_that_reaches_sipgate_gets_the_retry_policy(
    client_type: Any,
    transport_type: Any,
    base_type: Any,
    mounted_to: str,
    server: RecordingServer,
    loop_thread: Any,
) -> None:
    server.on("GET", "/authorization/userinfo", Reply(503), Reply(200, USERINFO))
    origin = server.base_url.removesuffix("/v2")
    unreachable = transport_type(proxy="http://127.0.0.1:9")  # connects nowhere
    if mounted_to == "a transport":  # only the transport mounted for sipgate reaches it
        http = client_type(transport=unreachable, mounts={origin: transport_type()})
    else:  # sipgate's origin mounted to None: the default transport, not the catch-all
        http = client_type(mounts={"all://": unreachable, origin: None})

    assert _userinfo_through(http, server.base_url, loop_thread) == "w0"
    assert len(server.requests) == 2  # the 503 was retried


def test_a_client_passed_to_two_sipgate_clients_is_wrapped_once(server: RecordingServer) -> None:
    server.on("GET", "/authorization/userinfo", Reply(503), Reply(200, USERINFO))
    with httpx.Client() as http:
        sipgateio.SipgateIO(
            token_id=TOKEN_ID, token=TOKEN, base_url=server.base_url, http_client=http
        )
        client = sipgateio.SipgateIO(
            token_id=TOKEN_ID, token=TOKEN, base_url=server.base_url, http_client=http
        )
        assert client.get_authenticated_webuser_id() == "w0"
        assert isinstance(http._transport, PolicyTransport)
        assert not isinstance(http._transport._inner, PolicyTransport)

    assert len(server.requests) == 2  # retried once, not once per wrapper


# --- the lean client relies on httpx's public request path --------------------------------------

BASES = ["https://api.sipgate.com/v2", "http://127.0.0.1:8080/v2/", "https://example.org", ""]
URLS = [
    "/sessions/sms",
    "sessions/sms",
    "/history?types=SMS&offset=10",
    "/contacts/%C3%A4/x y",
    "/a#fragment",
    "",
    "?q=1",
    "https://other.test/x",
    "//other.test/x",
]


@pytest.mark.parametrize("base_url", BASES)
@pytest.mark.parametrize("lean_type", [LeanClient, AsyncLeanClient])
def test_the_lean_client_joins_every_kind_of_url_as_httpx_does(
    lean_type: Any, base_url: str
) -> None:
    plain = (httpx.Client if lean_type is LeanClient else httpx.AsyncClient)(base_url=base_url)
    lean = lean_type(base_url=base_url)
    for url in URLS * 2:  # the second time from what it remembered
        expected = plain.build_request("GET", url, params={"p": "1"}).url
        assert lean.build_request("GET", url, params={"p": "1"}).url == expected, url


def test_httpx_sends_what_build_request_built(server: RecordingServer) -> None:
    server.on("GET", "/me", Reply(200, {"me": True}))

    class Tagging(httpx.Client):
        def build_request(self, method: str, url: httpx.URL | str, **kwargs: Any) -> httpx.Request:
            request = super().build_request(method, url, **kwargs)
            request.headers["x-built-by"] = "build_request"
            return request

    with Tagging(base_url=server.base_url) as http:
        assert http.get("/me").json() == {"me": True}
        assert http.request("GET", "/me").json() == {"me": True}

    assert [r.headers["x-built-by"] for r in server.requests] == ["build_request"] * 2


# --- no private httpx name anywhere else ----------------------------------------------------------


HTTPX_PACKAGES = {"httpx", "httpcore"}


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def _on_self(node: ast.Attribute) -> bool:
    return isinstance(node.value, ast.Name) and node.value.id in {"self", "cls"}


def _httpx_classes() -> dict[str, type]:
    """httpx's public classes by their public name."""
    return {
        name: value
        for name, value in vars(httpx).items()
        if not name.startswith("_") and inspect.isclass(value)
    }


@functools.cache
def _class_definitions() -> dict[str, list[ast.ClassDef]]:
    """The classes httpx and httpcore define, by name, as written in their sources.

    (httpx sets ``__module__ = "httpx"`` on its public classes, so the file a class is
    written in cannot be asked of the class.)
    """
    found: dict[str, list[ast.ClassDef]] = {}
    for package in HTTPX_PACKAGES:
        folder = Path(inspect.getfile(importlib.import_module(package))).parent
        for path in sorted(folder.rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.ClassDef):
                    found.setdefault(node.name, []).append(node)
    return found


def _members_named(name: str) -> set[str]:
    """The private names the httpx classes called ``name`` define, or read on ``self``."""
    names: set[str] = set()
    for node in (n for d in _class_definitions().get(name, []) for n in ast.walk(d)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and _private(node.name):
            names.add(node.name)
        if isinstance(node, ast.Attribute) and _on_self(node) and _private(node.attr):
            names.add(node.attr)
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store) and _private(node.id):
            names.add(node.id)
    return names


def _private_members(cls: type) -> set[str]:
    """The private members of an httpx class and of its httpx bases."""
    names = {name for name in dir(cls) if _private(name)}
    for klass in cls.__mro__:
        if klass.__module__.split(".")[0] in HTTPX_PACKAGES:
            names |= _members_named(klass.__name__)
    return names


PRIVATE_BY_CLASS = {name: _private_members(cls) for name, cls in _httpx_classes().items()}
ALL_PRIVATE = set().union(*PRIVATE_BY_CLASS.values())


class _Scan:
    """One module's source, read for private names of httpx (and httpcore)."""

    def __init__(self, source: str) -> None:
        self.tree = ast.parse(source)
        self.found: set[tuple[int, str]] = set()
        self.httpx_names: dict[str, str] = {}  # local name: "httpx", "httpcore" or an httpx class
        self.other_modules: set[str] = set()  # what the module imports from elsewhere
        self.defined_here: set[str] = set()  # its own functions, classes and attributes
        for node in ast.walk(self.tree):
            self._learn(node)
        for node in ast.walk(self.tree):
            self._check(node)

    def uses(self) -> list[str]:
        return [f"{line}: {what}" for line, what in sorted(self.found)]

    def _flag(self, node: ast.stmt | ast.expr, what: str | None = None) -> None:
        self.found.add((node.lineno, what or ast.unparse(node)))

    def _learn(self, node: ast.AST) -> None:
        if isinstance(node, ast.Import):
            for alias in node.names:
                top = alias.name.split(".")[0]
                if top not in HTTPX_PACKAGES:
                    self.other_modules.add(alias.asname or top)
                    continue
                self.httpx_names[alias.asname or top] = top
                if any(_private(part) for part in alias.name.split(".")):
                    self._flag(node, f"import {alias.name}")
        elif isinstance(node, ast.ImportFrom) and node.module:
            parts = node.module.split(".")
            names = [alias.asname or alias.name for alias in node.names]
            if parts[0] not in HTTPX_PACKAGES:
                self.other_modules.update(names)
                return
            for alias in node.names:
                self.httpx_names[alias.asname or alias.name] = alias.name
                if _private(alias.name) or any(_private(part) for part in parts):
                    self._flag(node, f"from {node.module} import {alias.name}")
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            self.defined_here.add(node.name)
        elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store) and _on_self(node):
            self.defined_here.add(node.attr)

    def _check(self, node: ast.AST) -> None:
        if isinstance(node, ast.ClassDef):
            self._check_subclass(node)
        elif isinstance(node, ast.Attribute) and _private(node.attr):
            value = node.value
            of_httpx = (
                isinstance(value, ast.Name) and self.httpx_names.get(value.id) in HTTPX_PACKAGES
            )
            of_own_module = isinstance(value, ast.Name) and value.id in self.other_modules
            if of_httpx or (self._httpx_member(node.attr) and not of_own_module):
                self._flag(node)  # httpx._client, or client._transport
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in {"getattr", "setattr", "hasattr", "delattr"}
            and len(node.args) >= 2
            and isinstance(node.args[1], ast.Constant)
            and isinstance(node.args[1].value, str)
            and self._httpx_member(node.args[1].value)
        ):
            self._flag(node)

    def _httpx_member(self, name: str) -> bool:
        """A private member of httpx's objects that this module does not define itself."""
        return name in ALL_PRIVATE and name not in self.defined_here

    def _check_subclass(self, node: ast.ClassDef) -> None:
        """A subclass of an httpx class overriding or using a private member of it."""
        inherited: set[str] = set()
        for base in node.bases:
            name = self._httpx_class(base)
            if name is not None:
                inherited |= PRIVATE_BY_CLASS.get(name) or _members_named(name)
        for inner in ast.walk(node):
            if (
                isinstance(inner, ast.FunctionDef | ast.AsyncFunctionDef)
                and inner.name in inherited
            ):
                self._flag(inner, f"overrides {node.name}.{inner.name}")
            elif isinstance(inner, ast.Attribute) and inner.attr in inherited:
                self._flag(inner)

    def _httpx_class(self, base: ast.expr) -> str | None:
        if isinstance(base, ast.Name):
            return self.httpx_names.get(base.id)
        if (
            isinstance(base, ast.Attribute)
            and isinstance(base.value, ast.Name)
            and self.httpx_names.get(base.value.id) in HTTPX_PACKAGES
        ):
            return base.attr
        return None


def private_httpx_uses(source: str) -> list[str]:
    """Where ``source`` uses a private name of httpx or httpcore: ``"line: what"`` each."""
    return _Scan(source).uses()


def _scanned_modules() -> Iterator[Path]:
    for folder in SCANNED:
        yield from sorted(folder.rglob("*.py"))


def test_only_the_compat_module_uses_private_httpx_names() -> None:
    offenders = {
        str(path.relative_to(ROOT)): uses
        for path in _scanned_modules()
        if path != COMPAT and (uses := private_httpx_uses(path.read_text(encoding="utf-8")))
    }

    assert offenders == {}


def test_the_compat_module_names_every_private_name_it_uses_in_its_docstring() -> None:
    source = COMPAT.read_text(encoding="utf-8")
    used = {re.findall(r"\._\w+", use)[-1][1:] for use in private_httpx_uses(source)}
    documented = set(re.findall(r"``\w+\.(_\w+)``", ast.get_docstring(ast.parse(source)) or ""))

    assert used == {"_transport", "_mounts"}
    assert used <= documented


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        ("from httpx._client import BaseClient\n", "from httpx._client import BaseClient"),
        ("import httpx\nhttpx._client.BaseClient\n", "httpx._client"),
        ("import httpx._urlparse\n", "import httpx._urlparse"),
        ("def f(http):\n    http._transport = None\n", "http._transport"),
        ("def f(http):\n    return http._mounts.items()\n", "http._mounts"),
        ("def f(http):\n    return getattr(http, '_transport')\n", "getattr(http, '_transport')"),
        (
            "import httpx\nclass C(httpx.Client):\n    def _merge_url(self, url):\n        return url\n",
            "overrides C._merge_url",
        ),
        (
            "from httpx import AsyncClient\nclass C(AsyncClient):\n"
            "    def __init__(self):\n        self._cookies = None\n",
            "self._cookies",
        ),
        (
            "import httpx\nclass C(httpx.Client):\n    def f(self, url):\n"
            "        return super()._merge_url(url)\n",
            "super()._merge_url",
        ),
    ],
)
def test_the_scan_finds_private_httpx_names(snippet: str, expected: str) -> None:
    assert any(expected in use for use in private_httpx_uses(snippet))


def test_the_scan_leaves_a_modules_own_private_names_alone() -> None:
    snippet = textwrap.dedent(
        """
        import httpx
        from sipgateio import _convert

        class Pool(httpx.AsyncBaseTransport):
            def __init__(self):
                self._connections = set()
                self._transport = None

            def _discard(self, connection):
                self._connections.discard(connection)

        def drop(pool, connection):
            pool._discard(connection)
            return _convert._text(pool._transport)
        """
    )
    assert private_httpx_uses(snippet) == []
