# Generated from tests/cases/union_decoders/spec.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from .._validation import ValidationIssue

__all__ = [
    "is_valid_code_interpreter_tool_definition",
    "validate_code_interpreter_tool_definition",
]


_NAMES_2 = frozenset({"type"})


def _is_code_interpreter_tool_definition(data: object) -> bool:
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if not _NAMES_2.issuperset(data):
        return False
    if "type" not in data:
        return False
    if "type" in data:
        v3 = data["type"]
        if v3 != "code_interpreter":
            return False
    return True


def _check_code_interpreter_tool_definition_type(
    data: object, path: str, issues: list[ValidationIssue]
) -> None:
    if data != "code_interpreter":
        issues.append(
            ValidationIssue(path, "const", "'code_interpreter' was expected, got " + repr(data))
        )


def validate_code_interpreter_tool_definition(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
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
        if "type" not in data:
            issues.append(ValidationIssue("", "required", "'type' is a required property"))
        if "type" in data:
            v3 = data["type"]
            if v3 != "code_interpreter":
                issues.append(
                    ValidationIssue(
                        "/type", "const", "'code_interpreter' was expected, got " + repr(v3)
                    )
                )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_code_interpreter_tool_definition(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if not _NAMES_2.issuperset(data):
        return False
    if "type" not in data:
        return False
    if "type" in data:
        v3 = data["type"]
        if v3 != "code_interpreter":
            return False
    return True
