# Generated from tests/cases/operations/spec.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

import re

from .._validation import ValidationIssue

__all__ = [
    "is_valid_list_notes_after",
    "is_valid_list_notes_filter",
    "is_valid_list_notes_limit",
    "is_valid_list_notes_tags",
    "is_valid_list_notes_x_trace",
    "validate_list_notes_after",
    "validate_list_notes_filter",
    "validate_list_notes_limit",
    "validate_list_notes_tags",
    "validate_list_notes_x_trace",
]


def _escape(token: str) -> str:
    """One JSON pointer (RFC 6901) reference token."""
    return token.replace("~", "~0").replace("/", "~1")


_PATTERN_1 = re.compile(r"\A[0-9a-z]+\Z")


def validate_list_notes_after(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if not (type(data) is str or isinstance(data, str)):
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'string'"))
    return issues


def is_valid_list_notes_after(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    return type(data) is str or isinstance(data, str)


def validate_list_notes_filter(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        for k1, v2 in data.items():
            if not (type(v2) is str or isinstance(v2, str)):
                issues.append(
                    ValidationIssue(
                        "/" + _escape(k1), "type", repr(v2) + " is not of type 'string'"
                    )
                )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_list_notes_filter(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    return all((type(v2) is str or isinstance(v2, str)) for v2 in data.values())


def validate_list_notes_limit(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if (
        type(data) is int
        or (isinstance(data, int) and not isinstance(data, bool))
        or (isinstance(data, float) and data.is_integer())
    ):
        if data < 1:
            issues.append(
                ValidationIssue("", "minimum", repr(data) + " is less than the minimum of 1")
            )
        if data > 100:
            issues.append(
                ValidationIssue("", "maximum", repr(data) + " is greater than the maximum of 100")
            )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'integer'"))
    return issues


def is_valid_list_notes_limit(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (
        type(data) is int
        or (isinstance(data, int) and not isinstance(data, bool))
        or (isinstance(data, float) and data.is_integer())
    ):
        return False
    if data < 1:
        return False
    return not (data > 100)


def validate_list_notes_tags(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is list or isinstance(data, list):
        for i2, v1 in enumerate(data):
            if type(v1) is str or isinstance(v1, str):
                if _PATTERN_1.search(v1) is None:
                    issues.append(
                        ValidationIssue(
                            "/" + str(i2), "pattern", repr(v1) + " does not match '^[a-z0-9]+$'"
                        )
                    )
            else:
                issues.append(
                    ValidationIssue("/" + str(i2), "type", repr(v1) + " is not of type 'string'")
                )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'array'"))
    return issues


def is_valid_list_notes_tags(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is list or isinstance(data, list)):
        return False
    for v1 in data:
        if not (type(v1) is str or isinstance(v1, str)):
            return False
        if _PATTERN_1.search(v1) is None:
            return False
    return True


def validate_list_notes_x_trace(data: object) -> list[ValidationIssue]:
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


def is_valid_list_notes_x_trace(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is list or isinstance(data, list)):
        return False
    return all((type(v1) is str or isinstance(v1, str)) for v1 in data)
