# Generated from tests/cases/open_enum/spec.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from .._validation import ValidationIssue

__all__ = [
    "is_valid_speak_result",
    "validate_speak_result",
]


_ENUM_2 = frozenset({"mp3", "wav"})


def validate_speak_result(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if "format" in data:
            v1 = data["format"]
            if type(v1) is str or isinstance(v1, str):
                if v1 not in _ENUM_2:
                    issues.append(
                        ValidationIssue(
                            "/format", "enum", repr(v1) + " is not one of ['mp3', 'wav']"
                        )
                    )
            else:
                issues.append(
                    ValidationIssue("/format", "type", repr(v1) + " is not of type 'string'")
                )
                issues.append(
                    ValidationIssue("/format", "enum", repr(v1) + " is not one of ['mp3', 'wav']")
                )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_speak_result(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "format" in data:
        v1 = data["format"]
        if not (type(v1) is str or isinstance(v1, str)):
            return False
        if v1 not in _ENUM_2:
            return False
    return True
