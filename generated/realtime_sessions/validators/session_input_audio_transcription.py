# Generated from spec/realtime_sessions.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from .._validation import ValidationIssue

__all__ = [
    "is_valid_session_input_audio_transcription",
    "validate_session_input_audio_transcription",
]


def _is_session_input_audio_transcription(data: object) -> bool:
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if data:
        if "language" in data:
            v1 = data["language"]
            if not (type(v1) is str or isinstance(v1, str)):
                return False
        if "model" in data:
            v2 = data["model"]
            if not (type(v2) is str or isinstance(v2, str)):
                return False
        if "prompt" in data:
            v3 = data["prompt"]
            if not (type(v3) is str or isinstance(v3, str)):
                return False
    return True


def _check_session_input_audio_transcription_language(
    data: object, path: str, issues: list[ValidationIssue]
) -> None:
    if not (type(data) is str or isinstance(data, str)):
        issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'string'"))


def _check_session_input_audio_transcription_model(
    data: object, path: str, issues: list[ValidationIssue]
) -> None:
    if not (type(data) is str or isinstance(data, str)):
        issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'string'"))


def _check_session_input_audio_transcription_prompt(
    data: object, path: str, issues: list[ValidationIssue]
) -> None:
    if not (type(data) is str or isinstance(data, str)):
        issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'string'"))


def validate_session_input_audio_transcription(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if data:
            if "language" in data:
                v1 = data["language"]
                if not (type(v1) is str or isinstance(v1, str)):
                    issues.append(
                        ValidationIssue("/language", "type", repr(v1) + " is not of type 'string'")
                    )
            if "model" in data:
                v2 = data["model"]
                if not (type(v2) is str or isinstance(v2, str)):
                    issues.append(
                        ValidationIssue("/model", "type", repr(v2) + " is not of type 'string'")
                    )
            if "prompt" in data:
                v3 = data["prompt"]
                if not (type(v3) is str or isinstance(v3, str)):
                    issues.append(
                        ValidationIssue("/prompt", "type", repr(v3) + " is not of type 'string'")
                    )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_session_input_audio_transcription(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if data:
        if "language" in data:
            v1 = data["language"]
            if not (type(v1) is str or isinstance(v1, str)):
                return False
        if "model" in data:
            v2 = data["model"]
            if not (type(v2) is str or isinstance(v2, str)):
                return False
        if "prompt" in data:
            v3 = data["prompt"]
            if not (type(v3) is str or isinstance(v3, str)):
                return False
    return True
