# Generated from spec/realtime_sessions.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from .._validation import ValidationIssue
from .session_create_params_client_secret import (
    _check_session_create_params_client_secret,
    _is_session_create_params_client_secret,
)
from .session_create_params_input_audio_noise_reduction import (
    _is_session_create_params_input_audio_noise_reduction,
)
from .session_create_params_input_audio_transcription import (
    _is_session_create_params_input_audio_transcription,
)
from .session_create_params_tracing_configuration import (
    _is_session_create_params_tracing_configuration,
)
from .session_create_params_turn_detection import _is_session_create_params_turn_detection

__all__ = [
    "is_valid_session_create_params",
    "validate_session_create_params",
]


_ENUM_1 = frozenset({"pcm16", "g711_ulaw", "g711_alaw"})
_ENUM_2 = frozenset({"text", "audio"})
_ENUM_3 = frozenset(
    {
        "gpt-4o-realtime-preview",
        "gpt-4o-realtime-preview-2024-10-01",
        "gpt-4o-realtime-preview-2024-12-17",
        "gpt-4o-realtime-preview-2025-06-03",
        "gpt-4o-mini-realtime-preview",
        "gpt-4o-mini-realtime-preview-2024-12-17",
    }
)
_ENUM_4 = frozenset({"auto"})
_ENUM_5 = frozenset({"alloy", "ash", "ballad", "coral", "echo", "sage", "shimmer", "verse"})
_ENUM_6 = frozenset({"function"})
_NAMES_1 = frozenset(
    {
        "client_secret",
        "input_audio_format",
        "input_audio_noise_reduction",
        "input_audio_transcription",
        "instructions",
        "max_response_output_tokens",
        "modalities",
        "model",
        "output_audio_format",
        "speed",
        "temperature",
        "tool_choice",
        "tools",
        "tracing",
        "turn_detection",
        "voice",
    }
)
_NAMES_2 = frozenset({"description", "name", "parameters", "type"})
_NAMES_5 = frozenset({"type"})
_ENUM_8 = frozenset({"near_field", "far_field"})
_NAMES_6 = frozenset({"language", "model", "prompt"})
_NAMES_7 = frozenset({"group_id", "metadata", "workflow_name"})
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


