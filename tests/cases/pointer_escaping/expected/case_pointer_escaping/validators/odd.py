# Generated from tests/cases/pointer_escaping/spec.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from .._validation import ValidationIssue

__all__ = [
    "is_valid_odd",
    "is_valid_odd_ab",
    "is_valid_odd_nl",
    "is_valid_odd_sl",
    "is_valid_odd_t_1",
    "validate_odd",
    "validate_odd_ab",
    "validate_odd_nl",
    "validate_odd_sl",
    "validate_odd_t_1",
]


def _check_odd_a_b_x(data: object, path: str, issues: list[ValidationIssue]) -> None:
    if not (type(data) is str or isinstance(data, str)):
        issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'string'"))


def _check_odd_t_1_x(data: object, path: str, issues: list[ValidationIssue]) -> None:
    if not (
        type(data) is int
        or (isinstance(data, int) and not isinstance(data, bool))
        or (isinstance(data, float) and data.is_integer())
    ):
        issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'integer'"))


def _check_odd_s_l_x(data: object, path: str, issues: list[ValidationIssue]) -> None:
    if not (type(data) is str or isinstance(data, str)):
        issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'string'"))


def _check_odd_n_l_x(data: object, path: str, issues: list[ValidationIssue]) -> None:
    if not (type(data) is str or isinstance(data, str)):
        issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'string'"))


def _check_odd_p_25_items(data: object, path: str, issues: list[ValidationIssue]) -> None:
    if type(data) is str or isinstance(data, str):
        if len(data) < 1:
            issues.append(
                ValidationIssue(path, "minLength", repr(data) + " is shorter than 1 character")
            )
    else:
        issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'string'"))


