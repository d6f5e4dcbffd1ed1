# Generated from spec/realtime_sessions.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from .._validation import ValidationIssue

__all__ = [
    "is_valid_session_tool",
    "validate_session_tool",
]


_ENUM_6 = frozenset({"function"})


def _check_session_tool_description(data: object, path: str, issues: list[ValidationIssue]) -> None:
    if not (type(data) is str or isinstance(data, str)):
        issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'string'"))


def _check_session_tool_name(data: object, path: str, issues: list[ValidationIssue]) -> None:
    if not (type(data) is str or isinstance(data, str)):
        issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'string'"))


def _check_session_tool_type(data: object, path: str, issues: list[ValidationIssue]) -> None:
    if type(data) is str or isinstance(data, str):
        if data not in _ENUM_6:
            issues.append(ValidationIssue(path, "enum", repr(data) + " is not one of ['function']"))
    else:
        issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'string'"))
        issues.append(ValidationIssue(path, "enum", repr(data) + " is not one of ['function']"))


def validate_session_tool(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if data:
            if "description" in data:
                v1 = data["description"]
                if not (type(v1) is str or isinstance(v1, str)):
                    issues.append(
                        ValidationIssue(
                            "/description", "type", repr(v1) + " is not of type 'string'"
                        )
                    )
            if "name" in data:
                v2 = data["name"]
                if not (type(v2) is str or isinstance(v2, str)):
                    issues.append(
                        ValidationIssue("/name", "type", repr(v2) + " is not of type 'string'")
                    )
            if "type" in data:
                v4 = data["type"]
                if type(v4) is str or isinstance(v4, str):
                    if v4 not in _ENUM_6:
                        issues.append(
                            ValidationIssue(
                                "/type", "enum", repr(v4) + " is not one of ['function']"
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue("/type", "type", repr(v4) + " is not of type 'string'")
                    )
                    issues.append(
                        ValidationIssue("/type", "enum", repr(v4) + " is not one of ['function']")
                    )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_session_tool(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if data:
        if "description" in data:
            v1 = data["description"]
            if not (type(v1) is str or isinstance(v1, str)):
                return False
        if "name" in data:
            v2 = data["name"]
            if not (type(v2) is str or isinstance(v2, str)):
                return False
        if "type" in data:
            v4 = data["type"]
            if not (type(v4) is str or isinstance(v4, str)):
                return False
            if v4 not in _ENUM_6:
                return False
    return True
