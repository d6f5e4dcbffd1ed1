# Generated from tests/cases/open_enum/spec.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from .._validation import ValidationIssue

__all__ = [
    "is_valid_speak_request",
    "is_valid_speak_request_options",
    "validate_speak_request",
    "validate_speak_request_options",
]


_NAMES_1 = frozenset({"voice", "format", "options"})
_ENUM_1 = frozenset({"alloy", "ash"})
_ENUM_2 = frozenset({"mp3", "wav"})


def validate_speak_request(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if data:
            if not _NAMES_1.issuperset(data):
                for k1 in data:
                    if k1 not in _NAMES_1:
                        issues.append(
                            ValidationIssue(
                                "",
                                "additionalProperties",
                                "additional property " + repr(k1) + " is not allowed",
                            )
                        )
            if "voice" in data:
                v3 = data["voice"]
                if not (
                    (type(v3) is str or isinstance(v3, str))
                    or ((type(v3) is str or isinstance(v3, str)) and v3 in _ENUM_1)
                ):
                    issues.append(
                        ValidationIssue(
                            "/voice",
                            "anyOf",
                            repr(v3) + " is not valid under any of the given schemas",
                        )
                    )
            if "format" in data:
                v4 = data["format"]
                if type(v4) is str or isinstance(v4, str):
                    if v4 not in _ENUM_2:
                        issues.append(
                            ValidationIssue(
                                "/format", "enum", repr(v4) + " is not one of ['mp3', 'wav']"
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue("/format", "type", repr(v4) + " is not of type 'string'")
                    )
                    issues.append(
                        ValidationIssue(
                            "/format", "enum", repr(v4) + " is not one of ['mp3', 'wav']"
                        )
                    )
            if "options" in data:
                v5 = data["options"]
                if type(v5) is dict or isinstance(v5, dict):
                    if "speed" in v5:
                        v6 = v5["speed"]
                        if not (
                            type(v6) is float
                            or type(v6) is int
                            or (isinstance(v6, (int, float)) and not isinstance(v6, bool))
                        ):
                            issues.append(
                                ValidationIssue(
                                    "/options/speed", "type", repr(v6) + " is not of type 'number'"
                                )
                            )
                else:
                    issues.append(
                        ValidationIssue("/options", "type", repr(v5) + " is not of type 'object'")
                    )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_speak_request(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if data:
        if not _NAMES_1.issuperset(data):
            return False
        if "voice" in data:
            v3 = data["voice"]
            if not (
                (type(v3) is str or isinstance(v3, str))
                or ((type(v3) is str or isinstance(v3, str)) and v3 in _ENUM_1)
            ):
                return False
        if "format" in data:
            v4 = data["format"]
            if not (type(v4) is str or isinstance(v4, str)):
                return False
            if v4 not in _ENUM_2:
                return False
        if "options" in data:
            v5 = data["options"]
            if not (type(v5) is dict or isinstance(v5, dict)):
                return False
            if "speed" in v5:
                v6 = v5["speed"]
                if not (
                    type(v6) is float
                    or type(v6) is int
                    or (isinstance(v6, (int, float)) and not isinstance(v6, bool))
                ):
                    return False
    return True


def validate_speak_request_options(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if "speed" in data:
            v1 = data["speed"]
            if not (
                type(v1) is float
                or type(v1) is int
                or (isinstance(v1, (int, float)) and not isinstance(v1, bool))
            ):
                issues.append(
                    ValidationIssue("/speed", "type", repr(v1) + " is not of type 'number'")
                )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_speak_request_options(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "speed" in data:
        v1 = data["speed"]
        if not (
            type(v1) is float
            or type(v1) is int
            or (isinstance(v1, (int, float)) and not isinstance(v1, bool))
        ):
            return False
    return True
