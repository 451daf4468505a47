"""The API description the sandbox enforces, checked with openapi-schema-validator.

``openapi.json`` beside this module is a canonical JSON copy of ``openapi/sipgate.yaml``
written by ``tools/regenerate.py``. Requests are checked against it before a handler
runs, so the sandbox and the description cannot drift apart; tests check the answers
against it too.

Schemas are checked by ``openapi-schema-validator`` (OpenAPI 3.0 on top of
``jsonschema``), an implementation independent of our reading of the description, so
the sandbox is a second opinion on it rather than a copy. It comes with the ``sandbox``
extra (``pip install 'sipgateio[sandbox]'``) and is imported when a sandbox starts.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from datetime import datetime
from importlib import resources
from typing import Any, Final

import attrs

__all__ = ["ApiDescription", "Operation", "Problem", "validate"]

_METHODS: Final = ("get", "put", "post", "delete", "patch", "head", "options")
# Where the description lives for the validator: every local ``#/...`` reference is
# rewritten to point here, so a schema taken out of the document still resolves.
_DOCUMENT_URI: Final = "urn:sipgateio:openapi"


@attrs.frozen
class Problem:
    """One way a value breaks its schema; ``pointer`` is a JSON pointer into the value."""

    pointer: str
    message: str

    def __str__(self) -> str:
        return f"{self.pointer or '/'}: {self.message}"


def parse_datetime(value: str) -> datetime | None:
    """An ISO 8601 time stamp with a zone (``Z`` or an offset), else ``None``."""
    try:
        parsed = datetime.fromisoformat(value.replace("z", "Z").replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else None


def _absolute_refs(node: Any) -> Any:
    """A copy of ``node`` whose ``#/...`` references name the document by its URI."""
    if isinstance(node, dict):
        return {
            key: _DOCUMENT_URI + value
            if key == "$ref" and isinstance(value, str) and value.startswith("#/")
            else _absolute_refs(value)
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_absolute_refs(item) for item in node]
    return node


def _pointer(path: Sequence[Any]) -> str:
    return "".join(f"/{str(part).replace('~', '~0').replace('/', '~1')}" for part in path)


def _where(error: Any) -> str:
    """The pointer to the broken value; for a missing property, to where it should be."""
    where = _pointer(error.absolute_path)
    if error.validator == "required" and isinstance(error.instance, dict):
        missing = [name for name in error.validator_value if name not in error.instance]
        named = [name for name in missing if repr(name) in error.message]
        if named:
            where += _pointer(named[:1])
    return where


