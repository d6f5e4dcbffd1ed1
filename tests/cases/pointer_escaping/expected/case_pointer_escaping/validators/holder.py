# Generated from tests/cases/pointer_escaping/spec.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from .._validation import ValidationIssue
from .odd import (
    _check_odd_a_b_x,
    _check_odd_n_l_x,
    _check_odd_p_25_items,
    _check_odd_s_l_x,
    _check_odd_t_1_x,
)

__all__ = [
    "is_valid_holder",
    "validate_holder",
]


def validate_holder(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if data:
            if "odd" in data:
                v1 = data["odd"]
                if type(v1) is dict or isinstance(v1, dict):
                    if v1:
                        if "a%b" in v1:
                            v2 = v1["a%b"]
                            if type(v2) is dict or isinstance(v2, dict):
                                if "x" in v2:
                                    v3 = v2["x"]
                                    _check_odd_a_b_x(v3, "/odd/a%b/x", issues)
                            else:
                                issues.append(
                                    ValidationIssue(
                                        "/odd/a%b", "type", repr(v2) + " is not of type 'object'"
                                    )
                                )
                        if "t~1" in v1:
                            v4 = v1["t~1"]
                            if type(v4) is dict or isinstance(v4, dict):
                                if "x" in v4:
                                    v5 = v4["x"]
                                    _check_odd_t_1_x(v5, "/odd/t~01/x", issues)
                            else:
                                issues.append(
                                    ValidationIssue(
                                        "/odd/t~01", "type", repr(v4) + " is not of type 'object'"
                                    )
                                )
                        if "s/l" in v1:
                            v6 = v1["s/l"]
                            if type(v6) is dict or isinstance(v6, dict):
                                if "x" in v6:
                                    v7 = v6["x"]
                                    _check_odd_s_l_x(v7, "/odd/s~1l/x", issues)
                            else:
                                issues.append(
                                    ValidationIssue(
                                        "/odd/s~1l", "type", repr(v6) + " is not of type 'object'"
                                    )
                                )
                        if "n\nl" in v1:
                            v8 = v1["n\nl"]
                            if type(v8) is dict or isinstance(v8, dict):
                                if "x" in v8:
                                    v9 = v8["x"]
                                    _check_odd_n_l_x(v9, "/odd/n\nl/x", issues)
                            else:
                                issues.append(
                                    ValidationIssue(
                                        "/odd/n\nl", "type", repr(v8) + " is not of type 'object'"
                                    )
                                )
                        if "p%25" in v1:
                            v10 = v1["p%25"]
                            if type(v10) is list or isinstance(v10, list):
                                for i12, v11 in enumerate(v10):
                                    _check_odd_p_25_items(v11, "/odd/p%25/" + str(i12), issues)
                            else:
                                issues.append(
                                    ValidationIssue(
                                        "/odd/p%25", "type", repr(v10) + " is not of type 'array'"
                                    )
                                )
                else:
                    issues.append(
                        ValidationIssue("/odd", "type", repr(v1) + " is not of type 'object'")
                    )
            if "percent" in data:
                v13 = data["percent"]
                if type(v13) is dict or isinstance(v13, dict):
                    if "x" in v13:
                        v14 = v13["x"]
                        if not (type(v14) is str or isinstance(v14, str)):
                            issues.append(
                                ValidationIssue(
                                    "/percent/x", "type", repr(v14) + " is not of type 'string'"
                                )
                            )
                else:
                    issues.append(
                        ValidationIssue("/percent", "type", repr(v13) + " is not of type 'object'")
                    )
            if "tilde" in data:
                v15 = data["tilde"]
                if type(v15) is dict or isinstance(v15, dict):
                    if "x" in v15:
                        v16 = v15["x"]
                        if not (
                            type(v16) is int
                            or (isinstance(v16, int) and not isinstance(v16, bool))
                            or (isinstance(v16, float) and v16.is_integer())
                        ):
                            issues.append(
                                ValidationIssue(
                                    "/tilde/x", "type", repr(v16) + " is not of type 'integer'"
                                )
                            )
                else:
                    issues.append(
                        ValidationIssue("/tilde", "type", repr(v15) + " is not of type 'object'")
                    )
            if "slash" in data:
                v17 = data["slash"]
                if type(v17) is dict or isinstance(v17, dict):
                    if "x" in v17:
                        v18 = v17["x"]
                        if not (type(v18) is str or isinstance(v18, str)):
                            issues.append(
                                ValidationIssue(
                                    "/slash/x", "type", repr(v18) + " is not of type 'string'"
                                )
                            )
                else:
                    issues.append(
                        ValidationIssue("/slash", "type", repr(v17) + " is not of type 'object'")
                    )
            if "newline" in data:
                v19 = data["newline"]
                if type(v19) is dict or isinstance(v19, dict):
                    if "x" in v19:
                        v20 = v19["x"]
                        if not (type(v20) is str or isinstance(v20, str)):
                            issues.append(
                                ValidationIssue(
                                    "/newline/x", "type", repr(v20) + " is not of type 'string'"
                                )
                            )
                else:
                    issues.append(
                        ValidationIssue("/newline", "type", repr(v19) + " is not of type 'object'")
                    )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_holder(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if data:
        if "odd" in data:
            v1 = data["odd"]
            if not (type(v1) is dict or isinstance(v1, dict)):
                return False
            if v1:
                if "a%b" in v1:
                    v2 = v1["a%b"]
                    if not (type(v2) is dict or isinstance(v2, dict)):
                        return False
                    if "x" in v2:
                        v3 = v2["x"]
                        if not (type(v3) is str or isinstance(v3, str)):
                            return False
                if "t~1" in v1:
                    v4 = v1["t~1"]
                    if not (type(v4) is dict or isinstance(v4, dict)):
                        return False
                    if "x" in v4:
                        v5 = v4["x"]
                        if not (
                            type(v5) is int
                            or (isinstance(v5, int) and not isinstance(v5, bool))
                            or (isinstance(v5, float) and v5.is_integer())
                        ):
                            return False
                if "s/l" in v1:
                    v6 = v1["s/l"]
                    if not (type(v6) is dict or isinstance(v6, dict)):
                        return False
                    if "x" in v6:
                        v7 = v6["x"]
                        if not (type(v7) is str or isinstance(v7, str)):
                            return False
                if "n\nl" in v1:
                    v8 = v1["n\nl"]
                    if not (type(v8) is dict or isinstance(v8, dict)):
                        return False
                    if "x" in v8:
                        v9 = v8["x"]
                        if not (type(v9) is str or isinstance(v9, str)):
                            return False
                if "p%25" in v1:
                    v10 = v1["p%25"]
                    if not (type(v10) is list or isinstance(v10, list)):
                        return False
                    for v11 in v10:
                        if not (type(v11) is str or isinstance(v11, str)):
                            return False
                        if len(v11) < 1:
                            return False
        if "percent" in data:
            v12 = data["percent"]
            if not (type(v12) is dict or isinstance(v12, dict)):
                return False
            if "x" in v12:
                v13 = v12["x"]
                if not (type(v13) is str or isinstance(v13, str)):
                    return False
        if "tilde" in data:
            v14 = data["tilde"]
            if not (type(v14) is dict or isinstance(v14, dict)):
                return False
            if "x" in v14:
                v15 = v14["x"]
                if not (
                    type(v15) is int
                    or (isinstance(v15, int) and not isinstance(v15, bool))
                    or (isinstance(v15, float) and v15.is_integer())
                ):
                    return False
        if "slash" in data:
            v16 = data["slash"]
            if not (type(v16) is dict or isinstance(v16, dict)):
                return False
            if "x" in v16:
                v17 = v16["x"]
                if not (type(v17) is str or isinstance(v17, str)):
                    return False
        if "newline" in data:
            v18 = data["newline"]
            if not (type(v18) is dict or isinstance(v18, dict)):
                return False
            if "x" in v18:
                v19 = v18["x"]
                if not (type(v19) is str or isinstance(v19, str)):
                    return False
    return True
