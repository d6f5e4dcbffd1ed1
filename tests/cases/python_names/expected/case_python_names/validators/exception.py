# Generated from tests/cases/python_names/spec.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from .._validation import ValidationIssue

__all__ = [
    "is_valid_exception",
    "validate_exception",
]


def _escape(token: str) -> str:
    """One JSON pointer (RFC 6901) reference token."""
    return token.replace("~", "~0").replace("/", "~1")


_ENUM_1 = frozenset({"x"})
_ENUM_2 = frozenset({"a", "b"})


def validate_exception(data: object) -> list[ValidationIssue]:
    """Every problem found in `data`, each with its JSON pointer; empty when valid."""
    issues: list[ValidationIssue] = []
    if type(data) is dict or isinstance(data, dict):
        if data:
            if "dict" in data:
                v1 = data["dict"]
                if type(v1) is dict or isinstance(v1, dict):
                    for k2, v3 in v1.items():
                        if not (
                            type(v3) is int
                            or (isinstance(v3, int) and not isinstance(v3, bool))
                            or (isinstance(v3, float) and v3.is_integer())
                        ):
                            issues.append(
                                ValidationIssue(
                                    "/dict/" + _escape(k2),
                                    "type",
                                    repr(v3) + " is not of type 'integer'",
                                )
                            )
                else:
                    issues.append(
                        ValidationIssue("/dict", "type", repr(v1) + " is not of type 'object'")
                    )
            if "list" in data:
                v4 = data["list"]
                if type(v4) is list or isinstance(v4, list):
                    for i6, v5 in enumerate(v4):
                        if not (type(v5) is str or isinstance(v5, str)):
                            issues.append(
                                ValidationIssue(
                                    "/list/" + str(i6),
                                    "type",
                                    repr(v5) + " is not of type 'string'",
                                )
                            )
                else:
                    issues.append(
                        ValidationIssue("/list", "type", repr(v4) + " is not of type 'array'")
                    )
            if "str" in data:
                v7 = data["str"]
                if not (type(v7) is str or isinstance(v7, str)):
                    issues.append(
                        ValidationIssue("/str", "type", repr(v7) + " is not of type 'string'")
                    )
            if "int" in data:
                v8 = data["int"]
                if not (
                    type(v8) is int
                    or (isinstance(v8, int) and not isinstance(v8, bool))
                    or (isinstance(v8, float) and v8.is_integer())
                ):
                    issues.append(
                        ValidationIssue("/int", "type", repr(v8) + " is not of type 'integer'")
                    )
            if "float" in data:
                v9 = data["float"]
                if not (
                    type(v9) is float
                    or type(v9) is int
                    or (isinstance(v9, (int, float)) and not isinstance(v9, bool))
                ):
                    issues.append(
                        ValidationIssue("/float", "type", repr(v9) + " is not of type 'number'")
                    )
            if "bool" in data:
                v10 = data["bool"]
                if type(v10) is not bool:
                    issues.append(
                        ValidationIssue("/bool", "type", repr(v10) + " is not of type 'boolean'")
                    )
            if "tuple" in data:
                v11 = data["tuple"]
                if not (type(v11) is list or isinstance(v11, list)):
                    issues.append(
                        ValidationIssue("/tuple", "type", repr(v11) + " is not of type 'array'")
                    )
            if "frozenset" in data:
                v12 = data["frozenset"]
                if not (type(v12) is list or isinstance(v12, list)):
                    issues.append(
                        ValidationIssue("/frozenset", "type", repr(v12) + " is not of type 'array'")
                    )
            if "field" in data:
                v13 = data["field"]
                if not (type(v13) is str or isinstance(v13, str)):
                    issues.append(
                        ValidationIssue("/field", "type", repr(v13) + " is not of type 'string'")
                    )
            if "self" in data:
                v14 = data["self"]
                if not (type(v14) is str or isinstance(v14, str)):
                    issues.append(
                        ValidationIssue("/self", "type", repr(v14) + " is not of type 'string'")
                    )
            if "Any" in data:
                v15 = data["Any"]
                if not (type(v15) is str or isinstance(v15, str)):
                    issues.append(
                        ValidationIssue("/Any", "type", repr(v15) + " is not of type 'string'")
                    )
            if "Literal" in data:
                v16 = data["Literal"]
                if not ((type(v16) is str or isinstance(v16, str)) and v16 in _ENUM_1):
                    issues.append(
                        ValidationIssue("/Literal", "enum", repr(v16) + " is not one of ['x']")
                    )
            if "NotGiven" in data:
                v17 = data["NotGiven"]
                if not (type(v17) is str or isinstance(v17, str)):
                    issues.append(
                        ValidationIssue("/NotGiven", "type", repr(v17) + " is not of type 'string'")
                    )
            if "NOT_GIVEN" in data:
                v18 = data["NOT_GIVEN"]
                if not (type(v18) is str or isinstance(v18, str)):
                    issues.append(
                        ValidationIssue(
                            "/NOT_GIVEN", "type", repr(v18) + " is not of type 'string'"
                        )
                    )
            if "Self" in data:
                v19 = data["Self"]
                if not (type(v19) is str or isinstance(v19, str)):
                    issues.append(
                        ValidationIssue("/Self", "type", repr(v19) + " is not of type 'string'")
                    )
            if "ClassVar" in data:
                v20 = data["ClassVar"]
                if not (type(v20) is str or isinstance(v20, str)):
                    issues.append(
                        ValidationIssue("/ClassVar", "type", repr(v20) + " is not of type 'string'")
                    )
            if "JsonValue" in data:
                v21 = data["JsonValue"]
                if not (type(v21) is str or isinstance(v21, str)):
                    issues.append(
                        ValidationIssue(
                            "/JsonValue", "type", repr(v21) + " is not of type 'string'"
                        )
                    )
            if "Mapping" in data:
                v22 = data["Mapping"]
                if not (type(v22) is str or isinstance(v22, str)):
                    issues.append(
                        ValidationIssue("/Mapping", "type", repr(v22) + " is not of type 'string'")
                    )
            if "é" in data:
                v23 = data["é"]
                if not (type(v23) is str or isinstance(v23, str)):
                    issues.append(
                        ValidationIssue("/é", "type", repr(v23) + " is not of type 'string'")
                    )
            if "\ufb01eld" in data:
                v24 = data["\ufb01eld"]
                if not (type(v24) is str or isinstance(v24, str)):
                    issues.append(
                        ValidationIssue(
                            "/\ufb01eld", "type", repr(v24) + " is not of type 'string'"
                        )
                    )
            if "__init__" in data:
                v25 = data["__init__"]
                if type(v25) is dict or isinstance(v25, dict):
                    if v25:
                        if "False" in v25:
                            v26 = v25["False"]
                            if type(v26) is not bool:
                                issues.append(
                                    ValidationIssue(
                                        "/__init__/False",
                                        "type",
                                        repr(v26) + " is not of type 'boolean'",
                                    )
                                )
                        if "class" in v25:
                            v27 = v25["class"]
                            if not (type(v27) is str or isinstance(v27, str)):
                                issues.append(
                                    ValidationIssue(
                                        "/__init__/class",
                                        "type",
                                        repr(v27) + " is not of type 'string'",
                                    )
                                )
                        if "match" in v25:
                            v28 = v25["match"]
                            if not (type(v28) is str or isinstance(v28, str)):
                                issues.append(
                                    ValidationIssue(
                                        "/__init__/match",
                                        "type",
                                        repr(v28) + " is not of type 'string'",
                                    )
                                )
                        if "case" in v25:
                            v29 = v25["case"]
                            if not (type(v29) is str or isinstance(v29, str)):
                                issues.append(
                                    ValidationIssue(
                                        "/__init__/case",
                                        "type",
                                        repr(v29) + " is not of type 'string'",
                                    )
                                )
                        if "_" in v25:
                            v30 = v25["_"]
                            if not (type(v30) is str or isinstance(v30, str)):
                                issues.append(
                                    ValidationIssue(
                                        "/__init__/_",
                                        "type",
                                        repr(v30) + " is not of type 'string'",
                                    )
                                )
                        if "type" in v25:
                            v31 = v25["type"]
                            if not (type(v31) is str or isinstance(v31, str)):
                                issues.append(
                                    ValidationIssue(
                                        "/__init__/type",
                                        "type",
                                        repr(v31) + " is not of type 'string'",
                                    )
                                )
                        if "id" in v25:
                            v32 = v25["id"]
                            if not (type(v32) is str or isinstance(v32, str)):
                                issues.append(
                                    ValidationIssue(
                                        "/__init__/id",
                                        "type",
                                        repr(v32) + " is not of type 'string'",
                                    )
                                )
                        if "object" in v25:
                            v33 = v25["object"]
                            if not (type(v33) is str or isinstance(v33, str)):
                                issues.append(
                                    ValidationIssue(
                                        "/__init__/object",
                                        "type",
                                        repr(v33) + " is not of type 'string'",
                                    )
                                )
                        if "__import__" in v25:
                            v34 = v25["__import__"]
                            if not (
                                type(v34) is int
                                or (isinstance(v34, int) and not isinstance(v34, bool))
                                or (isinstance(v34, float) and v34.is_integer())
                            ):
                                issues.append(
                                    ValidationIssue(
                                        "/__init__/__import__",
                                        "type",
                                        repr(v34) + " is not of type 'integer'",
                                    )
                                )
                else:
                    issues.append(
                        ValidationIssue("/__init__", "type", repr(v25) + " is not of type 'object'")
                    )
            if "next" in data:
                v35 = data["next"]
                if not ((type(v35) is str or isinstance(v35, str)) and v35 in _ENUM_2):
                    issues.append(
                        ValidationIssue("/next", "enum", repr(v35) + " is not one of ['a', 'b']")
                    )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_exception(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if data:
        if "dict" in data:
            v1 = data["dict"]
            if not (type(v1) is dict or isinstance(v1, dict)):
                return False
            for v3 in v1.values():
                if not (
                    type(v3) is int
                    or (isinstance(v3, int) and not isinstance(v3, bool))
                    or (isinstance(v3, float) and v3.is_integer())
                ):
                    return False
        if "list" in data:
            v4 = data["list"]
            if not (type(v4) is list or isinstance(v4, list)):
                return False
            for v5 in v4:
                if not (type(v5) is str or isinstance(v5, str)):
                    return False
        if "str" in data:
            v6 = data["str"]
            if not (type(v6) is str or isinstance(v6, str)):
                return False
        if "int" in data:
            v7 = data["int"]
            if not (
                type(v7) is int
                or (isinstance(v7, int) and not isinstance(v7, bool))
                or (isinstance(v7, float) and v7.is_integer())
            ):
                return False
        if "float" in data:
            v8 = data["float"]
            if not (
                type(v8) is float
                or type(v8) is int
                or (isinstance(v8, (int, float)) and not isinstance(v8, bool))
            ):
                return False
        if "bool" in data:
            v9 = data["bool"]
            if type(v9) is not bool:
                return False
        if "tuple" in data:
            v10 = data["tuple"]
            if not (type(v10) is list or isinstance(v10, list)):
                return False
        if "frozenset" in data:
            v11 = data["frozenset"]
            if not (type(v11) is list or isinstance(v11, list)):
                return False
        if "field" in data:
            v12 = data["field"]
            if not (type(v12) is str or isinstance(v12, str)):
                return False
        if "self" in data:
            v13 = data["self"]
            if not (type(v13) is str or isinstance(v13, str)):
                return False
        if "Any" in data:
            v14 = data["Any"]
            if not (type(v14) is str or isinstance(v14, str)):
                return False
        if "Literal" in data:
            v15 = data["Literal"]
            if not ((type(v15) is str or isinstance(v15, str)) and v15 in _ENUM_1):
                return False
        if "NotGiven" in data:
            v16 = data["NotGiven"]
            if not (type(v16) is str or isinstance(v16, str)):
                return False
        if "NOT_GIVEN" in data:
            v17 = data["NOT_GIVEN"]
            if not (type(v17) is str or isinstance(v17, str)):
                return False
        if "Self" in data:
            v18 = data["Self"]
            if not (type(v18) is str or isinstance(v18, str)):
                return False
        if "ClassVar" in data:
            v19 = data["ClassVar"]
            if not (type(v19) is str or isinstance(v19, str)):
                return False
        if "JsonValue" in data:
            v20 = data["JsonValue"]
            if not (type(v20) is str or isinstance(v20, str)):
                return False
        if "Mapping" in data:
            v21 = data["Mapping"]
            if not (type(v21) is str or isinstance(v21, str)):
                return False
        if "é" in data:
            v22 = data["é"]
            if not (type(v22) is str or isinstance(v22, str)):
                return False
        if "\ufb01eld" in data:
            v23 = data["\ufb01eld"]
            if not (type(v23) is str or isinstance(v23, str)):
                return False
        if "__init__" in data:
            v24 = data["__init__"]
            if not (type(v24) is dict or isinstance(v24, dict)):
                return False
            if v24:
                if "False" in v24:
                    v25 = v24["False"]
                    if type(v25) is not bool:
                        return False
                if "class" in v24:
                    v26 = v24["class"]
                    if not (type(v26) is str or isinstance(v26, str)):
                        return False
                if "match" in v24:
                    v27 = v24["match"]
                    if not (type(v27) is str or isinstance(v27, str)):
                        return False
                if "case" in v24:
                    v28 = v24["case"]
                    if not (type(v28) is str or isinstance(v28, str)):
                        return False
                if "_" in v24:
                    v29 = v24["_"]
                    if not (type(v29) is str or isinstance(v29, str)):
                        return False
                if "type" in v24:
                    v30 = v24["type"]
                    if not (type(v30) is str or isinstance(v30, str)):
                        return False
                if "id" in v24:
                    v31 = v24["id"]
                    if not (type(v31) is str or isinstance(v31, str)):
                        return False
                if "object" in v24:
                    v32 = v24["object"]
                    if not (type(v32) is str or isinstance(v32, str)):
                        return False
                if "__import__" in v24:
                    v33 = v24["__import__"]
                    if not (
                        type(v33) is int
                        or (isinstance(v33, int) and not isinstance(v33, bool))
                        or (isinstance(v33, float) and v33.is_integer())
                    ):
                        return False
        if "next" in data:
            v34 = data["next"]
            if not ((type(v34) is str or isinstance(v34, str)) and v34 in _ENUM_2):
                return False
    return True
