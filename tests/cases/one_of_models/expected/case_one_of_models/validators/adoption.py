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
    "is_valid_adoption",
    "validate_adoption",
]


_NAMES_1 = frozenset({"pet", "note", "receipt"})


def validate_adoption(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
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
        if "pet" not in data:
            issues.append(ValidationIssue("", "required", "'pet' is a required property"))
        if "pet" in data:
            v3 = data["pet"]
            n4 = _is_cat(v3) + _is_dog(v3)
            if n4 == 0:
                issues.append(
                    ValidationIssue(
                        "/pet", "oneOf", repr(v3) + " is not valid under any of the given schemas"
                    )
                )
            elif n4 > 1:
                issues.append(
                    ValidationIssue(
                        "/pet",
                        "oneOf",
                        repr(v3) + " is valid under more than one of the given schemas",
                    )
                )
        if "note" in data:
            v5 = data["note"]
            if not (type(v5) is str or isinstance(v5, str)):
                issues.append(
                    ValidationIssue("/note", "type", repr(v5) + " is not of type 'string'")
                )
        if "receipt" in data:
            v6 = data["receipt"]
            if type(v6) is dict or isinstance(v6, dict):
                if "record" not in v6:
                    issues.append(
                        ValidationIssue("/receipt", "required", "'record' is a required property")
                    )
            else:
                issues.append(
                    ValidationIssue("/receipt", "type", repr(v6) + " is not of type 'object'")
                )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_adoption(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if not _NAMES_1.issuperset(data):
        return False
    if "pet" not in data:
        return False
    if "pet" in data:
        v3 = data["pet"]
        if _is_cat(v3) + _is_dog(v3) != 1:
            return False
    if "note" in data:
        v4 = data["note"]
        if not (type(v4) is str or isinstance(v4, str)):
            return False
    if "receipt" in data:
        v5 = data["receipt"]
        if not (type(v5) is dict or isinstance(v5, dict)):
            return False
        if "record" not in v5:
            return False
    return True
