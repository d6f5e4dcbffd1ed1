# Generated from tests/cases/operations/spec.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from .._validation import ValidationIssue

__all__ = [
    "is_valid_read_note_body",
    "is_valid_read_note_note_id",
    "validate_read_note_body",
    "validate_read_note_note_id",
]


_ENUM_2 = frozenset({"sse", "text"})


def validate_read_note_body(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if "mode" in data:
            v1 = data["mode"]
            if type(v1) is str or isinstance(v1, str):
                if v1 not in _ENUM_2:
                    issues.append(
                        ValidationIssue(
                            "/mode", "enum", repr(v1) + " is not one of ['sse', 'text']"
                        )
                    )
            else:
                issues.append(
                    ValidationIssue("/mode", "type", repr(v1) + " is not of type 'string'")
                )
                issues.append(
                    ValidationIssue("/mode", "enum", repr(v1) + " is not one of ['sse', 'text']")
                )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_read_note_body(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "mode" in data:
        v1 = data["mode"]
        if not (type(v1) is str or isinstance(v1, str)):
            return False
        if v1 not in _ENUM_2:
            return False
    return True


def validate_read_note_note_id(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if not (type(data) is str or isinstance(data, str)):
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'string'"))
    return issues


def is_valid_read_note_note_id(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    return type(data) is str or isinstance(data, str)
