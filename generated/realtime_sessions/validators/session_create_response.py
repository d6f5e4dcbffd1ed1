# Generated from spec/realtime_sessions.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from .._validation import ValidationIssue
from .session_create_response_input_audio_transcription import (
    _is_session_create_response_input_audio_transcription,
)
from .session_create_response_tracing_configuration import (
    _is_session_create_response_tracing_configuration,
)
from .session_create_response_turn_detection import _is_session_create_response_turn_detection

__all__ = [
    "is_valid_session_create_response",
    "validate_session_create_response",
]


_ENUM_2 = frozenset({"text", "audio"})
_ENUM_4 = frozenset({"auto"})
_ENUM_5 = frozenset({"alloy", "ash", "ballad", "coral", "echo", "sage", "shimmer", "verse"})
_ENUM_6 = frozenset({"function"})


def _is_session_response_max_response_output_tokens_any_of_0(data: object) -> bool:
    if not (
        type(data) is int
        or (isinstance(data, int) and not isinstance(data, bool))
        or (isinstance(data, float) and data.is_integer())
    ):
        return False
    if data < 1:
        return False
    return not (data > 4096)


def validate_session_create_response(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if "client_secret" not in data:
            issues.append(ValidationIssue("", "required", "'client_secret' is a required property"))
        if "client_secret" in data:
            v1 = data["client_secret"]
            if type(v1) is dict or isinstance(v1, dict):
                if "expires_at" not in v1:
                    issues.append(
                        ValidationIssue(
                            "/client_secret", "required", "'expires_at' is a required property"
                        )
                    )
                if "value" not in v1:
                    issues.append(
                        ValidationIssue(
                            "/client_secret", "required", "'value' is a required property"
                        )
                    )
                if "expires_at" in v1:
                    v2 = v1["expires_at"]
                    if not (
                        type(v2) is int
                        or (isinstance(v2, int) and not isinstance(v2, bool))
                        or (isinstance(v2, float) and v2.is_integer())
                    ):
                        issues.append(
                            ValidationIssue(
                                "/client_secret/expires_at",
                                "type",
                                repr(v2) + " is not of type 'integer'",
                            )
                        )
                if "value" in v1:
                    v3 = v1["value"]
                    if not (type(v3) is str or isinstance(v3, str)):
                        issues.append(
                            ValidationIssue(
                                "/client_secret/value",
                                "type",
                                repr(v3) + " is not of type 'string'",
                            )
                        )
            else:
                issues.append(
                    ValidationIssue("/client_secret", "type", repr(v1) + " is not of type 'object'")
                )
        if "input_audio_format" in data:
            v4 = data["input_audio_format"]
            if not (type(v4) is str or isinstance(v4, str)):
                issues.append(
                    ValidationIssue(
                        "/input_audio_format", "type", repr(v4) + " is not of type 'string'"
                    )
                )
        if "input_audio_transcription" in data:
            v5 = data["input_audio_transcription"]
            if not (v5 is None or _is_session_create_response_input_audio_transcription(v5)):
                if type(v5) is dict or isinstance(v5, dict):
                    if "model" in v5:
                        v6 = v5["model"]
                        if not (type(v6) is str or isinstance(v6, str)):
                            issues.append(
                                ValidationIssue(
                                    "/input_audio_transcription/model",
                                    "type",
                                    repr(v6) + " is not of type 'string'",
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
            v7 = data["instructions"]
            if not (type(v7) is str or isinstance(v7, str)):
                issues.append(
                    ValidationIssue("/instructions", "type", repr(v7) + " is not of type 'string'")
                )
        if "max_response_output_tokens" in data:
            v8 = data["max_response_output_tokens"]
            if not (
                ((type(v8) is str or isinstance(v8, str)) and v8 == "inf")
                or _is_session_response_max_response_output_tokens_any_of_0(v8)
            ):
                if type(v8) is str or isinstance(v8, str):
                    if v8 != "inf":
                        issues.append(
                            ValidationIssue(
                                "/max_response_output_tokens",
                                "const",
                                "'inf' was expected, got " + repr(v8),
                            )
                        )
                elif (
                    type(v8) is float
                    or type(v8) is int
                    or (isinstance(v8, (int, float)) and not isinstance(v8, bool))
                ):
                    if not (
                        type(v8) is int
                        or (isinstance(v8, int) and not isinstance(v8, bool))
                        or (isinstance(v8, float) and v8.is_integer())
                    ):
                        issues.append(
                            ValidationIssue(
                                "/max_response_output_tokens",
                                "type",
                                repr(v8) + " is not of type 'integer'",
                            )
                        )
                    if v8 < 1:
                        issues.append(
                            ValidationIssue(
                                "/max_response_output_tokens",
                                "minimum",
                                repr(v8) + " is less than the minimum of 1",
                            )
                        )
                    if v8 > 4096:
                        issues.append(
                            ValidationIssue(
                                "/max_response_output_tokens",
                                "maximum",
                                repr(v8) + " is greater than the maximum of 4096",
                            )
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
                    if type(v10) is str or isinstance(v10, str):
                        if v10 not in _ENUM_2:
                            issues.append(
                                ValidationIssue(
                                    "/modalities/" + str(i11),
                                    "enum",
                                    repr(v10) + " is not one of ['text', 'audio']",
                                )
                            )
                    else:
                        issues.append(
                            ValidationIssue(
                                "/modalities/" + str(i11),
                                "type",
                                repr(v10) + " is not of type 'string'",
                            )
                        )
                        issues.append(
                            ValidationIssue(
                                "/modalities/" + str(i11),
                                "enum",
                                repr(v10) + " is not one of ['text', 'audio']",
                            )
                        )
            else:
                issues.append(
                    ValidationIssue("/modalities", "type", repr(v9) + " is not of type 'array'")
                )
        if "output_audio_format" in data:
            v12 = data["output_audio_format"]
            if not (type(v12) is str or isinstance(v12, str)):
                issues.append(
                    ValidationIssue(
                        "/output_audio_format", "type", repr(v12) + " is not of type 'string'"
                    )
                )
        if "speed" in data:
            v13 = data["speed"]
            if (
                type(v13) is float
                or type(v13) is int
                or (isinstance(v13, (int, float)) and not isinstance(v13, bool))
            ):
                if v13 < 0.25:
                    issues.append(
                        ValidationIssue(
                            "/speed", "minimum", repr(v13) + " is less than the minimum of 0.25"
                        )
                    )
                if v13 > 1.5:
                    issues.append(
                        ValidationIssue(
                            "/speed", "maximum", repr(v13) + " is greater than the maximum of 1.5"
                        )
                    )
            else:
                issues.append(
                    ValidationIssue("/speed", "type", repr(v13) + " is not of type 'number'")
                )
        if "temperature" in data:
            v14 = data["temperature"]
            if (
                type(v14) is float
                or type(v14) is int
                or (isinstance(v14, (int, float)) and not isinstance(v14, bool))
            ):
                if v14 < 0.6:
                    issues.append(
                        ValidationIssue(
                            "/temperature",
                            "minimum",
                            repr(v14) + " is less than the minimum of 0.6",
                        )
                    )
                if v14 > 1.2:
                    issues.append(
                        ValidationIssue(
                            "/temperature",
                            "maximum",
                            repr(v14) + " is greater than the maximum of 1.2",
                        )
                    )
            else:
                issues.append(
                    ValidationIssue("/temperature", "type", repr(v14) + " is not of type 'number'")
                )
        if "tool_choice" in data:
            v15 = data["tool_choice"]
            if not (type(v15) is str or isinstance(v15, str)):
                issues.append(
                    ValidationIssue("/tool_choice", "type", repr(v15) + " is not of type 'string'")
                )
        if "tools" in data:
            v16 = data["tools"]
            if type(v16) is list or isinstance(v16, list):
                for i18, v17 in enumerate(v16):
                    if type(v17) is dict or isinstance(v17, dict):
                        if v17:
                            if "description" in v17:
                                v19 = v17["description"]
                                if not (type(v19) is str or isinstance(v19, str)):
                                    issues.append(
                                        ValidationIssue(
                                            "/tools/" + str(i18) + "/description",
                                            "type",
                                            repr(v19) + " is not of type 'string'",
                                        )
                                    )
                            if "name" in v17:
                                v20 = v17["name"]
                                if not (type(v20) is str or isinstance(v20, str)):
                                    issues.append(
                                        ValidationIssue(
                                            "/tools/" + str(i18) + "/name",
                                            "type",
                                            repr(v20) + " is not of type 'string'",
                                        )
                                    )
                            if "type" in v17:
                                v22 = v17["type"]
                                if type(v22) is str or isinstance(v22, str):
                                    if v22 not in _ENUM_6:
                                        issues.append(
                                            ValidationIssue(
                                                "/tools/" + str(i18) + "/type",
                                                "enum",
                                                repr(v22) + " is not one of ['function']",
                                            )
                                        )
                                else:
                                    issues.append(
                                        ValidationIssue(
                                            "/tools/" + str(i18) + "/type",
                                            "type",
                                            repr(v22) + " is not of type 'string'",
                                        )
                                    )
                                    issues.append(
                                        ValidationIssue(
                                            "/tools/" + str(i18) + "/type",
                                            "enum",
                                            repr(v22) + " is not one of ['function']",
                                        )
                                    )
                    else:
                        issues.append(
                            ValidationIssue(
                                "/tools/" + str(i18), "type", repr(v17) + " is not of type 'object'"
                            )
                        )
            else:
                issues.append(
                    ValidationIssue("/tools", "type", repr(v16) + " is not of type 'array'")
                )
        if "tracing" in data:
            v23 = data["tracing"]
            if not (
                v23 is None
                or ((type(v23) is str or isinstance(v23, str)) and v23 in _ENUM_4)
                or _is_session_create_response_tracing_configuration(v23)
            ):
                if type(v23) is dict or isinstance(v23, dict):
                    if v23:
                        if "group_id" in v23:
                            v24 = v23["group_id"]
                            if not (type(v24) is str or isinstance(v24, str)):
                                issues.append(
                                    ValidationIssue(
                                        "/tracing/group_id",
                                        "type",
                                        repr(v24) + " is not of type 'string'",
                                    )
                                )
                        if "workflow_name" in v23:
                            v26 = v23["workflow_name"]
                            if not (type(v26) is str or isinstance(v26, str)):
                                issues.append(
                                    ValidationIssue(
                                        "/tracing/workflow_name",
                                        "type",
                                        repr(v26) + " is not of type 'string'",
                                    )
                                )
                elif type(v23) is str or isinstance(v23, str):
                    if v23 not in _ENUM_4:
                        issues.append(
                            ValidationIssue(
                                "/tracing", "enum", repr(v23) + " is not one of ['auto']"
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue(
                            "/tracing",
                            "anyOf",
                            repr(v23) + " is not valid under any of the given schemas",
                        )
                    )
        if "turn_detection" in data:
            v27 = data["turn_detection"]
            if not (v27 is None or _is_session_create_response_turn_detection(v27)):
                if type(v27) is dict or isinstance(v27, dict):
                    if v27:
                        if "prefix_padding_ms" in v27:
                            v28 = v27["prefix_padding_ms"]
                            if (
                                type(v28) is int
                                or (isinstance(v28, int) and not isinstance(v28, bool))
                                or (isinstance(v28, float) and v28.is_integer())
                            ):
                                if v28 < 0:
                                    issues.append(
                                        ValidationIssue(
                                            "/turn_detection/prefix_padding_ms",
                                            "minimum",
                                            repr(v28) + " is less than the minimum of 0",
                                        )
                                    )
                            else:
                                issues.append(
                                    ValidationIssue(
                                        "/turn_detection/prefix_padding_ms",
                                        "type",
                                        repr(v28) + " is not of type 'integer'",
                                    )
                                )
                        if "silence_duration_ms" in v27:
                            v29 = v27["silence_duration_ms"]
                            if (
                                type(v29) is int
                                or (isinstance(v29, int) and not isinstance(v29, bool))
                                or (isinstance(v29, float) and v29.is_integer())
                            ):
                                if v29 < 0:
                                    issues.append(
                                        ValidationIssue(
                                            "/turn_detection/silence_duration_ms",
                                            "minimum",
                                            repr(v29) + " is less than the minimum of 0",
                                        )
                                    )
                            else:
                                issues.append(
                                    ValidationIssue(
                                        "/turn_detection/silence_duration_ms",
                                        "type",
                                        repr(v29) + " is not of type 'integer'",
                                    )
                                )
                        if "threshold" in v27:
                            v30 = v27["threshold"]
                            if (
                                type(v30) is float
                                or type(v30) is int
                                or (isinstance(v30, (int, float)) and not isinstance(v30, bool))
                            ):
                                if v30 < 0:
                                    issues.append(
                                        ValidationIssue(
                                            "/turn_detection/threshold",
                                            "minimum",
                                            repr(v30) + " is less than the minimum of 0",
                                        )
                                    )
                                if v30 > 1:
                                    issues.append(
                                        ValidationIssue(
                                            "/turn_detection/threshold",
                                            "maximum",
                                            repr(v30) + " is greater than the maximum of 1",
                                        )
                                    )
                            else:
                                issues.append(
                                    ValidationIssue(
                                        "/turn_detection/threshold",
                                        "type",
                                        repr(v30) + " is not of type 'number'",
                                    )
                                )
                        if "type" in v27:
                            v31 = v27["type"]
                            if not (type(v31) is str or isinstance(v31, str)):
                                issues.append(
                                    ValidationIssue(
                                        "/turn_detection/type",
                                        "type",
                                        repr(v31) + " is not of type 'string'",
                                    )
                                )
                else:
                    issues.append(
                        ValidationIssue(
                            "/turn_detection",
                            "anyOf",
                            repr(v27) + " is not valid under any of the given schemas",
                        )
                    )
        if "voice" in data:
            v32 = data["voice"]
            if not (
                (type(v32) is str or isinstance(v32, str))
                or ((type(v32) is str or isinstance(v32, str)) and v32 in _ENUM_5)
            ):
                issues.append(
                    ValidationIssue(
                        "/voice",
                        "anyOf",
                        repr(v32) + " is not valid under any of the given schemas",
                    )
                )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_session_create_response(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "client_secret" not in data:
        return False
    if "client_secret" in data:
        v1 = data["client_secret"]
        if not (type(v1) is dict or isinstance(v1, dict)):
            return False
        if "expires_at" not in v1 or "value" not in v1:
            return False
        if "expires_at" in v1:
            v2 = v1["expires_at"]
            if not (
                type(v2) is int
                or (isinstance(v2, int) and not isinstance(v2, bool))
                or (isinstance(v2, float) and v2.is_integer())
            ):
                return False
        if "value" in v1:
            v3 = v1["value"]
            if not (type(v3) is str or isinstance(v3, str)):
                return False
    if "input_audio_format" in data:
        v4 = data["input_audio_format"]
        if not (type(v4) is str or isinstance(v4, str)):
            return False
    if "input_audio_transcription" in data:
        v5 = data["input_audio_transcription"]
        if not (v5 is None or _is_session_create_response_input_audio_transcription(v5)):
            return False
    if "instructions" in data:
        v6 = data["instructions"]
        if not (type(v6) is str or isinstance(v6, str)):
            return False
    if "max_response_output_tokens" in data:
        v7 = data["max_response_output_tokens"]
        if not (
            ((type(v7) is str or isinstance(v7, str)) and v7 == "inf")
            or _is_session_response_max_response_output_tokens_any_of_0(v7)
        ):
            return False
    if "modalities" in data:
        v8 = data["modalities"]
        if not (type(v8) is list or isinstance(v8, list)):
            return False
        for v9 in v8:
            if not (type(v9) is str or isinstance(v9, str)):
                return False
            if v9 not in _ENUM_2:
                return False
    if "output_audio_format" in data:
        v10 = data["output_audio_format"]
        if not (type(v10) is str or isinstance(v10, str)):
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
            or _is_session_create_response_tracing_configuration(v20)
        ):
            return False
    if "turn_detection" in data:
        v21 = data["turn_detection"]
        if not (v21 is None or _is_session_create_response_turn_detection(v21)):
            return False
    if "voice" in data:
        v22 = data["voice"]
        if not (
            (type(v22) is str or isinstance(v22, str))
            or ((type(v22) is str or isinstance(v22, str)) and v22 in _ENUM_5)
        ):
            return False
    return True
