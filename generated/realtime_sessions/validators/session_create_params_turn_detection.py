# Generated from spec/realtime_sessions.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from .._validation import ValidationIssue

__all__ = [
    "is_valid_session_create_params_turn_detection",
    "validate_session_create_params_turn_detection",
]


_NAMES_8 = frozenset(
    {
        "create_response",
        "eagerness",
        "interrupt_response",
        "prefix_padding_ms",
        "silence_duration_ms",
        "threshold",
        "type",
    }
)
_ENUM_9 = frozenset({"low", "medium", "high", "auto"})
_ENUM_10 = frozenset({"server_vad", "semantic_vad"})


def _is_session_create_params_turn_detection(data: object) -> bool:
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if data:
        if not _NAMES_8.issuperset(data):
            return False
        if "create_response" in data:
            v3 = data["create_response"]
            if type(v3) is not bool:
                return False
        if "eagerness" in data:
            v4 = data["eagerness"]
            if not (type(v4) is str or isinstance(v4, str)):
                return False
            if v4 not in _ENUM_9:
                return False
        if "interrupt_response" in data:
            v5 = data["interrupt_response"]
            if type(v5) is not bool:
                return False
        if "prefix_padding_ms" in data:
            v6 = data["prefix_padding_ms"]
            if not (
                type(v6) is int
                or (isinstance(v6, int) and not isinstance(v6, bool))
                or (isinstance(v6, float) and v6.is_integer())
            ):
                return False
            if v6 < 0:
                return False
        if "silence_duration_ms" in data:
            v7 = data["silence_duration_ms"]
            if not (
                type(v7) is int
                or (isinstance(v7, int) and not isinstance(v7, bool))
                or (isinstance(v7, float) and v7.is_integer())
            ):
                return False
            if v7 < 0:
                return False
        if "threshold" in data:
            v8 = data["threshold"]
            if not (
                type(v8) is float
                or type(v8) is int
                or (isinstance(v8, (int, float)) and not isinstance(v8, bool))
            ):
                return False
            if v8 < 0:
                return False
            if v8 > 1:
                return False
        if "type" in data:
            v9 = data["type"]
            if not (type(v9) is str or isinstance(v9, str)):
                return False
            if v9 not in _ENUM_10:
                return False
    return True


def validate_session_create_params_turn_detection(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if data:
            if not _NAMES_8.issuperset(data):
                for k1 in data:
                    if k1 not in _NAMES_8:
                        issues.append(
                            ValidationIssue(
                                "",
                                "additionalProperties",
                                "additional property " + repr(k1) + " is not allowed",
                            )
                        )
            if "create_response" in data:
                v3 = data["create_response"]
                if type(v3) is not bool:
                    issues.append(
                        ValidationIssue(
                            "/create_response", "type", repr(v3) + " is not of type 'boolean'"
                        )
                    )
            if "eagerness" in data:
                v4 = data["eagerness"]
                if type(v4) is str or isinstance(v4, str):
                    if v4 not in _ENUM_9:
                        issues.append(
                            ValidationIssue(
                                "/eagerness",
                                "enum",
                                repr(v4) + " is not one of ['low', 'medium', 'high', 'auto']",
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue("/eagerness", "type", repr(v4) + " is not of type 'string'")
                    )
                    issues.append(
                        ValidationIssue(
                            "/eagerness",
                            "enum",
                            repr(v4) + " is not one of ['low', 'medium', 'high', 'auto']",
                        )
                    )
            if "interrupt_response" in data:
                v5 = data["interrupt_response"]
                if type(v5) is not bool:
                    issues.append(
                        ValidationIssue(
                            "/interrupt_response", "type", repr(v5) + " is not of type 'boolean'"
                        )
                    )
            if "prefix_padding_ms" in data:
                v6 = data["prefix_padding_ms"]
                if (
                    type(v6) is int
                    or (isinstance(v6, int) and not isinstance(v6, bool))
                    or (isinstance(v6, float) and v6.is_integer())
                ):
                    if v6 < 0:
                        issues.append(
                            ValidationIssue(
                                "/prefix_padding_ms",
                                "minimum",
                                repr(v6) + " is less than the minimum of 0",
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue(
                            "/prefix_padding_ms", "type", repr(v6) + " is not of type 'integer'"
                        )
                    )
            if "silence_duration_ms" in data:
                v7 = data["silence_duration_ms"]
                if (
                    type(v7) is int
                    or (isinstance(v7, int) and not isinstance(v7, bool))
                    or (isinstance(v7, float) and v7.is_integer())
                ):
                    if v7 < 0:
                        issues.append(
                            ValidationIssue(
                                "/silence_duration_ms",
                                "minimum",
                                repr(v7) + " is less than the minimum of 0",
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue(
                            "/silence_duration_ms", "type", repr(v7) + " is not of type 'integer'"
                        )
                    )
            if "threshold" in data:
                v8 = data["threshold"]
                if (
                    type(v8) is float
                    or type(v8) is int
                    or (isinstance(v8, (int, float)) and not isinstance(v8, bool))
                ):
                    if v8 < 0:
                        issues.append(
                            ValidationIssue(
                                "/threshold", "minimum", repr(v8) + " is less than the minimum of 0"
                            )
                        )
                    if v8 > 1:
                        issues.append(
                            ValidationIssue(
                                "/threshold",
                                "maximum",
                                repr(v8) + " is greater than the maximum of 1",
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue("/threshold", "type", repr(v8) + " is not of type 'number'")
                    )
            if "type" in data:
                v9 = data["type"]
                if type(v9) is str or isinstance(v9, str):
                    if v9 not in _ENUM_10:
                        issues.append(
                            ValidationIssue(
                                "/type",
                                "enum",
                                repr(v9) + " is not one of ['server_vad', 'semantic_vad']",
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue("/type", "type", repr(v9) + " is not of type 'string'")
                    )
                    issues.append(
                        ValidationIssue(
                            "/type",
                            "enum",
                            repr(v9) + " is not one of ['server_vad', 'semantic_vad']",
                        )
                    )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_session_create_params_turn_detection(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if data:
        if not _NAMES_8.issuperset(data):
            return False
        if "create_response" in data:
            v3 = data["create_response"]
            if type(v3) is not bool:
                return False
        if "eagerness" in data:
            v4 = data["eagerness"]
            if not (type(v4) is str or isinstance(v4, str)):
                return False
            if v4 not in _ENUM_9:
                return False
        if "interrupt_response" in data:
            v5 = data["interrupt_response"]
            if type(v5) is not bool:
                return False
        if "prefix_padding_ms" in data:
            v6 = data["prefix_padding_ms"]
            if not (
                type(v6) is int
                or (isinstance(v6, int) and not isinstance(v6, bool))
                or (isinstance(v6, float) and v6.is_integer())
            ):
                return False
            if v6 < 0:
                return False
        if "silence_duration_ms" in data:
            v7 = data["silence_duration_ms"]
            if not (
                type(v7) is int
                or (isinstance(v7, int) and not isinstance(v7, bool))
                or (isinstance(v7, float) and v7.is_integer())
            ):
                return False
            if v7 < 0:
                return False
        if "threshold" in data:
            v8 = data["threshold"]
            if not (
                type(v8) is float
                or type(v8) is int
                or (isinstance(v8, (int, float)) and not isinstance(v8, bool))
            ):
                return False
            if v8 < 0:
                return False
            if v8 > 1:
                return False
        if "type" in data:
            v9 = data["type"]
            if not (type(v9) is str or isinstance(v9, str)):
                return False
            if v9 not in _ENUM_10:
                return False
    return True
