# Generated from tests/cases/request_arrays/spec.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from .._validation import ValidationIssue

__all__ = [
    "is_valid_label_request",
    "validate_label_request",
]


_NAMES_1 = frozenset({"points", "grid", "tags", "weights"})
_NAMES_2 = frozenset({"x"})


def validate_label_request(data: object) -> list[ValidationIssue]:
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
        if "points" not in data:
            issues.append(ValidationIssue("", "required", "'points' is a required property"))
        if "points" in data:
            v3 = data["points"]
            if type(v3) is list or isinstance(v3, list):
                for i5, v4 in enumerate(v3):
                    if type(v4) is dict or isinstance(v4, dict):
                        if not _NAMES_2.issuperset(v4):
                            for k6 in v4:
                                if k6 not in _NAMES_2:
                                    issues.append(
                                        ValidationIssue(
                                            "/points/" + str(i5),
                                            "additionalProperties",
                                            "additional property " + repr(k6) + " is not allowed",
                                        )
                                    )
                        if "x" not in v4:
                            issues.append(
                                ValidationIssue(
                                    "/points/" + str(i5), "required", "'x' is a required property"
                                )
                            )
                        if "x" in v4:
                            v8 = v4["x"]
                            if not (
                                type(v8) is float
                                or type(v8) is int
                                or (isinstance(v8, (int, float)) and not isinstance(v8, bool))
                            ):
                                issues.append(
                                    ValidationIssue(
                                        "/points/" + str(i5) + "/x",
                                        "type",
                                        repr(v8) + " is not of type 'number'",
                                    )
                                )
                    else:
                        issues.append(
                            ValidationIssue(
                                "/points/" + str(i5), "type", repr(v4) + " is not of type 'object'"
                            )
                        )
            else:
                issues.append(
                    ValidationIssue("/points", "type", repr(v3) + " is not of type 'array'")
                )
        if "grid" in data:
            v9 = data["grid"]
            if type(v9) is list or isinstance(v9, list):
                for i11, v10 in enumerate(v9):
                    if type(v10) is list or isinstance(v10, list):
                        for i13, v12 in enumerate(v10):
                            if not (
                                type(v12) is int
                                or (isinstance(v12, int) and not isinstance(v12, bool))
                                or (isinstance(v12, float) and v12.is_integer())
                            ):
                                issues.append(
                                    ValidationIssue(
                                        "/grid/" + str(i11) + "/" + str(i13),
                                        "type",
                                        repr(v12) + " is not of type 'integer'",
                                    )
                                )
                    else:
                        issues.append(
                            ValidationIssue(
                                "/grid/" + str(i11), "type", repr(v10) + " is not of type 'array'"
                            )
                        )
            else:
                issues.append(
                    ValidationIssue("/grid", "type", repr(v9) + " is not of type 'array'")
                )
        if "tags" in data:
            v14 = data["tags"]
            if type(v14) is list or isinstance(v14, list):
                for i16, v15 in enumerate(v14):
                    if not (type(v15) is str or isinstance(v15, str)):
                        issues.append(
                            ValidationIssue(
                                "/tags/" + str(i16), "type", repr(v15) + " is not of type 'string'"
                            )
                        )
            else:
                issues.append(
                    ValidationIssue("/tags", "type", repr(v14) + " is not of type 'array'")
                )
        if "weights" in data:
            v17 = data["weights"]
            if not (v17 is None or (type(v17) is list or isinstance(v17, list))):
                issues.append(
                    ValidationIssue(
                        "/weights", "type", repr(v17) + " is not of type 'array', 'null'"
                    )
                )
            if type(v17) is list or isinstance(v17, list):
                for i19, v18 in enumerate(v17):
                    if not (
                        type(v18) is float
                        or type(v18) is int
                        or (isinstance(v18, (int, float)) and not isinstance(v18, bool))
                    ):
                        issues.append(
                            ValidationIssue(
                                "/weights/" + str(i19),
                                "type",
                                repr(v18) + " is not of type 'number'",
                            )
                        )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_label_request(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if not _NAMES_1.issuperset(data):
        return False
    if "points" not in data:
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
    if "grid" in data:
        v8 = data["grid"]
        if not (type(v8) is list or isinstance(v8, list)):
            return False
        for v9 in v8:
            if not (type(v9) is list or isinstance(v9, list)):
                return False
            for v10 in v9:
                if not (
                    type(v10) is int
                    or (isinstance(v10, int) and not isinstance(v10, bool))
                    or (isinstance(v10, float) and v10.is_integer())
                ):
                    return False
    if "tags" in data:
        v11 = data["tags"]
        if not (type(v11) is list or isinstance(v11, list)):
            return False
        for v12 in v11:
            if not (type(v12) is str or isinstance(v12, str)):
                return False
    if "weights" in data:
        v13 = data["weights"]
        if not (v13 is None or (type(v13) is list or isinstance(v13, list))):
            return False
        if type(v13) is list or isinstance(v13, list):
            for v14 in v13:
                if not (
                    type(v14) is float
                    or type(v14) is int
                    or (isinstance(v14, (int, float)) and not isinstance(v14, bool))
                ):
                    return False
    return True
