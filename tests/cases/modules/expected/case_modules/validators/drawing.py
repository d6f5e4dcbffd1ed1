# Generated from tests/cases/modules/spec.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from .._validation import ValidationIssue
from .folder import _check_file_parent, _is_file_parent
from .shape import _check_shape, _is_shape

__all__ = [
    "is_valid_drawing",
    "validate_drawing",
]


def validate_drawing(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if "shapes" not in data:
            issues.append(ValidationIssue("", "required", "'shapes' is a required property"))
        if "shapes" in data:
            v1 = data["shapes"]
            if type(v1) is list or isinstance(v1, list):
                for i3, v2 in enumerate(v1):
                    _check_shape(v2, "/shapes/" + str(i3), issues)
            else:
                issues.append(
                    ValidationIssue("/shapes", "type", repr(v1) + " is not of type 'array'")
                )
        if "owner" in data:
            v4 = data["owner"]
            _check_file_parent(v4, "/owner", issues)
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_drawing(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "shapes" not in data:
        return False
    if "shapes" in data:
        v1 = data["shapes"]
        if not (type(v1) is list or isinstance(v1, list)):
            return False
        for v2 in v1:
            if not _is_shape(v2):
                return False
    if "owner" in data:
        v3 = data["owner"]
        if not _is_file_parent(v3):
            return False
    return True
