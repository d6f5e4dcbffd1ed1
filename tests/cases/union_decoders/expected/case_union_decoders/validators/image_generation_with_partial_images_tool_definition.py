# Generated from tests/cases/union_decoders/spec.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from .._validation import ValidationIssue

__all__ = [
    "is_valid_image_generation_with_partial_images_tool_definition",
    "validate_image_generation_with_partial_images_tool_definition",
]


_NAMES_7 = frozenset({"type", "quality"})
_ENUM_1 = frozenset({"low", "medium", "high", "auto"})


def _is_image_generation_with_partial_images_tool_definition(data: object) -> bool:
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if not _NAMES_7.issuperset(data):
        return False
    if "type" not in data:
        return False
    if "type" in data:
        v3 = data["type"]
        if v3 != "image_generation":
            return False
    if "quality" in data:
        v4 = data["quality"]
        if not ((type(v4) is str or isinstance(v4, str)) and v4 in _ENUM_1):
            return False
    return True


def validate_image_generation_with_partial_images_tool_definition(
    data: object,
) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
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
        if "type" not in data:
            issues.append(ValidationIssue("", "required", "'type' is a required property"))
        if "type" in data:
            v3 = data["type"]
            if v3 != "image_generation":
                issues.append(
                    ValidationIssue(
                        "/type", "const", "'image_generation' was expected, got " + repr(v3)
                    )
                )
        if "quality" in data:
            v4 = data["quality"]
            if not ((type(v4) is str or isinstance(v4, str)) and v4 in _ENUM_1):
                issues.append(
                    ValidationIssue(
                        "/quality",
                        "enum",
                        repr(v4) + " is not one of ['low', 'medium', 'high', 'auto']",
                    )
                )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_image_generation_with_partial_images_tool_definition(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if not _NAMES_7.issuperset(data):
        return False
    if "type" not in data:
        return False
    if "type" in data:
        v3 = data["type"]
        if v3 != "image_generation":
            return False
    if "quality" in data:
        v4 = data["quality"]
        if not ((type(v4) is str or isinstance(v4, str)) and v4 in _ENUM_1):
            return False
    return True
