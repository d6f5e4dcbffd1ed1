# Generated from tests/cases/control_chars/spec.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from .._validation import ValidationIssue

__all__ = [
    "is_valid_controls",
    "validate_controls",
]


_ENUM_1 = frozenset({"\x00", "\x1b[31mred\x1b[0m", "\u2028", "\x85", "tab\there", "\x7f"})
_ENUM_2 = frozenset({"😀", "😀!"})


def validate_controls(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if data:
            if "nul\x00name" in data:
                v1 = data["nul\x00name"]
                if type(v1) is str or isinstance(v1, str):
                    if v1 not in _ENUM_1:
                        issues.append(
                            ValidationIssue(
                                "/nul\x00name",
                                "enum",
                                repr(v1)
                                + (
                                    " is not one of ['\\x00', "
                                    "'\\x1b[31mred\\x1b[0m', '\\u2028', '\\x85', "
                                    "'tab\\there', '\\x7f']"
                                ),
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue(
                            "/nul\x00name", "type", repr(v1) + " is not of type 'string'"
                        )
                    )
                    issues.append(
                        ValidationIssue(
                            "/nul\x00name",
                            "enum",
                            repr(v1)
                            + (
                                " is not one of ['\\x00', "
                                "'\\x1b[31mred\\x1b[0m', '\\u2028', '\\x85', "
                                "'tab\\there', '\\x7f']"
                            ),
                        )
                    )
            if "new\nline" in data:
                v2 = data["new\nline"]
                if not (type(v2) is str or isinstance(v2, str)):
                    issues.append(
                        ValidationIssue("/new\nline", "type", repr(v2) + " is not of type 'string'")
                    )
            if "\x1b[2J" in data:
                v3 = data["\x1b[2J"]
                if not (
                    type(v3) is int
                    or (isinstance(v3, int) and not isinstance(v3, bool))
                    or (isinstance(v3, float) and v3.is_integer())
                ):
                    issues.append(
                        ValidationIssue("/\x1b[2J", "type", repr(v3) + " is not of type 'integer'")
                    )
            if "😀" in data:
                v4 = data["😀"]
                if not ((type(v4) is str or isinstance(v4, str)) and v4 in _ENUM_2):
                    issues.append(
                        ValidationIssue("/😀", "enum", repr(v4) + " is not one of ['😀', '😀!']")
                    )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_controls(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if data:
        if "nul\x00name" in data:
            v1 = data["nul\x00name"]
            if not (type(v1) is str or isinstance(v1, str)):
                return False
            if v1 not in _ENUM_1:
                return False
        if "new\nline" in data:
            v2 = data["new\nline"]
            if not (type(v2) is str or isinstance(v2, str)):
                return False
        if "\x1b[2J" in data:
            v3 = data["\x1b[2J"]
            if not (
                type(v3) is int
                or (isinstance(v3, int) and not isinstance(v3, bool))
                or (isinstance(v3, float) and v3.is_integer())
            ):
                return False
        if "😀" in data:
            v4 = data["😀"]
            if not ((type(v4) is str or isinstance(v4, str)) and v4 in _ENUM_2):
                return False
    return True
