# Generated from tests/cases/union_decoders/spec.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from .._validation import ValidationIssue
from .assistant_tool_definition import (
    _check_assistant_tool_definition,
    _is_assistant_tool_definition,
)
from .file_search_tool_definition import _is_file_search_tool_definition
from .function_call_tool_definition import _is_function_call_tool_definition

__all__ = [
    "is_valid_assistant_run_object",
    "validate_assistant_run_object",
]


def _escape(token: str) -> str:
    """One JSON pointer (RFC 6901) reference token."""
    return token.replace("~", "~0").replace("/", "~1")


_NAMES_1 = frozenset({"id", "tools", "nullable_tool_definitions"})


def validate_assistant_run_object(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if "id" not in data:
            issues.append(ValidationIssue("", "required", "'id' is a required property"))
        if "tools" not in data:
            issues.append(ValidationIssue("", "required", "'tools' is a required property"))
        if "id" in data:
            v1 = data["id"]
            if not (type(v1) is str or isinstance(v1, str)):
                issues.append(ValidationIssue("/id", "type", repr(v1) + " is not of type 'string'"))
        if "tools" in data:
            v2 = data["tools"]
            if type(v2) is list or isinstance(v2, list):
                for i4, v3 in enumerate(v2):
                    _check_assistant_tool_definition(v3, "/tools/" + str(i4), issues)
            else:
                issues.append(
                    ValidationIssue("/tools", "type", repr(v2) + " is not of type 'array'")
                )
        if "nullable_tool_definitions" in data:
            v5 = data["nullable_tool_definitions"]
            if type(v5) is list or isinstance(v5, list):
                for i7, v6 in enumerate(v5):
                    if not (
                        v6 is None
                        or _is_function_call_tool_definition(v6)
                        or _is_file_search_tool_definition(v6)
                    ):
                        issues.append(
                            ValidationIssue(
                                "/nullable_tool_definitions/" + str(i7),
                                "anyOf",
                                repr(v6) + " is not valid under any of the given schemas",
                            )
                        )
            else:
                issues.append(
                    ValidationIssue(
                        "/nullable_tool_definitions", "type", repr(v5) + " is not of type 'array'"
                    )
                )
        for k8, v9 in data.items():
            if k8 not in _NAMES_1:
                _check_assistant_tool_definition(v9, "/" + _escape(k8), issues)
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_assistant_run_object(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "id" not in data or "tools" not in data:
        return False
    if "id" in data:
        v1 = data["id"]
        if not (type(v1) is str or isinstance(v1, str)):
            return False
    if "tools" in data:
        v2 = data["tools"]
        if not (type(v2) is list or isinstance(v2, list)):
            return False
        for v3 in v2:
            if not _is_assistant_tool_definition(v3):
                return False
    if "nullable_tool_definitions" in data:
        v4 = data["nullable_tool_definitions"]
        if not (type(v4) is list or isinstance(v4, list)):
            return False
        for v5 in v4:
            if not (
                v5 is None
                or _is_function_call_tool_definition(v5)
                or _is_file_search_tool_definition(v5)
            ):
                return False
    return all(
        not (k6 not in _NAMES_1 and not _is_assistant_tool_definition(v7))
        for k6, v7 in data.items()
    )
