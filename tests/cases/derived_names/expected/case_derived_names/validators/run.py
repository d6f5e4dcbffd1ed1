# Generated from tests/cases/derived_names/spec.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from .._validation import ValidationIssue
from .transcription_session_create_request_audio_input_configuration import (
    _check_transcription_noise_reduction_any_of_0_type,
    _is_transcription_configuration_noise_reduction_any_of_0,
)

__all__ = [
    "is_valid_run",
    "is_valid_run_caption",
    "is_valid_run_caption_caption",
    "is_valid_run_image",
    "is_valid_run_image_url",
    "is_valid_run_item_reference_input_messages",
    "is_valid_run_shape_variant_0",
    "is_valid_run_shape_variant_1",
    "is_valid_run_template_input_messages",
    "is_valid_run_template_input_messages_template_item",
    "is_valid_run_tracing",
    "validate_run",
    "validate_run_caption",
    "validate_run_caption_caption",
    "validate_run_image",
    "validate_run_image_url",
    "validate_run_item_reference_input_messages",
    "validate_run_shape_variant_0",
    "validate_run_shape_variant_1",
    "validate_run_template_input_messages",
    "validate_run_template_input_messages_template_item",
    "validate_run_tracing",
]


def _is_run_tracing_any_of_0(data: object) -> bool:
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "group_id" in data:
        v1 = data["group_id"]
        if not (type(v1) is str or isinstance(v1, str)):
            return False
    return True


def _is_run_input_messages_one_of_0(data: object) -> bool:
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "type" not in data:
        return False
    if "type" in data:
        v1 = data["type"]
        if v1 != "template":
            return False
    if "template" in data:
        v2 = data["template"]
        if not (type(v2) is list or isinstance(v2, list)):
            return False
        for v3 in v2:
            if not (type(v3) is dict or isinstance(v3, dict)):
                return False
            if "role" in v3:
                v4 = v3["role"]
                if not (type(v4) is str or isinstance(v4, str)):
                    return False
    return True


def _is_run_input_messages_one_of_1(data: object) -> bool:
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "type" not in data:
        return False
    if "type" in data:
        v1 = data["type"]
        if v1 != "item_reference":
            return False
    return True


def _is_run_shape_any_of_0(data: object) -> bool:
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "radius" not in data:
        return False
    if "radius" in data:
        v1 = data["radius"]
        if not (
            type(v1) is float
            or type(v1) is int
            or (isinstance(v1, (int, float)) and not isinstance(v1, bool))
        ):
            return False
    return True


def _is_run_shape_any_of_1(data: object) -> bool:
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "side" not in data:
        return False
    if "side" in data:
        v1 = data["side"]
        if not (
            type(v1) is float
            or type(v1) is int
            or (isinstance(v1, (int, float)) and not isinstance(v1, bool))
        ):
            return False
    return True


