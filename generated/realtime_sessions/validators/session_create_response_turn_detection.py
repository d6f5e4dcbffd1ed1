# Generated from spec/realtime_sessions.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from .._validation import ValidationIssue

__all__ = [
    "is_valid_session_create_response_turn_detection",
    "validate_session_create_response_turn_detection",
]


def _is_session_create_response_turn_detection(data: object) -> bool:
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if data:
        if "prefix_padding_ms" in data:
            v1 = data["prefix_padding_ms"]
            if not (
                type(v1) is int
                or (isinstance(v1, int) and not isinstance(v1, bool))
                or (isinstance(v1, float) and v1.is_integer())
            ):
                return False
            if v1 < 0:
                return False
        if "silence_duration_ms" in data:
            v2 = data["silence_duration_ms"]
            if not (
                type(v2) is int
                or (isinstance(v2, int) and not isinstance(v2, bool))
                or (isinstance(v2, float) and v2.is_integer())
            ):
                return False
            if v2 < 0:
                return False
        if "threshold" in data:
            v3 = data["threshold"]
            if not (
                type(v3) is float
                or type(v3) is int
                or (isinstance(v3, (int, float)) and not isinstance(v3, bool))
            ):
                return False
            if v3 < 0:
                return False
            if v3 > 1:
                return False
        if "type" in data:
            v4 = data["type"]
            if not (type(v4) is str or isinstance(v4, str)):
                return False
    return True


def validate_session_create_response_turn_detection(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if data:
            if "prefix_padding_ms" in data:
                v1 = data["prefix_padding_ms"]
                if (
                    type(v1) is int
                    or (isinstance(v1, int) and not isinstance(v1, bool))
                    or (isinstance(v1, float) and v1.is_integer())
                ):
                    if v1 < 0:
                        issues.append(
                            ValidationIssue(
                                "/prefix_padding_ms",
                                "minimum",
                                repr(v1) + " is less than the minimum of 0",
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue(
                            "/prefix_padding_ms", "type", repr(v1) + " is not of type 'integer'"
                        )
                    )
            if "silence_duration_ms" in data:
                v2 = data["silence_duration_ms"]
                if (
                    type(v2) is int
                    or (isinstance(v2, int) and not isinstance(v2, bool))
                    or (isinstance(v2, float) and v2.is_integer())
                ):
                    if v2 < 0:
                        issues.append(
                            ValidationIssue(
                                "/silence_duration_ms",
                                "minimum",
                                repr(v2) + " is less than the minimum of 0",
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue(
                            "/silence_duration_ms", "type", repr(v2) + " is not of type 'integer'"
                        )
                    )
            if "threshold" in data:
                v3 = data["threshold"]
                if (
                    type(v3) is float
                    or type(v3) is int
                    or (isinstance(v3, (int, float)) and not isinstance(v3, bool))
                ):
                    if v3 < 0:
                        issues.append(
                            ValidationIssue(
                                "/threshold", "minimum", repr(v3) + " is less than the minimum of 0"
                            )
                        )
                    if v3 > 1:
                        issues.append(
                            ValidationIssue(
                                "/threshold",
                                "maximum",
                                repr(v3) + " is greater than the maximum of 1",
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue("/threshold", "type", repr(v3) + " is not of type 'number'")
                    )
            if "type" in data:
                v4 = data["type"]
                if not (type(v4) is str or isinstance(v4, str)):
                    issues.append(
                        ValidationIssue("/type", "type", repr(v4) + " is not of type 'string'")
                    )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_session_create_response_turn_detection(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if data:
        if "prefix_padding_ms" in data:
            v1 = data["prefix_padding_ms"]
            if not (
                type(v1) is int
                or (isinstance(v1, int) and not isinstance(v1, bool))
                or (isinstance(v1, float) and v1.is_integer())
            ):
                return False
            if v1 < 0:
                return False
        if "silence_duration_ms" in data:
            v2 = data["silence_duration_ms"]
            if not (
                type(v2) is int
                or (isinstance(v2, int) and not isinstance(v2, bool))
                or (isinstance(v2, float) and v2.is_integer())
            ):
                return False
            if v2 < 0:
                return False
        if "threshold" in data:
            v3 = data["threshold"]
            if not (
                type(v3) is float
                or type(v3) is int
                or (isinstance(v3, (int, float)) and not isinstance(v3, bool))
            ):
                return False
            if v3 < 0:
                return False
            if v3 > 1:
                return False
        if "type" in data:
            v4 = data["type"]
            if not (type(v4) is str or isinstance(v4, str)):
                return False
    return True
