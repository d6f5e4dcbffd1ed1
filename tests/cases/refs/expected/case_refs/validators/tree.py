# Generated from tests/cases/refs/spec.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from .._validation import ValidationIssue

__all__ = [
    "is_valid_tree",
    "validate_tree",
]


_ENUM_1 = frozenset({"red", "green"})


def _check_tree(data: object, path: str, issues: list[ValidationIssue]) -> None:
    if type(data) is dict or isinstance(data, dict):
        if "name" not in data:
            issues.append(ValidationIssue(path, "required", "'name' is a required property"))
        if "name" in data:
            v1 = data["name"]
            if not (type(v1) is str or isinstance(v1, str)):
                issues.append(
                    ValidationIssue(path + "/name", "type", repr(v1) + " is not of type 'string'")
                )
        if "color" in data:
            v2 = data["color"]
            if type(v2) is str or isinstance(v2, str):
                if v2 not in _ENUM_1:
                    issues.append(
                        ValidationIssue(
                            path + "/color", "enum", repr(v2) + " is not one of ['red', 'green']"
                        )
                    )
            else:
                issues.append(
                    ValidationIssue(path + "/color", "type", repr(v2) + " is not of type 'string'")
                )
                issues.append(
                    ValidationIssue(
                        path + "/color", "enum", repr(v2) + " is not one of ['red', 'green']"
                    )
                )
        if "children" in data:
            v3 = data["children"]
            if type(v3) is list or isinstance(v3, list):
                for i5, v4 in enumerate(v3):
                    _check_tree(v4, path + "/children/" + str(i5), issues)
            else:
                issues.append(
                    ValidationIssue(
                        path + "/children", "type", repr(v3) + " is not of type 'array'"
                    )
                )
    else:
        issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'object'"))


def _is_tree(data: object) -> bool:
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "name" not in data:
        return False
    if "name" in data:
        v1 = data["name"]
        if not (type(v1) is str or isinstance(v1, str)):
            return False
    if "color" in data:
        v2 = data["color"]
        if not (type(v2) is str or isinstance(v2, str)):
            return False
        if v2 not in _ENUM_1:
            return False
    if "children" in data:
        v3 = data["children"]
        if not (type(v3) is list or isinstance(v3, list)):
            return False
        for v4 in v3:
            if not _is_tree(v4):
                return False
    return True


def validate_tree(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if "name" not in data:
            issues.append(ValidationIssue("", "required", "'name' is a required property"))
        if "name" in data:
            v1 = data["name"]
            if not (type(v1) is str or isinstance(v1, str)):
                issues.append(
                    ValidationIssue("/name", "type", repr(v1) + " is not of type 'string'")
                )
        if "color" in data:
            v2 = data["color"]
            if type(v2) is str or isinstance(v2, str):
                if v2 not in _ENUM_1:
                    issues.append(
                        ValidationIssue(
                            "/color", "enum", repr(v2) + " is not one of ['red', 'green']"
                        )
                    )
            else:
                issues.append(
                    ValidationIssue("/color", "type", repr(v2) + " is not of type 'string'")
                )
                issues.append(
                    ValidationIssue("/color", "enum", repr(v2) + " is not one of ['red', 'green']")
                )
        if "children" in data:
            v3 = data["children"]
            if type(v3) is list or isinstance(v3, list):
                for i5, v4 in enumerate(v3):
                    _check_tree(v4, "/children/" + str(i5), issues)
            else:
                issues.append(
                    ValidationIssue("/children", "type", repr(v3) + " is not of type 'array'")
                )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_tree(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "name" not in data:
        return False
    if "name" in data:
        v1 = data["name"]
        if not (type(v1) is str or isinstance(v1, str)):
            return False
    if "color" in data:
        v2 = data["color"]
        if not (type(v2) is str or isinstance(v2, str)):
            return False
        if v2 not in _ENUM_1:
            return False
    if "children" in data:
        v3 = data["children"]
        if not (type(v3) is list or isinstance(v3, list)):
            return False
        for v4 in v3:
            if not _is_tree(v4):
                return False
    return True
