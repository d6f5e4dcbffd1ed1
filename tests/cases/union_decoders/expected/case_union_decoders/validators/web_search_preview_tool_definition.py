# Generated from tests/cases/union_decoders/spec.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from .._validation import ValidationIssue

__all__ = [
    "is_valid_web_search_preview_tool_definition",
    "validate_web_search_preview_tool_definition",
]


_NAMES_8 = frozenset({"type", "search_context_size"})
_ENUM_2 = frozenset({"low", "medium", "high"})


def _is_web_search_preview_tool_definition(data: object) -> bool:
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if not _NAMES_8.issuperset(data):
        return False
    if "type" not in data:
        return False
    if "type" in data:
        v3 = data["type"]
        if v3 != "web_search_preview":
            return False
    if "search_context_size" in data:
        v4 = data["search_context_size"]
        if not ((type(v4) is str or isinstance(v4, str)) and v4 in _ENUM_2):
            return False
    return True


def validate_web_search_preview_tool_definition(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
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
        if "type" not in data:
            issues.append(ValidationIssue("", "required", "'type' is a required property"))
        if "type" in data:
            v3 = data["type"]
            if v3 != "web_search_preview":
                issues.append(
                    ValidationIssue(
                        "/type", "const", "'web_search_preview' was expected, got " + repr(v3)
                    )
                )
        if "search_context_size" in data:
            v4 = data["search_context_size"]
            if not ((type(v4) is str or isinstance(v4, str)) and v4 in _ENUM_2):
                issues.append(
                    ValidationIssue(
                        "/search_context_size",
                        "enum",
                        repr(v4) + " is not one of ['low', 'medium', 'high']",
                    )
                )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_web_search_preview_tool_definition(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if not _NAMES_8.issuperset(data):
        return False
    if "type" not in data:
        return False
    if "type" in data:
        v3 = data["type"]
        if v3 != "web_search_preview":
            return False
    if "search_context_size" in data:
        v4 = data["search_context_size"]
        if not ((type(v4) is str or isinstance(v4, str)) and v4 in _ENUM_2):
            return False
    return True
