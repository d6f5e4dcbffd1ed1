# Generated from tests/cases/union_decoders/spec.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from .._validation import ValidationIssue

__all__ = [
    "is_valid_file_search_tool_definition",
    "validate_file_search_tool_definition",
]


_NAMES_5 = frozenset({"type", "max_num_results"})


def _is_file_search_tool_definition(data: object) -> bool:
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if not _NAMES_5.issuperset(data):
        return False
    if "type" not in data:
        return False
    if "type" in data:
        v3 = data["type"]
        if v3 != "file_search":
            return False
    if "max_num_results" in data:
        v4 = data["max_num_results"]
        if not (
            type(v4) is int
            or (isinstance(v4, int) and not isinstance(v4, bool))
            or (isinstance(v4, float) and v4.is_integer())
        ):
            return False
        if v4 < 1:
            return False
        if v4 > 50:
            return False
    return True


def validate_file_search_tool_definition(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if not _NAMES_5.issuperset(data):
            for k1 in data:
                if k1 not in _NAMES_5:
                    issues.append(
                        ValidationIssue(
                            "",
                            "additionalProperties",
                            "additional property " + repr(k1) + " is not allowed",
                        )
                    )
        if "type" not in data:
            issues.append(ValidationIssue("", "required", "'type' is a required property"))
        if "type" in data:
            v3 = data["type"]
            if v3 != "file_search":
                issues.append(
                    ValidationIssue("/type", "const", "'file_search' was expected, got " + repr(v3))
                )
        if "max_num_results" in data:
            v4 = data["max_num_results"]
            if (
                type(v4) is int
                or (isinstance(v4, int) and not isinstance(v4, bool))
                or (isinstance(v4, float) and v4.is_integer())
            ):
                if v4 < 1:
                    issues.append(
                        ValidationIssue(
                            "/max_num_results",
                            "minimum",
                            repr(v4) + " is less than the minimum of 1",
                        )
                    )
                if v4 > 50:
                    issues.append(
                        ValidationIssue(
                            "/max_num_results",
                            "maximum",
                            repr(v4) + " is greater than the maximum of 50",
                        )
                    )
            else:
                issues.append(
                    ValidationIssue(
                        "/max_num_results", "type", repr(v4) + " is not of type 'integer'"
                    )
                )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_file_search_tool_definition(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if not _NAMES_5.issuperset(data):
        return False
    if "type" not in data:
        return False
    if "type" in data:
        v3 = data["type"]
        if v3 != "file_search":
            return False
    if "max_num_results" in data:
        v4 = data["max_num_results"]
        if not (
            type(v4) is int
            or (isinstance(v4, int) and not isinstance(v4, bool))
            or (isinstance(v4, float) and v4.is_integer())
        ):
            return False
        if v4 < 1:
            return False
        if v4 > 50:
            return False
    return True
