# Generated from spec/realtime_sessions.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from .._validation import ValidationIssue

__all__ = [
    "is_valid_session_turn_detection",
    "validate_session_turn_detection",
]


_ENUM_9 = frozenset({"low", "medium", "high", "auto"})
_ENUM_10 = frozenset({"server_vad", "semantic_vad"})


def _is_session_turn_detection(data: object) -> bool:
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if data:
        if "create_response" in data:
            v1 = data["create_response"]
            if type(v1) is not bool:
                return False
        if "eagerness" in data:
            v2 = data["eagerness"]
            if not (type(v2) is str or isinstance(v2, str)):
                return False
            if v2 not in _ENUM_9:
                return False
        if "interrupt_response" in data:
            v3 = data["interrupt_response"]
            if type(v3) is not bool:
                return False
        if "prefix_padding_ms" in data:
            v4 = data["prefix_padding_ms"]
            if not (
                type(v4) is int
                or (isinstance(v4, int) and not isinstance(v4, bool))
                or (isinstance(v4, float) and v4.is_integer())
            ):
                return False
            if v4 < 0:
                return False
        if "silence_duration_ms" in data:
            v5 = data["silence_duration_ms"]
            if not (
                type(v5) is int
                or (isinstance(v5, int) and not isinstance(v5, bool))
                or (isinstance(v5, float) and v5.is_integer())
            ):
                return False
            if v5 < 0:
                return False
        if "threshold" in data:
            v6 = data["threshold"]
            if not (
                type(v6) is float
                or type(v6) is int
                or (isinstance(v6, (int, float)) and not isinstance(v6, bool))
            ):
                return False
            if v6 < 0:
                return False
            if v6 > 1:
                return False
        if "type" in data:
            v7 = data["type"]
            if not (type(v7) is str or isinstance(v7, str)):
                return False
            if v7 not in _ENUM_10:
                return False
    return True


def _check_session_turn_detection_create_response(
    data: object, path: str, issues: list[ValidationIssue]
) -> None:
    if type(data) is not bool:
        issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'boolean'"))


def _check_session_turn_detection_eagerness(
    data: object, path: str, issues: list[ValidationIssue]
) -> None:
    if type(data) is str or isinstance(data, str):
        if data not in _ENUM_9:
            issues.append(
                ValidationIssue(
                    path, "enum", repr(data) + " is not one of ['low', 'medium', 'high', 'auto']"
                )
            )
    else:
        issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'string'"))
        issues.append(
            ValidationIssue(
                path, "enum", repr(data) + " is not one of ['low', 'medium', 'high', 'auto']"
            )
        )


def _check_session_turn_detection_interrupt_response(
    data: object, path: str, issues: list[ValidationIssue]
) -> None:
    if type(data) is not bool:
        issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'boolean'"))


def _check_session_turn_detection_prefix_padding_ms(
    data: object, path: str, issues: list[ValidationIssue]
) -> None:
    if (
        type(data) is int
        or (isinstance(data, int) and not isinstance(data, bool))
        or (isinstance(data, float) and data.is_integer())
    ):
        if data < 0:
            issues.append(
                ValidationIssue(path, "minimum", repr(data) + " is less than the minimum of 0")
            )
    else:
        issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'integer'"))


def _check_session_turn_detection_silence_duration_ms(
    data: object, path: str, issues: list[ValidationIssue]
) -> None:
    if (
        type(data) is int
        or (isinstance(data, int) and not isinstance(data, bool))
        or (isinstance(data, float) and data.is_integer())
    ):
        if data < 0:
            issues.append(
                ValidationIssue(path, "minimum", repr(data) + " is less than the minimum of 0")
            )
    else:
        issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'integer'"))


def _check_session_turn_detection_threshold(
    data: object, path: str, issues: list[ValidationIssue]
) -> None:
    if (
        type(data) is float
        or type(data) is int
        or (isinstance(data, (int, float)) and not isinstance(data, bool))
    ):
        if data < 0:
            issues.append(
                ValidationIssue(path, "minimum", repr(data) + " is less than the minimum of 0")
            )
        if data > 1:
            issues.append(
                ValidationIssue(path, "maximum", repr(data) + " is greater than the maximum of 1")
            )
    else:
        issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'number'"))


def _check_session_turn_detection_type(
    data: object, path: str, issues: list[ValidationIssue]
) -> None:
    if type(data) is str or isinstance(data, str):
        if data not in _ENUM_10:
            issues.append(
                ValidationIssue(
                    path, "enum", repr(data) + " is not one of ['server_vad', 'semantic_vad']"
                )
            )
    else:
        issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'string'"))
        issues.append(
            ValidationIssue(
                path, "enum", repr(data) + " is not one of ['server_vad', 'semantic_vad']"
            )
        )