class _SchemaChecker:
    """Validates values against schemas of one document, one cached validator per schema."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        try:
            from openapi_schema_validator import OAS30Validator, oas30_format_checker
            from referencing import Registry, Resource
            from referencing.jsonschema import DRAFT4
        except ImportError as error:
            raise ImportError(
                "the sandbox checks requests with openapi-schema-validator: "
                "pip install 'sipgateio[sandbox]'"
            ) from error
        resource = Resource.from_contents(_absolute_refs(document), default_specification=DRAFT4)
        self._registry: Any = Registry().with_resource(_DOCUMENT_URI, resource)
        self._validator_class: Any = OAS30Validator
        self._format_checker = oas30_format_checker
        # Keyed by id(); the schema is kept alongside so that the id stays its own.
        self._validators: dict[int, tuple[Mapping[str, Any], Any]] = {}

    def check(self, schema: Mapping[str, Any], value: Any) -> list[Problem]:
        cached = self._validators.get(id(schema))
        if cached is None or cached[0] is not schema:
            validator = self._validator_class(
                _absolute_refs(schema),
                registry=self._registry,
                format_checker=self._format_checker,
            )
            cached = self._validators[id(schema)] = (schema, validator)
        errors = sorted(cached[1].iter_errors(value), key=lambda error: list(error.path))
        return [Problem(_where(error), error.message) for error in errors]


def validate(
    schema: Mapping[str, Any], value: Any, root: Mapping[str, Any] | None = None
) -> list[Problem]:
    """Every way ``value`` breaks ``schema`` (``$ref``s resolve against ``root``)."""
    return _SchemaChecker(root if root is not None else schema).check(schema, value)


@attrs.frozen
class Operation:
    """One method on one path of the description."""

    method: str
    template: str
    operation_id: str
    parameters: tuple[Mapping[str, Any], ...]
    request_schema: Mapping[str, Any] | None
    request_required: bool
    responses: Mapping[str, Any]
    description: ApiDescription = attrs.field(repr=False, eq=False)

    def check_parameters(
        self, where: str, values: Mapping[str, Sequence[str]]
    ) -> tuple[dict[str, Any], list[Problem]]:
        """Convert and check the ``where`` (``query`` or ``path``) parameters.

        Returns the converted values (lists for array parameters) and the problems.
        """
        converted: dict[str, Any] = {}
        problems: list[Problem] = []
        for parameter in self.parameters:
            if parameter["in"] != where:
                continue
            name = parameter["name"]
            raw = list(values.get(name, ()))
            if not raw:
                if parameter.get("required"):
                    problems.append(Problem(f"/{name}", f"the {where} parameter is required"))
                continue
            schema = self.description.resolve(parameter.get("schema", {}))
            value, conversion = self._convert(schema, raw, name)
            if conversion:
                problems.append(conversion)
                continue
            found = self.description.validate(schema, value)
            problems += [Problem(f"/{name}{p.pointer}", p.message) for p in found]
            converted[name] = value
        return converted, problems

    def _convert(
        self, schema: Mapping[str, Any], raw: list[str], name: str
    ) -> tuple[Any, Problem | None]:
        if schema.get("type") == "array":
            items = self.description.resolve(schema.get("items", {}))
            values = []
            for text in raw:
                value, problem = _scalar(items, text, name)
                if problem:
                    return None, problem
                values.append(value)
            return values, None
        if len(raw) > 1:
            return None, Problem(f"/{name}", "must be given once")
        return _scalar(schema, raw[0], name)

    def response_schema(
        self, status: int, content_type: str = "application/json"
    ) -> Mapping[str, Any] | None:
        """The schema of a ``status`` answer of ``content_type``, ``None`` if none is declared."""
        response = self.responses.get(str(status)) or self.responses.get("default")
        if response is None:
            return None
        response = self.description.resolve(response)
        media_type = content_type.split(";")[0].strip().lower()
        media = response.get("content", {}).get(media_type)
        return None if media is None else media.get("schema")

    def response_media_types(self, status: int) -> list[str]:
        """The media types declared for a ``status`` answer."""
        response = self.responses.get(str(status)) or self.responses.get("default")
        if response is None:
            return []
        return list(self.description.resolve(response).get("content", {}))

    def declares_status(self, status: int) -> bool:
        """Whether the description lists ``status`` for this operation."""
        return str(status) in self.responses or "default" in self.responses


def _scalar(schema: Mapping[str, Any], text: str, name: str) -> tuple[Any, Problem | None]:
    kind = schema.get("type")
    if kind == "integer":
        if re.fullmatch(r"-?[0-9]+", text):
            return int(text), None
        return None, Problem(f"/{name}", f"{text!r} is not a whole number")
    if kind == "number":
        try:
            return float(text), None
        except ValueError:
            return None, Problem(f"/{name}", f"{text!r} is not a number")
    if kind == "boolean":
        if text in ("true", "false"):
            return text == "true", None
        return None, Problem(f"/{name}", f"{text!r} is not true or false")
    return text, None


class ApiDescription:
    """The OpenAPI document: operations by method and path, and schema checks."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        self._checker = _SchemaChecker(document)
        self.operations: list[Operation] = []
        for template, item in document.get("paths", {}).items():
            shared = item.get("parameters", [])
            for method in _METHODS:
                if method in item:
                    self.operations.append(self._operation(method, template, shared, item[method]))
        # Literal segments win over templated ones: /sessions/sms before /{userId}/sms.
        self._matchers = sorted(
            ((_compile(op.template), op) for op in self.operations),
            key=lambda pair: [seg.startswith("{") for seg in pair[1].template.split("/")],
        )

    @classmethod
    def load(cls) -> ApiDescription:
        """Read ``openapi.json`` shipped beside this module."""
        path = resources.files("sipgateio.sandbox").joinpath("openapi.json")
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise RuntimeError(
                "sipgateio/sandbox/openapi.json is missing; run `python tools/regenerate.py`"
            ) from None
        return cls(json.loads(text))

    def _operation(
        self,
        method: str,
        template: str,
        shared: Sequence[Mapping[str, Any]],
        spec: Mapping[str, Any],
    ) -> Operation:
        by_key: dict[tuple[str, str], Mapping[str, Any]] = {}
        for parameter in [*shared, *spec.get("parameters", [])]:
            resolved = self.resolve(parameter)
            by_key[(resolved["in"], resolved["name"])] = resolved
        body = spec.get("requestBody")
        schema = None
        required = False
        if body is not None:
            body = self.resolve(body)
            required = bool(body.get("required"))
            media = body.get("content", {}).get("application/json")
            schema = None if media is None else media.get("schema", {})
        return Operation(
            method=method.upper(),
            template=template,
            operation_id=spec.get("operationId", f"{method} {template}"),
            parameters=tuple(by_key.values()),
            request_schema=schema,
            request_required=required,
            responses=spec.get("responses", {}),
            description=self,
        )

    def resolve(self, schema: Mapping[str, Any]) -> Mapping[str, Any]:
        """Follow ``$ref``s to the schema (or parameter, response, ...) they name."""
        for _ in range(50):
            ref = schema.get("$ref")
            if ref is None:
                return schema
            if not isinstance(ref, str) or not ref.startswith("#/"):
                raise ValueError(f"unsupported $ref {ref!r}")
            node: Any = self.document
            for part in ref[2:].split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
            schema = node
        raise ValueError(f"$ref loop at {schema!r}")

    def validate(self, schema: Mapping[str, Any], value: Any) -> list[Problem]:
        """Every way ``value`` breaks ``schema``."""
        return self._checker.check(schema, value)

    def methods_for(self, path: str) -> list[str]:
        """The methods the description declares for ``path`` (for an ``Allow`` header)."""
        templates = [op.template for pattern, op in self._matchers if pattern.fullmatch(path)]
        if not templates:
            return []
        # The most specific template wins, as in match(): /history/export, not /history/{id}.
        return sorted(op.method for op in self.operations if op.template == templates[0])

    def match(self, method: str, path: str) -> tuple[Operation | None, dict[str, str], bool]:
        """The operation for ``method`` on ``path`` (relative to ``/v2``).

        Returns the operation (or ``None``), its path parameters, and whether any
        operation exists for the path at all (to tell 404 from 405).
        """
        template = None
        for pattern, operation in self._matchers:
            found = pattern.fullmatch(path)
            if found is None:
                continue
            template = template or operation.template
            if operation.template == template and operation.method == method.upper():
                return operation, found.groupdict(), True
        return None, {}, template is not None


def _compile(template: str) -> re.Pattern[str]:
    parts = []
    for segment in template.split("/"):
        if segment.startswith("{") and segment.endswith("}"):
            parts.append(f"(?P<{segment[1:-1]}>[^/]+)")
        else:
            parts.append(re.escape(segment))
    return re.compile("/".join(parts))
