# Generated from tests/cases/refs/spec.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from .._validation import ValidationIssue

__all__ = [
    "is_valid_color",
    "validate_color",
]


_ENUM_1 = frozenset({"red", "green"})


def validate_color(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is str or isinstance(data, str):
        if data not in _ENUM_1:
            issues.append(
                ValidationIssue("", "enum", repr(data) + " is not one of ['red', 'green']")
            )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'string'"))
        issues.append(ValidationIssue("", "enum", repr(data) + " is not one of ['red', 'green']"))
    return issues


def is_valid_color(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is str or isinstance(data, str)):
        return False
    return data in _ENUM_1
