"""The sandbox checks values with openapi-schema-validator, and matches operations to paths."""

from __future__ import annotations

from typing import Any

import pytest

from sipgateio.sandbox._openapi import ApiDescription, validate

ROOT: dict[str, Any] = {
    "components": {
        "schemas": {
            "Kind": {"type": "string", "enum": ["A", "B"]},
            "Base": {
                "type": "object",
                "required": ["id", "kind"],
                "properties": {"id": {"type": "string"}},
            },
            "A": {
                "allOf": [
                    {"$ref": "#/components/schemas/Base"},
                    {"properties": {"size": {"type": "integer", "format": "int32"}}},
                ]
            },
            "Other": {
                "allOf": [
                    {"$ref": "#/components/schemas/Base"},
                    {"properties": {"kind": {"not": {"enum": ["A"]}}}},
                ]
            },
            "Entry": {
                "oneOf": [
                    {"$ref": "#/components/schemas/A"},
                    {"$ref": "#/components/schemas/Other"},
                ],
            },
        }
    }
}


def _problems(schema: dict[str, Any], value: Any) -> list[str]:
    return [problem.pointer for problem in validate(schema, value, ROOT)]


@pytest.mark.parametrize(
    ("schema", "value", "pointers"),
    [
        ({"type": "string"}, 1, [""]),
        ({"type": "integer"}, True, [""]),
        ({"type": "number"}, 1, []),
        ({"type": "string", "nullable": True}, None, []),
        ({"type": "string"}, None, ["", ""]),
        ({"$ref": "#/components/schemas/Kind"}, "C", [""]),
        ({"type": "string", "format": "date-time"}, "2024-01-31T08:00:00Z", []),
        ({"type": "string", "format": "date-time"}, "2024-01-31T08:00:00", [""]),
        ({"type": "integer", "format": "int32"}, 2**31, [""]),
        ({"type": "array", "maxItems": 1, "items": {"type": "string"}}, ["a", 2], ["", "/1"]),
        ({"type": "string", "minLength": 2, "pattern": "^x"}, "y", ["", ""]),
        ({"type": "integer", "minimum": 0, "maximum": 9}, 10, [""]),
        ({"anyOf": [{"type": "string"}, {"type": "integer"}]}, 1.5, [""]),
        ({"type": "object", "additionalProperties": False}, {"x": 1}, [""]),
        (
            {"type": "object", "properties": {"a": {"type": "object", "required": ["b"]}}},
            {"a": {}},
            ["/a/b"],
        ),
    ],
)
def test_every_broken_keyword_is_reported_where_the_value_breaks_it(
    schema: dict[str, Any], value: Any, pointers: list[str]
) -> None:
    assert _problems(schema, value) == pointers


def test_problems_say_what_is_wrong_with_the_value() -> None:
    (problem,) = validate({"$ref": "#/components/schemas/Kind"}, "C", ROOT)
    assert "'C'" in problem.message and "'A'" in problem.message


def test_one_of_takes_the_kind_it_knows_and_keeps_kinds_added_later_apart() -> None:
    entry = {"$ref": "#/components/schemas/Entry"}
    assert _problems(entry, {"id": "1", "kind": "A", "size": 3}) == []
    assert _problems(entry, {"id": "1", "kind": "A", "size": "big"}) != []
    assert _problems(entry, {"id": "1", "kind": "NEW", "size": "big"}) == []
    assert _problems(entry, {"kind": "NEW"}) != []


def test_one_of_without_discriminator_wants_exactly_one_match() -> None:
    schema = {"oneOf": [{"type": "number"}, {"type": "integer"}]}
    assert _problems(schema, 1.5) == []
    assert _problems(schema, 1) == [""]


def test_operations_are_matched_literal_segments_first() -> None:
    description = ApiDescription.load()
    operation, params, _ = description.match("POST", "/sessions/sms")
    assert operation is not None and operation.operation_id == "send_sms"
    operation, params, _ = description.match("GET", "/w1/sms")
    assert operation is not None and (operation.operation_id, params) == (
        "list_sms_extensions",
        {"userId": "w1"},
    )
    assert description.match("PATCH", "/numbers") == (None, {}, True)
    assert description.match("GET", "/sessions/sms") == (None, {}, True)
    assert description.methods_for("/history/export") == ["GET"]
    assert description.methods_for("/history/123") == ["DELETE", "GET", "PUT"]
    assert description.match("GET", "/no/such/thing/here") == (None, {}, False)


def test_query_parameters_are_converted_and_checked() -> None:
    description = ApiDescription.load()
    operation, _, _ = description.match("GET", "/history")
    assert operation is not None
    values, problems = operation.check_parameters(
        "query", {"limit": ["50"], "types": ["CALL", "FAX"], "archived": ["true"]}
    )
    assert (values, problems) == ({"limit": 50, "types": ["CALL", "FAX"], "archived": True}, [])
    _, problems = operation.check_parameters("query", {"limit": ["1", "2"], "types": ["X"]})
    assert sorted(problem.pointer for problem in problems) == ["/limit", "/types/0"]
