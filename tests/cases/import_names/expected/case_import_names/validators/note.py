# Generated from tests/cases/import_names/spec.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from .._validation import ValidationIssue

__all__ = [
    "is_valid_note",
    "validate_note",
]


_NAMES_1 = frozenset({"name"})
_NAMES_2 = frozenset({"text"})
_NAMES_3 = frozenset({"key", "value"})
_NAMES_4 = frozenset({"title", "spec", "entries", "reason", "aliases", "count"})


def validate_note(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if not _NAMES_4.issuperset(data):
            for k1 in data:
                if k1 not in _NAMES_4:
                    issues.append(
                        ValidationIssue(
                            "",
                            "additionalProperties",
                            "additional property " + repr(k1) + " is not allowed",
                        )
                    )
        if "title" not in data:
            issues.append(ValidationIssue("", "required", "'title' is a required property"))
        if "spec" not in data:
            issues.append(ValidationIssue("", "required", "'spec' is a required property"))
        if "entries" not in data:
            issues.append(ValidationIssue("", "required", "'entries' is a required property"))
        if "reason" not in data:
            issues.append(ValidationIssue("", "required", "'reason' is a required property"))
        if "aliases" not in data:
            issues.append(ValidationIssue("", "required", "'aliases' is a required property"))
        if "count" not in data:
            issues.append(ValidationIssue("", "required", "'count' is a required property"))
        if "title" in data:
            v3 = data["title"]
            if type(v3) is dict or isinstance(v3, dict):
                if not _NAMES_2.issuperset(v3):
                    for k4 in v3:
                        if k4 not in _NAMES_2:
                            issues.append(
                                ValidationIssue(
                                    "/title",
                                    "additionalProperties",
                                    "additional property " + repr(k4) + " is not allowed",
                                )
                            )
                if "text" not in v3:
                    issues.append(
                        ValidationIssue("/title", "required", "'text' is a required property")
                    )
                if "text" in v3:
                    v6 = v3["text"]
                    if not (type(v6) is str or isinstance(v6, str)):
                        issues.append(
                            ValidationIssue(
                                "/title/text", "type", repr(v6) + " is not of type 'string'"
                            )
                        )
            else:
                issues.append(
                    ValidationIssue("/title", "type", repr(v3) + " is not of type 'object'")
                )
        if "spec" in data:
            v7 = data["spec"]
            if type(v7) is dict or isinstance(v7, dict):
                if not _NAMES_1.issuperset(v7):
                    for k8 in v7:
                        if k8 not in _NAMES_1:
                            issues.append(
                                ValidationIssue(
                                    "/spec",
                                    "additionalProperties",
                                    "additional property " + repr(k8) + " is not allowed",
                                )
                            )
                if "name" not in v7:
                    issues.append(
                        ValidationIssue("/spec", "required", "'name' is a required property")
                    )
                if "name" in v7:
                    v10 = v7["name"]
                    if not (type(v10) is str or isinstance(v10, str)):
                        issues.append(
                            ValidationIssue(
                                "/spec/name", "type", repr(v10) + " is not of type 'string'"
                            )
                        )
            else:
                issues.append(
                    ValidationIssue("/spec", "type", repr(v7) + " is not of type 'object'")
                )
        if "entries" in data:
            v11 = data["entries"]
            if type(v11) is list or isinstance(v11, list):
                for i13, v12 in enumerate(v11):
                    if type(v12) is dict or isinstance(v12, dict):
                        if not _NAMES_3.issuperset(v12):
                            for k14 in v12:
                                if k14 not in _NAMES_3:
                                    issues.append(
                                        ValidationIssue(
                                            "/entries/" + str(i13),
                                            "additionalProperties",
                                            "additional property " + repr(k14) + " is not allowed",
                                        )
                                    )
                        if "key" not in v12:
                            issues.append(
                                ValidationIssue(
                                    "/entries/" + str(i13),
                                    "required",
                                    "'key' is a required property",
                                )
                            )
                        if "value" not in v12:
                            issues.append(
                                ValidationIssue(
                                    "/entries/" + str(i13),
                                    "required",
                                    "'value' is a required property",
                                )
                            )
                        if "key" in v12:
                            v16 = v12["key"]
                            if not (type(v16) is str or isinstance(v16, str)):
                                issues.append(
                                    ValidationIssue(
                                        "/entries/" + str(i13) + "/key",
                                        "type",
                                        repr(v16) + " is not of type 'string'",
                                    )
                                )
                        if "value" in v12:
                            v17 = v12["value"]
                            if not (
                                type(v17) is int
                                or (isinstance(v17, int) and not isinstance(v17, bool))
                                or (isinstance(v17, float) and v17.is_integer())
                            ):
                                issues.append(
                                    ValidationIssue(
                                        "/entries/" + str(i13) + "/value",
                                        "type",
                                        repr(v17) + " is not of type 'integer'",
                                    )
                                )
                    else:
                        issues.append(
                            ValidationIssue(
                                "/entries/" + str(i13),
                                "type",
                                repr(v12) + " is not of type 'object'",
                            )
                        )
            else:
                issues.append(
                    ValidationIssue("/entries", "type", repr(v11) + " is not of type 'array'")
                )
        if "reason" in data:
            v18 = data["reason"]
            if not (type(v18) is str or isinstance(v18, str)):
                issues.append(
                    ValidationIssue("/reason", "type", repr(v18) + " is not of type 'string'")
                )
        if "aliases" in data:
            v19 = data["aliases"]
            if type(v19) is list or isinstance(v19, list):
                for i21, v20 in enumerate(v19):
                    if not (type(v20) is str or isinstance(v20, str)):
                        issues.append(
                            ValidationIssue(
                                "/aliases/" + str(i21),
                                "type",
                                repr(v20) + " is not of type 'string'",
                            )
                        )
            else:
                issues.append(
                    ValidationIssue("/aliases", "type", repr(v19) + " is not of type 'array'")
                )
        if "count" in data:
            v22 = data["count"]
            if not (
                type(v22) is int
                or (isinstance(v22, int) and not isinstance(v22, bool))
                or (isinstance(v22, float) and v22.is_integer())
            ):
                issues.append(
                    ValidationIssue("/count", "type", repr(v22) + " is not of type 'integer'")
                )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_note(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if not _NAMES_4.issuperset(data):
        return False
    if (
        "title" not in data
        or "spec" not in data
        or "entries" not in data
        or "reason" not in data
        or "aliases" not in data
        or "count" not in data
    ):
        return False
    if "title" in data:
        v3 = data["title"]
        if not (type(v3) is dict or isinstance(v3, dict)):
            return False
        if not _NAMES_2.issuperset(v3):
            return False
        if "text" not in v3:
            return False
        if "text" in v3:
            v6 = v3["text"]
            if not (type(v6) is str or isinstance(v6, str)):
                return False
    if "spec" in data:
        v7 = data["spec"]
        if not (type(v7) is dict or isinstance(v7, dict)):
            return False
        if not _NAMES_1.issuperset(v7):
            return False
        if "name" not in v7:
            return False
        if "name" in v7:
            v10 = v7["name"]
            if not (type(v10) is str or isinstance(v10, str)):
                return False
    if "entries" in data:
        v11 = data["entries"]
        if not (type(v11) is list or isinstance(v11, list)):
            return False
        for v12 in v11:
            if not (type(v12) is dict or isinstance(v12, dict)):
                return False
            if not _NAMES_3.issuperset(v12):
                return False
            if "key" not in v12 or "value" not in v12:
                return False
            if "key" in v12:
                v15 = v12["key"]
                if not (type(v15) is str or isinstance(v15, str)):
                    return False
            if "value" in v12:
                v16 = v12["value"]
                if not (
                    type(v16) is int
                    or (isinstance(v16, int) and not isinstance(v16, bool))
                    or (isinstance(v16, float) and v16.is_integer())
                ):
                    return False
    if "reason" in data:
        v17 = data["reason"]
        if not (type(v17) is str or isinstance(v17, str)):
            return False
    if "aliases" in data:
        v18 = data["aliases"]
        if not (type(v18) is list or isinstance(v18, list)):
            return False
        for v19 in v18:
            if not (type(v19) is str or isinstance(v19, str)):
                return False
    if "count" in data:
        v20 = data["count"]
        if not (
            type(v20) is int
            or (isinstance(v20, int) and not isinstance(v20, bool))
            or (isinstance(v20, float) and v20.is_integer())
        ):
            return False
    return True
