# Generated from spec/realtime_sessions.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from .._validation import ValidationIssue

__all__ = [
    "is_valid_session_tracing_configuration",
    "validate_session_tracing_configuration",
]


def _is_session_tracing_configuration(data: object) -> bool:
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if data:
        if "group_id" in data:
            v1 = data["group_id"]
            if not (type(v1) is str or isinstance(v1, str)):
                return False
        if "workflow_name" in data:
            v3 = data["workflow_name"]
            if not (type(v3) is str or isinstance(v3, str)):
                return False
    return True


def _check_session_tracing_configuration_group_id(
    data: object, path: str, issues: list[ValidationIssue]
) -> None:
    if not (type(data) is str or isinstance(data, str)):
        issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'string'"))


def _check_session_tracing_configuration_workflow_name(
    data: object, path: str, issues: list[ValidationIssue]
) -> None:
    if not (type(data) is str or isinstance(data, str)):
        issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'string'"))


def validate_session_tracing_configuration(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if data:
            if "group_id" in data:
                v1 = data["group_id"]
                if not (type(v1) is str or isinstance(v1, str)):
                    issues.append(
                        ValidationIssue("/group_id", "type", repr(v1) + " is not of type 'string'")
                    )
            if "workflow_name" in data:
                v3 = data["workflow_name"]
                if not (type(v3) is str or isinstance(v3, str)):
                    issues.append(
                        ValidationIssue(
                            "/workflow_name", "type", repr(v3) + " is not of type 'string'"
                        )
                    )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_session_tracing_configuration(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if data:
        if "group_id" in data:
            v1 = data["group_id"]
            if not (type(v1) is str or isinstance(v1, str)):
                return False
        if "workflow_name" in data:
            v3 = data["workflow_name"]
            if not (type(v3) is str or isinstance(v3, str)):
                return False
    return True
