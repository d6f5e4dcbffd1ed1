# Generated from spec/realtime_sessions.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from .._validation import ValidationIssue

__all__ = [
    "is_valid_session_create_params_client_secret",
    "validate_session_create_params_client_secret",
]


_NAMES_3 = frozenset({"expires_after"})
_NAMES_4 = frozenset({"anchor", "seconds"})
_ENUM_7 = frozenset({"created_at"})


def _check_session_create_params_client_secret(
    data: object, path: str, issues: list[ValidationIssue]
) -> None:
    if type(data) is dict or isinstance(data, dict):
        if data:
            if not _NAMES_3.issuperset(data):
                for k1 in data:
                    if k1 not in _NAMES_3:
                        issues.append(
                            ValidationIssue(
                                path,
                                "additionalProperties",
                                "additional property " + repr(k1) + " is not allowed",
                            )
                        )
            if "expires_after" in data:
                v3 = data["expires_after"]
                if type(v3) is dict or isinstance(v3, dict):
                    if not _NAMES_4.issuperset(v3):
                        for k4 in v3:
                            if k4 not in _NAMES_4:
                                issues.append(
                                    ValidationIssue(
                                        path + "/expires_after",
                                        "additionalProperties",
                                        "additional property " + repr(k4) + " is not allowed",
                                    )
                                )
                    if "anchor" not in v3:
                        issues.append(
                            ValidationIssue(
                                path + "/expires_after",
                                "required",
                                "'anchor' is a required property",
                            )
                        )
                    if "anchor" in v3:
                        v6 = v3["anchor"]
                        if type(v6) is str or isinstance(v6, str):
                            if v6 not in _ENUM_7:
                                issues.append(
                                    ValidationIssue(
                                        path + "/expires_after/anchor",
                                        "enum",
                                        repr(v6) + " is not one of ['created_at']",
                                    )
                                )
                        else:
                            issues.append(
                                ValidationIssue(
                                    path + "/expires_after/anchor",
                                    "type",
                                    repr(v6) + " is not of type 'string'",
                                )
                            )
                            issues.append(
                                ValidationIssue(
                                    path + "/expires_after/anchor",
                                    "enum",
                                    repr(v6) + " is not one of ['created_at']",
                                )
                            )
                    if "seconds" in v3:
                        v7 = v3["seconds"]
                        if (
                            type(v7) is int
                            or (isinstance(v7, int) and not isinstance(v7, bool))
                            or (isinstance(v7, float) and v7.is_integer())
                        ):
                            if v7 < 10:
                                issues.append(
                                    ValidationIssue(
                                        path + "/expires_after/seconds",
                                        "minimum",
                                        repr(v7) + " is less than the minimum of 10",
                                    )
                                )
                            if v7 > 7200:
                                issues.append(
                                    ValidationIssue(
                                        path + "/expires_after/seconds",
                                        "maximum",
                                        repr(v7) + " is greater than the maximum of 7200",
                                    )
                                )
                        else:
                            issues.append(
                                ValidationIssue(
                                    path + "/expires_after/seconds",
                                    "type",
                                    repr(v7) + " is not of type 'integer'",
                                )
                            )
                else:
                    issues.append(
                        ValidationIssue(
                            path + "/expires_after", "type", repr(v3) + " is not of type 'object'"
                        )
                    )
    else:
        issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'object'"))


def _is_session_create_params_client_secret(data: object) -> bool:
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if data:
        if not _NAMES_3.issuperset(data):
            return False
        if "expires_after" in data:
            v3 = data["expires_after"]
            if not (type(v3) is dict or isinstance(v3, dict)):
                return False
            if not _NAMES_4.issuperset(v3):
                return False
            if "anchor" not in v3:
                return False
            if "anchor" in v3:
                v6 = v3["anchor"]
                if not (type(v6) is str or isinstance(v6, str)):
                    return False
                if v6 not in _ENUM_7:
                    return False
            if "seconds" in v3:
                v7 = v3["seconds"]
                if not (
                    type(v7) is int
                    or (isinstance(v7, int) and not isinstance(v7, bool))
                    or (isinstance(v7, float) and v7.is_integer())
                ):
                    return False
                if v7 < 10:
                    return False
                if v7 > 7200:
                    return False
    return True


