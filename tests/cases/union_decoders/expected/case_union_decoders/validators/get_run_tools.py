# Generated from tests/cases/union_decoders/spec.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from .._validation import ValidationIssue

__all__ = [
    "is_valid_get_run_tools_run_id",
    "validate_get_run_tools_run_id",
]


def validate_get_run_tools_run_id(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if not (type(data) is str or isinstance(data, str)):
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'string'"))
    return issues


def is_valid_get_run_tools_run_id(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    return type(data) is str or isinstance(data, str)
