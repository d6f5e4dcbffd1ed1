# Generated from tests/cases/request_arrays/spec.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from .._validation import ValidationIssue

__all__ = [
    "is_valid_point",
    "validate_point",
]


_NAMES_2 = frozenset({"x"})


def validate_point(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if not _NAMES_2.issuperset(data):
            for k1 in data:
                if k1 not in _NAMES_2:
                    issues.append(
                        ValidationIssue(
                            "",
                            "additionalProperties",
                            "additional property " + repr(k1) + " is not allowed",
                        )
                    )
        if "x" not in data:
            issues.append(ValidationIssue("", "required", "'x' is a required property"))
        if "x" in data:
            v3 = data["x"]
            if not (
                type(v3) is float
                or type(v3) is int
                or (isinstance(v3, (int, float)) and not isinstance(v3, bool))
            ):
                issues.append(ValidationIssue("/x", "type", repr(v3) + " is not of type 'number'"))
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_point(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if not _NAMES_2.issuperset(data):
        return False
    if "x" not in data:
        return False
    if "x" in data:
        v3 = data["x"]
        if not (
            type(v3) is float
            or type(v3) is int
            or (isinstance(v3, (int, float)) and not isinstance(v3, bool))
        ):
            return False
    return True
