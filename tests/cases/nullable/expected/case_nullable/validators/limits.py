# Generated from tests/cases/nullable/spec.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from .._validation import ValidationIssue

__all__ = [
    "is_valid_limits",
    "validate_limits",
]


def _is_limits(data: object) -> bool:
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "max" in data:
        v1 = data["max"]
        if not (
            type(v1) is int
            or (isinstance(v1, int) and not isinstance(v1, bool))
            or (isinstance(v1, float) and v1.is_integer())
        ):
            return False
        if v1 < 0:
            return False
    return True


def validate_limits(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if "max" in data:
            v1 = data["max"]
            if (
                type(v1) is int
                or (isinstance(v1, int) and not isinstance(v1, bool))
                or (isinstance(v1, float) and v1.is_integer())
            ):
                if v1 < 0:
                    issues.append(
                        ValidationIssue(
                            "/max", "minimum", repr(v1) + " is less than the minimum of 0"
                        )
                    )
            else:
                issues.append(
                    ValidationIssue("/max", "type", repr(v1) + " is not of type 'integer'")
                )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_limits(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "max" in data:
        v1 = data["max"]
        if not (
            type(v1) is int
            or (isinstance(v1, int) and not isinstance(v1, bool))
            or (isinstance(v1, float) and v1.is_integer())
        ):
            return False
        if v1 < 0:
            return False
    return True
