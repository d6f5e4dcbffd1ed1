# Generated from tests/cases/import_names/spec.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from .._validation import ValidationIssue

__all__ = [
    "is_valid_mapping_entry",
    "validate_mapping_entry",
]


_NAMES_3 = frozenset({"key", "value"})


def validate_mapping_entry(data: object) -> list[ValidationIssue]:
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
        if "key" not in data:
            issues.append(ValidationIssue("", "required", "'key' is a required property"))
        if "value" not in data:
            issues.append(ValidationIssue("", "required", "'value' is a required property"))
        if "key" in data:
            v3 = data["key"]
            if not (type(v3) is str or isinstance(v3, str)):
                issues.append(
                    ValidationIssue("/key", "type", repr(v3) + " is not of type 'string'")
                )
        if "value" in data:
            v4 = data["value"]
            if not (
                type(v4) is int
                or (isinstance(v4, int) and not isinstance(v4, bool))
                or (isinstance(v4, float) and v4.is_integer())
            ):
                issues.append(
                    ValidationIssue("/value", "type", repr(v4) + " is not of type 'integer'")
                )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_mapping_entry(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if not _NAMES_3.issuperset(data):
        return False
    if "key" not in data or "value" not in data:
        return False
    if "key" in data:
        v3 = data["key"]
        if not (type(v3) is str or isinstance(v3, str)):
            return False
    if "value" in data:
        v4 = data["value"]
        if not (
            type(v4) is int
            or (isinstance(v4, int) and not isinstance(v4, bool))
            or (isinstance(v4, float) and v4.is_integer())
        ):
            return False
    return True
