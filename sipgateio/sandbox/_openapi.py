"""The API description the sandbox enforces, and a validator for the schema subset it uses.

``openapi.json`` beside this module is a canonical JSON copy of ``openapi/sipgate.yaml``
written by ``tools/regenerate.py``. Requests are checked against it before a handler
runs, so the sandbox and the description cannot drift apart; tests check the answers
against it too.

The validator understands the part of JSON Schema (OpenAPI 3.0 dialect) the description
uses: ``$ref``, ``type``, ``nullable``, ``enum``, ``format``, ``required``,
``properties``, ``additionalProperties``, ``items``, ``minItems``/``maxItems``,
``minLength``/``maxLength``, ``minimum``/``maximum``, ``pattern``, ``allOf``,
``anyOf``, ``oneOf`` (with ``discriminator``) and ``not``.
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

_INT_RANGES: Final = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}
_METHODS: Final = ("get", "put", "post", "delete", "patch", "head", "options")


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


class _Validator:
    def __init__(self, root: Mapping[str, Any]) -> None:
        self.root = root

    def resolve(self, schema: Mapping[str, Any]) -> Mapping[str, Any]:
        seen = 0
        while "$ref" in schema:
            ref = schema["$ref"]
            if not isinstance(ref, str) or not ref.startswith("#/"):
                raise ValueError(f"unsupported $ref {ref!r}")
            node: Any = self.root
            for part in ref[2:].split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
            schema = node
            seen += 1
            if seen > 50:
                raise ValueError(f"$ref loop at {ref!r}")
        return schema

    def check(self, schema: Mapping[str, Any], value: Any, pointer: str) -> list[Problem]:
        schema = self.resolve(schema)
        if value is None:
            if schema.get("nullable") is True:
                return []
            if "type" in schema:
                return [Problem(pointer, "must not be null")]
        problems = self._check_type(schema, value, pointer)
        if problems:
            return problems
        if "enum" in schema and value not in schema["enum"]:
            allowed = ", ".join(map(str, schema["enum"]))
            problems.append(Problem(pointer, f"{value!r} is not one of: {allowed}"))
        if isinstance(value, str):
            problems += self._check_string(schema, value, pointer)
        elif isinstance(value, int | float) and not isinstance(value, bool):
            problems += self._check_number(schema, value, pointer)
        elif isinstance(value, list):
            problems += self._check_array(schema, value, pointer)
        elif isinstance(value, dict):
            problems += self._check_object(schema, value, pointer)
        problems += self._check_combinators(schema, value, pointer)
        return problems

    def _check_type(self, schema: Mapping[str, Any], value: Any, pointer: str) -> list[Problem]:
        expected = schema.get("type")
        if expected is None or value is None:
            return []
        matches = {
            "object": isinstance(value, dict),
            "array": isinstance(value, list),
            "string": isinstance(value, str),
            "boolean": isinstance(value, bool),
            "integer": isinstance(value, int) and not isinstance(value, bool),
            "number": isinstance(value, int | float) and not isinstance(value, bool),
        }
        if matches.get(expected, True):
            return []
        return [Problem(pointer, f"must be of type {expected}, got {_json_type(value)}")]

    def _check_string(self, schema: Mapping[str, Any], value: str, pointer: str) -> list[Problem]:
        problems = []
        if len(value) < schema.get("minLength", 0):
            problems.append(
                Problem(pointer, f"must have at least {schema['minLength']} characters")
            )
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            problems.append(Problem(pointer, f"must have at most {schema['maxLength']} characters"))
        if "pattern" in schema and not re.search(schema["pattern"], value):
            problems.append(Problem(pointer, f"must match {schema['pattern']}"))
        if schema.get("format") == "date-time" and parse_datetime(value) is None:
            problems.append(Problem(pointer, f"{value!r} is not an ISO 8601 date-time with a zone"))
        return problems

    def _check_number(self, schema: Mapping[str, Any], value: float, pointer: str) -> list[Problem]:
        problems = []
        low, high = _INT_RANGES.get(schema.get("format", ""), (None, None))
        if low is not None and high is not None and not low <= value <= high:
            problems.append(Problem(pointer, f"{value} is out of range for {schema['format']}"))
        if "minimum" in schema and value < schema["minimum"]:
            problems.append(Problem(pointer, f"must be at least {schema['minimum']}"))
        if "maximum" in schema and value > schema["maximum"]:
            problems.append(Problem(pointer, f"must be at most {schema['maximum']}"))
        return problems

    def _check_array(
        self, schema: Mapping[str, Any], value: list[Any], pointer: str
    ) -> list[Problem]:
        problems = []
        if len(value) < schema.get("minItems", 0):
            problems.append(Problem(pointer, f"must have at least {schema['minItems']} items"))
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            problems.append(Problem(pointer, f"must have at most {schema['maxItems']} items"))
        if "items" in schema:
            for index, item in enumerate(value):
                problems += self.check(schema["items"], item, f"{pointer}/{index}")
        return problems

    def _check_object(
        self, schema: Mapping[str, Any], value: dict[str, Any], pointer: str
    ) -> list[Problem]:
        problems = [
            Problem(f"{pointer}/{name}", "is required")
            for name in schema.get("required", ())
            if name not in value
        ]
        properties = schema.get("properties", {})
        extra = schema.get("additionalProperties", True)
        for name, item in value.items():
            if name in properties:
                problems += self.check(properties[name], item, f"{pointer}/{name}")
            elif extra is False:
                problems.append(Problem(f"{pointer}/{name}", "is not an allowed property"))
            elif isinstance(extra, dict):
                problems += self.check(extra, item, f"{pointer}/{name}")
        return problems

    def _check_combinators(
        self, schema: Mapping[str, Any], value: Any, pointer: str
    ) -> list[Problem]:
        problems: list[Problem] = []
        for part in schema.get("allOf", ()):
            problems += self.check(part, value, pointer)
        if "anyOf" in schema:
            problems += self._any_of(schema["anyOf"], value, pointer)
        if "oneOf" in schema:
            problems += self._one_of(schema, value, pointer)
        if "not" in schema and not self.check(schema["not"], value, pointer):
            problems.append(Problem(pointer, "matches a schema it must not match"))
        return problems

    def _any_of(self, options: Sequence[Any], value: Any, pointer: str) -> list[Problem]:
        failures = [self.check(option, value, pointer) for option in options]
        if all(failures):
            return [Problem(pointer, "matches none of the allowed shapes"), *failures[0]]
        return []

    def _one_of(self, schema: Mapping[str, Any], value: Any, pointer: str) -> list[Problem]:
        discriminator = schema.get("discriminator")
        if discriminator is not None and isinstance(value, dict):
            tag = value.get(discriminator["propertyName"])
            target = discriminator.get("mapping", {}).get(tag)
            if target is not None:
                return self.check({"$ref": target}, value, pointer)
        failures = [self.check(option, value, pointer) for option in schema["oneOf"]]
        matching = sum(1 for failure in failures if not failure)
        if matching == 1:
            return []
        if matching == 0:
            return [Problem(pointer, "matches none of the allowed shapes"), *failures[0]]
        return [Problem(pointer, f"matches {matching} shapes where exactly one is allowed")]


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def validate(
    schema: Mapping[str, Any], value: Any, root: Mapping[str, Any] | None = None
) -> list[Problem]:
    """Every way ``value`` breaks ``schema`` (``$ref``s resolve against ``root``)."""
    return _Validator(root if root is not None else schema).check(schema, value, "")


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
        self._validator = _Validator(document)
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
        return self._validator.resolve(schema)

    def validate(self, schema: Mapping[str, Any], value: Any) -> list[Problem]:
        """Every way ``value`` breaks ``schema``."""
        return self._validator.check(schema, value, "")

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
