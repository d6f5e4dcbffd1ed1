# Generated from tests/cases/request_arrays/spec.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from .._validation import ValidationIssue

__all__ = [
    "is_valid_label_result",
    "validate_label_result",
]


_NAMES_2 = frozenset({"x"})


def validate_label_result(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if data:
            if "tags" in data:
                v1 = data["tags"]
                if type(v1) is list or isinstance(v1, list):
                    for i3, v2 in enumerate(v1):
                        if not (type(v2) is str or isinstance(v2, str)):
                            issues.append(
                                ValidationIssue(
                                    "/tags/" + str(i3),
                                    "type",
                                    repr(v2) + " is not of type 'string'",
                                )
                            )
                else:
                    issues.append(
                        ValidationIssue("/tags", "type", repr(v1) + " is not of type 'array'")
                    )
            if "points" in data:
                v4 = data["points"]
                if type(v4) is list or isinstance(v4, list):
                    for i6, v5 in enumerate(v4):
                        if type(v5) is dict or isinstance(v5, dict):
                            if not _NAMES_2.issuperset(v5):
                                for k7 in v5:
                                    if k7 not in _NAMES_2:
                                        issues.append(
                                            ValidationIssue(
                                                "/points/" + str(i6),
                                                "additionalProperties",
                                                "additional property "
                                                + repr(k7)
                                                + " is not allowed",
                                            )
                                        )
                            if "x" not in v5:
                                issues.append(
                                    ValidationIssue(
                                        "/points/" + str(i6),
                                        "required",
                                        "'x' is a required property",
                                    )
                                )
                            if "x" in v5:
                                v9 = v5["x"]
                                if not (
                                    type(v9) is float
                                    or type(v9) is int
                                    or (isinstance(v9, (int, float)) and not isinstance(v9, bool))
                                ):
                                    issues.append(
                                        ValidationIssue(
                                            "/points/" + str(i6) + "/x",
                                            "type",
                                            repr(v9) + " is not of type 'number'",
                                        )
                                    )
                        else:
                            issues.append(
                                ValidationIssue(
                                    "/points/" + str(i6),
                                    "type",
                                    repr(v5) + " is not of type 'object'",
                                )
                            )
                else:
                    issues.append(
                        ValidationIssue("/points", "type", repr(v4) + " is not of type 'array'")
                    )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_label_result(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if data:
        if "tags" in data:
            v1 = data["tags"]
            if not (type(v1) is list or isinstance(v1, list)):
                return False
            for v2 in v1:
                if not (type(v2) is str or isinstance(v2, str)):
                    return False
        if "points" in data:
            v3 = data["points"]
            if not (type(v3) is list or isinstance(v3, list)):
                return False
            for v4 in v3:
                if not (type(v4) is dict or isinstance(v4, dict)):
                    return False
                if not _NAMES_2.issuperset(v4):
                    return False
                if "x" not in v4:
                    return False
                if "x" in v4:
                    v7 = v4["x"]
                    if not (
                        type(v7) is float
                        or type(v7) is int
                        or (isinstance(v7, (int, float)) and not isinstance(v7, bool))
                    ):
                        return False
    return True
