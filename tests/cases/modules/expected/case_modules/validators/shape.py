# Generated from tests/cases/modules/spec.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from .._validation import ValidationIssue
from .circle import _is_circle
from .square import _is_square

__all__ = [
    "is_valid_shape",
    "validate_shape",
]


def _check_shape(data: object, path: str, issues: list[ValidationIssue]) -> None:
    n1 = _is_circle(data) + _is_square(data)
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


def _is_shape(data: object) -> bool:
    return _is_circle(data) + _is_square(data) == 1


def validate_shape(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    n1 = _is_circle(data) + _is_square(data)
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


def is_valid_shape(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    return _is_circle(data) + _is_square(data) == 1
