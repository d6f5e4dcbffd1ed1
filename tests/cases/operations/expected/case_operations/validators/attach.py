# Generated from tests/cases/operations/spec.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from .._validation import ValidationIssue

__all__ = [
    "is_valid_attach_body",
    "is_valid_attach_note_id",
    "validate_attach_body",
    "validate_attach_note_id",
]


def validate_attach_body(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if "file" not in data:
            issues.append(ValidationIssue("", "required", "'file' is a required property"))
        if "file" in data:
            v1 = data["file"]
            if not (type(v1) is str or isinstance(v1, str)):
                issues.append(
                    ValidationIssue("/file", "type", repr(v1) + " is not of type 'string'")
                )
        if "pages" in data:
            v2 = data["pages"]
            if type(v2) is list or isinstance(v2, list):
                for i4, v3 in enumerate(v2):
                    if not (type(v3) is str or isinstance(v3, str)):
                        issues.append(
                            ValidationIssue(
                                "/pages/" + str(i4), "type", repr(v3) + " is not of type 'string'"
                            )
                        )
            else:
                issues.append(
                    ValidationIssue("/pages", "type", repr(v2) + " is not of type 'array'")
                )
        if "caption" in data:
            v5 = data["caption"]
            if type(v5) is str or isinstance(v5, str):
                if len(v5) > 20:
                    issues.append(
                        ValidationIssue(
                            "/caption", "maxLength", repr(v5) + " is longer than 20 characters"
                        )
                    )
            else:
                issues.append(
                    ValidationIssue("/caption", "type", repr(v5) + " is not of type 'string'")
                )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_attach_body(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "file" not in data:
        return False
    if "file" in data:
        v1 = data["file"]
        if not (type(v1) is str or isinstance(v1, str)):
            return False
    if "pages" in data:
        v2 = data["pages"]
        if not (type(v2) is list or isinstance(v2, list)):
            return False
        for v3 in v2:
            if not (type(v3) is str or isinstance(v3, str)):
                return False
    if "caption" in data:
        v4 = data["caption"]
        if not (type(v4) is str or isinstance(v4, str)):
            return False
        if len(v4) > 20:
            return False
    return True


def validate_attach_note_id(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if not (type(data) is str or isinstance(data, str)):
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'string'"))
    return issues


def is_valid_attach_note_id(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    return type(data) is str or isinstance(data, str)
