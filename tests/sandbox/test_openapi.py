"""The sandbox's validator for the JSON-schema subset the API description uses."""

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
                "discriminator": {
                    "propertyName": "kind",
                    "mapping": {"A": "#/components/schemas/A"},
                },
            },
        }
    }
}


def _problems(schema: dict[str, Any], value: Any) -> list[str]:
    return [str(problem) for problem in validate(schema, value, ROOT)]


@pytest.mark.parametrize(
    ("schema", "value", "expected"),
    [
        ({"type": "string"}, 1, ["/: must be of type string, got integer"]),
        ({"type": "integer"}, True, ["/: must be of type integer, got boolean"]),
        ({"type": "number"}, 1, []),
        ({"type": "string", "nullable": True}, None, []),
        ({"type": "string"}, None, ["/: must not be null"]),
        ({"$ref": "#/components/schemas/Kind"}, "C", ["/: 'C' is not one of: A, B"]),
        ({"type": "string", "format": "date-time"}, "2024-01-31T08:00:00Z", []),
        (
            {"type": "string", "format": "date-time"},
            "2024-01-31T08:00:00",
            ["/: '2024-01-31T08:00:00' is not an ISO 8601 date-time with a zone"],
        ),
        (
            {"type": "integer", "format": "int32"},
            2**31,
            ["/: 2147483648 is out of range for int32"],
        ),
        (
            {"type": "array", "maxItems": 1, "items": {"type": "string"}},
            ["a", 2],
            [
                "/: must have at most 1 items",
                "/1: must be of type string, got integer",
            ],
        ),
        (
            {"type": "string", "minLength": 2, "pattern": "^x"},
            "y",
            [
                "/: must have at least 2 characters",
                "/: must match ^x",
            ],
        ),
        ({"type": "integer", "minimum": 0, "maximum": 9}, 10, ["/: must be at most 9"]),
        (
            {"anyOf": [{"type": "string"}, {"type": "integer"}]},
            1.5,
            [
                "/: matches none of the allowed shapes",
                "/: must be of type string, got number",
            ],
        ),
        (
            {"type": "object", "additionalProperties": False},
            {"x": 1},
            ["/x: is not an allowed property"],
        ),
    ],
)
def test_keywords(schema: dict[str, Any], value: Any, expected: list[str]) -> None:
    assert _problems(schema, value) == expected


def test_discriminator_picks_the_mapped_schema() -> None:
    entry = {"$ref": "#/components/schemas/Entry"}
    assert _problems(entry, {"id": "1", "kind": "A", "size": 3}) == []
    assert _problems(entry, {"id": "1", "kind": "A", "size": "big"}) == [
        "/size: must be of type integer, got string"
    ]
    assert _problems(entry, {"id": "1", "kind": "NEW", "size": "big"}) == []
    assert _problems(entry, {"kind": "NEW"}) == [
        "/: matches none of the allowed shapes",
        "/id: is required",
    ]


def test_one_of_without_discriminator_wants_exactly_one_match() -> None:
    schema = {"oneOf": [{"type": "number"}, {"type": "integer"}]}
    assert _problems(schema, 1.5) == []
    assert _problems(schema, 1) == ["/: matches 2 shapes where exactly one is allowed"]


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
    assert sorted(map(str, problems)) == [
        "/limit: must be given once",
        "/types/0: 'X' is not one of: CALL, VOICEMAIL, SMS, FAX",
    ]
