# Generated from tests/cases/look_alikes/spec.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

import re

from .._validation import ValidationIssue

__all__ = [
    "is_valid_a",
    "validate_a",
]


_ENUM_1 = frozenset({"a\u2013b", "d\u0430ta", "Привет", "x\xa0y"})
_PATTERN_1 = re.compile(r"\A[\x00-\u2012\u2014-\U0010ffff]*\Z")


def validate_a(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if data:
            if "mode" in data:
                v1 = data["mode"]
                if type(v1) is str or isinstance(v1, str):
                    if v1 not in _ENUM_1:
                        issues.append(
                            ValidationIssue(
                                "/mode",
                                "enum",
                                repr(v1)
                                + " is not one of ['a\u2013b', 'd\u0430ta', 'Привет', 'x\\xa0y']",
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue("/mode", "type", repr(v1) + " is not of type 'string'")
                    )
                    issues.append(
                        ValidationIssue(
                            "/mode",
                            "enum",
                            repr(v1)
                            + " is not one of ['a\u2013b', 'd\u0430ta', 'Привет', 'x\\xa0y']",
                        )
                    )
            if "x\u2013y" in data:
                v2 = data["x\u2013y"]
                if type(v2) is str or isinstance(v2, str):
                    if _PATTERN_1.search(v2) is None:
                        issues.append(
                            ValidationIssue(
                                "/x\u2013y", "pattern", repr(v2) + " does not match '^[^\u2013]*$'"
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue("/x\u2013y", "type", repr(v2) + " is not of type 'string'")
                    )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_a(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if data:
        if "mode" in data:
            v1 = data["mode"]
            if not (type(v1) is str or isinstance(v1, str)):
                return False
            if v1 not in _ENUM_1:
                return False
        if "x\u2013y" in data:
            v2 = data["x\u2013y"]
            if not (type(v2) is str or isinstance(v2, str)):
                return False
            if _PATTERN_1.search(v2) is None:
                return False
    return True
