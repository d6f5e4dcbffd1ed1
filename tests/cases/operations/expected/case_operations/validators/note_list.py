# Generated from tests/cases/operations/spec.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from .._validation import ValidationIssue

__all__ = [
    "is_valid_note_list",
    "validate_note_list",
]


def validate_note_list(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if "data" not in data:
            issues.append(ValidationIssue("", "required", "'data' is a required property"))
        if "has_more" not in data:
            issues.append(ValidationIssue("", "required", "'has_more' is a required property"))
        if "data" in data:
            v1 = data["data"]
            if type(v1) is list or isinstance(v1, list):
                for i3, v2 in enumerate(v1):
                    if type(v2) is dict or isinstance(v2, dict):
                        if "id" not in v2:
                            issues.append(
                                ValidationIssue(
                                    "/data/" + str(i3), "required", "'id' is a required property"
                                )
                            )
                        if "text" not in v2:
                            issues.append(
                                ValidationIssue(
                                    "/data/" + str(i3), "required", "'text' is a required property"
                                )
                            )
                        if "id" in v2:
                            v4 = v2["id"]
                            if not (type(v4) is str or isinstance(v4, str)):
                                issues.append(
                                    ValidationIssue(
                                        "/data/" + str(i3) + "/id",
                                        "type",
                                        repr(v4) + " is not of type 'string'",
                                    )
                                )
                        if "text" in v2:
                            v5 = v2["text"]
                            if not (type(v5) is str or isinstance(v5, str)):
                                issues.append(
                                    ValidationIssue(
                                        "/data/" + str(i3) + "/text",
                                        "type",
                                        repr(v5) + " is not of type 'string'",
                                    )
                                )
                    else:
                        issues.append(
                            ValidationIssue(
                                "/data/" + str(i3), "type", repr(v2) + " is not of type 'object'"
                            )
                        )
            else:
                issues.append(
                    ValidationIssue("/data", "type", repr(v1) + " is not of type 'array'")
                )
        if "has_more" in data:
            v6 = data["has_more"]
            if type(v6) is not bool:
                issues.append(
                    ValidationIssue("/has_more", "type", repr(v6) + " is not of type 'boolean'")
                )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_note_list(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "data" not in data or "has_more" not in data:
        return False
    if "data" in data:
        v1 = data["data"]
        if not (type(v1) is list or isinstance(v1, list)):
            return False
        for v2 in v1:
            if not (type(v2) is dict or isinstance(v2, dict)):
                return False
            if "id" not in v2 or "text" not in v2:
                return False
            if "id" in v2:
                v3 = v2["id"]
                if not (type(v3) is str or isinstance(v3, str)):
                    return False
            if "text" in v2:
                v4 = v2["text"]
                if not (type(v4) is str or isinstance(v4, str)):
                    return False
    if "has_more" in data:
        v5 = data["has_more"]
        if type(v5) is not bool:
            return False
    return True