def _check_session_input_audio_noise_reduction_any_of_0(
    data: object, path: str, issues: list[ValidationIssue]
) -> None:
    if type(data) is dict or isinstance(data, dict):
        if data:
            if not _NAMES_5.issuperset(data):
                for k1 in data:
                    if k1 not in _NAMES_5:
                        issues.append(
                            ValidationIssue(
                                path,
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
                                path + "/type",
                                "enum",
                                repr(v3) + " is not one of ['near_field', 'far_field']",
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue(
                            path + "/type", "type", repr(v3) + " is not of type 'string'"
                        )
                    )
                    issues.append(
                        ValidationIssue(
                            path + "/type",
                            "enum",
                            repr(v3) + " is not one of ['near_field', 'far_field']",
                        )
                    )
    else:
        issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'object'"))


def _check_session_input_audio_noise_reduction_any_of_1(
    data: object, path: str, issues: list[ValidationIssue]
) -> None:
    if data is not None:
        issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'null'"))


def _check_session_params_input_audio_transcription_any_of_0(
    data: object, path: str, issues: list[ValidationIssue]
) -> None:
    if type(data) is dict or isinstance(data, dict):
        if data:
            if not _NAMES_6.issuperset(data):
                for k1 in data:
                    if k1 not in _NAMES_6:
                        issues.append(
                            ValidationIssue(
                                path,
                                "additionalProperties",
                                "additional property " + repr(k1) + " is not allowed",
                            )
                        )
            if "language" in data:
                v3 = data["language"]
                if not (type(v3) is str or isinstance(v3, str)):
                    issues.append(
                        ValidationIssue(
                            path + "/language", "type", repr(v3) + " is not of type 'string'"
                        )
                    )
            if "model" in data:
                v4 = data["model"]
                if not (type(v4) is str or isinstance(v4, str)):
                    issues.append(
                        ValidationIssue(
                            path + "/model", "type", repr(v4) + " is not of type 'string'"
                        )
                    )
            if "prompt" in data:
                v5 = data["prompt"]
                if not (type(v5) is str or isinstance(v5, str)):
                    issues.append(
                        ValidationIssue(
                            path + "/prompt", "type", repr(v5) + " is not of type 'string'"
                        )
                    )
    else:
        issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'object'"))


def _check_session_params_input_audio_transcription_any_of_1(
    data: object, path: str, issues: list[ValidationIssue]
) -> None:
    if data is not None:
        issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'null'"))


def _is_session_params_max_response_output_tokens_any_of_0(data: object) -> bool:
    if not (
        type(data) is int
        or (isinstance(data, int) and not isinstance(data, bool))
        or (isinstance(data, float) and data.is_integer())
    ):
        return False
    if data < 1:
        return False
    return not (data > 4096)


def _check_session_max_response_output_tokens_any_of_1(
    data: object, path: str, issues: list[ValidationIssue]
) -> None:
    if not (type(data) is str or isinstance(data, str)):
        issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'string'"))
    if data != "inf":
        issues.append(ValidationIssue(path, "const", "'inf' was expected, got " + repr(data)))


def _check_session_max_response_output_tokens_any_of_0(
    data: object, path: str, issues: list[ValidationIssue]
) -> None:
    if (
        type(data) is int
        or (isinstance(data, int) and not isinstance(data, bool))
        or (isinstance(data, float) and data.is_integer())
    ):
        if data < 1:
            issues.append(
                ValidationIssue(path, "minimum", repr(data) + " is less than the minimum of 1")
            )
        if data > 4096:
            issues.append(
                ValidationIssue(
                    path, "maximum", repr(data) + " is greater than the maximum of 4096"
                )
            )
    else:
        issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'integer'"))


def _check_session_create_params_modalities_items(
    data: object, path: str, issues: list[ValidationIssue]
) -> None:
    if type(data) is str or isinstance(data, str):
        if data not in _ENUM_2:
            issues.append(
                ValidationIssue(path, "enum", repr(data) + " is not one of ['text', 'audio']")
            )
    else:
        issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'string'"))
        issues.append(
            ValidationIssue(path, "enum", repr(data) + " is not one of ['text', 'audio']")
        )


def _check_session_create_params_tools_items(
    data: object, path: str, issues: list[ValidationIssue]
) -> None:
    if type(data) is dict or isinstance(data, dict):
        if data:
            if not _NAMES_2.issuperset(data):
                for k1 in data:
                    if k1 not in _NAMES_2:
                        issues.append(
                            ValidationIssue(
                                path,
                                "additionalProperties",
                                "additional property " + repr(k1) + " is not allowed",
                            )
                        )
            if "description" in data:
                v3 = data["description"]
                if not (type(v3) is str or isinstance(v3, str)):
                    issues.append(
                        ValidationIssue(
                            path + "/description", "type", repr(v3) + " is not of type 'string'"
                        )
                    )
            if "name" in data:
                v4 = data["name"]
                if not (type(v4) is str or isinstance(v4, str)):
                    issues.append(
                        ValidationIssue(
                            path + "/name", "type", repr(v4) + " is not of type 'string'"
                        )
                    )
            if "type" in data:
                v6 = data["type"]
                if type(v6) is str or isinstance(v6, str):
                    if v6 not in _ENUM_6:
                        issues.append(
                            ValidationIssue(
                                path + "/type", "enum", repr(v6) + " is not one of ['function']"
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue(
                            path + "/type", "type", repr(v6) + " is not of type 'string'"
                        )
                    )
                    issues.append(
                        ValidationIssue(
                            path + "/type", "enum", repr(v6) + " is not one of ['function']"
                        )
                    )
    else:
        issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'object'"))


def _check_session_create_params_tracing_any_of_1(
    data: object, path: str, issues: list[ValidationIssue]
) -> None:
    if type(data) is dict or isinstance(data, dict):
        if data:
            if not _NAMES_7.issuperset(data):
                for k1 in data:
                    if k1 not in _NAMES_7:
                        issues.append(
                            ValidationIssue(
                                path,
                                "additionalProperties",
                                "additional property " + repr(k1) + " is not allowed",
                            )
                        )
            if "group_id" in data:
                v3 = data["group_id"]
                if not (type(v3) is str or isinstance(v3, str)):
                    issues.append(
                        ValidationIssue(
                            path + "/group_id", "type", repr(v3) + " is not of type 'string'"
                        )
                    )
            if "workflow_name" in data:
                v5 = data["workflow_name"]
                if not (type(v5) is str or isinstance(v5, str)):
                    issues.append(
                        ValidationIssue(
                            path + "/workflow_name", "type", repr(v5) + " is not of type 'string'"
                        )
                    )
    else:
        issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'object'"))


def _check_session_create_params_tracing_any_of_0(
    data: object, path: str, issues: list[ValidationIssue]
) -> None:
    if type(data) is str or isinstance(data, str):
        if data not in _ENUM_4:
            issues.append(ValidationIssue(path, "enum", repr(data) + " is not one of ['auto']"))
    else:
        issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'string'"))
        issues.append(ValidationIssue(path, "enum", repr(data) + " is not one of ['auto']"))


def _check_session_create_params_tracing_any_of_2(
    data: object, path: str, issues: list[ValidationIssue]
) -> None:
    if data is not None:
        issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'null'"))


def _check_session_create_params_turn_detection_any_of_0(
    data: object, path: str, issues: list[ValidationIssue]
) -> None:
    if type(data) is dict or isinstance(data, dict):
        if data:
            if not _NAMES_8.issuperset(data):
                for k1 in data:
                    if k1 not in _NAMES_8:
                        issues.append(
                            ValidationIssue(
                                path,
                                "additionalProperties",
                                "additional property " + repr(k1) + " is not allowed",
                            )
                        )
            if "create_response" in data:
                v3 = data["create_response"]
                if type(v3) is not bool:
                    issues.append(
                        ValidationIssue(
                            path + "/create_response",
                            "type",
                            repr(v3) + " is not of type 'boolean'",
                        )
                    )
            if "eagerness" in data:
                v4 = data["eagerness"]
                if type(v4) is str or isinstance(v4, str):
                    if v4 not in _ENUM_9:
                        issues.append(
                            ValidationIssue(
                                path + "/eagerness",
                                "enum",
                                repr(v4) + " is not one of ['low', 'medium', 'high', 'auto']",
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue(
                            path + "/eagerness", "type", repr(v4) + " is not of type 'string'"
                        )
                    )
                    issues.append(
                        ValidationIssue(
                            path + "/eagerness",
                            "enum",
                            repr(v4) + " is not one of ['low', 'medium', 'high', 'auto']",
                        )
                    )
            if "interrupt_response" in data:
                v5 = data["interrupt_response"]
                if type(v5) is not bool:
                    issues.append(
                        ValidationIssue(
                            path + "/interrupt_response",
                            "type",
                            repr(v5) + " is not of type 'boolean'",
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
                                path + "/prefix_padding_ms",
                                "minimum",
                                repr(v6) + " is less than the minimum of 0",
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue(
                            path + "/prefix_padding_ms",
                            "type",
                            repr(v6) + " is not of type 'integer'",
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
                                path + "/silence_duration_ms",
                                "minimum",
                                repr(v7) + " is less than the minimum of 0",
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue(
                            path + "/silence_duration_ms",
                            "type",
                            repr(v7) + " is not of type 'integer'",
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
                                path + "/threshold",
                                "minimum",
                                repr(v8) + " is less than the minimum of 0",
                            )
                        )
                    if v8 > 1:
                        issues.append(
                            ValidationIssue(
                                path + "/threshold",
                                "maximum",
                                repr(v8) + " is greater than the maximum of 1",
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue(
                            path + "/threshold", "type", repr(v8) + " is not of type 'number'"
                        )
                    )
            if "type" in data:
                v9 = data["type"]
                if type(v9) is str or isinstance(v9, str):
                    if v9 not in _ENUM_10:
                        issues.append(
                            ValidationIssue(
                                path + "/type",
                                "enum",
                                repr(v9) + " is not one of ['server_vad', 'semantic_vad']",
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue(
                            path + "/type", "type", repr(v9) + " is not of type 'string'"
                        )
                    )
                    issues.append(
                        ValidationIssue(
                            path + "/type",
                            "enum",
                            repr(v9) + " is not one of ['server_vad', 'semantic_vad']",
                        )
                    )
    else:
        issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'object'"))


def _check_session_create_params_turn_detection_any_of_1(
    data: object, path: str, issues: list[ValidationIssue]
) -> None:
    if data is not None:
        issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'null'"))


def validate_session_create_params(data: object) -> list[ValidationIssue]:
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
            if "client_secret" in data:
                v3 = data["client_secret"]
                _check_session_create_params_client_secret(v3, "/client_secret", issues)
            if "input_audio_format" in data:
                v4 = data["input_audio_format"]
                if type(v4) is str or isinstance(v4, str):
                    if v4 not in _ENUM_1:
                        issues.append(
                            ValidationIssue(
                                "/input_audio_format",
                                "enum",
                                repr(v4) + " is not one of ['pcm16', 'g711_ulaw', 'g711_alaw']",
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue(
                            "/input_audio_format", "type", repr(v4) + " is not of type 'string'"
                        )
                    )
                    issues.append(
                        ValidationIssue(
                            "/input_audio_format",
                            "enum",
                            repr(v4) + " is not one of ['pcm16', 'g711_ulaw', 'g711_alaw']",
                        )
                    )
            if "input_audio_noise_reduction" in data:
                v5 = data["input_audio_noise_reduction"]
                if not (v5 is None or _is_session_create_params_input_audio_noise_reduction(v5)):
                    if type(v5) is dict or isinstance(v5, dict):
                        _check_session_input_audio_noise_reduction_any_of_0(
                            v5, "/input_audio_noise_reduction", issues
                        )
                    elif v5 is None:
                        _check_session_input_audio_noise_reduction_any_of_1(
                            v5, "/input_audio_noise_reduction", issues
                        )
                    else:
                        issues.append(
                            ValidationIssue(
                                "/input_audio_noise_reduction",
                                "anyOf",
                                repr(v5) + " is not valid under any of the given schemas",
                            )
                        )
            if "input_audio_transcription" in data:
                v6 = data["input_audio_transcription"]
                if not (v6 is None or _is_session_create_params_input_audio_transcription(v6)):
                    if type(v6) is dict or isinstance(v6, dict):
                        _check_session_params_input_audio_transcription_any_of_0(
                            v6, "/input_audio_transcription", issues
                        )
                    elif v6 is None:
                        _check_session_params_input_audio_transcription_any_of_1(
                            v6, "/input_audio_transcription", issues
                        )
                    else:
                        issues.append(
                            ValidationIssue(
                                "/input_audio_transcription",
                                "anyOf",
                                repr(v6) + " is not valid under any of the given schemas",
                            )
                        )
            if "instructions" in data:
                v7 = data["instructions"]
                if not (type(v7) is str or isinstance(v7, str)):
                    issues.append(
                        ValidationIssue(
                            "/instructions", "type", repr(v7) + " is not of type 'string'"
                        )
                    )
            if "max_response_output_tokens" in data:
                v8 = data["max_response_output_tokens"]
                if not (
                    ((type(v8) is str or isinstance(v8, str)) and v8 == "inf")
                    or _is_session_params_max_response_output_tokens_any_of_0(v8)
                ):
                    if type(v8) is str or isinstance(v8, str):
                        _check_session_max_response_output_tokens_any_of_1(
                            v8, "/max_response_output_tokens", issues
                        )
                    elif (
                        type(v8) is float
                        or type(v8) is int
                        or (isinstance(v8, (int, float)) and not isinstance(v8, bool))
                    ):
                        _check_session_max_response_output_tokens_any_of_0(
                            v8, "/max_response_output_tokens", issues
                        )
                    else:
                        issues.append(
                            ValidationIssue(
                                "/max_response_output_tokens",
                                "anyOf",
                                repr(v8) + " is not valid under any of the given schemas",
                            )
                        )
            if "modalities" in data:
                v9 = data["modalities"]
                if type(v9) is list or isinstance(v9, list):
                    for i11, v10 in enumerate(v9):
                        _check_session_create_params_modalities_items(
                            v10, "/modalities/" + str(i11), issues
                        )
                else:
                    issues.append(
                        ValidationIssue("/modalities", "type", repr(v9) + " is not of type 'array'")
                    )
            if "model" in data:
                v12 = data["model"]
                if type(v12) is str or isinstance(v12, str):
                    if v12 not in _ENUM_3:
                        issues.append(
                            ValidationIssue(
                                "/model",
                                "enum",
                                repr(v12)
                                + (
                                    " is not one of ['gpt-4o-realtime-preview', "
                                    "'gpt-4o-realtime-preview-2024-10-01', 'gpt-4o-"
                                    "realtime-preview-2024-12-17', 'gpt-4o-"
                                    "realtime-preview-2025-06-03', 'gpt-4o-mini-"
                                    "realtime-preview', 'gpt-4o-mini-realtime-"
                                    "preview-2024-12-17']"
                                ),
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue("/model", "type", repr(v12) + " is not of type 'string'")
                    )
                    issues.append(
                        ValidationIssue(
                            "/model",
                            "enum",
                            repr(v12)
                            + (
                                " is not one of ['gpt-4o-realtime-preview', "
                                "'gpt-4o-realtime-preview-2024-10-01', 'gpt-4o-"
                                "realtime-preview-2024-12-17', 'gpt-4o-"
                                "realtime-preview-2025-06-03', 'gpt-4o-mini-"
                                "realtime-preview', 'gpt-4o-mini-realtime-"
                                "preview-2024-12-17']"
                            ),
                        )
                    )
            if "output_audio_format" in data:
                v13 = data["output_audio_format"]
                if type(v13) is str or isinstance(v13, str):
                    if v13 not in _ENUM_1:
                        issues.append(
                            ValidationIssue(
                                "/output_audio_format",
                                "enum",
                                repr(v13) + " is not one of ['pcm16', 'g711_ulaw', 'g711_alaw']",
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue(
                            "/output_audio_format", "type", repr(v13) + " is not of type 'string'"
                        )
                    )
                    issues.append(
                        ValidationIssue(
                            "/output_audio_format",
                            "enum",
                            repr(v13) + " is not one of ['pcm16', 'g711_ulaw', 'g711_alaw']",
                        )
                    )
            if "speed" in data:
                v14 = data["speed"]
                if (
                    type(v14) is float
                    or type(v14) is int
                    or (isinstance(v14, (int, float)) and not isinstance(v14, bool))
                ):
                    if v14 < 0.25:
                        issues.append(
                            ValidationIssue(
                                "/speed", "minimum", repr(v14) + " is less than the minimum of 0.25"
                            )
                        )
                    if v14 > 1.5:
                        issues.append(
                            ValidationIssue(
                                "/speed",
                                "maximum",
                                repr(v14) + " is greater than the maximum of 1.5",
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue("/speed", "type", repr(v14) + " is not of type 'number'")
                    )
            if "temperature" in data:
                v15 = data["temperature"]
                if (
                    type(v15) is float
                    or type(v15) is int
                    or (isinstance(v15, (int, float)) and not isinstance(v15, bool))
                ):
                    if v15 < 0.6:
                        issues.append(
                            ValidationIssue(
                                "/temperature",
                                "minimum",
                                repr(v15) + " is less than the minimum of 0.6",
                            )
                        )
                    if v15 > 1.2:
                        issues.append(
                            ValidationIssue(
                                "/temperature",
                                "maximum",
                                repr(v15) + " is greater than the maximum of 1.2",
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue(
                            "/temperature", "type", repr(v15) + " is not of type 'number'"
                        )
                    )
            if "tool_choice" in data:
                v16 = data["tool_choice"]
                if not (type(v16) is str or isinstance(v16, str)):
                    issues.append(
                        ValidationIssue(
                            "/tool_choice", "type", repr(v16) + " is not of type 'string'"
                        )
                    )
            if "tools" in data:
                v17 = data["tools"]
                if type(v17) is list or isinstance(v17, list):
                    for i19, v18 in enumerate(v17):
                        _check_session_create_params_tools_items(v18, "/tools/" + str(i19), issues)
                else:
                    issues.append(
                        ValidationIssue("/tools", "type", repr(v17) + " is not of type 'array'")
                    )
            if "tracing" in data:
                v20 = data["tracing"]
                if not (
                    v20 is None
                    or ((type(v20) is str or isinstance(v20, str)) and v20 in _ENUM_4)
                    or _is_session_create_params_tracing_configuration(v20)
                ):
                    if type(v20) is dict or isinstance(v20, dict):
                        _check_session_create_params_tracing_any_of_1(v20, "/tracing", issues)
                    elif type(v20) is str or isinstance(v20, str):
                        _check_session_create_params_tracing_any_of_0(v20, "/tracing", issues)
                    elif v20 is None:
                        _check_session_create_params_tracing_any_of_2(v20, "/tracing", issues)
                    else:
                        issues.append(
                            ValidationIssue(
                                "/tracing",
                                "anyOf",
                                repr(v20) + " is not valid under any of the given schemas",
                            )
                        )
            if "turn_detection" in data:
                v21 = data["turn_detection"]
                if not (v21 is None or _is_session_create_params_turn_detection(v21)):
                    if type(v21) is dict or isinstance(v21, dict):
                        _check_session_create_params_turn_detection_any_of_0(
                            v21, "/turn_detection", issues
                        )
                    elif v21 is None:
                        _check_session_create_params_turn_detection_any_of_1(
                            v21, "/turn_detection", issues
                        )
                    else:
                        issues.append(
                            ValidationIssue(
                                "/turn_detection",
                                "anyOf",
                                repr(v21) + " is not valid under any of the given schemas",
                            )
                        )
            if "voice" in data:
                v22 = data["voice"]
                if not (
                    (type(v22) is str or isinstance(v22, str))
                    or ((type(v22) is str or isinstance(v22, str)) and v22 in _ENUM_5)
                ):
                    issues.append(
                        ValidationIssue(
                            "/voice",
                            "anyOf",
                            repr(v22) + " is not valid under any of the given schemas",
                        )
                    )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_session_create_params(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if data:
        if not _NAMES_1.issuperset(data):
            return False
        if "client_secret" in data:
            v3 = data["client_secret"]
            if not _is_session_create_params_client_secret(v3):
                return False
        if "input_audio_format" in data:
            v4 = data["input_audio_format"]
            if not (type(v4) is str or isinstance(v4, str)):
                return False
            if v4 not in _ENUM_1:
                return False
        if "input_audio_noise_reduction" in data:
            v5 = data["input_audio_noise_reduction"]
            if not (v5 is None or _is_session_create_params_input_audio_noise_reduction(v5)):
                return False
        if "input_audio_transcription" in data:
            v6 = data["input_audio_transcription"]
            if not (v6 is None or _is_session_create_params_input_audio_transcription(v6)):
                return False
        if "instructions" in data:
            v7 = data["instructions"]
            if not (type(v7) is str or isinstance(v7, str)):
                return False
        if "max_response_output_tokens" in data:
            v8 = data["max_response_output_tokens"]
            if not (
                ((type(v8) is str or isinstance(v8, str)) and v8 == "inf")
                or _is_session_params_max_response_output_tokens_any_of_0(v8)
            ):
                return False
        if "modalities" in data:
            v9 = data["modalities"]
            if not (type(v9) is list or isinstance(v9, list)):
                return False
            for v10 in v9:
                if not (type(v10) is str or isinstance(v10, str)):
                    return False
                if v10 not in _ENUM_2:
                    return False
        if "model" in data:
            v11 = data["model"]
            if not (type(v11) is str or isinstance(v11, str)):
                return False
            if v11 not in _ENUM_3:
                return False
        if "output_audio_format" in data:
            v12 = data["output_audio_format"]
            if not (type(v12) is str or isinstance(v12, str)):
                return False
            if v12 not in _ENUM_1:
                return False
        if "speed" in data:
            v13 = data["speed"]
            if not (
                type(v13) is float
                or type(v13) is int
                or (isinstance(v13, (int, float)) and not isinstance(v13, bool))
            ):
                return False
            if v13 < 0.25:
                return False
            if v13 > 1.5:
                return False
        if "temperature" in data:
            v14 = data["temperature"]
            if not (
                type(v14) is float
                or type(v14) is int
                or (isinstance(v14, (int, float)) and not isinstance(v14, bool))
            ):
                return False
            if v14 < 0.6:
                return False
            if v14 > 1.2:
                return False
        if "tool_choice" in data:
            v15 = data["tool_choice"]
            if not (type(v15) is str or isinstance(v15, str)):
                return False
        if "tools" in data:
            v16 = data["tools"]
            if not (type(v16) is list or isinstance(v16, list)):
                return False
            for v17 in v16:
                if not (type(v17) is dict or isinstance(v17, dict)):
                    return False
                if v17:
                    if not _NAMES_2.issuperset(v17):
                        return False
                    if "description" in v17:
                        v20 = v17["description"]
                        if not (type(v20) is str or isinstance(v20, str)):
                            return False
                    if "name" in v17:
                        v21 = v17["name"]
                        if not (type(v21) is str or isinstance(v21, str)):
                            return False
                    if "type" in v17:
                        v23 = v17["type"]
                        if not (type(v23) is str or isinstance(v23, str)):
                            return False
                        if v23 not in _ENUM_6:
                            return False
        if "tracing" in data:
            v24 = data["tracing"]
            if not (
                v24 is None
                or ((type(v24) is str or isinstance(v24, str)) and v24 in _ENUM_4)
                or _is_session_create_params_tracing_configuration(v24)
            ):
                return False
        if "turn_detection" in data:
            v25 = data["turn_detection"]
            if not (v25 is None or _is_session_create_params_turn_detection(v25)):
                return False
        if "voice" in data:
            v26 = data["voice"]
            if not (
                (type(v26) is str or isinstance(v26, str))
                or ((type(v26) is str or isinstance(v26, str)) and v26 in _ENUM_5)
            ):
                return False
    return True
