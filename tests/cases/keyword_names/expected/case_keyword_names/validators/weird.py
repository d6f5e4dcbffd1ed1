# Generated from tests/cases/keyword_names/spec.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from .._validation import ValidationIssue

__all__ = [
    "is_valid_weird",
    "validate_weird",
]


def validate_weird(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if data:
            if "type" in data:
                v1 = data["type"]
                if not (type(v1) is str or isinstance(v1, str)):
                    issues.append(
                        ValidationIssue("/type", "type", repr(v1) + " is not of type 'string'")
                    )
            if "from" in data:
                v2 = data["from"]
                if not (type(v2) is str or isinstance(v2, str)):
                    issues.append(
                        ValidationIssue("/from", "type", repr(v2) + " is not of type 'string'")
                    )
            if "class" in data:
                v3 = data["class"]
                if not (
                    type(v3) is int
                    or (isinstance(v3, int) and not isinstance(v3, bool))
                    or (isinstance(v3, float) and v3.is_integer())
                ):
                    issues.append(
                        ValidationIssue("/class", "type", repr(v3) + " is not of type 'integer'")
                    )
            if "x-y" in data:
                v4 = data["x-y"]
                if type(v4) is not bool:
                    issues.append(
                        ValidationIssue("/x-y", "type", repr(v4) + " is not of type 'boolean'")
                    )
            if "1st" in data:
                v5 = data["1st"]
                if not (
                    type(v5) is float
                    or type(v5) is int
                    or (isinstance(v5, (int, float)) and not isinstance(v5, bool))
                ):
                    issues.append(
                        ValidationIssue("/1st", "type", repr(v5) + " is not of type 'number'")
                    )
            if "self" in data:
                v6 = data["self"]
                if not (type(v6) is str or isinstance(v6, str)):
                    issues.append(
                        ValidationIssue("/self", "type", repr(v6) + " is not of type 'string'")
                    )
            if "field" in data:
                v7 = data["field"]
                if not (type(v7) is str or isinstance(v7, str)):
                    issues.append(
                        ValidationIssue("/field", "type", repr(v7) + " is not of type 'string'")
                    )
            if "NOT_GIVEN" in data:
                v8 = data["NOT_GIVEN"]
                if not (type(v8) is str or isinstance(v8, str)):
                    issues.append(
                        ValidationIssue("/NOT_GIVEN", "type", repr(v8) + " is not of type 'string'")
                    )
            if "data" in data:
                v9 = data["data"]
                if not (type(v9) is str or isinstance(v9, str)):
                    issues.append(
                        ValidationIssue("/data", "type", repr(v9) + " is not of type 'string'")
                    )
            if "cls" in data:
                v10 = data["cls"]
                if not (type(v10) is str or isinstance(v10, str)):
                    issues.append(
                        ValidationIssue("/cls", "type", repr(v10) + " is not of type 'string'")
                    )
            if "" in data:
                v11 = data[""]
                if not (type(v11) is str or isinstance(v11, str)):
                    issues.append(
                        ValidationIssue("/", "type", repr(v11) + " is not of type 'string'")
                    )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_weird(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if data:
        if "type" in data:
            v1 = data["type"]
            if not (type(v1) is str or isinstance(v1, str)):
                return False
        if "from" in data:
            v2 = data["from"]
            if not (type(v2) is str or isinstance(v2, str)):
                return False
        if "class" in data:
            v3 = data["class"]
            if not (
                type(v3) is int
                or (isinstance(v3, int) and not isinstance(v3, bool))
                or (isinstance(v3, float) and v3.is_integer())
            ):
                return False
        if "x-y" in data:
            v4 = data["x-y"]
            if type(v4) is not bool:
                return False
        if "1st" in data:
            v5 = data["1st"]
            if not (
                type(v5) is float
                or type(v5) is int
                or (isinstance(v5, (int, float)) and not isinstance(v5, bool))
            ):
                return False
        if "self" in data:
            v6 = data["self"]
            if not (type(v6) is str or isinstance(v6, str)):
                return False
        if "field" in data:
            v7 = data["field"]
            if not (type(v7) is str or isinstance(v7, str)):
                return False
        if "NOT_GIVEN" in data:
            v8 = data["NOT_GIVEN"]
            if not (type(v8) is str or isinstance(v8, str)):
                return False
        if "data" in data:
            v9 = data["data"]
            if not (type(v9) is str or isinstance(v9, str)):
                return False
        if "cls" in data:
            v10 = data["cls"]
            if not (type(v10) is str or isinstance(v10, str)):
                return False
        if "" in data:
            v11 = data[""]
            if not (type(v11) is str or isinstance(v11, str)):
                return False
    return True
