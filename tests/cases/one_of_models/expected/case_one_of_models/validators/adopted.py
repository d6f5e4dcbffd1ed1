# Generated from tests/cases/one_of_models/spec.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from .._validation import ValidationIssue
from .cat import _is_cat
from .dog import _is_dog

__all__ = [
    "is_valid_adopted",
    "validate_adopted",
]


def validate_adopted(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if "pet" in data:
            v1 = data["pet"]
            n2 = _is_cat(v1) + _is_dog(v1)
            if n2 == 0:
                issues.append(
                    ValidationIssue(
                        "/pet", "oneOf", repr(v1) + " is not valid under any of the given schemas"
                    )
                )
            elif n2 > 1:
                issues.append(
                    ValidationIssue(
                        "/pet",
                        "oneOf",
                        repr(v1) + " is valid under more than one of the given schemas",
                    )
                )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_adopted(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "pet" in data:
        v1 = data["pet"]
        if _is_cat(v1) + _is_dog(v1) != 1:
            return False
    return True
