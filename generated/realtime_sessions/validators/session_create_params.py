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
_NAMES_2 = frozenset({"type"})
_NAMES_3 = frozenset({"language", "model", "prompt"})
_NAMES_4 = frozenset({"description", "name", "parameters", "type"})
_NAMES_5 = frozenset({"group_id", "metadata", "workflow_name"})
_NAMES_6 = frozenset(
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


def _is_session_create_params_max_response_output_tokens_any_of_0(data: object) -> bool:
    if not (
        type(data) is int
        or (isinstance(data, int) and not isinstance(data, bool))
        or (isinstance(data, float) and data.is_integer())
    ):
        return False
    if data < 1:
        return False
    return not (data > 4096)


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
                if not (type(v4) is str or isinstance(v4, str)):
                    issues.append(
                        ValidationIssue(
                            "/input_audio_format", "type", repr(v4) + " is not of type 'string'"
                        )
                    )
                if not ((type(v4) is str or isinstance(v4, str)) and v4 in _ENUM_1):
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
                        if v5:
                            if not _NAMES_2.issuperset(v5):
                                for k6 in v5:
                                    if k6 not in _NAMES_2:
                                        issues.append(
                                            ValidationIssue(
                                                "/input_audio_noise_reduction",
                                                "additionalProperties",
                                                "additional property "
                                                + repr(k6)
                                                + " is not allowed",
                                            )
                                        )
                            if "type" in v5:
                                v8 = v5["type"]
                                if not (type(v8) is str or isinstance(v8, str)):
                                    issues.append(
                                        ValidationIssue(
                                            "/input_audio_noise_reduction/type",
                                            "type",
                                            repr(v8) + " is not of type 'string'",
                                        )
                                    )
                                if not ((type(v8) is str or isinstance(v8, str)) and v8 in _ENUM_2):
                                    issues.append(
                                        ValidationIssue(
                                            "/input_audio_noise_reduction/type",
                                            "enum",
                                            repr(v8) + " is not one of ['near_field', 'far_field']",
                                        )
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
                v9 = data["input_audio_transcription"]
                if not (v9 is None or _is_session_create_params_input_audio_transcription(v9)):
                    if type(v9) is dict or isinstance(v9, dict):
                        if v9:
                            if not _NAMES_3.issuperset(v9):
                                for k10 in v9:
                                    if k10 not in _NAMES_3:
                                        issues.append(
                                            ValidationIssue(
                                                "/input_audio_transcription",
                                                "additionalProperties",
                                                "additional property "
                                                + repr(k10)
                                                + " is not allowed",
                                            )
                                        )
                            if "language" in v9:
                                v12 = v9["language"]
                                if not (type(v12) is str or isinstance(v12, str)):
                                    issues.append(
                                        ValidationIssue(
                                            "/input_audio_transcription/language",
                                            "type",
                                            repr(v12) + " is not of type 'string'",
                                        )
                                    )
                            if "model" in v9:
                                v13 = v9["model"]
                                if not (type(v13) is str or isinstance(v13, str)):
                                    issues.append(
                                        ValidationIssue(
                                            "/input_audio_transcription/model",
                                            "type",
                                            repr(v13) + " is not of type 'string'",
                                        )
                                    )
                            if "prompt" in v9:
                                v14 = v9["prompt"]
                                if not (type(v14) is str or isinstance(v14, str)):
                                    issues.append(
                                        ValidationIssue(
                                            "/input_audio_transcription/prompt",
                                            "type",
                                            repr(v14) + " is not of type 'string'",
                                        )
                                    )
                    else:
                        issues.append(
                            ValidationIssue(
                                "/input_audio_transcription",
                                "anyOf",
                                repr(v9) + " is not valid under any of the given schemas",
                            )
                        )
            if "instructions" in data:
                v15 = data["instructions"]
                if not (type(v15) is str or isinstance(v15, str)):
                    issues.append(
                        ValidationIssue(
                            "/instructions", "type", repr(v15) + " is not of type 'string'"
                        )
                    )
            if "max_response_output_tokens" in data:
                v16 = data["max_response_output_tokens"]
                if not (
                    _is_session_create_params_max_response_output_tokens_any_of_0(v16)
                    or ((type(v16) is str or isinstance(v16, str)) and v16 == "inf")
                ):
                    if type(v16) is str or isinstance(v16, str):
                        if v16 != "inf":
                            issues.append(
                                ValidationIssue(
                                    "/max_response_output_tokens",
                                    "const",
                                    "'inf' was expected, got " + repr(v16),
                                )
                            )
                    elif (
                        type(v16) is float
                        or type(v16) is int
                        or (isinstance(v16, (int, float)) and not isinstance(v16, bool))
                    ):
                        if not (
                            type(v16) is int
                            or (isinstance(v16, int) and not isinstance(v16, bool))
                            or (isinstance(v16, float) and v16.is_integer())
                        ):
                            issues.append(
                                ValidationIssue(
                                    "/max_response_output_tokens",
                                    "type",
                                    repr(v16) + " is not of type 'integer'",
                                )
                            )
                        if v16 < 1:
                            issues.append(
                                ValidationIssue(
                                    "/max_response_output_tokens",
                                    "minimum",
                                    repr(v16) + " is less than the minimum of 1",
                                )
                            )
                        if v16 > 4096:
                            issues.append(
                                ValidationIssue(
                                    "/max_response_output_tokens",
                                    "maximum",
                                    repr(v16) + " is greater than the maximum of 4096",
                                )
                            )
                    else:
                        issues.append(
                            ValidationIssue(
                                "/max_response_output_tokens",
                                "anyOf",
                                repr(v16) + " is not valid under any of the given schemas",
                            )
                        )
            if "modalities" in data:
                v17 = data["modalities"]
                if type(v17) is list or isinstance(v17, list):
                    for i19, v18 in enumerate(v17):
                        if not (type(v18) is str or isinstance(v18, str)):
                            issues.append(
                                ValidationIssue(
                                    "/modalities/" + str(i19),
                                    "type",
                                    repr(v18) + " is not of type 'string'",
                                )
                            )
                        if not ((type(v18) is str or isinstance(v18, str)) and v18 in _ENUM_3):
                            issues.append(
                                ValidationIssue(
                                    "/modalities/" + str(i19),
                                    "enum",
                                    repr(v18) + " is not one of ['text', 'audio']",
                                )
                            )
                else:
                    issues.append(
                        ValidationIssue(
                            "/modalities", "type", repr(v17) + " is not of type 'array'"
                        )
                    )
            if "model" in data:
                v20 = data["model"]
                if not (type(v20) is str or isinstance(v20, str)):
                    issues.append(
                        ValidationIssue("/model", "type", repr(v20) + " is not of type 'string'")
                    )
                if not ((type(v20) is str or isinstance(v20, str)) and v20 in _ENUM_4):
                    issues.append(
                        ValidationIssue(
                            "/model",
                            "enum",
                            repr(v20)
                            + (
                                " is not one of ['gpt-4o-realtime-preview', 'gpt-4o-realtime-"
                                "preview-2024-10-01', 'gpt-4o-realtime-preview-2024-12-17', '"
                                "gpt-4o-realtime-preview-2025-06-03', 'gpt-4o-mini-realtime-p"
                                "review', 'gpt-4o-mini-realtime-preview-2024-12-17']"
                            ),
                        )
                    )
            if "output_audio_format" in data:
                v21 = data["output_audio_format"]
                if not (type(v21) is str or isinstance(v21, str)):
                    issues.append(
                        ValidationIssue(
                            "/output_audio_format", "type", repr(v21) + " is not of type 'string'"
                        )
                    )
                if not ((type(v21) is str or isinstance(v21, str)) and v21 in _ENUM_1):
                    issues.append(
                        ValidationIssue(
                            "/output_audio_format",
                            "enum",
                            repr(v21) + " is not one of ['pcm16', 'g711_ulaw', 'g711_alaw']",
                        )
                    )
            if "speed" in data:
                v22 = data["speed"]
                if (
                    type(v22) is float
                    or type(v22) is int
                    or (isinstance(v22, (int, float)) and not isinstance(v22, bool))
                ):
                    if v22 < 0.25:
                        issues.append(
                            ValidationIssue(
                                "/speed", "minimum", repr(v22) + " is less than the minimum of 0.25"
                            )
                        )
                    if v22 > 1.5:
                        issues.append(
                            ValidationIssue(
                                "/speed",
                                "maximum",
                                repr(v22) + " is greater than the maximum of 1.5",
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue("/speed", "type", repr(v22) + " is not of type 'number'")
                    )
            if "temperature" in data:
                v23 = data["temperature"]
                if (
                    type(v23) is float
                    or type(v23) is int
                    or (isinstance(v23, (int, float)) and not isinstance(v23, bool))
                ):
                    if v23 < 0.6:
                        issues.append(
                            ValidationIssue(
                                "/temperature",
                                "minimum",
                                repr(v23) + " is less than the minimum of 0.6",
                            )
                        )
                    if v23 > 1.2:
                        issues.append(
                            ValidationIssue(
                                "/temperature",
                                "maximum",
                                repr(v23) + " is greater than the maximum of 1.2",
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue(
                            "/temperature", "type", repr(v23) + " is not of type 'number'"
                        )
                    )
            if "tool_choice" in data:
                v24 = data["tool_choice"]
                if not (type(v24) is str or isinstance(v24, str)):
                    issues.append(
                        ValidationIssue(
                            "/tool_choice", "type", repr(v24) + " is not of type 'string'"
                        )
                    )
            if "tools" in data:
                v25 = data["tools"]
                if type(v25) is list or isinstance(v25, list):
                    for i27, v26 in enumerate(v25):
                        if type(v26) is dict or isinstance(v26, dict):
                            if v26:
                                if not _NAMES_4.issuperset(v26):
                                    for k28 in v26:
                                        if k28 not in _NAMES_4:
                                            issues.append(
                                                ValidationIssue(
                                                    "/tools/" + str(i27),
                                                    "additionalProperties",
                                                    "additional property "
                                                    + repr(k28)
                                                    + " is not allowed",
                                                )
                                            )
                                if "description" in v26:
                                    v30 = v26["description"]
                                    if not (type(v30) is str or isinstance(v30, str)):
                                        issues.append(
                                            ValidationIssue(
                                                "/tools/" + str(i27) + "/description",
                                                "type",
                                                repr(v30) + " is not of type 'string'",
                                            )
                                        )
                                if "name" in v26:
                                    v31 = v26["name"]
                                    if not (type(v31) is str or isinstance(v31, str)):
                                        issues.append(
                                            ValidationIssue(
                                                "/tools/" + str(i27) + "/name",
                                                "type",
                                                repr(v31) + " is not of type 'string'",
                                            )
                                        )
                                if "type" in v26:
                                    v33 = v26["type"]
                                    if not (type(v33) is str or isinstance(v33, str)):
                                        issues.append(
                                            ValidationIssue(
                                                "/tools/" + str(i27) + "/type",
                                                "type",
                                                repr(v33) + " is not of type 'string'",
                                            )
                                        )
                                    if not (
                                        (type(v33) is str or isinstance(v33, str))
                                        and v33 in _ENUM_5
                                    ):
                                        issues.append(
                                            ValidationIssue(
                                                "/tools/" + str(i27) + "/type",
                                                "enum",
                                                repr(v33) + " is not one of ['function']",
                                            )
                                        )
                        else:
                            issues.append(
                                ValidationIssue(
                                    "/tools/" + str(i27),
                                    "type",
                                    repr(v26) + " is not of type 'object'",
                                )
                            )
                else:
                    issues.append(
                        ValidationIssue("/tools", "type", repr(v25) + " is not of type 'array'")
                    )
            if "tracing" in data:
                v34 = data["tracing"]
                if not (
                    v34 is None
                    or ((type(v34) is str or isinstance(v34, str)) and v34 in _ENUM_6)
                    or _is_session_create_params_tracing_configuration(v34)
                ):
                    if type(v34) is dict or isinstance(v34, dict):
                        if v34:
                            if not _NAMES_5.issuperset(v34):
                                for k35 in v34:
                                    if k35 not in _NAMES_5:
                                        issues.append(
                                            ValidationIssue(
                                                "/tracing",
                                                "additionalProperties",
                                                "additional property "
                                                + repr(k35)
                                                + " is not allowed",
                                            )
                                        )
                            if "group_id" in v34:
                                v37 = v34["group_id"]
                                if not (type(v37) is str or isinstance(v37, str)):
                                    issues.append(
                                        ValidationIssue(
                                            "/tracing/group_id",
                                            "type",
                                            repr(v37) + " is not of type 'string'",
                                        )
                                    )
                            if "workflow_name" in v34:
                                v39 = v34["workflow_name"]
                                if not (type(v39) is str or isinstance(v39, str)):
                                    issues.append(
                                        ValidationIssue(
                                            "/tracing/workflow_name",
                                            "type",
                                            repr(v39) + " is not of type 'string'",
                                        )
                                    )
                    elif type(v34) is str or isinstance(v34, str):
                        if v34 not in _ENUM_6:
                            issues.append(
                                ValidationIssue(
                                    "/tracing", "enum", repr(v34) + " is not one of ['auto']"
                                )
                            )
                    else:
                        issues.append(
                            ValidationIssue(
                                "/tracing",
                                "anyOf",
                                repr(v34) + " is not valid under any of the given schemas",
                            )
                        )
            if "turn_detection" in data:
                v40 = data["turn_detection"]
                if not (v40 is None or _is_session_create_params_turn_detection(v40)):
                    if type(v40) is dict or isinstance(v40, dict):
                        if v40:
                            if not _NAMES_6.issuperset(v40):
                                for k41 in v40:
                                    if k41 not in _NAMES_6:
                                        issues.append(
                                            ValidationIssue(
                                                "/turn_detection",
                                                "additionalProperties",
                                                "additional property "
                                                + repr(k41)
                                                + " is not allowed",
                                            )
                                        )
                            if "create_response" in v40:
                                v43 = v40["create_response"]
                                if type(v43) is not bool:
                                    issues.append(
                                        ValidationIssue(
                                            "/turn_detection/create_response",
                                            "type",
                                            repr(v43) + " is not of type 'boolean'",
                                        )
                                    )
                            if "eagerness" in v40:
                                v44 = v40["eagerness"]
                                if not (type(v44) is str or isinstance(v44, str)):
                                    issues.append(
                                        ValidationIssue(
                                            "/turn_detection/eagerness",
                                            "type",
                                            repr(v44) + " is not of type 'string'",
                                        )
                                    )
                                if not (
                                    (type(v44) is str or isinstance(v44, str)) and v44 in _ENUM_7
                                ):
                                    issues.append(
                                        ValidationIssue(
                                            "/turn_detection/eagerness",
                                            "enum",
                                            repr(v44)
                                            + " is not one of ['low', 'medium', 'high', 'auto']",
                                        )
                                    )
                            if "interrupt_response" in v40:
                                v45 = v40["interrupt_response"]
                                if type(v45) is not bool:
                                    issues.append(
                                        ValidationIssue(
                                            "/turn_detection/interrupt_response",
                                            "type",
                                            repr(v45) + " is not of type 'boolean'",
                                        )
                                    )
                            if "prefix_padding_ms" in v40:
                                v46 = v40["prefix_padding_ms"]
                                if (
                                    type(v46) is int
                                    or (isinstance(v46, int) and not isinstance(v46, bool))
                                    or (isinstance(v46, float) and v46.is_integer())
                                ):
                                    if v46 < 0:
                                        issues.append(
                                            ValidationIssue(
                                                "/turn_detection/prefix_padding_ms",
                                                "minimum",
                                                repr(v46) + " is less than the minimum of 0",
                                            )
                                        )
                                else:
                                    issues.append(
                                        ValidationIssue(
                                            "/turn_detection/prefix_padding_ms",
                                            "type",
                                            repr(v46) + " is not of type 'integer'",
                                        )
                                    )
                            if "silence_duration_ms" in v40:
                                v47 = v40["silence_duration_ms"]
                                if (
                                    type(v47) is int
                                    or (isinstance(v47, int) and not isinstance(v47, bool))
                                    or (isinstance(v47, float) and v47.is_integer())
                                ):
                                    if v47 < 0:
                                        issues.append(
                                            ValidationIssue(
                                                "/turn_detection/silence_duration_ms",
                                                "minimum",
                                                repr(v47) + " is less than the minimum of 0",
                                            )
                                        )
                                else:
                                    issues.append(
                                        ValidationIssue(
                                            "/turn_detection/silence_duration_ms",
                                            "type",
                                            repr(v47) + " is not of type 'integer'",
                                        )
                                    )
                            if "threshold" in v40:
                                v48 = v40["threshold"]
                                if (
                                    type(v48) is float
                                    or type(v48) is int
                                    or (isinstance(v48, (int, float)) and not isinstance(v48, bool))
                                ):
                                    if v48 < 0:
                                        issues.append(
                                            ValidationIssue(
                                                "/turn_detection/threshold",
                                                "minimum",
                                                repr(v48) + " is less than the minimum of 0",
                                            )
                                        )
                                    if v48 > 1:
                                        issues.append(
                                            ValidationIssue(
                                                "/turn_detection/threshold",
                                                "maximum",
                                                repr(v48) + " is greater than the maximum of 1",
                                            )
                                        )
                                else:
                                    issues.append(
                                        ValidationIssue(
                                            "/turn_detection/threshold",
                                            "type",
                                            repr(v48) + " is not of type 'number'",
                                        )
                                    )
                            if "type" in v40:
                                v49 = v40["type"]
                                if not (type(v49) is str or isinstance(v49, str)):
                                    issues.append(
                                        ValidationIssue(
                                            "/turn_detection/type",
                                            "type",
                                            repr(v49) + " is not of type 'string'",
                                        )
                                    )
                                if not (
                                    (type(v49) is str or isinstance(v49, str)) and v49 in _ENUM_8
                                ):
                                    issues.append(
                                        ValidationIssue(
                                            "/turn_detection/type",
                                            "enum",
                                            repr(v49)
                                            + " is not one of ['server_vad', 'semantic_vad']",
                                        )
                                    )
                    else:
                        issues.append(
                            ValidationIssue(
                                "/turn_detection",
                                "anyOf",
                                repr(v40) + " is not valid under any of the given schemas",
                            )
                        )
            if "voice" in data:
                v50 = data["voice"]
                if not (
                    (type(v50) is str or isinstance(v50, str))
                    or ((type(v50) is str or isinstance(v50, str)) and v50 in _ENUM_9)
                ):
                    issues.append(
                        ValidationIssue(
                            "/voice",
                            "anyOf",
                            repr(v50) + " is not valid under any of the given schemas",
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
                _is_session_create_params_max_response_output_tokens_any_of_0(v8)
                or ((type(v8) is str or isinstance(v8, str)) and v8 == "inf")
            ):
                return False
        if "modalities" in data:
            v9 = data["modalities"]
            if not (type(v9) is list or isinstance(v9, list)):
                return False
            for v10 in v9:
                if not (type(v10) is str or isinstance(v10, str)):
                    return False
                if v10 not in _ENUM_3:
                    return False
        if "model" in data:
            v11 = data["model"]
            if not (type(v11) is str or isinstance(v11, str)):
                return False
            if v11 not in _ENUM_4:
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
                    if not _NAMES_4.issuperset(v17):
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
                        if v23 not in _ENUM_5:
                            return False
        if "tracing" in data:
            v24 = data["tracing"]
            if not (
                v24 is None
                or ((type(v24) is str or isinstance(v24, str)) and v24 in _ENUM_6)
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
                or ((type(v26) is str or isinstance(v26, str)) and v26 in _ENUM_9)
            ):
                return False
    return True
