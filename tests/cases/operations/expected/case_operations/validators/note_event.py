# Generated from tests/cases/operations/spec.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from .._validation import ValidationIssue
from .note import _is_note
from .problem import _is_problem

__all__ = [
    "is_valid_note_event",
    "validate_note_event",
]


def validate_note_event(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    n1 = _is_note(data) + _is_problem(data)
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


def is_valid_note_event(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    return _is_note(data) + _is_problem(data) == 1
