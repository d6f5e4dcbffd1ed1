# Generated from spec/realtime_sessions.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from .._validation import ValidationIssue

__all__ = [
    "is_valid_session_create_params_client_secret_expires_after",
    "validate_session_create_params_client_secret_expires_after",
]


_NAMES_4 = frozenset({"anchor", "seconds"})
_ENUM_7 = frozenset({"created_at"})


def validate_session_create_params_client_secret_expires_after(
    data: object,
) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if not _NAMES_4.issuperset(data):
            for k1 in data:
                if k1 not in _NAMES_4:
                    issues.append(
                        ValidationIssue(
                            "",
                            "additionalProperties",
                            "additional property " + repr(k1) + " is not allowed",
                        )
                    )
        if "anchor" not in data:
            issues.append(ValidationIssue("", "required", "'anchor' is a required property"))
        if "anchor" in data:
            v3 = data["anchor"]
            if type(v3) is str or isinstance(v3, str):
                if v3 not in _ENUM_7:
                    issues.append(
                        ValidationIssue(
                            "/anchor", "enum", repr(v3) + " is not one of ['created_at']"
                        )
                    )
            else:
                issues.append(
                    ValidationIssue("/anchor", "type", repr(v3) + " is not of type 'string'")
                )
                issues.append(
                    ValidationIssue("/anchor", "enum", repr(v3) + " is not one of ['created_at']")
                )
        if "seconds" in data:
            v4 = data["seconds"]
            if (
                type(v4) is int
                or (isinstance(v4, int) and not isinstance(v4, bool))
                or (isinstance(v4, float) and v4.is_integer())
            ):
                if v4 < 10:
                    issues.append(
                        ValidationIssue(
                            "/seconds", "minimum", repr(v4) + " is less than the minimum of 10"
                        )
                    )
                if v4 > 7200:
                    issues.append(
                        ValidationIssue(
                            "/seconds", "maximum", repr(v4) + " is greater than the maximum of 7200"
                        )
                    )
            else:
                issues.append(
                    ValidationIssue("/seconds", "type", repr(v4) + " is not of type 'integer'")
                )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_session_create_params_client_secret_expires_after(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if not _NAMES_4.issuperset(data):
        return False
    if "anchor" not in data:
        return False
    if "anchor" in data:
        v3 = data["anchor"]
        if not (type(v3) is str or isinstance(v3, str)):
            return False
        if v3 not in _ENUM_7:
            return False
    if "seconds" in data:
        v4 = data["seconds"]
        if not (
            type(v4) is int
            or (isinstance(v4, int) and not isinstance(v4, bool))
            or (isinstance(v4, float) and v4.is_integer())
        ):
            return False
        if v4 < 10:
            return False
        if v4 > 7200:
            return False
    return True
