# Generated from tests/cases/operations/spec.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from ._validation import ValidationIssue

__all__ = [
    "is_valid_attach_body",
    "is_valid_new_note",
    "is_valid_note",
    "is_valid_note_event",
    "is_valid_note_list",
    "is_valid_problem",
    "is_valid_replace_note_body",
    "validate_attach_body",
    "validate_new_note",
    "validate_note",
    "validate_note_event",
    "validate_note_list",
    "validate_problem",
    "validate_replace_note_body",
]


def _is_note(data: object) -> bool:
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "id" not in data or "text" not in data:
        return False
    if "id" in data:
        v1 = data["id"]
        if not (type(v1) is str or isinstance(v1, str)):
            return False
    if "text" in data:
        v2 = data["text"]
        if not (type(v2) is str or isinstance(v2, str)):
            return False
    return True


def _is_problem(data: object) -> bool:
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "title" not in data:
        return False
    if "title" in data:
        v1 = data["title"]
        if not (type(v1) is str or isinstance(v1, str)):
            return False
    return True


def validate_attach_body(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if "file" not in data:
            issues.append(ValidationIssue("", "required", "'file' is a required property"))
        if "file" in data:
            v1 = data["file"]
            if not (type(v1) is str or isinstance(v1, str)):
                issues.append(
                    ValidationIssue("/file", "type", repr(v1) + " is not of type 'string'")
                )
        if "pages" in data:
            v2 = data["pages"]
            if type(v2) is list or isinstance(v2, list):
                for i4, v3 in enumerate(v2):
                    if not (type(v3) is str or isinstance(v3, str)):
                        issues.append(
                            ValidationIssue(
                                "/pages/" + str(i4), "type", repr(v3) + " is not of type 'string'"
                            )
                        )
            else:
                issues.append(
                    ValidationIssue("/pages", "type", repr(v2) + " is not of type 'array'")
                )
        if "caption" in data:
            v5 = data["caption"]
            if type(v5) is str or isinstance(v5, str):
                if len(v5) > 20:
                    issues.append(
                        ValidationIssue(
                            "/caption", "maxLength", repr(v5) + " is longer than 20 characters"
                        )
                    )
            else:
                issues.append(
                    ValidationIssue("/caption", "type", repr(v5) + " is not of type 'string'")
                )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_attach_body(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "file" not in data:
        return False
    if "file" in data:
        v1 = data["file"]
        if not (type(v1) is str or isinstance(v1, str)):
            return False
    if "pages" in data:
        v2 = data["pages"]
        if not (type(v2) is list or isinstance(v2, list)):
            return False
        for v3 in v2:
            if not (type(v3) is str or isinstance(v3, str)):
                return False
    if "caption" in data:
        v4 = data["caption"]
        if not (type(v4) is str or isinstance(v4, str)):
            return False
        if len(v4) > 20:
            return False
    return True


def validate_new_note(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if "text" not in data:
            issues.append(ValidationIssue("", "required", "'text' is a required property"))
        if "text" in data:
            v1 = data["text"]
            if not (type(v1) is str or isinstance(v1, str)):
                issues.append(
                    ValidationIssue("/text", "type", repr(v1) + " is not of type 'string'")
                )
        if "stream" in data:
            v2 = data["stream"]
            if not (v2 is None or type(v2) is bool):
                issues.append(
                    ValidationIssue(
                        "/stream", "type", repr(v2) + " is not of type 'boolean', 'null'"
                    )
                )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_new_note(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "text" not in data:
        return False
    if "text" in data:
        v1 = data["text"]
        if not (type(v1) is str or isinstance(v1, str)):
            return False
    if "stream" in data:
        v2 = data["stream"]
        if not (v2 is None or type(v2) is bool):
            return False
    return True


def validate_note(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if "id" not in data:
            issues.append(ValidationIssue("", "required", "'id' is a required property"))
        if "text" not in data:
            issues.append(ValidationIssue("", "required", "'text' is a required property"))
        if "id" in data:
            v1 = data["id"]
            if not (type(v1) is str or isinstance(v1, str)):
                issues.append(ValidationIssue("/id", "type", repr(v1) + " is not of type 'string'"))
        if "text" in data:
            v2 = data["text"]
            if not (type(v2) is str or isinstance(v2, str)):
                issues.append(
                    ValidationIssue("/text", "type", repr(v2) + " is not of type 'string'")
                )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_note(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "id" not in data or "text" not in data:
        return False
    if "id" in data:
        v1 = data["id"]
        if not (type(v1) is str or isinstance(v1, str)):
            return False
    if "text" in data:
        v2 = data["text"]
        if not (type(v2) is str or isinstance(v2, str)):
            return False
    return True


def validate_note_event(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    n1 = (_is_note(data)) + (_is_problem(data))
    if n1 == 0:
        issues.append(
            ValidationIssue(
                "", "oneOf", repr(data) + " is not valid under any of the given schemas"
            )
        )
    elif n1 > 1:
        issues.append(
            ValidationIssue(
                "", "oneOf", repr(data) + " is valid under more than one of the given schemas"
            )
        )
    return issues


def is_valid_note_event(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    return _is_note(data) + _is_problem(data) == 1


def validate_note_list(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if "data" not in data:
            issues.append(ValidationIssue("", "required", "'data' is a required property"))
        if "has_more" not in data:
            issues.append(ValidationIssue("", "required", "'has_more' is a required property"))
        if "data" in data:
            v1 = data["data"]
            if type(v1) is list or isinstance(v1, list):
                for i3, v2 in enumerate(v1):
                    if type(v2) is dict or isinstance(v2, dict):
                        if "id" not in v2:
                            issues.append(
                                ValidationIssue(
                                    "/data/" + str(i3), "required", "'id' is a required property"
                                )
                            )
                        if "text" not in v2:
                            issues.append(
                                ValidationIssue(
                                    "/data/" + str(i3), "required", "'text' is a required property"
                                )
                            )
                        if "id" in v2:
                            v4 = v2["id"]
                            if not (type(v4) is str or isinstance(v4, str)):
                                issues.append(
                                    ValidationIssue(
                                        "/data/" + str(i3) + "/id",
                                        "type",
                                        repr(v4) + " is not of type 'string'",
                                    )
                                )
                        if "text" in v2:
                            v5 = v2["text"]
                            if not (type(v5) is str or isinstance(v5, str)):
                                issues.append(
                                    ValidationIssue(
                                        "/data/" + str(i3) + "/text",
                                        "type",
                                        repr(v5) + " is not of type 'string'",
                                    )
                                )
                    else:
                        issues.append(
                            ValidationIssue(
                                "/data/" + str(i3), "type", repr(v2) + " is not of type 'object'"
                            )
                        )
            else:
                issues.append(
                    ValidationIssue("/data", "type", repr(v1) + " is not of type 'array'")
                )
        if "has_more" in data:
            v6 = data["has_more"]
            if type(v6) is not bool:
                issues.append(
                    ValidationIssue("/has_more", "type", repr(v6) + " is not of type 'boolean'")
                )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_note_list(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "data" not in data or "has_more" not in data:
        return False
    if "data" in data:
        v1 = data["data"]
        if not (type(v1) is list or isinstance(v1, list)):
            return False
        for v2 in v1:
            if not (type(v2) is dict or isinstance(v2, dict)):
                return False
            if "id" not in v2 or "text" not in v2:
                return False
            if "id" in v2:
                v3 = v2["id"]
                if not (type(v3) is str or isinstance(v3, str)):
                    return False
            if "text" in v2:
                v4 = v2["text"]
                if not (type(v4) is str or isinstance(v4, str)):
                    return False
    if "has_more" in data:
        v5 = data["has_more"]
        if type(v5) is not bool:
            return False
    return True


def validate_problem(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if "title" not in data:
            issues.append(ValidationIssue("", "required", "'title' is a required property"))
        if "title" in data:
            v1 = data["title"]
            if not (type(v1) is str or isinstance(v1, str)):
                issues.append(
                    ValidationIssue("/title", "type", repr(v1) + " is not of type 'string'")
                )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_problem(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "title" not in data:
        return False
    if "title" in data:
        v1 = data["title"]
        if not (type(v1) is str or isinstance(v1, str)):
            return False
    return True


def validate_replace_note_body(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if "text" not in data:
            issues.append(ValidationIssue("", "required", "'text' is a required property"))
        if "text" in data:
            v1 = data["text"]
            if not (type(v1) is str or isinstance(v1, str)):
                issues.append(
                    ValidationIssue("/text", "type", repr(v1) + " is not of type 'string'")
                )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_replace_note_body(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if "text" not in data:
        return False
    if "text" in data:
        v1 = data["text"]
        if not (type(v1) is str or isinstance(v1, str)):
            return False
    return True
