# Generated from spec/realtime_sessions.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from .._validation import ValidationIssue

__all__ = [
    "is_valid_session_create_params_input_audio_transcription",
    "validate_session_create_params_input_audio_transcription",
]


_NAMES_6 = frozenset({"language", "model", "prompt"})


def _is_session_create_params_input_audio_transcription(data: object) -> bool:
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if data:
        if not _NAMES_6.issuperset(data):
            return False
        if "language" in data:
            v3 = data["language"]
            if not (type(v3) is str or isinstance(v3, str)):
                return False
        if "model" in data:
            v4 = data["model"]
            if not (type(v4) is str or isinstance(v4, str)):
                return False
        if "prompt" in data:
            v5 = data["prompt"]
            if not (type(v5) is str or isinstance(v5, str)):
                return False
    return True


def validate_session_create_params_input_audio_transcription(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if data:
            if not _NAMES_6.issuperset(data):
                for k1 in data:
                    if k1 not in _NAMES_6:
                        issues.append(
                            ValidationIssue(
                                "",
                                "additionalProperties",
                                "additional property " + repr(k1) + " is not allowed",
                            )
                        )
            if "language" in data:
                v3 = data["language"]
                if not (type(v3) is str or isinstance(v3, str)):
                    issues.append(
                        ValidationIssue("/language", "type", repr(v3) + " is not of type 'string'")
                    )
            if "model" in data:
                v4 = data["model"]
                if not (type(v4) is str or isinstance(v4, str)):
                    issues.append(
                        ValidationIssue("/model", "type", repr(v4) + " is not of type 'string'")
                    )
            if "prompt" in data:
                v5 = data["prompt"]
                if not (type(v5) is str or isinstance(v5, str)):
                    issues.append(
                        ValidationIssue("/prompt", "type", repr(v5) + " is not of type 'string'")
                    )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_session_create_params_input_audio_transcription(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if data:
        if not _NAMES_6.issuperset(data):
            return False
        if "language" in data:
            v3 = data["language"]
            if not (type(v3) is str or isinstance(v3, str)):
                return False
        if "model" in data:
            v4 = data["model"]
            if not (type(v4) is str or isinstance(v4, str)):
                return False
        if "prompt" in data:
            v5 = data["prompt"]
            if not (type(v5) is str or isinstance(v5, str)):
                return False
    return True
