# Generated from tests/cases/modules/spec.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from .._validation import ValidationIssue

__all__ = [
    "is_valid_circle",
    "validate_circle",
]


_NAMES_1 = frozenset({"kind", "radius"})


def _is_circle(data: object) -> bool:
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "kind" not in data or "radius" not in data:
        return False
    if not _NAMES_1.issuperset(data):
        return False
    if "kind" in data:
        v3 = data["kind"]
        if v3 != "circle":
            return False
    if "radius" in data:
        v4 = data["radius"]
        if not (
            type(v4) is float
            or type(v4) is int
            or (isinstance(v4, (int, float)) and not isinstance(v4, bool))
        ):
            return False
        if v4 < 0:
            return False
    return True


def validate_circle(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if "kind" not in data:
            issues.append(ValidationIssue("", "required", "'kind' is a required property"))
        if "radius" not in data:
            issues.append(ValidationIssue("", "required", "'radius' is a required property"))
        if not _NAMES_1.issuperset(data):
            for k1 in data:
                if k1 not in _NAMES_1:
                    issues.append(
                        ValidationIssue(
                            "",
                            "additionalProperties",
                            "additional property " + repr(k1) + " is not allowed",
                        )
                    )
        if "kind" in data:
            v3 = data["kind"]
            if v3 != "circle":
                issues.append(
                    ValidationIssue("/kind", "const", "'circle' was expected, got " + repr(v3))
                )
        if "radius" in data:
            v4 = data["radius"]
            if (
                type(v4) is float
                or type(v4) is int
                or (isinstance(v4, (int, float)) and not isinstance(v4, bool))
            ):
                if v4 < 0:
                    issues.append(
                        ValidationIssue(
                            "/radius", "minimum", repr(v4) + " is less than the minimum of 0"
                        )
                    )
            else:
                issues.append(
                    ValidationIssue("/radius", "type", repr(v4) + " is not of type 'number'")
                )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_circle(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "kind" not in data or "radius" not in data:
        return False
    if not _NAMES_1.issuperset(data):
        return False
    if "kind" in data:
        v3 = data["kind"]
        if v3 != "circle":
            return False
    if "radius" in data:
        v4 = data["radius"]
        if not (
            type(v4) is float
            or type(v4) is int
            or (isinstance(v4, (int, float)) and not isinstance(v4, bool))
        ):
            return False
        if v4 < 0:
            return False
    return True