def validate_odd(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if data:
            if "a%b" in data:
                v1 = data["a%b"]
                if type(v1) is dict or isinstance(v1, dict):
                    if "x" in v1:
                        v2 = v1["x"]
                        if not (type(v2) is str or isinstance(v2, str)):
                            issues.append(
                                ValidationIssue(
                                    "/a%b/x", "type", repr(v2) + " is not of type 'string'"
                                )
                            )
                else:
                    issues.append(
                        ValidationIssue("/a%b", "type", repr(v1) + " is not of type 'object'")
                    )
            if "t~1" in data:
                v3 = data["t~1"]
                if type(v3) is dict or isinstance(v3, dict):
                    if "x" in v3:
                        v4 = v3["x"]
                        if not (
                            type(v4) is int
                            or (isinstance(v4, int) and not isinstance(v4, bool))
                            or (isinstance(v4, float) and v4.is_integer())
                        ):
                            issues.append(
                                ValidationIssue(
                                    "/t~01/x", "type", repr(v4) + " is not of type 'integer'"
                                )
                            )
                else:
                    issues.append(
                        ValidationIssue("/t~01", "type", repr(v3) + " is not of type 'object'")
                    )
            if "s/l" in data:
                v5 = data["s/l"]
                if type(v5) is dict or isinstance(v5, dict):
                    if "x" in v5:
                        v6 = v5["x"]
                        if not (type(v6) is str or isinstance(v6, str)):
                            issues.append(
                                ValidationIssue(
                                    "/s~1l/x", "type", repr(v6) + " is not of type 'string'"
                                )
                            )
                else:
                    issues.append(
                        ValidationIssue("/s~1l", "type", repr(v5) + " is not of type 'object'")
                    )
            if "n\nl" in data:
                v7 = data["n\nl"]
                if type(v7) is dict or isinstance(v7, dict):
                    if "x" in v7:
                        v8 = v7["x"]
                        if not (type(v8) is str or isinstance(v8, str)):
                            issues.append(
                                ValidationIssue(
                                    "/n\nl/x", "type", repr(v8) + " is not of type 'string'"
                                )
                            )
                else:
                    issues.append(
                        ValidationIssue("/n\nl", "type", repr(v7) + " is not of type 'object'")
                    )
            if "p%25" in data:
                v9 = data["p%25"]
                if type(v9) is list or isinstance(v9, list):
                    for i11, v10 in enumerate(v9):
                        if type(v10) is str or isinstance(v10, str):
                            if len(v10) < 1:
                                issues.append(
                                    ValidationIssue(
                                        "/p%25/" + str(i11),
                                        "minLength",
                                        repr(v10) + " is shorter than 1 character",
                                    )
                                )
                        else:
                            issues.append(
                                ValidationIssue(
                                    "/p%25/" + str(i11),
                                    "type",
                                    repr(v10) + " is not of type 'string'",
                                )
                            )
                else:
                    issues.append(
                        ValidationIssue("/p%25", "type", repr(v9) + " is not of type 'array'")
                    )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_odd(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if data:
        if "a%b" in data:
            v1 = data["a%b"]
            if not (type(v1) is dict or isinstance(v1, dict)):
                return False
            if "x" in v1:
                v2 = v1["x"]
                if not (type(v2) is str or isinstance(v2, str)):
                    return False
        if "t~1" in data:
            v3 = data["t~1"]
            if not (type(v3) is dict or isinstance(v3, dict)):
                return False
            if "x" in v3:
                v4 = v3["x"]
                if not (
                    type(v4) is int
                    or (isinstance(v4, int) and not isinstance(v4, bool))
                    or (isinstance(v4, float) and v4.is_integer())
                ):
                    return False
        if "s/l" in data:
            v5 = data["s/l"]
            if not (type(v5) is dict or isinstance(v5, dict)):
                return False
            if "x" in v5:
                v6 = v5["x"]
                if not (type(v6) is str or isinstance(v6, str)):
                    return False
        if "n\nl" in data:
            v7 = data["n\nl"]
            if not (type(v7) is dict or isinstance(v7, dict)):
                return False
            if "x" in v7:
                v8 = v7["x"]
                if not (type(v8) is str or isinstance(v8, str)):
                    return False
        if "p%25" in data:
            v9 = data["p%25"]
            if not (type(v9) is list or isinstance(v9, list)):
                return False
            for v10 in v9:
                if not (type(v10) is str or isinstance(v10, str)):
                    return False
                if len(v10) < 1:
                    return False
    return True


def validate_odd_ab(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if "x" in data:
            v1 = data["x"]
            if not (type(v1) is str or isinstance(v1, str)):
                issues.append(ValidationIssue("/x", "type", repr(v1) + " is not of type 'string'"))
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_odd_ab(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "x" in data:
        v1 = data["x"]
        if not (type(v1) is str or isinstance(v1, str)):
            return False
    return True


def validate_odd_nl(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if "x" in data:
            v1 = data["x"]
            if not (type(v1) is str or isinstance(v1, str)):
                issues.append(ValidationIssue("/x", "type", repr(v1) + " is not of type 'string'"))
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_odd_nl(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "x" in data:
        v1 = data["x"]
        if not (type(v1) is str or isinstance(v1, str)):
            return False
    return True


def validate_odd_sl(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if "x" in data:
            v1 = data["x"]
            if not (type(v1) is str or isinstance(v1, str)):
                issues.append(ValidationIssue("/x", "type", repr(v1) + " is not of type 'string'"))
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_odd_sl(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "x" in data:
        v1 = data["x"]
        if not (type(v1) is str or isinstance(v1, str)):
            return False
    return True


def validate_odd_t_1(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if "x" in data:
            v1 = data["x"]
            if not (
                type(v1) is int
                or (isinstance(v1, int) and not isinstance(v1, bool))
                or (isinstance(v1, float) and v1.is_integer())
            ):
                issues.append(ValidationIssue("/x", "type", repr(v1) + " is not of type 'integer'"))
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_odd_t_1(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "x" in data:
        v1 = data["x"]
        if not (
            type(v1) is int
            or (isinstance(v1, int) and not isinstance(v1, bool))
            or (isinstance(v1, float) and v1.is_integer())
        ):
            return False
    return True
