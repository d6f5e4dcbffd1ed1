# Generated from tests/cases/yaml12_scalars/spec.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from .._validation import ValidationIssue

__all__ = [
    "is_valid_flags",
    "validate_flags",
]


def _json_key(value: object) -> object:
    """A hashable key equal for JSON-equal values: 1 == 1.0, but True != 1, deep for containers."""
    if value is True or value is False:
        return ("bool", value)
    if isinstance(value, list):
        return ("list", tuple(_json_key(item) for item in value))
    if isinstance(value, dict):
        return ("dict", frozenset((key, _json_key(item)) for key, item in value.items()))
    return value


_ENUM_1 = frozenset(
    map(
        _json_key,
        [
            "NO",
            "SE",
            "y",
            "n",
            "Yes",
            "ON",
            None,
            "2024-01-01",
            "1_000",
            "12:30",
            15,
            31,
            17,
            1000.0,
        ],
    )
)


def validate_flags(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if data:
            if "yes" in data:
                v1 = data["yes"]
                if not (type(v1) is str or isinstance(v1, str)):
                    issues.append(
                        ValidationIssue("/yes", "type", repr(v1) + " is not of type 'string'")
                    )
            if "no" in data:
                v2 = data["no"]
                if not (type(v2) is str or isinstance(v2, str)):
                    issues.append(
                        ValidationIssue("/no", "type", repr(v2) + " is not of type 'string'")
                    )
            if "on" in data:
                v3 = data["on"]
                if type(v3) is not bool:
                    issues.append(
                        ValidationIssue("/on", "type", repr(v3) + " is not of type 'boolean'")
                    )
            if "off" in data:
                v4 = data["off"]
                if not (type(v4) is str or isinstance(v4, str)):
                    issues.append(
                        ValidationIssue("/off", "type", repr(v4) + " is not of type 'string'")
                    )
            if "y" in data:
                v5 = data["y"]
                if not (type(v5) is str or isinstance(v5, str)):
                    issues.append(
                        ValidationIssue("/y", "type", repr(v5) + " is not of type 'string'")
                    )
            if "<<" in data:
                v6 = data["<<"]
                if not (type(v6) is str or isinstance(v6, str)):
                    issues.append(
                        ValidationIssue("/<<", "type", repr(v6) + " is not of type 'string'")
                    )
            if "country" in data:
                v7 = data["country"]
                if _json_key(v7) not in _ENUM_1:
                    issues.append(
                        ValidationIssue(
                            "/country",
                            "enum",
                            repr(v7)
                            + (
                                " is not one of ['NO', 'SE', 'y', 'n', 'Yes', "
                                "'ON', None, '2024-01-01', '1_000', '12:30', "
                                "15, 31, 17, 1000.0]"
                            ),
                        )
                    )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_flags(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if data:
        if "yes" in data:
            v1 = data["yes"]
            if not (type(v1) is str or isinstance(v1, str)):
                return False
        if "no" in data:
            v2 = data["no"]
            if not (type(v2) is str or isinstance(v2, str)):
                return False
        if "on" in data:
            v3 = data["on"]
            if type(v3) is not bool:
                return False
        if "off" in data:
            v4 = data["off"]
            if not (type(v4) is str or isinstance(v4, str)):
                return False
        if "y" in data:
            v5 = data["y"]
            if not (type(v5) is str or isinstance(v5, str)):
                return False
        if "<<" in data:
            v6 = data["<<"]
            if not (type(v6) is str or isinstance(v6, str)):
                return False
        if "country" in data:
            v7 = data["country"]
            if _json_key(v7) not in _ENUM_1:
                return False
    return True
