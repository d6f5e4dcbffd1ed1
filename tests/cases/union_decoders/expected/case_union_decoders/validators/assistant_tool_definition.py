# Generated from tests/cases/union_decoders/spec.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from .._validation import ValidationIssue
from .code_interpreter_tool_definition import _is_code_interpreter_tool_definition
from .computer_use_preview_tool_definition import _is_computer_use_preview_tool_definition
from .file_search_tool_definition import _is_file_search_tool_definition
from .function_call_tool_definition import _is_function_call_tool_definition
from .image_generation_with_partial_images_tool_definition import (
    _is_image_generation_with_partial_images_tool_definition,
)
from .web_search_preview_tool_definition import _is_web_search_preview_tool_definition

__all__ = [
    "is_valid_assistant_tool_definition",
    "validate_assistant_tool_definition",
]


def _check_assistant_tool_definition(
    data: object, path: str, issues: list[ValidationIssue]
) -> None:
    n1 = (
        _is_function_call_tool_definition(data)
        + _is_file_search_tool_definition(data)
        + _is_code_interpreter_tool_definition(data)
        + _is_web_search_preview_tool_definition(data)
        + _is_computer_use_preview_tool_definition(data)
        + _is_image_generation_with_partial_images_tool_definition(data)
    )
    if n1 == 0:
        issues.append(
            ValidationIssue(
                path, "oneOf", repr(data) + " is not valid under any of the given schemas"
            )
        )
    elif n1 > 1:
        issues.append(
            ValidationIssue(
                path, "oneOf", repr(data) + " is valid under more than one of the given schemas"
            )
        )


def _is_assistant_tool_definition(data: object) -> bool:
    return (
        _is_function_call_tool_definition(data)
        + _is_file_search_tool_definition(data)
        + _is_code_interpreter_tool_definition(data)
        + _is_web_search_preview_tool_definition(data)
        + _is_computer_use_preview_tool_definition(data)
        + _is_image_generation_with_partial_images_tool_definition(data)
        == 1
    )


def validate_assistant_tool_definition(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    n1 = (
        _is_function_call_tool_definition(data)
        + _is_file_search_tool_definition(data)
        + _is_code_interpreter_tool_definition(data)
        + _is_web_search_preview_tool_definition(data)
        + _is_computer_use_preview_tool_definition(data)
        + _is_image_generation_with_partial_images_tool_definition(data)
    )
    if n1 == 0:
        issues.append(
            ValidationIssue(
                "", "oneOf", repr(data) + " is not valid under any of the given schemas"
            )
        )
    elif n1 > 1:
        issues.append(
            ValidationIssue(
                "", "oneOf", repr(data) + " is valid under more than one of the given schemas"
            )
        )
    return issues


def is_valid_assistant_tool_definition(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    return (
        _is_function_call_tool_definition(data)
        + _is_file_search_tool_definition(data)
        + _is_code_interpreter_tool_definition(data)
        + _is_web_search_preview_tool_definition(data)
        + _is_computer_use_preview_tool_definition(data)
        + _is_image_generation_with_partial_images_tool_definition(data)
        == 1
    )