def validate_run(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if data:
            if "audio_input" in data:
                v1 = data["audio_input"]
                if type(v1) is dict or isinstance(v1, dict):
                    if "noise_reduction" in v1:
                        v2 = v1["noise_reduction"]
                        if not (
                            v2 is None
                            or _is_transcription_configuration_noise_reduction_any_of_0(v2)
                        ):
                            if type(v2) is dict or isinstance(v2, dict):
                                if "type" in v2:
                                    v3 = v2["type"]
                                    _check_transcription_noise_reduction_any_of_0_type(
                                        v3, "/audio_input/noise_reduction/type", issues
                                    )
                            else:
                                issues.append(
                                    ValidationIssue(
                                        "/audio_input/noise_reduction",
                                        "anyOf",
                                        repr(v2) + " is not valid under any of the given schemas",
                                    )
                                )
                else:
                    issues.append(
                        ValidationIssue(
                            "/audio_input", "type", repr(v1) + " is not of type 'object'"
                        )
                    )
            if "image" in data:
                v4 = data["image"]
                if type(v4) is dict or isinstance(v4, dict):
                    if "image_url" in v4:
                        v5 = v4["image_url"]
                        if type(v5) is dict or isinstance(v5, dict):
                            if "url" in v5:
                                v6 = v5["url"]
                                if not (type(v6) is str or isinstance(v6, str)):
                                    issues.append(
                                        ValidationIssue(
                                            "/image/image_url/url",
                                            "type",
                                            repr(v6) + " is not of type 'string'",
                                        )
                                    )
                        else:
                            issues.append(
                                ValidationIssue(
                                    "/image/image_url",
                                    "type",
                                    repr(v5) + " is not of type 'object'",
                                )
                            )
                else:
                    issues.append(
                        ValidationIssue("/image", "type", repr(v4) + " is not of type 'object'")
                    )
            if "tracing" in data:
                v7 = data["tracing"]
                if not (v7 is None or _is_run_tracing_any_of_0(v7)):
                    if type(v7) is dict or isinstance(v7, dict):
                        if "group_id" in v7:
                            v8 = v7["group_id"]
                            if not (type(v8) is str or isinstance(v8, str)):
                                issues.append(
                                    ValidationIssue(
                                        "/tracing/group_id",
                                        "type",
                                        repr(v8) + " is not of type 'string'",
                                    )
                                )
                    else:
                        issues.append(
                            ValidationIssue(
                                "/tracing",
                                "anyOf",
                                repr(v7) + " is not valid under any of the given schemas",
                            )
                        )
            if "input_messages" in data:
                v9 = data["input_messages"]
                n10 = _is_run_input_messages_one_of_0(v9) + _is_run_input_messages_one_of_1(v9)
                if n10 == 0:
                    issues.append(
                        ValidationIssue(
                            "/input_messages",
                            "oneOf",
                            repr(v9) + " is not valid under any of the given schemas",
                        )
                    )
                elif n10 > 1:
                    issues.append(
                        ValidationIssue(
                            "/input_messages",
                            "oneOf",
                            repr(v9) + " is valid under more than one of the given schemas",
                        )
                    )
            if "shape" in data:
                v11 = data["shape"]
                if not (_is_run_shape_any_of_0(v11) or _is_run_shape_any_of_1(v11)):
                    issues.append(
                        ValidationIssue(
                            "/shape",
                            "anyOf",
                            repr(v11) + " is not valid under any of the given schemas",
                        )
                    )
            if "caption" in data:
                v12 = data["caption"]
                if type(v12) is dict or isinstance(v12, dict):
                    if "caption" in v12:
                        v13 = v12["caption"]
                        if type(v13) is dict or isinstance(v13, dict):
                            if "text" in v13:
                                v14 = v13["text"]
                                if not (type(v14) is str or isinstance(v14, str)):
                                    issues.append(
                                        ValidationIssue(
                                            "/caption/caption/text",
                                            "type",
                                            repr(v14) + " is not of type 'string'",
                                        )
                                    )
                        else:
                            issues.append(
                                ValidationIssue(
                                    "/caption/caption",
                                    "type",
                                    repr(v13) + " is not of type 'object'",
                                )
                            )
                else:
                    issues.append(
                        ValidationIssue("/caption", "type", repr(v12) + " is not of type 'object'")
                    )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_run(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if data:
        if "audio_input" in data:
            v1 = data["audio_input"]
            if not (type(v1) is dict or isinstance(v1, dict)):
                return False
            if "noise_reduction" in v1:
                v2 = v1["noise_reduction"]
                if not (v2 is None or _is_transcription_configuration_noise_reduction_any_of_0(v2)):
                    return False
        if "image" in data:
            v3 = data["image"]
            if not (type(v3) is dict or isinstance(v3, dict)):
                return False
            if "image_url" in v3:
                v4 = v3["image_url"]
                if not (type(v4) is dict or isinstance(v4, dict)):
                    return False
                if "url" in v4:
                    v5 = v4["url"]
                    if not (type(v5) is str or isinstance(v5, str)):
                        return False
        if "tracing" in data:
            v6 = data["tracing"]
            if not (v6 is None or _is_run_tracing_any_of_0(v6)):
                return False
        if "input_messages" in data:
            v7 = data["input_messages"]
            if _is_run_input_messages_one_of_0(v7) + _is_run_input_messages_one_of_1(v7) != 1:
                return False
        if "shape" in data:
            v8 = data["shape"]
            if not (_is_run_shape_any_of_0(v8) or _is_run_shape_any_of_1(v8)):
                return False
        if "caption" in data:
            v9 = data["caption"]
            if not (type(v9) is dict or isinstance(v9, dict)):
                return False
            if "caption" in v9:
                v10 = v9["caption"]
                if not (type(v10) is dict or isinstance(v10, dict)):
                    return False
                if "text" in v10:
                    v11 = v10["text"]
                    if not (type(v11) is str or isinstance(v11, str)):
                        return False
    return True


def validate_run_caption(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if "caption" in data:
            v1 = data["caption"]
            if type(v1) is dict or isinstance(v1, dict):
                if "text" in v1:
                    v2 = v1["text"]
                    if not (type(v2) is str or isinstance(v2, str)):
                        issues.append(
                            ValidationIssue(
                                "/caption/text", "type", repr(v2) + " is not of type 'string'"
                            )
                        )
            else:
                issues.append(
                    ValidationIssue("/caption", "type", repr(v1) + " is not of type 'object'")
                )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_run_caption(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "caption" in data:
        v1 = data["caption"]
        if not (type(v1) is dict or isinstance(v1, dict)):
            return False
        if "text" in v1:
            v2 = v1["text"]
            if not (type(v2) is str or isinstance(v2, str)):
                return False
    return True


def validate_run_caption_caption(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if "text" in data:
            v1 = data["text"]
            if not (type(v1) is str or isinstance(v1, str)):
                issues.append(
                    ValidationIssue("/text", "type", repr(v1) + " is not of type 'string'")
                )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_run_caption_caption(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "text" in data:
        v1 = data["text"]
        if not (type(v1) is str or isinstance(v1, str)):
            return False
    return True


def validate_run_image(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if "image_url" in data:
            v1 = data["image_url"]
            if type(v1) is dict or isinstance(v1, dict):
                if "url" in v1:
                    v2 = v1["url"]
                    if not (type(v2) is str or isinstance(v2, str)):
                        issues.append(
                            ValidationIssue(
                                "/image_url/url", "type", repr(v2) + " is not of type 'string'"
                            )
                        )
            else:
                issues.append(
                    ValidationIssue("/image_url", "type", repr(v1) + " is not of type 'object'")
                )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_run_image(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "image_url" in data:
        v1 = data["image_url"]
        if not (type(v1) is dict or isinstance(v1, dict)):
            return False
        if "url" in v1:
            v2 = v1["url"]
            if not (type(v2) is str or isinstance(v2, str)):
                return False
    return True


def validate_run_image_url(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if "url" in data:
            v1 = data["url"]
            if not (type(v1) is str or isinstance(v1, str)):
                issues.append(
                    ValidationIssue("/url", "type", repr(v1) + " is not of type 'string'")
                )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_run_image_url(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "url" in data:
        v1 = data["url"]
        if not (type(v1) is str or isinstance(v1, str)):
            return False
    return True


def validate_run_item_reference_input_messages(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if "type" not in data:
            issues.append(ValidationIssue("", "required", "'type' is a required property"))
        if "type" in data:
            v1 = data["type"]
            if v1 != "item_reference":
                issues.append(
                    ValidationIssue(
                        "/type", "const", "'item_reference' was expected, got " + repr(v1)
                    )
                )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_run_item_reference_input_messages(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "type" not in data:
        return False
    if "type" in data:
        v1 = data["type"]
        if v1 != "item_reference":
            return False
    return True


def validate_run_shape_variant_0(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if "radius" not in data:
            issues.append(ValidationIssue("", "required", "'radius' is a required property"))
        if "radius" in data:
            v1 = data["radius"]
            if not (
                type(v1) is float
                or type(v1) is int
                or (isinstance(v1, (int, float)) and not isinstance(v1, bool))
            ):
                issues.append(
                    ValidationIssue("/radius", "type", repr(v1) + " is not of type 'number'")
                )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_run_shape_variant_0(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "radius" not in data:
        return False
    if "radius" in data:
        v1 = data["radius"]
        if not (
            type(v1) is float
            or type(v1) is int
            or (isinstance(v1, (int, float)) and not isinstance(v1, bool))
        ):
            return False
    return True


def validate_run_shape_variant_1(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if "side" not in data:
            issues.append(ValidationIssue("", "required", "'side' is a required property"))
        if "side" in data:
            v1 = data["side"]
            if not (
                type(v1) is float
                or type(v1) is int
                or (isinstance(v1, (int, float)) and not isinstance(v1, bool))
            ):
                issues.append(
                    ValidationIssue("/side", "type", repr(v1) + " is not of type 'number'")
                )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_run_shape_variant_1(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "side" not in data:
        return False
    if "side" in data:
        v1 = data["side"]
        if not (
            type(v1) is float
            or type(v1) is int
            or (isinstance(v1, (int, float)) and not isinstance(v1, bool))
        ):
            return False
    return True


def validate_run_template_input_messages(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if "type" not in data:
            issues.append(ValidationIssue("", "required", "'type' is a required property"))
        if "type" in data:
            v1 = data["type"]
            if v1 != "template":
                issues.append(
                    ValidationIssue("/type", "const", "'template' was expected, got " + repr(v1))
                )
        if "template" in data:
            v2 = data["template"]
            if type(v2) is list or isinstance(v2, list):
                for i4, v3 in enumerate(v2):
                    if type(v3) is dict or isinstance(v3, dict):
                        if "role" in v3:
                            v5 = v3["role"]
                            if not (type(v5) is str or isinstance(v5, str)):
                                issues.append(
                                    ValidationIssue(
                                        "/template/" + str(i4) + "/role",
                                        "type",
                                        repr(v5) + " is not of type 'string'",
                                    )
                                )
                    else:
                        issues.append(
                            ValidationIssue(
                                "/template/" + str(i4),
                                "type",
                                repr(v3) + " is not of type 'object'",
                            )
                        )
            else:
                issues.append(
                    ValidationIssue("/template", "type", repr(v2) + " is not of type 'array'")
                )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_run_template_input_messages(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "type" not in data:
        return False
    if "type" in data:
        v1 = data["type"]
        if v1 != "template":
            return False
    if "template" in data:
        v2 = data["template"]
        if not (type(v2) is list or isinstance(v2, list)):
            return False
        for v3 in v2:
            if not (type(v3) is dict or isinstance(v3, dict)):
                return False
            if "role" in v3:
                v4 = v3["role"]
                if not (type(v4) is str or isinstance(v4, str)):
                    return False
    return True


def validate_run_template_input_messages_template_item(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if "role" in data:
            v1 = data["role"]
            if not (type(v1) is str or isinstance(v1, str)):
                issues.append(
                    ValidationIssue("/role", "type", repr(v1) + " is not of type 'string'")
                )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_run_template_input_messages_template_item(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "role" in data:
        v1 = data["role"]
        if not (type(v1) is str or isinstance(v1, str)):
            return False
    return True


def validate_run_tracing(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if "group_id" in data:
            v1 = data["group_id"]
            if not (type(v1) is str or isinstance(v1, str)):
                issues.append(
                    ValidationIssue("/group_id", "type", repr(v1) + " is not of type 'string'")
                )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_run_tracing(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "group_id" in data:
        v1 = data["group_id"]
        if not (type(v1) is str or isinstance(v1, str)):
            return False
    return True
