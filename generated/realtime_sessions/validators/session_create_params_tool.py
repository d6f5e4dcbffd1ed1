# Generated from spec/realtime_sessions.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from .._validation import ValidationIssue

__all__ = [
    "is_valid_session_create_params_tool",
    "validate_session_create_params_tool",
]


_ENUM_6 = frozenset({"function"})
_NAMES_2 = frozenset({"description", "name", "parameters", "type"})


def validate_session_create_params_tool(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if data:
            if not _NAMES_2.issuperset(data):
                for k1 in data:
                    if k1 not in _NAMES_2:
                        issues.append(
                            ValidationIssue(
                                "",
                                "additionalProperties",
                                "additional property " + repr(k1) + " is not allowed",
                            )
                        )
            if "description" in data:
                v3 = data["description"]
                if not (type(v3) is str or isinstance(v3, str)):
                    issues.append(
                        ValidationIssue(
                            "/description", "type", repr(v3) + " is not of type 'string'"
                        )
                    )
            if "name" in data:
                v4 = data["name"]
                if not (type(v4) is str or isinstance(v4, str)):
                    issues.append(
                        ValidationIssue("/name", "type", repr(v4) + " is not of type 'string'")
                    )
            if "type" in data:
                v6 = data["type"]
                if type(v6) is str or isinstance(v6, str):
                    if v6 not in _ENUM_6:
                        issues.append(
                            ValidationIssue(
                                "/type", "enum", repr(v6) + " is not one of ['function']"
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue("/type", "type", repr(v6) + " is not of type 'string'")
                    )
                    issues.append(
                        ValidationIssue("/type", "enum", repr(v6) + " is not one of ['function']")
                    )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_session_create_params_tool(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if data:
        if not _NAMES_2.issuperset(data):
            return False
        if "description" in data:
            v3 = data["description"]
            if not (type(v3) is str or isinstance(v3, str)):
                return False
        if "name" in data:
            v4 = data["name"]
            if not (type(v4) is str or isinstance(v4, str)):
                return False
        if "type" in data:
            v6 = data["type"]
            if not (type(v6) is str or isinstance(v6, str)):
                return False
            if v6 not in _ENUM_6:
                return False
    return True
