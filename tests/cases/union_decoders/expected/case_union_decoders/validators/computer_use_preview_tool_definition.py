# Generated from tests/cases/union_decoders/spec.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from .._validation import ValidationIssue

__all__ = [
    "is_valid_computer_use_preview_tool_definition",
    "validate_computer_use_preview_tool_definition",
]


_NAMES_3 = frozenset({"type", "display_width", "display_height"})


def _is_computer_use_preview_tool_definition(data: object) -> bool:
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if not _NAMES_3.issuperset(data):
        return False
    if "type" not in data or "display_width" not in data or "display_height" not in data:
        return False
    if "type" in data:
        v3 = data["type"]
        if v3 != "computer_use_preview":
            return False
    if "display_width" in data:
        v4 = data["display_width"]
        if not (
            type(v4) is int
            or (isinstance(v4, int) and not isinstance(v4, bool))
            or (isinstance(v4, float) and v4.is_integer())
        ):
            return False
        if v4 < 1:
            return False
    if "display_height" in data:
        v5 = data["display_height"]
        if not (
            type(v5) is int
            or (isinstance(v5, int) and not isinstance(v5, bool))
            or (isinstance(v5, float) and v5.is_integer())
        ):
            return False
        if v5 < 1:
            return False
    return True


def validate_computer_use_preview_tool_definition(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
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
        if "type" not in data:
            issues.append(ValidationIssue("", "required", "'type' is a required property"))
        if "display_width" not in data:
            issues.append(ValidationIssue("", "required", "'display_width' is a required property"))
        if "display_height" not in data:
            issues.append(
                ValidationIssue("", "required", "'display_height' is a required property")
            )
        if "type" in data:
            v3 = data["type"]
            if v3 != "computer_use_preview":
                issues.append(
                    ValidationIssue(
                        "/type", "const", "'computer_use_preview' was expected, got " + repr(v3)
                    )
                )
        if "display_width" in data:
            v4 = data["display_width"]
            if (
                type(v4) is int
                or (isinstance(v4, int) and not isinstance(v4, bool))
                or (isinstance(v4, float) and v4.is_integer())
            ):
                if v4 < 1:
                    issues.append(
                        ValidationIssue(
                            "/display_width", "minimum", repr(v4) + " is less than the minimum of 1"
                        )
                    )
            else:
                issues.append(
                    ValidationIssue(
                        "/display_width", "type", repr(v4) + " is not of type 'integer'"
                    )
                )
        if "display_height" in data:
            v5 = data["display_height"]
            if (
                type(v5) is int
                or (isinstance(v5, int) and not isinstance(v5, bool))
                or (isinstance(v5, float) and v5.is_integer())
            ):
                if v5 < 1:
                    issues.append(
                        ValidationIssue(
                            "/display_height",
                            "minimum",
                            repr(v5) + " is less than the minimum of 1",
                        )
                    )
            else:
                issues.append(
                    ValidationIssue(
                        "/display_height", "type", repr(v5) + " is not of type 'integer'"
                    )
                )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_computer_use_preview_tool_definition(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if not _NAMES_3.issuperset(data):
        return False
    if "type" not in data or "display_width" not in data or "display_height" not in data:
        return False
    if "type" in data:
        v3 = data["type"]
        if v3 != "computer_use_preview":
            return False
    if "display_width" in data:
        v4 = data["display_width"]
        if not (
            type(v4) is int
            or (isinstance(v4, int) and not isinstance(v4, bool))
            or (isinstance(v4, float) and v4.is_integer())
        ):
            return False
        if v4 < 1:
            return False
    if "display_height" in data:
        v5 = data["display_height"]
        if not (
            type(v5) is int
            or (isinstance(v5, int) and not isinstance(v5, bool))
            or (isinstance(v5, float) and v5.is_integer())
        ):
            return False
        if v5 < 1:
            return False
    return True
