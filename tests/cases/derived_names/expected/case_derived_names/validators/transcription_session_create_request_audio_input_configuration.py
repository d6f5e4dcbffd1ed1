# Generated from tests/cases/derived_names/spec.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from .._validation import ValidationIssue

__all__ = [
    "is_valid_transcription_session_create_request_audio_input_configuration",
    "is_valid_transcription_session_create_request_audio_input_configuration_noise_reduction",
    "validate_transcription_session_create_request_audio_input_configuration",
    "validate_transcription_session_create_request_audio_input_configuration_noise_reduction",
]


_ENUM_1 = frozenset({"near_field", "far_field"})


def _is_transcription_configuration_noise_reduction_any_of_0(data: object) -> bool:
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "type" in data:
        v1 = data["type"]
        if not (type(v1) is str or isinstance(v1, str)):
            return False
        if v1 not in _ENUM_1:
            return False
    return True


def _check_transcription_noise_reduction_any_of_0_type(
    data: object, path: str, issues: list[ValidationIssue]
) -> None:
    if type(data) is str or isinstance(data, str):
        if data not in _ENUM_1:
            issues.append(
                ValidationIssue(
                    path, "enum", repr(data) + " is not one of ['near_field', 'far_field']"
                )
            )
    else:
        issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'string'"))
        issues.append(
            ValidationIssue(path, "enum", repr(data) + " is not one of ['near_field', 'far_field']")
        )


def validate_transcription_session_create_request_audio_input_configuration(
    data: object,
) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if "noise_reduction" in data:
            v1 = data["noise_reduction"]
            if not (v1 is None or _is_transcription_configuration_noise_reduction_any_of_0(v1)):
                if type(v1) is dict or isinstance(v1, dict):
                    if "type" in v1:
                        v2 = v1["type"]
                        if type(v2) is str or isinstance(v2, str):
                            if v2 not in _ENUM_1:
                                issues.append(
                                    ValidationIssue(
                                        "/noise_reduction/type",
                                        "enum",
                                        repr(v2) + " is not one of ['near_field', 'far_field']",
                                    )
                                )
                        else:
                            issues.append(
                                ValidationIssue(
                                    "/noise_reduction/type",
                                    "type",
                                    repr(v2) + " is not of type 'string'",
                                )
                            )
                            issues.append(
                                ValidationIssue(
                                    "/noise_reduction/type",
                                    "enum",
                                    repr(v2) + " is not one of ['near_field', 'far_field']",
                                )
                            )
                else:
                    issues.append(
                        ValidationIssue(
                            "/noise_reduction",
                            "anyOf",
                            repr(v1) + " is not valid under any of the given schemas",
                        )
                    )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_transcription_session_create_request_audio_input_configuration(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "noise_reduction" in data:
        v1 = data["noise_reduction"]
        if not (v1 is None or _is_transcription_configuration_noise_reduction_any_of_0(v1)):
            return False
    return True


def validate_transcription_session_create_request_audio_input_configuration_noise_reduction(
    data: object,
) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if "type" in data:
            v1 = data["type"]
            if type(v1) is str or isinstance(v1, str):
                if v1 not in _ENUM_1:
                    issues.append(
                        ValidationIssue(
                            "/type", "enum", repr(v1) + " is not one of ['near_field', 'far_field']"
                        )
                    )
            else:
                issues.append(
                    ValidationIssue("/type", "type", repr(v1) + " is not of type 'string'")
                )
                issues.append(
                    ValidationIssue(
                        "/type", "enum", repr(v1) + " is not one of ['near_field', 'far_field']"
                    )
                )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_transcription_session_create_request_audio_input_configuration_noise_reduction(
    data: object,
) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "type" in data:
        v1 = data["type"]
        if not (type(v1) is str or isinstance(v1, str)):
            return False
        if v1 not in _ENUM_1:
            return False
    return True
