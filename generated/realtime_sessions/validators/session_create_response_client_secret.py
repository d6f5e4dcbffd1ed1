# Generated from spec/realtime_sessions.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from .._validation import ValidationIssue

__all__ = [
    "is_valid_session_create_response_client_secret",
    "validate_session_create_response_client_secret",
]


def validate_session_create_response_client_secret(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if "expires_at" not in data:
            issues.append(ValidationIssue("", "required", "'expires_at' is a required property"))
        if "value" not in data:
            issues.append(ValidationIssue("", "required", "'value' is a required property"))
        if "expires_at" in data:
            v1 = data["expires_at"]
            if not (
                type(v1) is int
                or (isinstance(v1, int) and not isinstance(v1, bool))
                or (isinstance(v1, float) and v1.is_integer())
            ):
                issues.append(
                    ValidationIssue("/expires_at", "type", repr(v1) + " is not of type 'integer'")
                )
        if "value" in data:
            v2 = data["value"]
            if not (type(v2) is str or isinstance(v2, str)):
                issues.append(
                    ValidationIssue("/value", "type", repr(v2) + " is not of type 'string'")
                )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_session_create_response_client_secret(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "expires_at" not in data or "value" not in data:
        return False
    if "expires_at" in data:
        v1 = data["expires_at"]
        if not (
            type(v1) is int
            or (isinstance(v1, int) and not isinstance(v1, bool))
            or (isinstance(v1, float) and v1.is_integer())
        ):
            return False
    if "value" in data:
        v2 = data["value"]
        if not (type(v2) is str or isinstance(v2, str)):
            return False
    return True
