# Generated from tests/cases/hostile_strings/spec.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

import re

from .._validation import ValidationIssue

__all__ = [
    "is_valid_hostile",
    "validate_hostile",
]


_ENUM_1 = frozenset({"it's", 'say "hi"', "back\\slash", '"""'})
_PATTERN_1 = re.compile(r"\A[\"\'a-z]+\Z")


def validate_hostile(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if data:
            if "quote" in data:
                v1 = data["quote"]
                if type(v1) is str or isinstance(v1, str):
                    if v1 not in _ENUM_1:
                        issues.append(
                            ValidationIssue(
                                "/quote",
                                "enum",
                                repr(v1)
                                + (
                                    ' is not one of ["it\'s", \'say "hi"\', '
                                    "'back\\\\slash', '\"\"\"']"
                                ),
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue("/quote", "type", repr(v1) + " is not of type 'string'")
                    )
                    issues.append(
                        ValidationIssue(
                            "/quote",
                            "enum",
                            repr(v1)
                            + " is not one of [\"it's\", 'say \"hi\"', 'back\\\\slash', '\"\"\"']",
                        )
                    )
            if "na'me" in data:
                v2 = data["na'me"]
                if type(v2) is str or isinstance(v2, str):
                    if _PATTERN_1.search(v2) is None:
                        issues.append(
                            ValidationIssue(
                                "/na'me", "pattern", repr(v2) + " does not match '^[a-z\"\\']+$'"
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue("/na'me", "type", repr(v2) + " is not of type 'string'")
                    )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_hostile(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if data:
        if "quote" in data:
            v1 = data["quote"]
            if not (type(v1) is str or isinstance(v1, str)):
                return False
            if v1 not in _ENUM_1:
                return False
        if "na'me" in data:
            v2 = data["na'me"]
            if not (type(v2) is str or isinstance(v2, str)):
                return False
            if _PATTERN_1.search(v2) is None:
                return False
    return True
