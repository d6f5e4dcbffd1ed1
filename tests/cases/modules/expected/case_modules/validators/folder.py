# Generated from tests/cases/modules/spec.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

import re

from .._validation import ValidationIssue

__all__ = [
    "is_valid_file",
    "is_valid_folder",
    "validate_file",
    "validate_folder",
]


_PATTERN_1 = re.compile(r"\A[a-z]+\Z")


def _check_file_parent(data: object, path: str, issues: list[ValidationIssue]) -> None:
    _check_folder(data, path, issues)


def _is_file_parent(data: object) -> bool:
    return _is_folder(data)


def _check_folder(data: object, path: str, issues: list[ValidationIssue]) -> None:
    if type(data) is dict or isinstance(data, dict):
        if "name" not in data:
            issues.append(ValidationIssue(path, "required", "'name' is a required property"))
        if "name" in data:
            v1 = data["name"]
            if not (type(v1) is str or isinstance(v1, str)):
                issues.append(
                    ValidationIssue(path + "/name", "type", repr(v1) + " is not of type 'string'")
                )
        if "files" in data:
            v2 = data["files"]
            if type(v2) is list or isinstance(v2, list):
                for i4, v3 in enumerate(v2):
                    _check_file(v3, path + "/files/" + str(i4), issues)
            else:
                issues.append(
                    ValidationIssue(path + "/files", "type", repr(v2) + " is not of type 'array'")
                )
    else:
        issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'object'"))


def _is_folder(data: object) -> bool:
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "name" not in data:
        return False
    if "name" in data:
        v1 = data["name"]
        if not (type(v1) is str or isinstance(v1, str)):
            return False
    if "files" in data:
        v2 = data["files"]
        if not (type(v2) is list or isinstance(v2, list)):
            return False
        for v3 in v2:
            if not _is_file(v3):
                return False
    return True


def _check_file(data: object, path: str, issues: list[ValidationIssue]) -> None:
    if type(data) is dict or isinstance(data, dict):
        if "name" not in data:
            issues.append(ValidationIssue(path, "required", "'name' is a required property"))
        if "name" in data:
            v1 = data["name"]
            if type(v1) is str or isinstance(v1, str):
                if _PATTERN_1.search(v1) is None:
                    issues.append(
                        ValidationIssue(
                            path + "/name", "pattern", repr(v1) + " does not match '^[a-z]+$'"
                        )
                    )
            else:
                issues.append(
                    ValidationIssue(path + "/name", "type", repr(v1) + " is not of type 'string'")
                )
        if "parent" in data:
            v2 = data["parent"]
            _check_folder(v2, path + "/parent", issues)
    else:
        issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'object'"))


def _is_file(data: object) -> bool:
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
    if "parent" in data:
        v2 = data["parent"]
        if not _is_folder(v2):
            return False
    return True


def validate_file(data: object) -> list[ValidationIssue]:
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
                        ValidationIssue("/name", "pattern", repr(v1) + " does not match '^[a-z]+$'")
                    )
            else:
                issues.append(
                    ValidationIssue("/name", "type", repr(v1) + " is not of type 'string'")
                )
        if "parent" in data:
            v2 = data["parent"]
            _check_folder(v2, "/parent", issues)
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_file(data: object) -> bool:
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
    if "parent" in data:
        v2 = data["parent"]
        if not _is_folder(v2):
            return False
    return True


def validate_folder(data: object) -> list[ValidationIssue]:
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
        if "files" in data:
            v2 = data["files"]
            if type(v2) is list or isinstance(v2, list):
                for i4, v3 in enumerate(v2):
                    _check_file(v3, "/files/" + str(i4), issues)
            else:
                issues.append(
                    ValidationIssue("/files", "type", repr(v2) + " is not of type 'array'")
                )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_folder(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "name" not in data:
        return False
    if "name" in data:
        v1 = data["name"]
        if not (type(v1) is str or isinstance(v1, str)):
            return False
    if "files" in data:
        v2 = data["files"]
        if not (type(v2) is list or isinstance(v2, list)):
            return False
        for v3 in v2:
            if not _is_file(v3):
                return False
    return True
