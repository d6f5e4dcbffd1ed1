# Generated from tests/cases/ecma_patterns/spec.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

import re

import regex

from .._validation import ValidationIssue

__all__ = [
    "is_valid_tool",
    "validate_tool",
]


def _escape(token: str) -> str:
    """One JSON pointer (RFC 6901) reference token."""
    return token.replace("~", "~0").replace("/", "~1")


_PATTERN_1 = re.compile(r"\A[\-0-9A-Z_a-z]+\Z")
_PATTERN_2 = regex.compile(r"\A\p{gc=Lu}\p{gc=Ll}*\Z")
_PATTERN_3 = regex.compile(
    r"(?<=\$[\x09-\x0d\x20\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]*)[0-9]+"
)
_PATTERN_4 = re.compile(r"\Ax\-[0-9A-Z_a-z]+\Z")


def validate_tool(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if "name" not in data:
            issues.append(ValidationIssue("", "required", "'name' is a required property"))
        if "name" in data:
            v1 = data["name"]
            if type(v1) is str or isinstance(v1, str):
                if _PATTERN_1.search(v1) is None:
                    issues.append(
                        ValidationIssue(
                            "/name", "pattern", repr(v1) + " does not match '^[a-zA-Z0-9_-]+$'"
                        )
                    )
            else:
                issues.append(
                    ValidationIssue("/name", "type", repr(v1) + " is not of type 'string'")
                )
        if "label" in data:
            v2 = data["label"]
            if type(v2) is str or isinstance(v2, str):
                if _PATTERN_2.search(v2) is None:
                    issues.append(
                        ValidationIssue(
                            "/label",
                            "pattern",
                            repr(v2) + " does not match '^\\\\p{Lu}\\\\p{Ll}*$'",
                        )
                    )
            else:
                issues.append(
                    ValidationIssue("/label", "type", repr(v2) + " is not of type 'string'")
                )
        if "amount" in data:
            v3 = data["amount"]
            if type(v3) is str or isinstance(v3, str):
                if _PATTERN_3.search(v3) is None:
                    issues.append(
                        ValidationIssue(
                            "/amount",
                            "pattern",
                            repr(v3) + " does not match '(?<=\\\\$\\\\s*)\\\\d+'",
                        )
                    )
            else:
                issues.append(
                    ValidationIssue("/amount", "type", repr(v3) + " is not of type 'string'")
                )
        for k4, v5 in data.items():
            if _PATTERN_4.search(k4) and (not (type(v5) is str or isinstance(v5, str))):
                issues.append(
                    ValidationIssue(
                        "/" + _escape(k4), "type", repr(v5) + " is not of type 'string'"
                    )
                )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_tool(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "name" not in data:
        return False
    if "name" in data:
        v1 = data["name"]
        if not (type(v1) is str or isinstance(v1, str)):
            return False
        if _PATTERN_1.search(v1) is None:
            return False
    if "label" in data:
        v2 = data["label"]
        if not (type(v2) is str or isinstance(v2, str)):
            return False
        if _PATTERN_2.search(v2) is None:
            return False
    if "amount" in data:
        v3 = data["amount"]
        if not (type(v3) is str or isinstance(v3, str)):
            return False
        if _PATTERN_3.search(v3) is None:
            return False
    return all(
        not (_PATTERN_4.search(k4) and (not (type(v5) is str or isinstance(v5, str))))
        for k4, v5 in data.items()
    )
