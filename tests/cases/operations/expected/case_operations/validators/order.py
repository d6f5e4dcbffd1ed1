# Generated from tests/cases/operations/spec.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from .._validation import ValidationIssue

__all__ = [
    "is_valid_order",
    "validate_order",
]


_ENUM_1 = frozenset({"asc", "desc"})


def validate_order(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if not ((type(data) is str or isinstance(data, str)) and data in _ENUM_1):
        issues.append(ValidationIssue("", "enum", repr(data) + " is not one of ['asc', 'desc']"))
    return issues


def is_valid_order(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    return (type(data) is str or isinstance(data, str)) and data in _ENUM_1
