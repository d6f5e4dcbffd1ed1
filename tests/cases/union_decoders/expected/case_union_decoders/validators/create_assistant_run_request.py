# Generated from tests/cases/union_decoders/spec.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid); `is_valid_<name>(data)`
is a separate fast path that stops at the first problem.
"""

from __future__ import annotations

from .._validation import ValidationIssue
from .assistant_tool_definition import (
    _check_assistant_tool_definition,
    _is_assistant_tool_definition,
)
from .code_interpreter_tool_definition import (
    _check_code_interpreter_tool_definition_type,
    _is_code_interpreter_tool_definition,
)
from .file_search_tool_definition import _is_file_search_tool_definition
from .function_call_tool_definition import _is_function_call_tool_definition

__all__ = [
    "is_valid_create_assistant_run_request",
    "validate_create_assistant_run_request",
]


def _escape(token: str) -> str:
    """One JSON pointer (RFC 6901) reference token."""
    return token.replace("~", "~0").replace("/", "~1")


_NAMES_2 = frozenset({"type"})
_NAMES_4 = frozenset(
    {
        "tools",
        "additional_tool_definitions",
        "tool_definitions_by_name",
        "tool_definition_batches",
        "nullable_tool_definitions",
        "tool_definition_or_list",
        "vector_store_file_batches",
    }
)


def _is_create_run_request_tool_definition_or_list_any_of_1(data: object) -> bool:
    if not (type(data) is list or isinstance(data, list)):
        return False
    return all(_is_assistant_tool_definition(v1) for v1 in data)


def _check_create_store_file_batches_items_items_items(
    data: object, path: str, issues: list[ValidationIssue]
) -> None:
    if type(data) is list or isinstance(data, list):
        if len(data) > 100000000:
            issues.append(
                ValidationIssue(
                    path, "maxItems", "expected at most 100000000 items, got " + str(len(data))
                )
            )
        for i2, v1 in enumerate(data):
            if type(v1) is str or isinstance(v1, str):
                if len(v1) > 100000000:
                    issues.append(
                        ValidationIssue(
                            path + "/" + str(i2),
                            "maxLength",
                            repr(v1) + " is longer than 100000000 characters",
                        )
                    )
            else:
                issues.append(
                    ValidationIssue(
                        path + "/" + str(i2), "type", repr(v1) + " is not of type 'string'"
                    )
                )
    else:
        issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'array'"))


def validate_create_assistant_run_request(data: object) -> list[ValidationIssue]:
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
        if "tools" not in data:
            issues.append(ValidationIssue("", "required", "'tools' is a required property"))
        if "tools" in data:
            v3 = data["tools"]
            if type(v3) is list or isinstance(v3, list):
                for i5, v4 in enumerate(v3):
                    _check_assistant_tool_definition(v4, "/tools/" + str(i5), issues)
            else:
                issues.append(
                    ValidationIssue("/tools", "type", repr(v3) + " is not of type 'array'")
                )
        if "additional_tool_definitions" in data:
            v6 = data["additional_tool_definitions"]
            if type(v6) is list or isinstance(v6, list):
                for i8, v7 in enumerate(v6):
                    n9 = _is_function_call_tool_definition(
                        v7
                    ) + _is_code_interpreter_tool_definition(v7)
                    if n9 == 0:
                        issues.append(
                            ValidationIssue(
                                "/additional_tool_definitions/" + str(i8),
                                "oneOf",
                                repr(v7) + " is not valid under any of the given schemas",
                            )
                        )
                    elif n9 > 1:
                        issues.append(
                            ValidationIssue(
                                "/additional_tool_definitions/" + str(i8),
                                "oneOf",
                                repr(v7) + " is valid under more than one of the given schemas",
                            )
                        )
            else:
                issues.append(
                    ValidationIssue(
                        "/additional_tool_definitions", "type", repr(v6) + " is not of type 'array'"
                    )
                )
        if "tool_definitions_by_name" in data:
            v10 = data["tool_definitions_by_name"]
            if type(v10) is dict or isinstance(v10, dict):
                for k11, v12 in v10.items():
                    _check_assistant_tool_definition(
                        v12, "/tool_definitions_by_name/" + _escape(k11), issues
                    )
            else:
                issues.append(
                    ValidationIssue(
                        "/tool_definitions_by_name", "type", repr(v10) + " is not of type 'object'"
                    )
                )
        if "tool_definition_batches" in data:
            v13 = data["tool_definition_batches"]
            if type(v13) is list or isinstance(v13, list):
                for i15, v14 in enumerate(v13):
                    if type(v14) is list or isinstance(v14, list):
                        for i17, v16 in enumerate(v14):
                            _check_assistant_tool_definition(
                                v16, "/tool_definition_batches/" + str(i15) + "/" + str(i17), issues
                            )
                    else:
                        issues.append(
                            ValidationIssue(
                                "/tool_definition_batches/" + str(i15),
                                "type",
                                repr(v14) + " is not of type 'array'",
                            )
                        )
            else:
                issues.append(
                    ValidationIssue(
                        "/tool_definition_batches", "type", repr(v13) + " is not of type 'array'"
                    )
                )
        if "nullable_tool_definitions" in data:
            v18 = data["nullable_tool_definitions"]
            if type(v18) is list or isinstance(v18, list):
                for i20, v19 in enumerate(v18):
                    if not (
                        v19 is None
                        or _is_function_call_tool_definition(v19)
                        or _is_file_search_tool_definition(v19)
                    ):
                        issues.append(
                            ValidationIssue(
                                "/nullable_tool_definitions/" + str(i20),
                                "anyOf",
                                repr(v19) + " is not valid under any of the given schemas",
                            )
                        )
            else:
                issues.append(
                    ValidationIssue(
                        "/nullable_tool_definitions", "type", repr(v18) + " is not of type 'array'"
                    )
                )
        if "tool_definition_or_list" in data:
            v21 = data["tool_definition_or_list"]
            if not (
                _is_code_interpreter_tool_definition(v21)
                or _is_create_run_request_tool_definition_or_list_any_of_1(v21)
            ):
                if type(v21) is dict or isinstance(v21, dict):
                    if not _NAMES_2.issuperset(v21):
                        for k22 in v21:
                            if k22 not in _NAMES_2:
                                issues.append(
                                    ValidationIssue(
                                        "/tool_definition_or_list",
                                        "additionalProperties",
                                        "additional property " + repr(k22) + " is not allowed",
                                    )
                                )
                    if "type" not in v21:
                        issues.append(
                            ValidationIssue(
                                "/tool_definition_or_list",
                                "required",
                                "'type' is a required property",
                            )
                        )
                    if "type" in v21:
                        v24 = v21["type"]
                        _check_code_interpreter_tool_definition_type(
                            v24, "/tool_definition_or_list/type", issues
                        )
                elif type(v21) is list or isinstance(v21, list):
                    for i26, v25 in enumerate(v21):
                        _check_assistant_tool_definition(
                            v25, "/tool_definition_or_list/" + str(i26), issues
                        )
                else:
                    issues.append(
                        ValidationIssue(
                            "/tool_definition_or_list",
                            "anyOf",
                            repr(v21) + " is not valid under any of the given schemas",
                        )
                    )
        if "vector_store_file_batches" in data:
            v27 = data["vector_store_file_batches"]
            if type(v27) is list or isinstance(v27, list):
                if len(v27) > 100000000:
                    issues.append(
                        ValidationIssue(
                            "/vector_store_file_batches",
                            "maxItems",
                            "expected at most 100000000 items, got " + str(len(v27)),
                        )
                    )
                for i29, v28 in enumerate(v27):
                    if type(v28) is list or isinstance(v28, list):
                        if len(v28) > 100000000:
                            issues.append(
                                ValidationIssue(
                                    "/vector_store_file_batches/" + str(i29),
                                    "maxItems",
                                    "expected at most 100000000 items, got " + str(len(v28)),
                                )
                            )
                        for i31, v30 in enumerate(v28):
                            if type(v30) is list or isinstance(v30, list):
                                if len(v30) > 100000000:
                                    issues.append(
                                        ValidationIssue(
                                            "/vector_store_file_batches/"
                                            + str(i29)
                                            + "/"
                                            + str(i31),
                                            "maxItems",
                                            "expected at most 100000000 items, got "
                                            + str(len(v30)),
                                        )
                                    )
                                for i33, v32 in enumerate(v30):
                                    _check_create_store_file_batches_items_items_items(
                                        v32,
                                        "/vector_store_file_batches/"
                                        + str(i29)
                                        + "/"
                                        + str(i31)
                                        + "/"
                                        + str(i33),
                                        issues,
                                    )
                            else:
                                issues.append(
                                    ValidationIssue(
                                        "/vector_store_file_batches/" + str(i29) + "/" + str(i31),
                                        "type",
                                        repr(v30) + " is not of type 'array'",
                                    )
                                )
                    else:
                        issues.append(
                            ValidationIssue(
                                "/vector_store_file_batches/" + str(i29),
                                "type",
                                repr(v28) + " is not of type 'array'",
                            )
                        )
            else:
                issues.append(
                    ValidationIssue(
                        "/vector_store_file_batches", "type", repr(v27) + " is not of type 'array'"
                    )
                )
    else:
        issues.append(ValidationIssue("", "type", repr(data) + " is not of type 'object'"))
    return issues


def is_valid_create_assistant_run_request(data: object) -> bool:
    """Whether `data` is valid; stops at the first problem (`validate_...` lists all)."""
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if not _NAMES_4.issuperset(data):
        return False
    if "tools" not in data:
        return False
    if "tools" in data:
        v3 = data["tools"]
        if not (type(v3) is list or isinstance(v3, list)):
            return False
        for v4 in v3:
            if not _is_assistant_tool_definition(v4):
                return False
    if "additional_tool_definitions" in data:
        v5 = data["additional_tool_definitions"]
        if not (type(v5) is list or isinstance(v5, list)):
            return False
        for v6 in v5:
            if (
                _is_function_call_tool_definition(v6) + _is_code_interpreter_tool_definition(v6)
                != 1
            ):
                return False
    if "tool_definitions_by_name" in data:
        v7 = data["tool_definitions_by_name"]
        if not (type(v7) is dict or isinstance(v7, dict)):
            return False
        for v9 in v7.values():
            if not _is_assistant_tool_definition(v9):
                return False
    if "tool_definition_batches" in data:
        v10 = data["tool_definition_batches"]
        if not (type(v10) is list or isinstance(v10, list)):
            return False
        for v11 in v10:
            if not (type(v11) is list or isinstance(v11, list)):
                return False
            for v12 in v11:
                if not _is_assistant_tool_definition(v12):
                    return False
    if "nullable_tool_definitions" in data:
        v13 = data["nullable_tool_definitions"]
        if not (type(v13) is list or isinstance(v13, list)):
            return False
        for v14 in v13:
            if not (
                v14 is None
                or _is_function_call_tool_definition(v14)
                or _is_file_search_tool_definition(v14)
            ):
                return False
    if "tool_definition_or_list" in data:
        v15 = data["tool_definition_or_list"]
        if not (
            _is_code_interpreter_tool_definition(v15)
            or _is_create_run_request_tool_definition_or_list_any_of_1(v15)
        ):
            return False
    if "vector_store_file_batches" in data:
        v16 = data["vector_store_file_batches"]
        if not (type(v16) is list or isinstance(v16, list)):
            return False
        if len(v16) > 100000000:
            return False
        for v17 in v16:
            if not (type(v17) is list or isinstance(v17, list)):
                return False
            if len(v17) > 100000000:
                return False
            for v18 in v17:
                if not (type(v18) is list or isinstance(v18, list)):
                    return False
                if len(v18) > 100000000:
                    return False
                for v19 in v18:
                    if not (type(v19) is list or isinstance(v19, list)):
                        return False
                    if len(v19) > 100000000:
                        return False
                    for v20 in v19:
                        if not (type(v20) is str or isinstance(v20, str)):
                            return False
                        if len(v20) > 100000000:
                            return False
    return True
