# Generated from tests/cases/request_arrays/spec.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from .._validation import ValidationIssue

__all__ = [
    "is_valid_tags",
    "validate_tags",
]


def validate_tags(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is list or isinstance(data, list):
        for i2, v1 in enumerate(data):
            if not (type(v1) is str or isinstance(v1, str)):
                issues.append(
                    ValidationIssue("/" + str(i2), "type", repr(v1) + " is not of type 'string'")
                )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'array'"))
    return issues


def is_valid_tags(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is list or isinstance(data, list)):
        return False
    return all((type(v1) is str or isinstance(v1, str)) for v1 in data)
