# Generated from spec/realtime_sessions.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from .._validation import ValidationIssue
from .session_input_audio_noise_reduction import (
    _check_session_input_audio_noise_reduction_type,
    _is_session_input_audio_noise_reduction,
)
from .session_input_audio_transcription import (
    _check_session_input_audio_transcription_language,
    _check_session_input_audio_transcription_model,
    _check_session_input_audio_transcription_prompt,
    _is_session_input_audio_transcription,
)
from .session_tool import (
    _check_session_tool_description,
    _check_session_tool_name,
    _check_session_tool_type,
)
from .session_tracing_configuration import (
    _check_session_tracing_configuration_group_id,
    _check_session_tracing_configuration_workflow_name,
    _is_session_tracing_configuration,
)
from .session_turn_detection import (
    _check_session_turn_detection_create_response,
    _check_session_turn_detection_eagerness,
    _check_session_turn_detection_interrupt_response,
    _check_session_turn_detection_prefix_padding_ms,
    _check_session_turn_detection_silence_duration_ms,
    _check_session_turn_detection_threshold,
    _check_session_turn_detection_type,
    _is_session_turn_detection,
)

__all__ = [
    "is_valid_session",
    "validate_session",
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


def _is_session_max_response_output_tokens_any_of_0(data: object) -> bool:
    if not (
        type(data) is int
        or (isinstance(data, int) and not isinstance(data, bool))
        or (isinstance(data, float) and data.is_integer())
    ):
        return False
    if data < 1:
        return False
    return not (data > 4096)


def validate_session(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if data:
            if "id" in data:
                v1 = data["id"]
                if not (type(v1) is str or isinstance(v1, str)):
                    issues.append(
                        ValidationIssue("/id", "type", repr(v1) + " is not of type 'string'")
                    )
            if "input_audio_format" in data:
                v2 = data["input_audio_format"]
                if type(v2) is str or isinstance(v2, str):
                    if v2 not in _ENUM_1:
                        issues.append(
                            ValidationIssue(
                                "/input_audio_format",
                                "enum",
                                repr(v2) + " is not one of ['pcm16', 'g711_ulaw', 'g711_alaw']",
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue(
                            "/input_audio_format", "type", repr(v2) + " is not of type 'string'"
                        )
                    )
                    issues.append(
                        ValidationIssue(
                            "/input_audio_format",
                            "enum",
                            repr(v2) + " is not one of ['pcm16', 'g711_ulaw', 'g711_alaw']",
                        )
                    )
            if "input_audio_noise_reduction" in data:
                v3 = data["input_audio_noise_reduction"]
                if not (v3 is None or _is_session_input_audio_noise_reduction(v3)):
                    if type(v3) is dict or isinstance(v3, dict):
                        if "type" in v3:
                            v4 = v3["type"]
                            _check_session_input_audio_noise_reduction_type(
                                v4, "/input_audio_noise_reduction/type", issues
                            )
                    else:
                        issues.append(
                            ValidationIssue(
                                "/input_audio_noise_reduction",
                                "anyOf",
                                repr(v3) + " is not valid under any of the given schemas",
                            )
                        )
            if "input_audio_transcription" in data:
                v5 = data["input_audio_transcription"]
                if not (v5 is None or _is_session_input_audio_transcription(v5)):
                    if type(v5) is dict or isinstance(v5, dict):
                        if v5:
                            if "language" in v5:
                                v6 = v5["language"]
                                _check_session_input_audio_transcription_language(
                                    v6, "/input_audio_transcription/language", issues
                                )
                            if "model" in v5:
                                v7 = v5["model"]
                                _check_session_input_audio_transcription_model(
                                    v7, "/input_audio_transcription/model", issues
                                )
                            if "prompt" in v5:
                                v8 = v5["prompt"]
                                _check_session_input_audio_transcription_prompt(
                                    v8, "/input_audio_transcription/prompt", issues
                                )
                    else:
                        issues.append(
                            ValidationIssue(
                                "/input_audio_transcription",
                                "anyOf",
                                repr(v5) + " is not valid under any of the given schemas",
                            )
                        )
            if "instructions" in data:
                v9 = data["instructions"]
                if not (type(v9) is str or isinstance(v9, str)):
                    issues.append(
                        ValidationIssue(
                            "/instructions", "type", repr(v9) + " is not of type 'string'"
                        )
                    )
            if "max_response_output_tokens" in data:
                v10 = data["max_response_output_tokens"]
                if not (
                    ((type(v10) is str or isinstance(v10, str)) and v10 == "inf")
                    or _is_session_max_response_output_tokens_any_of_0(v10)
                ):
                    if type(v10) is str or isinstance(v10, str):
                        if v10 != "inf":
                            issues.append(
                                ValidationIssue(
                                    "/max_response_output_tokens",
                                    "const",
                                    "'inf' was expected, got " + repr(v10),
                                )
                            )
                    elif (
                        type(v10) is float
                        or type(v10) is int
                        or (isinstance(v10, (int, float)) and not isinstance(v10, bool))
                    ):
                        if not (
                            type(v10) is int
                            or (isinstance(v10, int) and not isinstance(v10, bool))
                            or (isinstance(v10, float) and v10.is_integer())
                        ):
                            issues.append(
                                ValidationIssue(
                                    "/max_response_output_tokens",
                                    "type",
                                    repr(v10) + " is not of type 'integer'",
                                )
                            )
                        if v10 < 1:
                            issues.append(
                                ValidationIssue(
                                    "/max_response_output_tokens",
                                    "minimum",
                                    repr(v10) + " is less than the minimum of 1",
                                )
                            )
                        if v10 > 4096:
                            issues.append(
                                ValidationIssue(
                                    "/max_response_output_tokens",
                                    "maximum",
                                    repr(v10) + " is greater than the maximum of 4096",
                                )
                            )
                    else:
                        issues.append(
                            ValidationIssue(
                                "/max_response_output_tokens",
                                "anyOf",
                                repr(v10) + " is not valid under any of the given schemas",
                            )
                        )
            if "modalities" in data:
                v11 = data["modalities"]
                if type(v11) is list or isinstance(v11, list):
                    for i13, v12 in enumerate(v11):
                        if type(v12) is str or isinstance(v12, str):
                            if v12 not in _ENUM_2:
                                issues.append(
                                    ValidationIssue(
                                        "/modalities/" + str(i13),
                                        "enum",
                                        repr(v12) + " is not one of ['text', 'audio']",
                                    )
                                )
                        else:
                            issues.append(
                                ValidationIssue(
                                    "/modalities/" + str(i13),
                                    "type",
                                    repr(v12) + " is not of type 'string'",
                                )
                            )
                            issues.append(
                                ValidationIssue(
                                    "/modalities/" + str(i13),
                                    "enum",
                                    repr(v12) + " is not one of ['text', 'audio']",
                                )
                            )
                else:
                    issues.append(
                        ValidationIssue(
                            "/modalities", "type", repr(v11) + " is not of type 'array'"
                        )
                    )
            if "model" in data:
                v14 = data["model"]
                if type(v14) is str or isinstance(v14, str):
                    if v14 not in _ENUM_3:
                        issues.append(
                            ValidationIssue(
                                "/model",
                                "enum",
                                repr(v14)
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
                        ValidationIssue("/model", "type", repr(v14) + " is not of type 'string'")
                    )
                    issues.append(
                        ValidationIssue(
                            "/model",
                            "enum",
                            repr(v14)
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
                v15 = data["output_audio_format"]
                if type(v15) is str or isinstance(v15, str):
                    if v15 not in _ENUM_1:
                        issues.append(
                            ValidationIssue(
                                "/output_audio_format",
                                "enum",
                                repr(v15) + " is not one of ['pcm16', 'g711_ulaw', 'g711_alaw']",
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue(
                            "/output_audio_format", "type", repr(v15) + " is not of type 'string'"
                        )
                    )
                    issues.append(
                        ValidationIssue(
                            "/output_audio_format",
                            "enum",
                            repr(v15) + " is not one of ['pcm16', 'g711_ulaw', 'g711_alaw']",
                        )
                    )
            if "speed" in data:
                v16 = data["speed"]
                if (
                    type(v16) is float
                    or type(v16) is int
                    or (isinstance(v16, (int, float)) and not isinstance(v16, bool))
                ):
                    if v16 < 0.25:
                        issues.append(
                            ValidationIssue(
                                "/speed", "minimum", repr(v16) + " is less than the minimum of 0.25"
                            )
                        )
                    if v16 > 1.5:
                        issues.append(
                            ValidationIssue(
                                "/speed",
                                "maximum",
                                repr(v16) + " is greater than the maximum of 1.5",
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue("/speed", "type", repr(v16) + " is not of type 'number'")
                    )
            if "temperature" in data:
                v17 = data["temperature"]
                if (
                    type(v17) is float
                    or type(v17) is int
                    or (isinstance(v17, (int, float)) and not isinstance(v17, bool))
                ):
                    if v17 < 0.6:
                        issues.append(
                            ValidationIssue(
                                "/temperature",
                                "minimum",
                                repr(v17) + " is less than the minimum of 0.6",
                            )
                        )
                    if v17 > 1.2:
                        issues.append(
                            ValidationIssue(
                                "/temperature",
                                "maximum",
                                repr(v17) + " is greater than the maximum of 1.2",
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue(
                            "/temperature", "type", repr(v17) + " is not of type 'number'"
                        )
                    )
            if "tool_choice" in data:
                v18 = data["tool_choice"]
                if not (type(v18) is str or isinstance(v18, str)):
                    issues.append(
                        ValidationIssue(
                            "/tool_choice", "type", repr(v18) + " is not of type 'string'"
                        )
                    )
            if "tools" in data:
                v19 = data["tools"]
                if type(v19) is list or isinstance(v19, list):
                    for i21, v20 in enumerate(v19):
                        if type(v20) is dict or isinstance(v20, dict):
                            if v20:
                                if "description" in v20:
                                    v22 = v20["description"]
                                    _check_session_tool_description(
                                        v22, "/tools/" + str(i21) + "/description", issues
                                    )
                                if "name" in v20:
                                    v23 = v20["name"]
                                    _check_session_tool_name(
                                        v23, "/tools/" + str(i21) + "/name", issues
                                    )
                                if "type" in v20:
                                    v25 = v20["type"]
                                    _check_session_tool_type(
                                        v25, "/tools/" + str(i21) + "/type", issues
                                    )
                        else:
                            issues.append(
                                ValidationIssue(
                                    "/tools/" + str(i21),
                                    "type",
                                    repr(v20) + " is not of type 'object'",
                                )
                            )
                else:
                    issues.append(
                        ValidationIssue("/tools", "type", repr(v19) + " is not of type 'array'")
                    )
            if "tracing" in data:
                v26 = data["tracing"]
                if not (
                    v26 is None
                    or ((type(v26) is str or isinstance(v26, str)) and v26 in _ENUM_4)
                    or _is_session_tracing_configuration(v26)
                ):
                    if type(v26) is dict or isinstance(v26, dict):
                        if v26:
                            if "group_id" in v26:
                                v27 = v26["group_id"]
                                _check_session_tracing_configuration_group_id(
                                    v27, "/tracing/group_id", issues
                                )
                            if "workflow_name" in v26:
                                v29 = v26["workflow_name"]
                                _check_session_tracing_configuration_workflow_name(
                                    v29, "/tracing/workflow_name", issues
                                )
                    elif type(v26) is str or isinstance(v26, str):
                        if v26 not in _ENUM_4:
                            issues.append(
                                ValidationIssue(
                                    "/tracing", "enum", repr(v26) + " is not one of ['auto']"
                                )
                            )
                    else:
                        issues.append(
                            ValidationIssue(
                                "/tracing",
                                "anyOf",
                                repr(v26) + " is not valid under any of the given schemas",
                            )
                        )
            if "turn_detection" in data:
                v30 = data["turn_detection"]
                if not (v30 is None or _is_session_turn_detection(v30)):
                    if type(v30) is dict or isinstance(v30, dict):
                        if v30:
                            if "create_response" in v30:
                                v31 = v30["create_response"]
                                _check_session_turn_detection_create_response(
                                    v31, "/turn_detection/create_response", issues
                                )
                            if "eagerness" in v30:
                                v32 = v30["eagerness"]
                                _check_session_turn_detection_eagerness(
                                    v32, "/turn_detection/eagerness", issues
                                )
                            if "interrupt_response" in v30:
                                v33 = v30["interrupt_response"]
                                _check_session_turn_detection_interrupt_response(
                                    v33, "/turn_detection/interrupt_response", issues
                                )
                            if "prefix_padding_ms" in v30:
                                v34 = v30["prefix_padding_ms"]
                                _check_session_turn_detection_prefix_padding_ms(
                                    v34, "/turn_detection/prefix_padding_ms", issues
                                )
                            if "silence_duration_ms" in v30:
                                v35 = v30["silence_duration_ms"]
                                _check_session_turn_detection_silence_duration_ms(
                                    v35, "/turn_detection/silence_duration_ms", issues
                                )
                            if "threshold" in v30:
                                v36 = v30["threshold"]
                                _check_session_turn_detection_threshold(
                                    v36, "/turn_detection/threshold", issues
                                )
                            if "type" in v30:
                                v37 = v30["type"]
                                _check_session_turn_detection_type(
                                    v37, "/turn_detection/type", issues
                                )
                    else:
                        issues.append(
                            ValidationIssue(
                                "/turn_detection",
                                "anyOf",
                                repr(v30) + " is not valid under any of the given schemas",
                            )
                        )
            if "voice" in data:
                v38 = data["voice"]
                if not (
                    (type(v38) is str or isinstance(v38, str))
                    or ((type(v38) is str or isinstance(v38, str)) and v38 in _ENUM_5)
                ):
                    issues.append(
                        ValidationIssue(
                            "/voice",
                            "anyOf",
                            repr(v38) + " is not valid under any of the given schemas",
                        )
                    )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_session(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if data:
        if "id" in data:
            v1 = data["id"]
            if not (type(v1) is str or isinstance(v1, str)):
                return False
        if "input_audio_format" in data:
            v2 = data["input_audio_format"]
            if not (type(v2) is str or isinstance(v2, str)):
                return False
            if v2 not in _ENUM_1:
                return False
        if "input_audio_noise_reduction" in data:
            v3 = data["input_audio_noise_reduction"]
            if not (v3 is None or _is_session_input_audio_noise_reduction(v3)):
                return False
        if "input_audio_transcription" in data:
            v4 = data["input_audio_transcription"]
            if not (v4 is None or _is_session_input_audio_transcription(v4)):
                return False
        if "instructions" in data:
            v5 = data["instructions"]
            if not (type(v5) is str or isinstance(v5, str)):
                return False
        if "max_response_output_tokens" in data:
            v6 = data["max_response_output_tokens"]
            if not (
                ((type(v6) is str or isinstance(v6, str)) and v6 == "inf")
                or _is_session_max_response_output_tokens_any_of_0(v6)
            ):
                return False
        if "modalities" in data:
            v7 = data["modalities"]
            if not (type(v7) is list or isinstance(v7, list)):
                return False
            for v8 in v7:
                if not (type(v8) is str or isinstance(v8, str)):
                    return False
                if v8 not in _ENUM_2:
                    return False
        if "model" in data:
            v9 = data["model"]
            if not (type(v9) is str or isinstance(v9, str)):
                return False
            if v9 not in _ENUM_3:
                return False
        if "output_audio_format" in data:
            v10 = data["output_audio_format"]
            if not (type(v10) is str or isinstance(v10, str)):
                return False
            if v10 not in _ENUM_1:
                return False
        if "speed" in data:
            v11 = data["speed"]
            if not (
                type(v11) is float
                or type(v11) is int
                or (isinstance(v11, (int, float)) and not isinstance(v11, bool))
            ):
                return False
            if v11 < 0.25:
                return False
            if v11 > 1.5:
                return False
        if "temperature" in data:
            v12 = data["temperature"]
            if not (
                type(v12) is float
                or type(v12) is int
                or (isinstance(v12, (int, float)) and not isinstance(v12, bool))
            ):
                return False
            if v12 < 0.6:
                return False
            if v12 > 1.2:
                return False
        if "tool_choice" in data:
            v13 = data["tool_choice"]
            if not (type(v13) is str or isinstance(v13, str)):
                return False
        if "tools" in data:
            v14 = data["tools"]
            if not (type(v14) is list or isinstance(v14, list)):
                return False
            for v15 in v14:
                if not (type(v15) is dict or isinstance(v15, dict)):
                    return False
                if v15:
                    if "description" in v15:
                        v16 = v15["description"]
                        if not (type(v16) is str or isinstance(v16, str)):
                            return False
                    if "name" in v15:
                        v17 = v15["name"]
                        if not (type(v17) is str or isinstance(v17, str)):
                            return False
                    if "type" in v15:
                        v19 = v15["type"]
                        if not (type(v19) is str or isinstance(v19, str)):
                            return False
                        if v19 not in _ENUM_6:
                            return False
        if "tracing" in data:
            v20 = data["tracing"]
            if not (
                v20 is None
                or ((type(v20) is str or isinstance(v20, str)) and v20 in _ENUM_4)
                or _is_session_tracing_configuration(v20)
            ):
                return False
        if "turn_detection" in data:
            v21 = data["turn_detection"]
            if not (v21 is None or _is_session_turn_detection(v21)):
                return False
        if "voice" in data:
            v22 = data["voice"]
            if not (
                (type(v22) is str or isinstance(v22, str))
                or ((type(v22) is str or isinstance(v22, str)) and v22 in _ENUM_5)
            ):
                return False
    return True
