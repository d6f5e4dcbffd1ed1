# Generated from tests/cases/all_of/spec.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from .._validation import ValidationIssue

__all__ = [
    "is_valid_pet",
    "validate_pet",
]


def validate_pet(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if "name" not in data:
            issues.append(ValidationIssue("", "required", "'name' is a required property"))
        if "name" in data:
            v1 = data["name"]
            if not (type(v1) is str or isinstance(v1, str)):
                issues.append(
                    ValidationIssue("/name", "type", repr(v1) + " is not of type 'string'")
                )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    if type(data) is dict or isinstance(data, dict):
        if "legs" not in data:
            issues.append(ValidationIssue("", "required", "'legs' is a required property"))
        if "legs" in data:
            v2 = data["legs"]
            if (
                type(v2) is int
                or (isinstance(v2, int) and not isinstance(v2, bool))
                or (isinstance(v2, float) and v2.is_integer())
            ):
                if v2 < 0:
                    issues.append(
                        ValidationIssue(
                            "/legs", "minimum", repr(v2) + " is less than the minimum of 0"
                        )
                    )
            else:
                issues.append(
                    ValidationIssue("/legs", "type", repr(v2) + " is not of type 'integer'")
                )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_pet(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "name" not in data:
        return False
    if "name" in data:
        v1 = data["name"]
        if not (type(v1) is str or isinstance(v1, str)):
            return False
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "legs" not in data:
        return False
    if "legs" in data:
        v2 = data["legs"]
        if not (
            type(v2) is int
            or (isinstance(v2, int) and not isinstance(v2, bool))
            or (isinstance(v2, float) and v2.is_integer())
        ):
            return False
        if v2 < 0:
            return False
    return True
