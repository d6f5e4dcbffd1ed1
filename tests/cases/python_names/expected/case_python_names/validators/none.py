# Generated from tests/cases/python_names/spec.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from .._validation import ValidationIssue

__all__ = [
    "is_valid_none",
    "validate_none",
]


def validate_none(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if data:
            if "False" in data:
                v1 = data["False"]
                if type(v1) is not bool:
                    issues.append(
                        ValidationIssue("/False", "type", repr(v1) + " is not of type 'boolean'")
                    )
            if "class" in data:
                v2 = data["class"]
                if not (type(v2) is str or isinstance(v2, str)):
                    issues.append(
                        ValidationIssue("/class", "type", repr(v2) + " is not of type 'string'")
                    )
            if "match" in data:
                v3 = data["match"]
                if not (type(v3) is str or isinstance(v3, str)):
                    issues.append(
                        ValidationIssue("/match", "type", repr(v3) + " is not of type 'string'")
                    )
            if "case" in data:
                v4 = data["case"]
                if not (type(v4) is str or isinstance(v4, str)):
                    issues.append(
                        ValidationIssue("/case", "type", repr(v4) + " is not of type 'string'")
                    )
            if "_" in data:
                v5 = data["_"]
                if not (type(v5) is str or isinstance(v5, str)):
                    issues.append(
                        ValidationIssue("/_", "type", repr(v5) + " is not of type 'string'")
                    )
            if "type" in data:
                v6 = data["type"]
                if not (type(v6) is str or isinstance(v6, str)):
                    issues.append(
                        ValidationIssue("/type", "type", repr(v6) + " is not of type 'string'")
                    )
            if "id" in data:
                v7 = data["id"]
                if not (type(v7) is str or isinstance(v7, str)):
                    issues.append(
                        ValidationIssue("/id", "type", repr(v7) + " is not of type 'string'")
                    )
            if "object" in data:
                v8 = data["object"]
                if not (type(v8) is str or isinstance(v8, str)):
                    issues.append(
                        ValidationIssue("/object", "type", repr(v8) + " is not of type 'string'")
                    )
            if "__import__" in data:
                v9 = data["__import__"]
                if not (
                    type(v9) is int
                    or (isinstance(v9, int) and not isinstance(v9, bool))
                    or (isinstance(v9, float) and v9.is_integer())
                ):
                    issues.append(
                        ValidationIssue(
                            "/__import__", "type", repr(v9) + " is not of type 'integer'"
                        )
                    )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_none(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if data:
        if "False" in data:
            v1 = data["False"]
            if type(v1) is not bool:
                return False
        if "class" in data:
            v2 = data["class"]
            if not (type(v2) is str or isinstance(v2, str)):
                return False
        if "match" in data:
            v3 = data["match"]
            if not (type(v3) is str or isinstance(v3, str)):
                return False
        if "case" in data:
            v4 = data["case"]
            if not (type(v4) is str or isinstance(v4, str)):
                return False
        if "_" in data:
            v5 = data["_"]
            if not (type(v5) is str or isinstance(v5, str)):
                return False
        if "type" in data:
            v6 = data["type"]
            if not (type(v6) is str or isinstance(v6, str)):
                return False
        if "id" in data:
            v7 = data["id"]
            if not (type(v7) is str or isinstance(v7, str)):
                return False
        if "object" in data:
            v8 = data["object"]
            if not (type(v8) is str or isinstance(v8, str)):
                return False
        if "__import__" in data:
            v9 = data["__import__"]
            if not (
                type(v9) is int
                or (isinstance(v9, int) and not isinstance(v9, bool))
                or (isinstance(v9, float) and v9.is_integer())
            ):
                return False
    return True
