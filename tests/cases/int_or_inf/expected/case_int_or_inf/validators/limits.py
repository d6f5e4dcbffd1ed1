# Generated from tests/cases/int_or_inf/spec.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from .._validation import ValidationIssue

__all__ = [
    "is_valid_limits",
    "validate_limits",
]


def _is_limits_max_tokens_any_of_0(data: object) -> bool:
    if not (
        type(data) is int
        or (isinstance(data, int) and not isinstance(data, bool))
        or (isinstance(data, float) and data.is_integer())
    ):
        return False
    if data < 1:
        return False
    return not (data > 4096)


def validate_limits(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if "max_tokens" in data:
            v1 = data["max_tokens"]
            if not (
                ((type(v1) is str or isinstance(v1, str)) and v1 == "inf")
                or _is_limits_max_tokens_any_of_0(v1)
            ):
                if type(v1) is str or isinstance(v1, str):
                    if v1 != "inf":
                        issues.append(
                            ValidationIssue(
                                "/max_tokens", "const", "'inf' was expected, got " + repr(v1)
                            )
                        )
                elif (
                    type(v1) is float
                    or type(v1) is int
                    or (isinstance(v1, (int, float)) and not isinstance(v1, bool))
                ):
                    if not (
                        type(v1) is int
                        or (isinstance(v1, int) and not isinstance(v1, bool))
                        or (isinstance(v1, float) and v1.is_integer())
                    ):
                        issues.append(
                            ValidationIssue(
                                "/max_tokens", "type", repr(v1) + " is not of type 'integer'"
                            )
                        )
                    if v1 < 1:
                        issues.append(
                            ValidationIssue(
                                "/max_tokens",
                                "minimum",
                                repr(v1) + " is less than the minimum of 1",
                            )
                        )
                    if v1 > 4096:
                        issues.append(
                            ValidationIssue(
                                "/max_tokens",
                                "maximum",
                                repr(v1) + " is greater than the maximum of 4096",
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue(
                            "/max_tokens",
                            "anyOf",
                            repr(v1) + " is not valid under any of the given schemas",
                        )
                    )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_limits(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "max_tokens" in data:
        v1 = data["max_tokens"]
        if not (
            ((type(v1) is str or isinstance(v1, str)) and v1 == "inf")
            or _is_limits_max_tokens_any_of_0(v1)
        ):
            return False
    return True
