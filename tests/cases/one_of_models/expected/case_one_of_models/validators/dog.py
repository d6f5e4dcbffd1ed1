# Generated from tests/cases/one_of_models/spec.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from .._validation import ValidationIssue

__all__ = [
    "is_valid_dog",
    "validate_dog",
]


_NAMES_3 = frozenset({"kind", "good"})


def _is_dog(data: object) -> bool:
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if not _NAMES_3.issuperset(data):
        return False
    if "kind" not in data:
        return False
    if "kind" in data:
        v3 = data["kind"]
        if v3 != "dog":
            return False
    if "good" in data:
        v4 = data["good"]
        if type(v4) is not bool:
            return False
    return True


def validate_dog(data: object) -> list[ValidationIssue]:
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
        if "kind" not in data:
            issues.append(ValidationIssue("", "required", "'kind' is a required property"))
        if "kind" in data:
            v3 = data["kind"]
            if v3 != "dog":
                issues.append(
                    ValidationIssue("/kind", "const", "'dog' was expected, got " + repr(v3))
                )
        if "good" in data:
            v4 = data["good"]
            if type(v4) is not bool:
                issues.append(
                    ValidationIssue("/good", "type", repr(v4) + " is not of type 'boolean'")
                )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_dog(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if not _NAMES_3.issuperset(data):
        return False
    if "kind" not in data:
        return False
    if "kind" in data:
        v3 = data["kind"]
        if v3 != "dog":
            return False
    if "good" in data:
        v4 = data["good"]
        if type(v4) is not bool:
            return False
    return True
