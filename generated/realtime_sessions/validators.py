# Generated from spec/realtime_sessions.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from ._validation import ValidationIssue

__all__ = [
    "is_valid_session",
    "is_valid_session_create_params",
    "is_valid_session_create_params_client_secret",
    "is_valid_session_create_params_client_secret_expires_after",
    "is_valid_session_create_params_input_audio_noise_reduction",
    "is_valid_session_create_params_input_audio_transcription",
    "is_valid_session_create_params_tool",
    "is_valid_session_create_params_tracing_configuration",
    "is_valid_session_create_params_turn_detection",
    "is_valid_session_create_response",
    "is_valid_session_create_response_client_secret",
    "is_valid_session_create_response_input_audio_transcription",
    "is_valid_session_create_response_tool",
    "is_valid_session_create_response_tracing_configuration",
    "is_valid_session_create_response_turn_detection",
    "is_valid_session_input_audio_noise_reduction",
    "is_valid_session_input_audio_transcription",
    "is_valid_session_tool",
    "is_valid_session_tracing_configuration",
    "is_valid_session_turn_detection",
    "validate_session",
    "validate_session_create_params",
    "validate_session_create_params_client_secret",
    "validate_session_create_params_client_secret_expires_after",
    "validate_session_create_params_input_audio_noise_reduction",
    "validate_session_create_params_input_audio_transcription",
    "validate_session_create_params_tool",
    "validate_session_create_params_tracing_configuration",
    "validate_session_create_params_turn_detection",
    "validate_session_create_response",
    "validate_session_create_response_client_secret",
    "validate_session_create_response_input_audio_transcription",
    "validate_session_create_response_tool",
    "validate_session_create_response_tracing_configuration",
    "validate_session_create_response_turn_detection",
    "validate_session_input_audio_noise_reduction",
    "validate_session_input_audio_transcription",
    "validate_session_tool",
    "validate_session_tracing_configuration",
    "validate_session_turn_detection",
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
_NAMES_2 = frozenset({"description", "name", "parameters", "type"})
_NAMES_3 = frozenset({"expires_after"})
_NAMES_4 = frozenset({"anchor", "seconds"})
_ENUM_10 = frozenset({"created_at"})
_NAMES_5 = frozenset({"type"})
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


def _is_session_input_audio_noise_reduction(data: object) -> bool:
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "type" in data:
        v1 = data["type"]
        if not (type(v1) is str or isinstance(v1, str)):
            return False
        if v1 not in _ENUM_2:
            return False
    return True


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


def _is_session_tracing_configuration(data: object) -> bool:
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if data:
        if "group_id" in data:
            v1 = data["group_id"]
            if not (type(v1) is str or isinstance(v1, str)):
                return False
        if "workflow_name" in data:
            v3 = data["workflow_name"]
            if not (type(v3) is str or isinstance(v3, str)):
                return False
    return True


def _is_session_turn_detection(data: object) -> bool:
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if data:
        if "create_response" in data:
            v1 = data["create_response"]
            if type(v1) is not bool:
                return False
        if "eagerness" in data:
            v2 = data["eagerness"]
            if not (type(v2) is str or isinstance(v2, str)):
                return False
            if v2 not in _ENUM_7:
                return False
        if "interrupt_response" in data:
            v3 = data["interrupt_response"]
            if type(v3) is not bool:
                return False
        if "prefix_padding_ms" in data:
            v4 = data["prefix_padding_ms"]
            if not (
                type(v4) is int
                or (isinstance(v4, int) and not isinstance(v4, bool))
                or (isinstance(v4, float) and v4.is_integer())
            ):
                return False
            if v4 < 0:
                return False
        if "silence_duration_ms" in data:
            v5 = data["silence_duration_ms"]
            if not (
                type(v5) is int
                or (isinstance(v5, int) and not isinstance(v5, bool))
                or (isinstance(v5, float) and v5.is_integer())
            ):
                return False
            if v5 < 0:
                return False
        if "threshold" in data:
            v6 = data["threshold"]
            if not (
                type(v6) is float
                or type(v6) is int
                or (isinstance(v6, (int, float)) and not isinstance(v6, bool))
            ):
                return False
            if v6 < 0:
                return False
            if v6 > 1:
                return False
        if "type" in data:
            v7 = data["type"]
            if not (type(v7) is str or isinstance(v7, str)):
                return False
            if v7 not in _ENUM_8:
                return False
    return True


def _check_session_create_params_client_secret(
    data: object, path: str, issues: list[ValidationIssue]
) -> None:
    if type(data) is dict or isinstance(data, dict):
        if data:
            if not _NAMES_3.issuperset(data):
                for k1 in data:
                    if k1 not in _NAMES_3:
                        issues.append(
                            ValidationIssue(
                                path,
                                "additionalProperties",
                                "additional property " + repr(k1) + " is not allowed",
                            )
                        )
            if "expires_after" in data:
                v3 = data["expires_after"]
                if type(v3) is dict or isinstance(v3, dict):
                    if not _NAMES_4.issuperset(v3):
                        for k4 in v3:
                            if k4 not in _NAMES_4:
                                issues.append(
                                    ValidationIssue(
                                        path + "/expires_after",
                                        "additionalProperties",
                                        "additional property " + repr(k4) + " is not allowed",
                                    )
                                )
                    if "anchor" not in v3:
                        issues.append(
                            ValidationIssue(
                                path + "/expires_after",
                                "required",
                                "'anchor' is a required property",
                            )
                        )
                    if "anchor" in v3:
                        v6 = v3["anchor"]
                        if not (type(v6) is str or isinstance(v6, str)):
                            issues.append(
                                ValidationIssue(
                                    path + "/expires_after/anchor",
                                    "type",
                                    repr(v6) + " is not of type 'string'",
                                )
                            )
                        if not ((type(v6) is str or isinstance(v6, str)) and v6 in _ENUM_10):
                            issues.append(
                                ValidationIssue(
                                    path + "/expires_after/anchor",
                                    "enum",
                                    repr(v6) + " is not one of ['created_at']",
                                )
                            )
                    if "seconds" in v3:
                        v7 = v3["seconds"]
                        if (
                            type(v7) is int
                            or (isinstance(v7, int) and not isinstance(v7, bool))
                            or (isinstance(v7, float) and v7.is_integer())
                        ):
                            if v7 < 10:
                                issues.append(
                                    ValidationIssue(
                                        path + "/expires_after/seconds",
                                        "minimum",
                                        repr(v7) + " is less than the minimum of 10",
                                    )
                                )
                            if v7 > 7200:
                                issues.append(
                                    ValidationIssue(
                                        path + "/expires_after/seconds",
                                        "maximum",
                                        repr(v7) + " is greater than the maximum of 7200",
                                    )
                                )
                        else:
                            issues.append(
                                ValidationIssue(
                                    path + "/expires_after/seconds",
                                    "type",
                                    repr(v7) + " is not of type 'integer'",
                                )
                            )
                else:
                    issues.append(
                        ValidationIssue(
                            path + "/expires_after", "type", repr(v3) + " is not of type 'object'"
                        )
                    )
    else:
        issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'object'"))


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
            if v3 not in _ENUM_2:
                return False
    return True


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
                if not (type(v3) is str or isinstance(v3, str)):
                    issues.append(
                        ValidationIssue(
                            path + "/type", "type", repr(v3) + " is not of type 'string'"
                        )
                    )
                if not ((type(v3) is str or isinstance(v3, str)) and v3 in _ENUM_2):
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
    if not (type(data) is str or isinstance(data, str)):
        issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'string'"))
    if not ((type(data) is str or isinstance(data, str)) and data in _ENUM_3):
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
                if not (type(v6) is str or isinstance(v6, str)):
                    issues.append(
                        ValidationIssue(
                            path + "/type", "type", repr(v6) + " is not of type 'string'"
                        )
                    )
                if not ((type(v6) is str or isinstance(v6, str)) and v6 in _ENUM_5):
                    issues.append(
                        ValidationIssue(
                            path + "/type", "enum", repr(v6) + " is not one of ['function']"
                        )
                    )
    else:
        issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'object'"))


def _is_session_create_params_tracing_configuration(data: object) -> bool:
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if data:
        if not _NAMES_7.issuperset(data):
            return False
        if "group_id" in data:
            v3 = data["group_id"]
            if not (type(v3) is str or isinstance(v3, str)):
                return False
        if "workflow_name" in data:
            v5 = data["workflow_name"]
            if not (type(v5) is str or isinstance(v5, str)):
                return False
    return True


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
    if not (type(data) is str or isinstance(data, str)):
        issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'string'"))
    if not ((type(data) is str or isinstance(data, str)) and data in _ENUM_6):
        issues.append(ValidationIssue(path, "enum", repr(data) + " is not one of ['auto']"))


def _check_session_create_params_tracing_any_of_2(
    data: object, path: str, issues: list[ValidationIssue]
) -> None:
    if data is not None:
        issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'null'"))


def _is_session_create_params_turn_detection(data: object) -> bool:
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if data:
        if not _NAMES_8.issuperset(data):
            return False
        if "create_response" in data:
            v3 = data["create_response"]
            if type(v3) is not bool:
                return False
        if "eagerness" in data:
            v4 = data["eagerness"]
            if not (type(v4) is str or isinstance(v4, str)):
                return False
            if v4 not in _ENUM_7:
                return False
        if "interrupt_response" in data:
            v5 = data["interrupt_response"]
            if type(v5) is not bool:
                return False
        if "prefix_padding_ms" in data:
            v6 = data["prefix_padding_ms"]
            if not (
                type(v6) is int
                or (isinstance(v6, int) and not isinstance(v6, bool))
                or (isinstance(v6, float) and v6.is_integer())
            ):
                return False
            if v6 < 0:
                return False
        if "silence_duration_ms" in data:
            v7 = data["silence_duration_ms"]
            if not (
                type(v7) is int
                or (isinstance(v7, int) and not isinstance(v7, bool))
                or (isinstance(v7, float) and v7.is_integer())
            ):
                return False
            if v7 < 0:
                return False
        if "threshold" in data:
            v8 = data["threshold"]
            if not (
                type(v8) is float
                or type(v8) is int
                or (isinstance(v8, (int, float)) and not isinstance(v8, bool))
            ):
                return False
            if v8 < 0:
                return False
            if v8 > 1:
                return False
        if "type" in data:
            v9 = data["type"]
            if not (type(v9) is str or isinstance(v9, str)):
                return False
            if v9 not in _ENUM_8:
                return False
    return True


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
                if not (type(v4) is str or isinstance(v4, str)):
                    issues.append(
                        ValidationIssue(
                            path + "/eagerness", "type", repr(v4) + " is not of type 'string'"
                        )
                    )
                if not ((type(v4) is str or isinstance(v4, str)) and v4 in _ENUM_7):
                    issues.append(
                        ValidationIssue(
                            path + "/eagerness",
                            "enum",
                            repr(v4) + (" is not one of ['low', 'medium', 'high', " "'auto']"),
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
                if not (type(v9) is str or isinstance(v9, str)):
                    issues.append(
                        ValidationIssue(
                            path + "/type", "type", repr(v9) + " is not of type 'string'"
                        )
                    )
                if not ((type(v9) is str or isinstance(v9, str)) and v9 in _ENUM_8):
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


def _is_session_create_params_client_secret(data: object) -> bool:
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if data:
        if not _NAMES_3.issuperset(data):
            return False
        if "expires_after" in data:
            v3 = data["expires_after"]
            if not (type(v3) is dict or isinstance(v3, dict)):
                return False
            if not _NAMES_4.issuperset(v3):
                return False
            if "anchor" not in v3:
                return False
            if "anchor" in v3:
                v6 = v3["anchor"]
                if not (type(v6) is str or isinstance(v6, str)):
                    return False
                if v6 not in _ENUM_10:
                    return False
            if "seconds" in v3:
                v7 = v3["seconds"]
                if not (
                    type(v7) is int
                    or (isinstance(v7, int) and not isinstance(v7, bool))
                    or (isinstance(v7, float) and v7.is_integer())
                ):
                    return False
                if v7 < 10:
                    return False
                if v7 > 7200:
                    return False
    return True


def _is_session_create_response_input_audio_transcription(data: object) -> bool:
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "model" in data:
        v1 = data["model"]
        if not (type(v1) is str or isinstance(v1, str)):
            return False
    return True


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


def _is_session_create_response_tracing_configuration(data: object) -> bool:
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if data:
        if "group_id" in data:
            v1 = data["group_id"]
            if not (type(v1) is str or isinstance(v1, str)):
                return False
        if "workflow_name" in data:
            v3 = data["workflow_name"]
            if not (type(v3) is str or isinstance(v3, str)):
                return False
    return True


def _is_session_create_response_turn_detection(data: object) -> bool:
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if data:
        if "prefix_padding_ms" in data:
            v1 = data["prefix_padding_ms"]
            if not (
                type(v1) is int
                or (isinstance(v1, int) and not isinstance(v1, bool))
                or (isinstance(v1, float) and v1.is_integer())
            ):
                return False
            if v1 < 0:
                return False
        if "silence_duration_ms" in data:
            v2 = data["silence_duration_ms"]
            if not (
                type(v2) is int
                or (isinstance(v2, int) and not isinstance(v2, bool))
                or (isinstance(v2, float) and v2.is_integer())
            ):
                return False
            if v2 < 0:
                return False
        if "threshold" in data:
            v3 = data["threshold"]
            if not (
                type(v3) is float
                or type(v3) is int
                or (isinstance(v3, (int, float)) and not isinstance(v3, bool))
            ):
                return False
            if v3 < 0:
                return False
            if v3 > 1:
                return False
        if "type" in data:
            v4 = data["type"]
            if not (type(v4) is str or isinstance(v4, str)):
                return False
    return True


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
                            repr(v4) + (" is not one of ['pcm16', 'g711_ulaw', 'g711_" "alaw']"),
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
                    _is_session_params_max_response_output_tokens_any_of_0(v8)
                    or ((type(v8) is str or isinstance(v8, str)) and v8 == "inf")
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
                if not (type(v12) is str or isinstance(v12, str)):
                    issues.append(
                        ValidationIssue("/model", "type", repr(v12) + " is not of type 'string'")
                    )
                if not ((type(v12) is str or isinstance(v12, str)) and v12 in _ENUM_4):
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
                if not (type(v13) is str or isinstance(v13, str)):
                    issues.append(
                        ValidationIssue(
                            "/output_audio_format", "type", repr(v13) + " is not of type 'string'"
                        )
                    )
                if not ((type(v13) is str or isinstance(v13, str)) and v13 in _ENUM_1):
                    issues.append(
                        ValidationIssue(
                            "/output_audio_format",
                            "enum",
                            repr(v13) + (" is not one of ['pcm16', 'g711_ulaw', 'g711_" "alaw']"),
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
                    or ((type(v20) is str or isinstance(v20, str)) and v20 in _ENUM_6)
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
                    or ((type(v22) is str or isinstance(v22, str)) and v22 in _ENUM_9)
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
                _is_session_params_max_response_output_tokens_any_of_0(v8)
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


def validate_session_create_params_client_secret(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if data:
            if not _NAMES_3.issuperset(data):
                for k1 in data:
                    if k1 not in _NAMES_3:
                        issues.append(
                            ValidationIssue(
                                "",
                                "additionalProperties",
                                "additional property " + repr(k1) + " is not allowed",
                            )
                        )
            if "expires_after" in data:
                v3 = data["expires_after"]
                if type(v3) is dict or isinstance(v3, dict):
                    if not _NAMES_4.issuperset(v3):
                        for k4 in v3:
                            if k4 not in _NAMES_4:
                                issues.append(
                                    ValidationIssue(
                                        "/expires_after",
                                        "additionalProperties",
                                        "additional property " + repr(k4) + " is not allowed",
                                    )
                                )
                    if "anchor" not in v3:
                        issues.append(
                            ValidationIssue(
                                "/expires_after", "required", "'anchor' is a required property"
                            )
                        )
                    if "anchor" in v3:
                        v6 = v3["anchor"]
                        if not (type(v6) is str or isinstance(v6, str)):
                            issues.append(
                                ValidationIssue(
                                    "/expires_after/anchor",
                                    "type",
                                    repr(v6) + " is not of type 'string'",
                                )
                            )
                        if not ((type(v6) is str or isinstance(v6, str)) and v6 in _ENUM_10):
                            issues.append(
                                ValidationIssue(
                                    "/expires_after/anchor",
                                    "enum",
                                    repr(v6) + " is not one of ['created_at']",
                                )
                            )
                    if "seconds" in v3:
                        v7 = v3["seconds"]
                        if (
                            type(v7) is int
                            or (isinstance(v7, int) and not isinstance(v7, bool))
                            or (isinstance(v7, float) and v7.is_integer())
                        ):
                            if v7 < 10:
                                issues.append(
                                    ValidationIssue(
                                        "/expires_after/seconds",
                                        "minimum",
                                        repr(v7) + " is less than the minimum of 10",
                                    )
                                )
                            if v7 > 7200:
                                issues.append(
                                    ValidationIssue(
                                        "/expires_after/seconds",
                                        "maximum",
                                        repr(v7) + " is greater than the maximum of 7200",
                                    )
                                )
                        else:
                            issues.append(
                                ValidationIssue(
                                    "/expires_after/seconds",
                                    "type",
                                    repr(v7) + " is not of type 'integer'",
                                )
                            )
                else:
                    issues.append(
                        ValidationIssue(
                            "/expires_after", "type", repr(v3) + " is not of type 'object'"
                        )
                    )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_session_create_params_client_secret(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if data:
        if not _NAMES_3.issuperset(data):
            return False
        if "expires_after" in data:
            v3 = data["expires_after"]
            if not (type(v3) is dict or isinstance(v3, dict)):
                return False
            if not _NAMES_4.issuperset(v3):
                return False
            if "anchor" not in v3:
                return False
            if "anchor" in v3:
                v6 = v3["anchor"]
                if not (type(v6) is str or isinstance(v6, str)):
                    return False
                if v6 not in _ENUM_10:
                    return False
            if "seconds" in v3:
                v7 = v3["seconds"]
                if not (
                    type(v7) is int
                    or (isinstance(v7, int) and not isinstance(v7, bool))
                    or (isinstance(v7, float) and v7.is_integer())
                ):
                    return False
                if v7 < 10:
                    return False
                if v7 > 7200:
                    return False
    return True


def validate_session_create_params_client_secret_expires_after(
    data: object,
) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if not _NAMES_4.issuperset(data):
            for k1 in data:
                if k1 not in _NAMES_4:
                    issues.append(
                        ValidationIssue(
                            "",
                            "additionalProperties",
                            "additional property " + repr(k1) + " is not allowed",
                        )
                    )
        if "anchor" not in data:
            issues.append(ValidationIssue("", "required", "'anchor' is a required property"))
        if "anchor" in data:
            v3 = data["anchor"]
            if not (type(v3) is str or isinstance(v3, str)):
                issues.append(
                    ValidationIssue("/anchor", "type", repr(v3) + " is not of type 'string'")
                )
            if not ((type(v3) is str or isinstance(v3, str)) and v3 in _ENUM_10):
                issues.append(
                    ValidationIssue("/anchor", "enum", repr(v3) + " is not one of ['created_at']")
                )
        if "seconds" in data:
            v4 = data["seconds"]
            if (
                type(v4) is int
                or (isinstance(v4, int) and not isinstance(v4, bool))
                or (isinstance(v4, float) and v4.is_integer())
            ):
                if v4 < 10:
                    issues.append(
                        ValidationIssue(
                            "/seconds", "minimum", repr(v4) + " is less than the minimum of 10"
                        )
                    )
                if v4 > 7200:
                    issues.append(
                        ValidationIssue(
                            "/seconds", "maximum", repr(v4) + " is greater than the maximum of 7200"
                        )
                    )
            else:
                issues.append(
                    ValidationIssue("/seconds", "type", repr(v4) + " is not of type 'integer'")
                )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_session_create_params_client_secret_expires_after(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if not _NAMES_4.issuperset(data):
        return False
    if "anchor" not in data:
        return False
    if "anchor" in data:
        v3 = data["anchor"]
        if not (type(v3) is str or isinstance(v3, str)):
            return False
        if v3 not in _ENUM_10:
            return False
    if "seconds" in data:
        v4 = data["seconds"]
        if not (
            type(v4) is int
            or (isinstance(v4, int) and not isinstance(v4, bool))
            or (isinstance(v4, float) and v4.is_integer())
        ):
            return False
        if v4 < 10:
            return False
        if v4 > 7200:
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
                if not (type(v3) is str or isinstance(v3, str)):
                    issues.append(
                        ValidationIssue("/type", "type", repr(v3) + " is not of type 'string'")
                    )
                if not ((type(v3) is str or isinstance(v3, str)) and v3 in _ENUM_2):
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
            if v3 not in _ENUM_2:
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


def validate_session_create_params_tool(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if data:
            if not _NAMES_2.issuperset(data):
                for k1 in data:
                    if k1 not in _NAMES_2:
                        issues.append(
                            ValidationIssue(
                                "",
                                "additionalProperties",
                                "additional property " + repr(k1) + " is not allowed",
                            )
                        )
            if "description" in data:
                v3 = data["description"]
                if not (type(v3) is str or isinstance(v3, str)):
                    issues.append(
                        ValidationIssue(
                            "/description", "type", repr(v3) + " is not of type 'string'"
                        )
                    )
            if "name" in data:
                v4 = data["name"]
                if not (type(v4) is str or isinstance(v4, str)):
                    issues.append(
                        ValidationIssue("/name", "type", repr(v4) + " is not of type 'string'")
                    )
            if "type" in data:
                v6 = data["type"]
                if not (type(v6) is str or isinstance(v6, str)):
                    issues.append(
                        ValidationIssue("/type", "type", repr(v6) + " is not of type 'string'")
                    )
                if not ((type(v6) is str or isinstance(v6, str)) and v6 in _ENUM_5):
                    issues.append(
                        ValidationIssue("/type", "enum", repr(v6) + " is not one of ['function']")
                    )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_session_create_params_tool(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if data:
        if not _NAMES_2.issuperset(data):
            return False
        if "description" in data:
            v3 = data["description"]
            if not (type(v3) is str or isinstance(v3, str)):
                return False
        if "name" in data:
            v4 = data["name"]
            if not (type(v4) is str or isinstance(v4, str)):
                return False
        if "type" in data:
            v6 = data["type"]
            if not (type(v6) is str or isinstance(v6, str)):
                return False
            if v6 not in _ENUM_5:
                return False
    return True


def validate_session_create_params_tracing_configuration(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if data:
            if not _NAMES_7.issuperset(data):
                for k1 in data:
                    if k1 not in _NAMES_7:
                        issues.append(
                            ValidationIssue(
                                "",
                                "additionalProperties",
                                "additional property " + repr(k1) + " is not allowed",
                            )
                        )
            if "group_id" in data:
                v3 = data["group_id"]
                if not (type(v3) is str or isinstance(v3, str)):
                    issues.append(
                        ValidationIssue("/group_id", "type", repr(v3) + " is not of type 'string'")
                    )
            if "workflow_name" in data:
                v5 = data["workflow_name"]
                if not (type(v5) is str or isinstance(v5, str)):
                    issues.append(
                        ValidationIssue(
                            "/workflow_name", "type", repr(v5) + " is not of type 'string'"
                        )
                    )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_session_create_params_tracing_configuration(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if data:
        if not _NAMES_7.issuperset(data):
            return False
        if "group_id" in data:
            v3 = data["group_id"]
            if not (type(v3) is str or isinstance(v3, str)):
                return False
        if "workflow_name" in data:
            v5 = data["workflow_name"]
            if not (type(v5) is str or isinstance(v5, str)):
                return False
    return True


def validate_session_create_params_turn_detection(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if data:
            if not _NAMES_8.issuperset(data):
                for k1 in data:
                    if k1 not in _NAMES_8:
                        issues.append(
                            ValidationIssue(
                                "",
                                "additionalProperties",
                                "additional property " + repr(k1) + " is not allowed",
                            )
                        )
            if "create_response" in data:
                v3 = data["create_response"]
                if type(v3) is not bool:
                    issues.append(
                        ValidationIssue(
                            "/create_response", "type", repr(v3) + " is not of type 'boolean'"
                        )
                    )
            if "eagerness" in data:
                v4 = data["eagerness"]
                if not (type(v4) is str or isinstance(v4, str)):
                    issues.append(
                        ValidationIssue("/eagerness", "type", repr(v4) + " is not of type 'string'")
                    )
                if not ((type(v4) is str or isinstance(v4, str)) and v4 in _ENUM_7):
                    issues.append(
                        ValidationIssue(
                            "/eagerness",
                            "enum",
                            repr(v4) + (" is not one of ['low', 'medium', 'high', " "'auto']"),
                        )
                    )
            if "interrupt_response" in data:
                v5 = data["interrupt_response"]
                if type(v5) is not bool:
                    issues.append(
                        ValidationIssue(
                            "/interrupt_response", "type", repr(v5) + " is not of type 'boolean'"
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
                                "/prefix_padding_ms",
                                "minimum",
                                repr(v6) + " is less than the minimum of 0",
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue(
                            "/prefix_padding_ms", "type", repr(v6) + " is not of type 'integer'"
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
                                "/silence_duration_ms",
                                "minimum",
                                repr(v7) + " is less than the minimum of 0",
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue(
                            "/silence_duration_ms", "type", repr(v7) + " is not of type 'integer'"
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
                                "/threshold", "minimum", repr(v8) + " is less than the minimum of 0"
                            )
                        )
                    if v8 > 1:
                        issues.append(
                            ValidationIssue(
                                "/threshold",
                                "maximum",
                                repr(v8) + " is greater than the maximum of 1",
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue("/threshold", "type", repr(v8) + " is not of type 'number'")
                    )
            if "type" in data:
                v9 = data["type"]
                if not (type(v9) is str or isinstance(v9, str)):
                    issues.append(
                        ValidationIssue("/type", "type", repr(v9) + " is not of type 'string'")
                    )
                if not ((type(v9) is str or isinstance(v9, str)) and v9 in _ENUM_8):
                    issues.append(
                        ValidationIssue(
                            "/type",
                            "enum",
                            repr(v9) + " is not one of ['server_vad', 'semantic_vad']",
                        )
                    )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_session_create_params_turn_detection(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if data:
        if not _NAMES_8.issuperset(data):
            return False
        if "create_response" in data:
            v3 = data["create_response"]
            if type(v3) is not bool:
                return False
        if "eagerness" in data:
            v4 = data["eagerness"]
            if not (type(v4) is str or isinstance(v4, str)):
                return False
            if v4 not in _ENUM_7:
                return False
        if "interrupt_response" in data:
            v5 = data["interrupt_response"]
            if type(v5) is not bool:
                return False
        if "prefix_padding_ms" in data:
            v6 = data["prefix_padding_ms"]
            if not (
                type(v6) is int
                or (isinstance(v6, int) and not isinstance(v6, bool))
                or (isinstance(v6, float) and v6.is_integer())
            ):
                return False
            if v6 < 0:
                return False
        if "silence_duration_ms" in data:
            v7 = data["silence_duration_ms"]
            if not (
                type(v7) is int
                or (isinstance(v7, int) and not isinstance(v7, bool))
                or (isinstance(v7, float) and v7.is_integer())
            ):
                return False
            if v7 < 0:
                return False
        if "threshold" in data:
            v8 = data["threshold"]
            if not (
                type(v8) is float
                or type(v8) is int
                or (isinstance(v8, (int, float)) and not isinstance(v8, bool))
            ):
                return False
            if v8 < 0:
                return False
            if v8 > 1:
                return False
        if "type" in data:
            v9 = data["type"]
            if not (type(v9) is str or isinstance(v9, str)):
                return False
            if v9 not in _ENUM_8:
                return False
    return True


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
                _is_session_response_max_response_output_tokens_any_of_0(v8)
                or ((type(v8) is str or isinstance(v8, str)) and v8 == "inf")
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
                    if not (type(v10) is str or isinstance(v10, str)):
                        issues.append(
                            ValidationIssue(
                                "/modalities/" + str(i11),
                                "type",
                                repr(v10) + " is not of type 'string'",
                            )
                        )
                    if not ((type(v10) is str or isinstance(v10, str)) and v10 in _ENUM_3):
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
                                if not (type(v22) is str or isinstance(v22, str)):
                                    issues.append(
                                        ValidationIssue(
                                            "/tools/" + str(i18) + "/type",
                                            "type",
                                            repr(v22) + " is not of type 'string'",
                                        )
                                    )
                                if not (
                                    (type(v22) is str or isinstance(v22, str)) and v22 in _ENUM_5
                                ):
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
                or ((type(v23) is str or isinstance(v23, str)) and v23 in _ENUM_6)
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
                    if v23 not in _ENUM_6:
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
                or ((type(v32) is str or isinstance(v32, str)) and v32 in _ENUM_9)
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
            _is_session_response_max_response_output_tokens_any_of_0(v7)
            or ((type(v7) is str or isinstance(v7, str)) and v7 == "inf")
        ):
            return False
    if "modalities" in data:
        v8 = data["modalities"]
        if not (type(v8) is list or isinstance(v8, list)):
            return False
        for v9 in v8:
            if not (type(v9) is str or isinstance(v9, str)):
                return False
            if v9 not in _ENUM_3:
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
                    if v19 not in _ENUM_5:
                        return False
    if "tracing" in data:
        v20 = data["tracing"]
        if not (
            v20 is None
            or ((type(v20) is str or isinstance(v20, str)) and v20 in _ENUM_6)
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
            or ((type(v22) is str or isinstance(v22, str)) and v22 in _ENUM_9)
        ):
            return False
    return True


def validate_session_create_response_client_secret(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if "expires_at" not in data:
            issues.append(ValidationIssue("", "required", "'expires_at' is a required property"))
        if "value" not in data:
            issues.append(ValidationIssue("", "required", "'value' is a required property"))
        if "expires_at" in data:
            v1 = data["expires_at"]
            if not (
                type(v1) is int
                or (isinstance(v1, int) and not isinstance(v1, bool))
                or (isinstance(v1, float) and v1.is_integer())
            ):
                issues.append(
                    ValidationIssue("/expires_at", "type", repr(v1) + " is not of type 'integer'")
                )
        if "value" in data:
            v2 = data["value"]
            if not (type(v2) is str or isinstance(v2, str)):
                issues.append(
                    ValidationIssue("/value", "type", repr(v2) + " is not of type 'string'")
                )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_session_create_response_client_secret(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "expires_at" not in data or "value" not in data:
        return False
    if "expires_at" in data:
        v1 = data["expires_at"]
        if not (
            type(v1) is int
            or (isinstance(v1, int) and not isinstance(v1, bool))
            or (isinstance(v1, float) and v1.is_integer())
        ):
            return False
    if "value" in data:
        v2 = data["value"]
        if not (type(v2) is str or isinstance(v2, str)):
            return False
    return True


def validate_session_create_response_input_audio_transcription(
    data: object,
) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if "model" in data:
            v1 = data["model"]
            if not (type(v1) is str or isinstance(v1, str)):
                issues.append(
                    ValidationIssue("/model", "type", repr(v1) + " is not of type 'string'")
                )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_session_create_response_input_audio_transcription(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "model" in data:
        v1 = data["model"]
        if not (type(v1) is str or isinstance(v1, str)):
            return False
    return True


def validate_session_create_response_tool(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if data:
            if "description" in data:
                v1 = data["description"]
                if not (type(v1) is str or isinstance(v1, str)):
                    issues.append(
                        ValidationIssue(
                            "/description", "type", repr(v1) + " is not of type 'string'"
                        )
                    )
            if "name" in data:
                v2 = data["name"]
                if not (type(v2) is str or isinstance(v2, str)):
                    issues.append(
                        ValidationIssue("/name", "type", repr(v2) + " is not of type 'string'")
                    )
            if "type" in data:
                v4 = data["type"]
                if not (type(v4) is str or isinstance(v4, str)):
                    issues.append(
                        ValidationIssue("/type", "type", repr(v4) + " is not of type 'string'")
                    )
                if not ((type(v4) is str or isinstance(v4, str)) and v4 in _ENUM_5):
                    issues.append(
                        ValidationIssue("/type", "enum", repr(v4) + " is not one of ['function']")
                    )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_session_create_response_tool(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if data:
        if "description" in data:
            v1 = data["description"]
            if not (type(v1) is str or isinstance(v1, str)):
                return False
        if "name" in data:
            v2 = data["name"]
            if not (type(v2) is str or isinstance(v2, str)):
                return False
        if "type" in data:
            v4 = data["type"]
            if not (type(v4) is str or isinstance(v4, str)):
                return False
            if v4 not in _ENUM_5:
                return False
    return True


def validate_session_create_response_tracing_configuration(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if data:
            if "group_id" in data:
                v1 = data["group_id"]
                if not (type(v1) is str or isinstance(v1, str)):
                    issues.append(
                        ValidationIssue("/group_id", "type", repr(v1) + " is not of type 'string'")
                    )
            if "workflow_name" in data:
                v3 = data["workflow_name"]
                if not (type(v3) is str or isinstance(v3, str)):
                    issues.append(
                        ValidationIssue(
                            "/workflow_name", "type", repr(v3) + " is not of type 'string'"
                        )
                    )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_session_create_response_tracing_configuration(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if data:
        if "group_id" in data:
            v1 = data["group_id"]
            if not (type(v1) is str or isinstance(v1, str)):
                return False
        if "workflow_name" in data:
            v3 = data["workflow_name"]
            if not (type(v3) is str or isinstance(v3, str)):
                return False
    return True


def validate_session_create_response_turn_detection(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if data:
            if "prefix_padding_ms" in data:
                v1 = data["prefix_padding_ms"]
                if (
                    type(v1) is int
                    or (isinstance(v1, int) and not isinstance(v1, bool))
                    or (isinstance(v1, float) and v1.is_integer())
                ):
                    if v1 < 0:
                        issues.append(
                            ValidationIssue(
                                "/prefix_padding_ms",
                                "minimum",
                                repr(v1) + " is less than the minimum of 0",
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue(
                            "/prefix_padding_ms", "type", repr(v1) + " is not of type 'integer'"
                        )
                    )
            if "silence_duration_ms" in data:
                v2 = data["silence_duration_ms"]
                if (
                    type(v2) is int
                    or (isinstance(v2, int) and not isinstance(v2, bool))
                    or (isinstance(v2, float) and v2.is_integer())
                ):
                    if v2 < 0:
                        issues.append(
                            ValidationIssue(
                                "/silence_duration_ms",
                                "minimum",
                                repr(v2) + " is less than the minimum of 0",
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue(
                            "/silence_duration_ms", "type", repr(v2) + " is not of type 'integer'"
                        )
                    )
            if "threshold" in data:
                v3 = data["threshold"]
                if (
                    type(v3) is float
                    or type(v3) is int
                    or (isinstance(v3, (int, float)) and not isinstance(v3, bool))
                ):
                    if v3 < 0:
                        issues.append(
                            ValidationIssue(
                                "/threshold", "minimum", repr(v3) + " is less than the minimum of 0"
                            )
                        )
                    if v3 > 1:
                        issues.append(
                            ValidationIssue(
                                "/threshold",
                                "maximum",
                                repr(v3) + " is greater than the maximum of 1",
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue("/threshold", "type", repr(v3) + " is not of type 'number'")
                    )
            if "type" in data:
                v4 = data["type"]
                if not (type(v4) is str or isinstance(v4, str)):
                    issues.append(
                        ValidationIssue("/type", "type", repr(v4) + " is not of type 'string'")
                    )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_session_create_response_turn_detection(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if data:
        if "prefix_padding_ms" in data:
            v1 = data["prefix_padding_ms"]
            if not (
                type(v1) is int
                or (isinstance(v1, int) and not isinstance(v1, bool))
                or (isinstance(v1, float) and v1.is_integer())
            ):
                return False
            if v1 < 0:
                return False
        if "silence_duration_ms" in data:
            v2 = data["silence_duration_ms"]
            if not (
                type(v2) is int
                or (isinstance(v2, int) and not isinstance(v2, bool))
                or (isinstance(v2, float) and v2.is_integer())
            ):
                return False
            if v2 < 0:
                return False
        if "threshold" in data:
            v3 = data["threshold"]
            if not (
                type(v3) is float
                or type(v3) is int
                or (isinstance(v3, (int, float)) and not isinstance(v3, bool))
            ):
                return False
            if v3 < 0:
                return False
            if v3 > 1:
                return False
        if "type" in data:
            v4 = data["type"]
            if not (type(v4) is str or isinstance(v4, str)):
                return False
    return True


def validate_session_input_audio_noise_reduction(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if "type" in data:
            v1 = data["type"]
            if not (type(v1) is str or isinstance(v1, str)):
                issues.append(
                    ValidationIssue("/type", "type", repr(v1) + " is not of type 'string'")
                )
            if not ((type(v1) is str or isinstance(v1, str)) and v1 in _ENUM_2):
                issues.append(
                    ValidationIssue(
                        "/type", "enum", repr(v1) + " is not one of ['near_field', 'far_field']"
                    )
                )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_session_input_audio_noise_reduction(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "type" in data:
        v1 = data["type"]
        if not (type(v1) is str or isinstance(v1, str)):
            return False
        if v1 not in _ENUM_2:
            return False
    return True


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


def validate_session_tool(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if data:
            if "description" in data:
                v1 = data["description"]
                if not (type(v1) is str or isinstance(v1, str)):
                    issues.append(
                        ValidationIssue(
                            "/description", "type", repr(v1) + " is not of type 'string'"
                        )
                    )
            if "name" in data:
                v2 = data["name"]
                if not (type(v2) is str or isinstance(v2, str)):
                    issues.append(
                        ValidationIssue("/name", "type", repr(v2) + " is not of type 'string'")
                    )
            if "type" in data:
                v4 = data["type"]
                if not (type(v4) is str or isinstance(v4, str)):
                    issues.append(
                        ValidationIssue("/type", "type", repr(v4) + " is not of type 'string'")
                    )
                if not ((type(v4) is str or isinstance(v4, str)) and v4 in _ENUM_5):
                    issues.append(
                        ValidationIssue("/type", "enum", repr(v4) + " is not one of ['function']")
                    )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_session_tool(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if data:
        if "description" in data:
            v1 = data["description"]
            if not (type(v1) is str or isinstance(v1, str)):
                return False
        if "name" in data:
            v2 = data["name"]
            if not (type(v2) is str or isinstance(v2, str)):
                return False
        if "type" in data:
            v4 = data["type"]
            if not (type(v4) is str or isinstance(v4, str)):
                return False
            if v4 not in _ENUM_5:
                return False
    return True


def validate_session_tracing_configuration(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if data:
            if "group_id" in data:
                v1 = data["group_id"]
                if not (type(v1) is str or isinstance(v1, str)):
                    issues.append(
                        ValidationIssue("/group_id", "type", repr(v1) + " is not of type 'string'")
                    )
            if "workflow_name" in data:
                v3 = data["workflow_name"]
                if not (type(v3) is str or isinstance(v3, str)):
                    issues.append(
                        ValidationIssue(
                            "/workflow_name", "type", repr(v3) + " is not of type 'string'"
                        )
                    )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_session_tracing_configuration(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if data:
        if "group_id" in data:
            v1 = data["group_id"]
            if not (type(v1) is str or isinstance(v1, str)):
                return False
        if "workflow_name" in data:
            v3 = data["workflow_name"]
            if not (type(v3) is str or isinstance(v3, str)):
                return False
    return True


def validate_session_turn_detection(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if data:
            if "create_response" in data:
                v1 = data["create_response"]
                if type(v1) is not bool:
                    issues.append(
                        ValidationIssue(
                            "/create_response", "type", repr(v1) + " is not of type 'boolean'"
                        )
                    )
            if "eagerness" in data:
                v2 = data["eagerness"]
                if not (type(v2) is str or isinstance(v2, str)):
                    issues.append(
                        ValidationIssue("/eagerness", "type", repr(v2) + " is not of type 'string'")
                    )
                if not ((type(v2) is str or isinstance(v2, str)) and v2 in _ENUM_7):
                    issues.append(
                        ValidationIssue(
                            "/eagerness",
                            "enum",
                            repr(v2) + (" is not one of ['low', 'medium', 'high', " "'auto']"),
                        )
                    )
            if "interrupt_response" in data:
                v3 = data["interrupt_response"]
                if type(v3) is not bool:
                    issues.append(
                        ValidationIssue(
                            "/interrupt_response", "type", repr(v3) + " is not of type 'boolean'"
                        )
                    )
            if "prefix_padding_ms" in data:
                v4 = data["prefix_padding_ms"]
                if (
                    type(v4) is int
                    or (isinstance(v4, int) and not isinstance(v4, bool))
                    or (isinstance(v4, float) and v4.is_integer())
                ):
                    if v4 < 0:
                        issues.append(
                            ValidationIssue(
                                "/prefix_padding_ms",
                                "minimum",
                                repr(v4) + " is less than the minimum of 0",
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue(
                            "/prefix_padding_ms", "type", repr(v4) + " is not of type 'integer'"
                        )
                    )
            if "silence_duration_ms" in data:
                v5 = data["silence_duration_ms"]
                if (
                    type(v5) is int
                    or (isinstance(v5, int) and not isinstance(v5, bool))
                    or (isinstance(v5, float) and v5.is_integer())
                ):
                    if v5 < 0:
                        issues.append(
                            ValidationIssue(
                                "/silence_duration_ms",
                                "minimum",
                                repr(v5) + " is less than the minimum of 0",
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue(
                            "/silence_duration_ms", "type", repr(v5) + " is not of type 'integer'"
                        )
                    )
            if "threshold" in data:
                v6 = data["threshold"]
                if (
                    type(v6) is float
                    or type(v6) is int
                    or (isinstance(v6, (int, float)) and not isinstance(v6, bool))
                ):
                    if v6 < 0:
                        issues.append(
                            ValidationIssue(
                                "/threshold", "minimum", repr(v6) + " is less than the minimum of 0"
                            )
                        )
                    if v6 > 1:
                        issues.append(
                            ValidationIssue(
                                "/threshold",
                                "maximum",
                                repr(v6) + " is greater than the maximum of 1",
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue("/threshold", "type", repr(v6) + " is not of type 'number'")
                    )
            if "type" in data:
                v7 = data["type"]
                if not (type(v7) is str or isinstance(v7, str)):
                    issues.append(
                        ValidationIssue("/type", "type", repr(v7) + " is not of type 'string'")
                    )
                if not ((type(v7) is str or isinstance(v7, str)) and v7 in _ENUM_8):
                    issues.append(
                        ValidationIssue(
                            "/type",
                            "enum",
                            repr(v7) + " is not one of ['server_vad', 'semantic_vad']",
                        )
                    )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_session_turn_detection(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if data:
        if "create_response" in data:
            v1 = data["create_response"]
            if type(v1) is not bool:
                return False
        if "eagerness" in data:
            v2 = data["eagerness"]
            if not (type(v2) is str or isinstance(v2, str)):
                return False
            if v2 not in _ENUM_7:
                return False
        if "interrupt_response" in data:
            v3 = data["interrupt_response"]
            if type(v3) is not bool:
                return False
        if "prefix_padding_ms" in data:
            v4 = data["prefix_padding_ms"]
            if not (
                type(v4) is int
                or (isinstance(v4, int) and not isinstance(v4, bool))
                or (isinstance(v4, float) and v4.is_integer())
            ):
                return False
            if v4 < 0:
                return False
        if "silence_duration_ms" in data:
            v5 = data["silence_duration_ms"]
            if not (
                type(v5) is int
                or (isinstance(v5, int) and not isinstance(v5, bool))
                or (isinstance(v5, float) and v5.is_integer())
            ):
                return False
            if v5 < 0:
                return False
        if "threshold" in data:
            v6 = data["threshold"]
            if not (
                type(v6) is float
                or type(v6) is int
                or (isinstance(v6, (int, float)) and not isinstance(v6, bool))
            ):
                return False
            if v6 < 0:
                return False
            if v6 > 1:
                return False
        if "type" in data:
            v7 = data["type"]
            if not (type(v7) is str or isinstance(v7, str)):
                return False
            if v7 not in _ENUM_8:
                return False
    return True