def validate_session_turn_detection(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if data:
            if "create_response" in data:
                v1 = data["create_response"]
                if type(v1) is not bool:
                    issues.append(
                        ValidationIssue(
                            "/create_response", "type", repr(v1) + " is not of type 'boolean'"
                        )
                    )
            if "eagerness" in data:
                v2 = data["eagerness"]
                if type(v2) is str or isinstance(v2, str):
                    if v2 not in _ENUM_9:
                        issues.append(
                            ValidationIssue(
                                "/eagerness",
                                "enum",
                                repr(v2) + " is not one of ['low', 'medium', 'high', 'auto']",
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue("/eagerness", "type", repr(v2) + " is not of type 'string'")
                    )
                    issues.append(
                        ValidationIssue(
                            "/eagerness",
                            "enum",
                            repr(v2) + " is not one of ['low', 'medium', 'high', 'auto']",
                        )
                    )
            if "interrupt_response" in data:
                v3 = data["interrupt_response"]
                if type(v3) is not bool:
                    issues.append(
                        ValidationIssue(
                            "/interrupt_response", "type", repr(v3) + " is not of type 'boolean'"
                        )
                    )
            if "prefix_padding_ms" in data:
                v4 = data["prefix_padding_ms"]
                if (
                    type(v4) is int
                    or (isinstance(v4, int) and not isinstance(v4, bool))
                    or (isinstance(v4, float) and v4.is_integer())
                ):
                    if v4 < 0:
                        issues.append(
                            ValidationIssue(
                                "/prefix_padding_ms",
                                "minimum",
                                repr(v4) + " is less than the minimum of 0",
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue(
                            "/prefix_padding_ms", "type", repr(v4) + " is not of type 'integer'"
                        )
                    )
            if "silence_duration_ms" in data:
                v5 = data["silence_duration_ms"]
                if (
                    type(v5) is int
                    or (isinstance(v5, int) and not isinstance(v5, bool))
                    or (isinstance(v5, float) and v5.is_integer())
                ):
                    if v5 < 0:
                        issues.append(
                            ValidationIssue(
                                "/silence_duration_ms",
                                "minimum",
                                repr(v5) + " is less than the minimum of 0",
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue(
                            "/silence_duration_ms", "type", repr(v5) + " is not of type 'integer'"
                        )
                    )
            if "threshold" in data:
                v6 = data["threshold"]
                if (
                    type(v6) is float
                    or type(v6) is int
                    or (isinstance(v6, (int, float)) and not isinstance(v6, bool))
                ):
                    if v6 < 0:
                        issues.append(
                            ValidationIssue(
                                "/threshold", "minimum", repr(v6) + " is less than the minimum of 0"
                            )
                        )
                    if v6 > 1:
                        issues.append(
                            ValidationIssue(
                                "/threshold",
                                "maximum",
                                repr(v6) + " is greater than the maximum of 1",
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue("/threshold", "type", repr(v6) + " is not of type 'number'")
                    )
            if "type" in data:
                v7 = data["type"]
                if type(v7) is str or isinstance(v7, str):
                    if v7 not in _ENUM_10:
                        issues.append(
                            ValidationIssue(
                                "/type",
                                "enum",
                                repr(v7) + " is not one of ['server_vad', 'semantic_vad']",
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue("/type", "type", repr(v7) + " is not of type 'string'")
                    )
                    issues.append(
                        ValidationIssue(
                            "/type",
                            "enum",
                            repr(v7) + " is not one of ['server_vad', 'semantic_vad']",
                        )
                    )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_session_turn_detection(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if data:
        if "create_response" in data:
            v1 = data["create_response"]
            if type(v1) is not bool:
                return False
        if "eagerness" in data:
            v2 = data["eagerness"]
            if not (type(v2) is str or isinstance(v2, str)):
                return False
            if v2 not in _ENUM_9:
                return False
        if "interrupt_response" in data:
            v3 = data["interrupt_response"]
            if type(v3) is not bool:
                return False
        if "prefix_padding_ms" in data:
            v4 = data["prefix_padding_ms"]
            if not (
                type(v4) is int
                or (isinstance(v4, int) and not isinstance(v4, bool))
                or (isinstance(v4, float) and v4.is_integer())
            ):
                return False
            if v4 < 0:
                return False
        if "silence_duration_ms" in data:
            v5 = data["silence_duration_ms"]
            if not (
                type(v5) is int
                or (isinstance(v5, int) and not isinstance(v5, bool))
                or (isinstance(v5, float) and v5.is_integer())
            ):
                return False
            if v5 < 0:
                return False
        if "threshold" in data:
            v6 = data["threshold"]
            if not (
                type(v6) is float
                or type(v6) is int
                or (isinstance(v6, (int, float)) and not isinstance(v6, bool))
            ):
                return False
            if v6 < 0:
                return False
            if v6 > 1:
                return False
        if "type" in data:
            v7 = data["type"]
            if not (type(v7) is str or isinstance(v7, str)):
                return False
            if v7 not in _ENUM_10:
                return False
    return True
