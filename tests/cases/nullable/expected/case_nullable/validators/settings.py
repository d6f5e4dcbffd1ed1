# Generated from tests/cases/nullable/spec.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from .._validation import ValidationIssue
from .limits import _is_limits

__all__ = [
    "is_valid_settings",
    "validate_settings",
]


def validate_settings(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if "label" in data:
            v1 = data["label"]
            if not (v1 is None or (type(v1) is str or isinstance(v1, str))):
                issues.append(
                    ValidationIssue("/label", "type", repr(v1) + " is not of type 'string', 'null'")
                )
        if "limits" in data:
            v2 = data["limits"]
            if not (v2 is None or _is_limits(v2)):
                if type(v2) is dict or isinstance(v2, dict):
                    if "max" in v2:
                        v3 = v2["max"]
                        if (
                            type(v3) is int
                            or (isinstance(v3, int) and not isinstance(v3, bool))
                            or (isinstance(v3, float) and v3.is_integer())
                        ):
                            if v3 < 0:
                                issues.append(
                                    ValidationIssue(
                                        "/limits/max",
                                        "minimum",
                                        repr(v3) + " is less than the minimum of 0",
                                    )
                                )
                        else:
                            issues.append(
                                ValidationIssue(
                                    "/limits/max", "type", repr(v3) + " is not of type 'integer'"
                                )
                            )
                else:
                    issues.append(
                        ValidationIssue(
                            "/limits",
                            "anyOf",
                            repr(v2) + " is not valid under any of the given schemas",
                        )
                    )
        if "count" in data:
            v4 = data["count"]
            if not (
                type(v4) is int
                or (isinstance(v4, int) and not isinstance(v4, bool))
                or (isinstance(v4, float) and v4.is_integer())
            ):
                issues.append(
                    ValidationIssue("/count", "type", repr(v4) + " is not of type 'integer'")
                )
        if "count" not in data:
            issues.append(ValidationIssue("", "required", "'count' is a required property"))
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_settings(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "label" in data:
        v1 = data["label"]
        if not (v1 is None or (type(v1) is str or isinstance(v1, str))):
            return False
    if "limits" in data:
        v2 = data["limits"]
        if not (v2 is None or _is_limits(v2)):
            return False
    if "count" in data:
        v3 = data["count"]
        if not (
            type(v3) is int
            or (isinstance(v3, int) and not isinstance(v3, bool))
            or (isinstance(v3, float) and v3.is_integer())
        ):
            return False
    return "count" in data
