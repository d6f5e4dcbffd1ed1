# Generated from spec/realtime_sessions.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from .._validation import ValidationIssue
from .session_input_audio_noise_reduction import _is_session_input_audio_noise_reduction
from .session_input_audio_transcription import _is_session_input_audio_transcription
from .session_tracing_configuration import _is_session_tracing_configuration
from .session_turn_detection import _is_session_turn_detection

__all__ = [
    "is_valid_session",
    "validate_session",
]


_ENUM_1 = frozenset({"pcm16", "g711_ulaw", "g711_alaw"})
_ENUM_2 = frozenset({"near_field", "far_field"})
_ENUM_3 = frozenset({"text", "audio"})
_ENUM_4 = frozenset(
    {
        "gpt-4o-realtime-preview",
        "gpt-4o-realtime-preview-2024-10-01",
        "gpt-4o-realtime-preview-2024-12-17",
        "gpt-4o-realtime-preview-2025-06-03",
        "gpt-4o-mini-realtime-preview",
        "gpt-4o-mini-realtime-preview-2024-12-17",
    }
)
_ENUM_5 = frozenset({"function"})
_ENUM_6 = frozenset({"auto"})
_ENUM_7 = frozenset({"low", "medium", "high", "auto"})
_ENUM_8 = frozenset({"server_vad", "semantic_vad"})
_ENUM_9 = frozenset({"alloy", "ash", "ballad", "coral", "echo", "sage", "shimmer", "verse"})


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
                if not (type(v2) is str or isinstance(v2, str)):
                    issues.append(
                        ValidationIssue(
                            "/input_audio_format", "type", repr(v2) + " is not of type 'string'"
                        )
                    )
                if not ((type(v2) is str or isinstance(v2, str)) and v2 in _ENUM_1):
                    issues.append(
                        ValidationIssue(
                            "/input_audio_format",
                            "enum",
                            repr(v2) + (" is not one of ['pcm16', 'g711_ulaw', 'g711_" "alaw']"),
                        )
                    )
            if "input_audio_noise_reduction" in data:
                v3 = data["input_audio_noise_reduction"]
                if not (v3 is None or _is_session_input_audio_noise_reduction(v3)):
                    if type(v3) is dict or isinstance(v3, dict):
                        if "type" in v3:
                            v4 = v3["type"]
                            if not (type(v4) is str or isinstance(v4, str)):
                                issues.append(
                                    ValidationIssue(
                                        "/input_audio_noise_reduction/type",
                                        "type",
                                        repr(v4) + " is not of type 'string'",
                                    )
                                )
                            if not ((type(v4) is str or isinstance(v4, str)) and v4 in _ENUM_2):
                                issues.append(
                                    ValidationIssue(
                                        "/input_audio_noise_reduction/type",
                                        "enum",
                                        repr(v4) + " is not one of ['near_field', 'far_field']",
                                    )
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
                                if not (type(v6) is str or isinstance(v6, str)):
                                    issues.append(
                                        ValidationIssue(
                                            "/input_audio_transcription/language",
                                            "type",
                                            repr(v6) + " is not of type 'string'",
                                        )
                                    )
                            if "model" in v5:
                                v7 = v5["model"]
                                if not (type(v7) is str or isinstance(v7, str)):
                                    issues.append(
                                        ValidationIssue(
                                            "/input_audio_transcription/model",
                                            "type",
                                            repr(v7) + " is not of type 'string'",
                                        )
                                    )
                            if "prompt" in v5:
                                v8 = v5["prompt"]
                                if not (type(v8) is str or isinstance(v8, str)):
                                    issues.append(
                                        ValidationIssue(
                                            "/input_audio_transcription/prompt",
                                            "type",
                                            repr(v8) + " is not of type 'string'",
                                        )
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
                    _is_session_max_response_output_tokens_any_of_0(v10)
                    or ((type(v10) is str or isinstance(v10, str)) and v10 == "inf")
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
                        if not (type(v12) is str or isinstance(v12, str)):
                            issues.append(
                                ValidationIssue(
                                    "/modalities/" + str(i13),
                                    "type",
                                    repr(v12) + " is not of type 'string'",
                                )
                            )
                        if not ((type(v12) is str or isinstance(v12, str)) and v12 in _ENUM_3):
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
                if not (type(v14) is str or isinstance(v14, str)):
                    issues.append(
                        ValidationIssue("/model", "type", repr(v14) + " is not of type 'string'")
                    )
                if not ((type(v14) is str or isinstance(v14, str)) and v14 in _ENUM_4):
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
                if not (type(v15) is str or isinstance(v15, str)):
                    issues.append(
                        ValidationIssue(
                            "/output_audio_format", "type", repr(v15) + " is not of type 'string'"
                        )
                    )
                if not ((type(v15) is str or isinstance(v15, str)) and v15 in _ENUM_1):
                    issues.append(
                        ValidationIssue(
                            "/output_audio_format",
                            "enum",
                            repr(v15) + (" is not one of ['pcm16', 'g711_ulaw', 'g711_" "alaw']"),
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
                                    if not (type(v22) is str or isinstance(v22, str)):
                                        issues.append(
                                            ValidationIssue(
                                                "/tools/" + str(i21) + "/description",
                                                "type",
                                                repr(v22) + " is not of type 'string'",
                                            )
                                        )
                                if "name" in v20:
                                    v23 = v20["name"]
                                    if not (type(v23) is str or isinstance(v23, str)):
                                        issues.append(
                                            ValidationIssue(
                                                "/tools/" + str(i21) + "/name",
                                                "type",
                                                repr(v23) + " is not of type 'string'",
                                            )
                                        )
                                if "type" in v20:
                                    v25 = v20["type"]
                                    if not (type(v25) is str or isinstance(v25, str)):
                                        issues.append(
                                            ValidationIssue(
                                                "/tools/" + str(i21) + "/type",
                                                "type",
                                                repr(v25) + " is not of type 'string'",
                                            )
                                        )
                                    if not (
                                        (type(v25) is str or isinstance(v25, str))
                                        and v25 in _ENUM_5
                                    ):
                                        issues.append(
                                            ValidationIssue(
                                                "/tools/" + str(i21) + "/type",
                                                "enum",
                                                repr(v25) + " is not one of ['function']",
                                            )
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
                    or ((type(v26) is str or isinstance(v26, str)) and v26 in _ENUM_6)
                    or _is_session_tracing_configuration(v26)
                ):
                    if type(v26) is dict or isinstance(v26, dict):
                        if v26:
                            if "group_id" in v26:
                                v27 = v26["group_id"]
                                if not (type(v27) is str or isinstance(v27, str)):
                                    issues.append(
                                        ValidationIssue(
                                            "/tracing/group_id",
                                            "type",
                                            repr(v27) + " is not of type 'string'",
                                        )
                                    )
                            if "workflow_name" in v26:
                                v29 = v26["workflow_name"]
                                if not (type(v29) is str or isinstance(v29, str)):
                                    issues.append(
                                        ValidationIssue(
                                            "/tracing/workflow_name",
                                            "type",
                                            repr(v29) + " is not of type 'string'",
                                        )
                                    )
                    elif type(v26) is str or isinstance(v26, str):
                        if v26 not in _ENUM_6:
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
                                if type(v31) is not bool:
                                    issues.append(
                                        ValidationIssue(
                                            "/turn_detection/create_response",
                                            "type",
                                            repr(v31) + " is not of type 'boolean'",
                                        )
                                    )
                            if "eagerness" in v30:
                                v32 = v30["eagerness"]
                                if not (type(v32) is str or isinstance(v32, str)):
                                    issues.append(
                                        ValidationIssue(
                                            "/turn_detection/eagerness",
                                            "type",
                                            repr(v32) + " is not of type 'string'",
                                        )
                                    )
                                if not (
                                    (type(v32) is str or isinstance(v32, str)) and v32 in _ENUM_7
                                ):
                                    issues.append(
                                        ValidationIssue(
                                            "/turn_detection/eagerness",
                                            "enum",
                                            repr(v32)
                                            + (
                                                " is not one of ['low', 'medium', 'high', "
                                                "'auto']"
                                            ),
                                        )
                                    )
                            if "interrupt_response" in v30:
                                v33 = v30["interrupt_response"]
                                if type(v33) is not bool:
                                    issues.append(
                                        ValidationIssue(
                                            "/turn_detection/interrupt_response",
                                            "type",
                                            repr(v33) + " is not of type 'boolean'",
                                        )
                                    )
                            if "prefix_padding_ms" in v30:
                                v34 = v30["prefix_padding_ms"]
                                if (
                                    type(v34) is int
                                    or (isinstance(v34, int) and not isinstance(v34, bool))
                                    or (isinstance(v34, float) and v34.is_integer())
                                ):
                                    if v34 < 0:
                                        issues.append(
                                            ValidationIssue(
                                                "/turn_detection/prefix_padding_ms",
                                                "minimum",
                                                repr(v34) + " is less than the minimum of 0",
                                            )
                                        )
                                else:
                                    issues.append(
                                        ValidationIssue(
                                            "/turn_detection/prefix_padding_ms",
                                            "type",
                                            repr(v34) + " is not of type 'integer'",
                                        )
                                    )
                            if "silence_duration_ms" in v30:
                                v35 = v30["silence_duration_ms"]
                                if (
                                    type(v35) is int
                                    or (isinstance(v35, int) and not isinstance(v35, bool))
                                    or (isinstance(v35, float) and v35.is_integer())
                                ):
                                    if v35 < 0:
                                        issues.append(
                                            ValidationIssue(
                                                "/turn_detection/silence_duration_ms",
                                                "minimum",
                                                repr(v35) + " is less than the minimum of 0",
                                            )
                                        )
                                else:
                                    issues.append(
                                        ValidationIssue(
                                            "/turn_detection/silence_duration_ms",
                                            "type",
                                            repr(v35) + " is not of type 'integer'",
                                        )
                                    )
                            if "threshold" in v30:
                                v36 = v30["threshold"]
                                if (
                                    type(v36) is float
                                    or type(v36) is int
                                    or (isinstance(v36, (int, float)) and not isinstance(v36, bool))
                                ):
                                    if v36 < 0:
                                        issues.append(
                                            ValidationIssue(
                                                "/turn_detection/threshold",
                                                "minimum",
                                                repr(v36) + " is less than the minimum of 0",
                                            )
                                        )
                                    if v36 > 1:
                                        issues.append(
                                            ValidationIssue(
                                                "/turn_detection/threshold",
                                                "maximum",
                                                repr(v36) + " is greater than the maximum of 1",
                                            )
                                        )
                                else:
                                    issues.append(
                                        ValidationIssue(
                                            "/turn_detection/threshold",
                                            "type",
                                            repr(v36) + " is not of type 'number'",
                                        )
                                    )
                            if "type" in v30:
                                v37 = v30["type"]
                                if not (type(v37) is str or isinstance(v37, str)):
                                    issues.append(
                                        ValidationIssue(
                                            "/turn_detection/type",
                                            "type",
                                            repr(v37) + " is not of type 'string'",
                                        )
                                    )
                                if not (
                                    (type(v37) is str or isinstance(v37, str)) and v37 in _ENUM_8
                                ):
                                    issues.append(
                                        ValidationIssue(
                                            "/turn_detection/type",
                                            "enum",
                                            repr(v37)
                                            + " is not one of ['server_vad', 'semantic_vad']",
                                        )
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
                    or ((type(v38) is str or isinstance(v38, str)) and v38 in _ENUM_9)
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
                _is_session_max_response_output_tokens_any_of_0(v6)
                or ((type(v6) is str or isinstance(v6, str)) and v6 == "inf")
            ):
                return False
        if "modalities" in data:
            v7 = data["modalities"]
            if not (type(v7) is list or isinstance(v7, list)):
                return False
            for v8 in v7:
                if not (type(v8) is str or isinstance(v8, str)):
                    return False
                if v8 not in _ENUM_3:
                    return False
        if "model" in data:
            v9 = data["model"]
            if not (type(v9) is str or isinstance(v9, str)):
                return False
            if v9 not in _ENUM_4:
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
                        if v19 not in _ENUM_5:
                            return False
        if "tracing" in data:
            v20 = data["tracing"]
            if not (
                v20 is None
                or ((type(v20) is str or isinstance(v20, str)) and v20 in _ENUM_6)
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
                or ((type(v22) is str or isinstance(v22, str)) and v22 in _ENUM_9)
            ):
                return False
    return True
