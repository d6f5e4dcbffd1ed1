# Generated from tests/cases/one_of_models/spec.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from .._validation import ValidationIssue

__all__ = [
    "is_valid_cat",
    "validate_cat",
]


_NAMES_2 = frozenset({"kind", "lives"})


def _is_cat(data: object) -> bool:
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if not _NAMES_2.issuperset(data):
        return False
    if "kind" not in data or "lives" not in data:
        return False
    if "kind" in data:
        v3 = data["kind"]
        if v3 != "cat":
            return False
    if "lives" in data:
        v4 = data["lives"]
        if not (
            type(v4) is int
            or (isinstance(v4, int) and not isinstance(v4, bool))
            or (isinstance(v4, float) and v4.is_integer())
        ):
            return False
        if v4 < 0:
            return False
        if v4 > 9:
            return False
    return True


def validate_cat(data: object) -> list[ValidationIssue]:
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
        if "kind" not in data:
            issues.append(ValidationIssue("", "required", "'kind' is a required property"))
        if "lives" not in data:
            issues.append(ValidationIssue("", "required", "'lives' is a required property"))
        if "kind" in data:
            v3 = data["kind"]
            if v3 != "cat":
                issues.append(
                    ValidationIssue("/kind", "const", "'cat' was expected, got " + repr(v3))
                )
        if "lives" in data:
            v4 = data["lives"]
            if (
                type(v4) is int
                or (isinstance(v4, int) and not isinstance(v4, bool))
                or (isinstance(v4, float) and v4.is_integer())
            ):
                if v4 < 0:
                    issues.append(
                        ValidationIssue(
                            "/lives", "minimum", repr(v4) + " is less than the minimum of 0"
                        )
                    )
                if v4 > 9:
                    issues.append(
                        ValidationIssue(
                            "/lives", "maximum", repr(v4) + " is greater than the maximum of 9"
                        )
                    )
            else:
                issues.append(
                    ValidationIssue("/lives", "type", repr(v4) + " is not of type 'integer'")
                )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_cat(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if not _NAMES_2.issuperset(data):
        return False
    if "kind" not in data or "lives" not in data:
        return False
    if "kind" in data:
        v3 = data["kind"]
        if v3 != "cat":
            return False
    if "lives" in data:
        v4 = data["lives"]
        if not (
            type(v4) is int
            or (isinstance(v4, int) and not isinstance(v4, bool))
            or (isinstance(v4, float) and v4.is_integer())
        ):
            return False
        if v4 < 0:
            return False
        if v4 > 9:
            return False
    return True