def validate_session_create_params_client_secret(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if data:
            if not _NAMES_3.issuperset(data):
                for k1 in data:
                    if k1 not in _NAMES_3:
                        issues.append(
                            ValidationIssue(
                                "",
                                "additionalProperties",
                                "additional property " + repr(k1) + " is not allowed",
                            )
                        )
            if "expires_after" in data:
                v3 = data["expires_after"]
                if type(v3) is dict or isinstance(v3, dict):
                    if not _NAMES_4.issuperset(v3):
                        for k4 in v3:
                            if k4 not in _NAMES_4:
                                issues.append(
                                    ValidationIssue(
                                        "/expires_after",
                                        "additionalProperties",
                                        "additional property " + repr(k4) + " is not allowed",
                                    )
                                )
                    if "anchor" not in v3:
                        issues.append(
                            ValidationIssue(
                                "/expires_after", "required", "'anchor' is a required property"
                            )
                        )
                    if "anchor" in v3:
                        v6 = v3["anchor"]
                        if type(v6) is str or isinstance(v6, str):
                            if v6 not in _ENUM_7:
                                issues.append(
                                    ValidationIssue(
                                        "/expires_after/anchor",
                                        "enum",
                                        repr(v6) + " is not one of ['created_at']",
                                    )
                                )
                        else:
                            issues.append(
                                ValidationIssue(
                                    "/expires_after/anchor",
                                    "type",
                                    repr(v6) + " is not of type 'string'",
                                )
                            )
                            issues.append(
                                ValidationIssue(
                                    "/expires_after/anchor",
                                    "enum",
                                    repr(v6) + " is not one of ['created_at']",
                                )
                            )
                    if "seconds" in v3:
                        v7 = v3["seconds"]
                        if (
                            type(v7) is int
                            or (isinstance(v7, int) and not isinstance(v7, bool))
                            or (isinstance(v7, float) and v7.is_integer())
                        ):
                            if v7 < 10:
                                issues.append(
                                    ValidationIssue(
                                        "/expires_after/seconds",
                                        "minimum",
                                        repr(v7) + " is less than the minimum of 10",
                                    )
                                )
                            if v7 > 7200:
                                issues.append(
                                    ValidationIssue(
                                        "/expires_after/seconds",
                                        "maximum",
                                        repr(v7) + " is greater than the maximum of 7200",
                                    )
                                )
                        else:
                            issues.append(
                                ValidationIssue(
                                    "/expires_after/seconds",
                                    "type",
                                    repr(v7) + " is not of type 'integer'",
                                )
                            )
                else:
                    issues.append(
                        ValidationIssue(
                            "/expires_after", "type", repr(v3) + " is not of type 'object'"
                        )
                    )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_session_create_params_client_secret(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if data:
        if not _NAMES_3.issuperset(data):
            return False
        if "expires_after" in data:
            v3 = data["expires_after"]
            if not (type(v3) is dict or isinstance(v3, dict)):
                return False
            if not _NAMES_4.issuperset(v3):
                return False
            if "anchor" not in v3:
                return False
            if "anchor" in v3:
                v6 = v3["anchor"]
                if not (type(v6) is str or isinstance(v6, str)):
                    return False
                if v6 not in _ENUM_7:
                    return False
            if "seconds" in v3:
                v7 = v3["seconds"]
                if not (
                    type(v7) is int
                    or (isinstance(v7, int) and not isinstance(v7, bool))
                    or (isinstance(v7, float) and v7.is_integer())
                ):
                    return False
                if v7 < 10:
                    return False
                if v7 > 7200:
                    return False
    return True
