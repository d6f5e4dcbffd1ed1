# Generated from tests/cases/operations/spec.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from .._validation import ValidationIssue

__all__ = [
    "is_valid_replace_note_body",
    "is_valid_replace_note_text",
    "validate_replace_note_body",
    "validate_replace_note_text",
]


def validate_replace_note_body(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if "text" not in data:
            issues.append(ValidationIssue("", "required", "'text' is a required property"))
        if "text" in data:
            v1 = data["text"]
            if not (type(v1) is str or isinstance(v1, str)):
                issues.append(
                    ValidationIssue("/text", "type", repr(v1) + " is not of type 'string'")
                )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_replace_note_body(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "text" not in data:
        return False
    if "text" in data:
        v1 = data["text"]
        if not (type(v1) is str or isinstance(v1, str)):
            return False
    return True


def validate_replace_note_text(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if not (type(data) is str or isinstance(data, str)):
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'string'"))
    return issues


def is_valid_replace_note_text(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    return type(data) is str or isinstance(data, str)
