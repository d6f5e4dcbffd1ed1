# Generated from spec/realtime_sessions.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from .._validation import ValidationIssue

__all__ = [
    "is_valid_session_create_params_input_audio_noise_reduction",
    "validate_session_create_params_input_audio_noise_reduction",
]


_NAMES_5 = frozenset({"type"})
_ENUM_8 = frozenset({"near_field", "far_field"})


def _is_session_create_params_input_audio_noise_reduction(data: object) -> bool:
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if data:
        if not _NAMES_5.issuperset(data):
            return False
        if "type" in data:
            v3 = data["type"]
            if not (type(v3) is str or isinstance(v3, str)):
                return False
            if v3 not in _ENUM_8:
                return False
    return True


def validate_session_create_params_input_audio_noise_reduction(
    data: object,
) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if data:
            if not _NAMES_5.issuperset(data):
                for k1 in data:
                    if k1 not in _NAMES_5:
                        issues.append(
                            ValidationIssue(
                                "",
                                "additionalProperties",
                                "additional property " + repr(k1) + " is not allowed",
                            )
                        )
            if "type" in data:
                v3 = data["type"]
                if type(v3) is str or isinstance(v3, str):
                    if v3 not in _ENUM_8:
                        issues.append(
                            ValidationIssue(
                                "/type",
                                "enum",
                                repr(v3) + " is not one of ['near_field', 'far_field']",
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue("/type", "type", repr(v3) + " is not of type 'string'")
                    )
                    issues.append(
                        ValidationIssue(
                            "/type", "enum", repr(v3) + " is not one of ['near_field', 'far_field']"
                        )
                    )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_session_create_params_input_audio_noise_reduction(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if data:
        if not _NAMES_5.issuperset(data):
            return False
        if "type" in data:
            v3 = data["type"]
            if not (type(v3) is str or isinstance(v3, str)):
                return False
            if v3 not in _ENUM_8:
                return False
    return True
