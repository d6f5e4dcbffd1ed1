# Generated from tests/cases/union_decoders/spec.yaml by `make generate`; do not edit by hand.
"""Typed models of the spec's schemas (the header above names the spec).

Optional fields default to `NOT_GIVEN` and are left out of `to_dict()`; `None` is only
accepted where the schema allows null, and is sent as JSON `null`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Self

from .._model import Model, check_object, to_json
from .._types import NOT_GIVEN, JsonValue, NotGiven
from .._validation import ValidationError, ValidationIssue
from ..validators.code_interpreter_tool_definition import is_valid_code_interpreter_tool_definition
from ..validators.computer_use_preview_tool_definition import (
    is_valid_computer_use_preview_tool_definition,
)
from ..validators.file_search_tool_definition import is_valid_file_search_tool_definition
from ..validators.function_call_tool_definition import is_valid_function_call_tool_definition
from ..validators.image_generation_with_partial_images_tool_definition import (
    is_valid_image_generation_with_partial_images_tool_definition,
)
from ..validators.web_search_preview_tool_definition import (
    is_valid_web_search_preview_tool_definition,
)
from .assistant_tool_definition import AssistantToolDefinition
from .code_interpreter_tool_definition import CodeInterpreterToolDefinition
from .computer_use_preview_tool_definition import ComputerUsePreviewToolDefinition
from .file_search_tool_definition import FileSearchToolDefinition
from .function_call_tool_definition import FunctionCallToolDefinition
from .image_generation_with_partial_images_tool_definition import (
    ImageGenerationWithPartialImagesToolDefinition,
)
from .web_search_preview_tool_definition import WebSearchPreviewToolDefinition

__all__ = ["CreateAssistantRunRequest"]

# What the `_parse` methods check with: the validators' checks, compiled for this module.


def _escape(token: str) -> str:
    """One JSON pointer (RFC 6901) reference token."""
    return token.replace("~", "~0").replace("/", "~1")


_NAMES_1 = frozenset(
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
_NAMES_2 = frozenset({"type"})
_NAMES_3 = frozenset({"type", "name"})
_NAMES_4 = frozenset({"type", "max_num_results"})
_NAMES_5 = frozenset({"type", "search_context_size"})
_ENUM_1 = frozenset({"low", "medium", "high"})
_NAMES_6 = frozenset({"type", "display_width", "display_height"})
_NAMES_7 = frozenset({"type", "quality"})
_ENUM_2 = frozenset({"low", "medium", "high", "auto"})


def _check_assistant_tool_definition(
    data: object, path: str, issues: list[ValidationIssue]
) -> None:
    n1 = (
        _is_function_call_tool_definition(data)
        + _is_file_search_tool_definition(data)
        + _is_code_interpreter_tool_definition(data)
        + _is_web_search_preview_tool_definition(data)
        + _is_computer_use_preview_tool_definition(data)
        + _is_image_generation_with_partial_images_tool_definition(data)
    )
    if n1 == 0:
        issues.append(
            ValidationIssue(
                path, "oneOf", repr(data) + " is not valid under any of the given schemas"
            )
        )
    elif n1 > 1:
        issues.append(
            ValidationIssue(
                path, "oneOf", repr(data) + " is valid under more than one of the given schemas"
            )
        )


def _is_function_call_tool_definition(data: object) -> bool:
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if not _NAMES_3.issuperset(data):
        return False
    if "type" not in data or "name" not in data:
        return False
    if "type" in data:
        v3 = data["type"]
        if v3 != "function":
            return False
    if "name" in data:
        v4 = data["name"]
        if not (type(v4) is str or isinstance(v4, str)):
            return False
    return True


def _is_code_interpreter_tool_definition(data: object) -> bool:
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if not _NAMES_2.issuperset(data):
        return False
    if "type" not in data:
        return False
    if "type" in data:
        v3 = data["type"]
        if v3 != "code_interpreter":
            return False
    return True


def _is_file_search_tool_definition(data: object) -> bool:
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if not _NAMES_4.issuperset(data):
        return False
    if "type" not in data:
        return False
    if "type" in data:
        v3 = data["type"]
        if v3 != "file_search":
            return False
    if "max_num_results" in data:
        v4 = data["max_num_results"]
        if not (
            type(v4) is int
            or (isinstance(v4, int) and not isinstance(v4, bool))
            or (isinstance(v4, float) and v4.is_integer())
        ):
            return False
        if v4 < 1:
            return False
        if v4 > 50:
            return False
    return True


def _is_create_run_request_tool_definition_or_list_any_of_1(data: object) -> bool:
    if not (type(data) is list or isinstance(data, list)):
        return False
    return all(_is_assistant_tool_definition(v1) for v1 in data)


def _check_code_interpreter_tool_definition_type(
    data: object, path: str, issues: list[ValidationIssue]
) -> None:
    if data != "code_interpreter":
        issues.append(
            ValidationIssue(path, "const", "'code_interpreter' was expected, got " + repr(data))
        )


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


def _is_web_search_preview_tool_definition(data: object) -> bool:
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if not _NAMES_5.issuperset(data):
        return False
    if "type" not in data:
        return False
    if "type" in data:
        v3 = data["type"]
        if v3 != "web_search_preview":
            return False
    if "search_context_size" in data:
        v4 = data["search_context_size"]
        if not ((type(v4) is str or isinstance(v4, str)) and v4 in _ENUM_1):
            return False
    return True


def _is_computer_use_preview_tool_definition(data: object) -> bool:
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if not _NAMES_6.issuperset(data):
        return False
    if "type" not in data or "display_width" not in data or "display_height" not in data:
        return False
    if "type" in data:
        v3 = data["type"]
        if v3 != "computer_use_preview":
            return False
    if "display_width" in data:
        v4 = data["display_width"]
        if not (
            type(v4) is int
            or (isinstance(v4, int) and not isinstance(v4, bool))
            or (isinstance(v4, float) and v4.is_integer())
        ):
            return False
        if v4 < 1:
            return False
    if "display_height" in data:
        v5 = data["display_height"]
        if not (
            type(v5) is int
            or (isinstance(v5, int) and not isinstance(v5, bool))
            or (isinstance(v5, float) and v5.is_integer())
        ):
            return False
        if v5 < 1:
            return False
    return True


def _is_image_generation_with_partial_images_tool_definition(data: object) -> bool:
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if not _NAMES_7.issuperset(data):
        return False
    if "type" not in data:
        return False
    if "type" in data:
        v3 = data["type"]
        if v3 != "image_generation":
            return False
    if "quality" in data:
        v4 = data["quality"]
        if not ((type(v4) is str or isinstance(v4, str)) and v4 in _ENUM_2):
            return False
    return True


def _is_assistant_tool_definition(data: object) -> bool:
    return (
        _is_function_call_tool_definition(data)
        + _is_file_search_tool_definition(data)
        + _is_code_interpreter_tool_definition(data)
        + _is_web_search_preview_tool_definition(data)
        + _is_computer_use_preview_tool_definition(data)
        + _is_image_generation_with_partial_images_tool_definition(data)
        == 1
    )


# The unions the fields hold: the first branch that admits a value by its JSON kind (and its
# validator, where branches share a kind) decodes it; any other value is kept as it came.


def _decode_assistant_tool_definition(value: Any) -> AssistantToolDefinition | Any:
    if isinstance(value, dict) and is_valid_function_call_tool_definition(value):
        return FunctionCallToolDefinition._decode(value)
    if isinstance(value, dict) and is_valid_file_search_tool_definition(value):
        return FileSearchToolDefinition._decode(value)
    if isinstance(value, dict) and is_valid_code_interpreter_tool_definition(value):
        return CodeInterpreterToolDefinition._decode(value)
    if isinstance(value, dict) and is_valid_web_search_preview_tool_definition(value):
        return WebSearchPreviewToolDefinition._decode(value)
    if isinstance(value, dict) and is_valid_computer_use_preview_tool_definition(value):
        return ComputerUsePreviewToolDefinition._decode(value)
    if isinstance(value, dict) and is_valid_image_generation_with_partial_images_tool_definition(
        value
    ):
        return ImageGenerationWithPartialImagesToolDefinition._decode(value)
    return value


def _decode_create_request_additional_tool_definitions_items(
    value: Any,
) -> FunctionCallToolDefinition | CodeInterpreterToolDefinition | Any:
    if isinstance(value, dict) and is_valid_function_call_tool_definition(value):
        return FunctionCallToolDefinition._decode(value)
    if isinstance(value, dict) and is_valid_code_interpreter_tool_definition(value):
        return CodeInterpreterToolDefinition._decode(value)
    return value


def _decode_create_request_nullable_tool_definitions_items(
    value: Any,
) -> FunctionCallToolDefinition | FileSearchToolDefinition | Any | None:
    if isinstance(value, dict) and is_valid_function_call_tool_definition(value):
        return FunctionCallToolDefinition._decode(value)
    if isinstance(value, dict) and is_valid_file_search_tool_definition(value):
        return FileSearchToolDefinition._decode(value)
    return value


@dataclass(kw_only=True, slots=True)
class CreateAssistantRunRequest(Model):
    """Schema: `#/components/schemas/CreateAssistantRunRequest`."""

    _required: ClassVar[tuple[str, ...]] = ("tools",)
    _wire_names: ClassVar[frozenset[str]] = frozenset(
        (
            "tools",
            "additional_tool_definitions",
            "tool_definitions_by_name",
            "tool_definition_batches",
            "nullable_tool_definitions",
            "tool_definition_or_list",
            "vector_store_file_batches",
        )
    )
    _refuse_unknown: ClassVar[bool] = True

    tools: Sequence[AssistantToolDefinition]

    additional_tool_definitions: (
        Sequence[FunctionCallToolDefinition | CodeInterpreterToolDefinition] | NotGiven
    ) = NOT_GIVEN

    tool_definitions_by_name: dict[str, AssistantToolDefinition] | NotGiven = NOT_GIVEN

    tool_definition_batches: Sequence[Sequence[AssistantToolDefinition]] | NotGiven = NOT_GIVEN

    nullable_tool_definitions: (
        Sequence[FunctionCallToolDefinition | FileSearchToolDefinition | None] | NotGiven
    ) = NOT_GIVEN

    tool_definition_or_list: (
        CodeInterpreterToolDefinition | Sequence[AssistantToolDefinition] | NotGiven
    ) = NOT_GIVEN

    vector_store_file_batches: Sequence[Sequence[Sequence[Sequence[str]]]] | NotGiven = NOT_GIVEN
    """Nested arrays, checked inline as deep as a validator function would.

    Constraints: at most 100000000 items.
    """

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = {}
        out["tools"] = to_json(self.tools)
        if not isinstance(self.additional_tool_definitions, NotGiven):
            out["additional_tool_definitions"] = to_json(self.additional_tool_definitions)
        if not isinstance(self.tool_definitions_by_name, NotGiven):
            out["tool_definitions_by_name"] = to_json(self.tool_definitions_by_name)
        if not isinstance(self.tool_definition_batches, NotGiven):
            out["tool_definition_batches"] = to_json(self.tool_definition_batches)
        if not isinstance(self.nullable_tool_definitions, NotGiven):
            out["nullable_tool_definitions"] = to_json(self.nullable_tool_definitions)
        if not isinstance(self.tool_definition_or_list, NotGiven):
            out["tool_definition_or_list"] = to_json(self.tool_definition_or_list)
        if not isinstance(self.vector_store_file_batches, NotGiven):
            out["vector_store_file_batches"] = to_json(self.vector_store_file_batches)
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object.

        Strict: raises ValidationError listing every problem.
        """
        issues: list[ValidationIssue] = []
        parsed = cls._parse(data, "", issues)
        if issues:
            raise ValidationError(issues)
        return parsed

    @classmethod
    def _parse(cls, data: Any, path: str, issues: list[ValidationIssue]) -> Self:
        """Check and build in one walk, adding every problem to `issues` (`path` is where
        `data` sits); what it returns is only complete when no issue was added."""
        self = object.__new__(cls)
        if type(data) is dict or isinstance(data, dict):
            if not _NAMES_1.issuperset(data):
                for k1 in data:
                    if k1 not in _NAMES_1:
                        issues.append(
                            ValidationIssue(
                                path,
                                "additionalProperties",
                                "additional property " + repr(k1) + " is not allowed",
                            )
                        )
            if "tools" not in data:
                issues.append(ValidationIssue(path, "required", "'tools' is a required property"))
            if "tools" in data:
                self.tools = v3 = data["tools"]
                n4 = len(issues)
                if type(v3) is list or isinstance(v3, list):
                    for i6, v5 in enumerate(v3):
                        _check_assistant_tool_definition(v5, path + "/tools/" + str(i6), issues)
                else:
                    issues.append(
                        ValidationIssue(
                            path + "/tools", "type", repr(v3) + " is not of type 'array'"
                        )
                    )
                if len(issues) == n4:
                    v3 = [_decode_assistant_tool_definition(item0) for item0 in v3]
                    self.tools = v3
            if "additional_tool_definitions" in data:
                self.additional_tool_definitions = v7 = data["additional_tool_definitions"]
                n8 = len(issues)
                if type(v7) is list or isinstance(v7, list):
                    for i10, v9 in enumerate(v7):
                        n11 = _is_function_call_tool_definition(
                            v9
                        ) + _is_code_interpreter_tool_definition(v9)
                        if n11 == 0:
                            issues.append(
                                ValidationIssue(
                                    path + "/additional_tool_definitions/" + str(i10),
                                    "oneOf",
                                    repr(v9) + " is not valid under any of the given schemas",
                                )
                            )
                        elif n11 > 1:
                            issues.append(
                                ValidationIssue(
                                    path + "/additional_tool_definitions/" + str(i10),
                                    "oneOf",
                                    repr(v9) + " is valid under more than one of the given schemas",
                                )
                            )
                else:
                    issues.append(
                        ValidationIssue(
                            path + "/additional_tool_definitions",
                            "type",
                            repr(v7) + " is not of type 'array'",
                        )
                    )
                if len(issues) == n8:
                    v7 = [
                        _decode_create_request_additional_tool_definitions_items(item0)
                        for item0 in v7
                    ]
                    self.additional_tool_definitions = v7
            else:
                self.additional_tool_definitions = NOT_GIVEN
            if "tool_definitions_by_name" in data:
                self.tool_definitions_by_name = v12 = data["tool_definitions_by_name"]
                n13 = len(issues)
                if type(v12) is dict or isinstance(v12, dict):
                    for k14, v15 in v12.items():
                        _check_assistant_tool_definition(
                            v15, path + "/tool_definitions_by_name/" + _escape(k14), issues
                        )
                else:
                    issues.append(
                        ValidationIssue(
                            path + "/tool_definitions_by_name",
                            "type",
                            repr(v12) + " is not of type 'object'",
                        )
                    )
                if len(issues) == n13:
                    v12 = {
                        key0: _decode_assistant_tool_definition(item0)
                        for key0, item0 in v12.items()
                    }
                    self.tool_definitions_by_name = v12
            else:
                self.tool_definitions_by_name = NOT_GIVEN
            if "tool_definition_batches" in data:
                self.tool_definition_batches = v16 = data["tool_definition_batches"]
                n17 = len(issues)
                if type(v16) is list or isinstance(v16, list):
                    for i19, v18 in enumerate(v16):
                        if type(v18) is list or isinstance(v18, list):
                            for i21, v20 in enumerate(v18):
                                _check_assistant_tool_definition(
                                    v20,
                                    path + "/tool_definition_batches/" + str(i19) + "/" + str(i21),
                                    issues,
                                )
                        else:
                            issues.append(
                                ValidationIssue(
                                    path + "/tool_definition_batches/" + str(i19),
                                    "type",
                                    repr(v18) + " is not of type 'array'",
                                )
                            )
                else:
                    issues.append(
                        ValidationIssue(
                            path + "/tool_definition_batches",
                            "type",
                            repr(v16) + " is not of type 'array'",
                        )
                    )
                if len(issues) == n17:
                    v16 = [
                        [_decode_assistant_tool_definition(item1) for item1 in item0]
                        for item0 in v16
                    ]
                    self.tool_definition_batches = v16
            else:
                self.tool_definition_batches = NOT_GIVEN
            if "nullable_tool_definitions" in data:
                self.nullable_tool_definitions = v22 = data["nullable_tool_definitions"]
                n23 = len(issues)
                if type(v22) is list or isinstance(v22, list):
                    for i25, v24 in enumerate(v22):
                        if not (
                            v24 is None
                            or _is_function_call_tool_definition(v24)
                            or _is_file_search_tool_definition(v24)
                        ):
                            issues.append(
                                ValidationIssue(
                                    path + "/nullable_tool_definitions/" + str(i25),
                                    "anyOf",
                                    repr(v24) + " is not valid under any of the given schemas",
                                )
                            )
                else:
                    issues.append(
                        ValidationIssue(
                            path + "/nullable_tool_definitions",
                            "type",
                            repr(v22) + " is not of type 'array'",
                        )
                    )
                if len(issues) == n23:
                    v22 = [
                        _decode_create_request_nullable_tool_definitions_items(item0)
                        for item0 in v22
                    ]
                    self.nullable_tool_definitions = v22
            else:
                self.nullable_tool_definitions = NOT_GIVEN
            if "tool_definition_or_list" in data:
                self.tool_definition_or_list = v26 = data["tool_definition_or_list"]
                n27 = len(issues)
                if not (
                    _is_code_interpreter_tool_definition(v26)
                    or _is_create_run_request_tool_definition_or_list_any_of_1(v26)
                ):
                    if type(v26) is dict or isinstance(v26, dict):
                        if not _NAMES_2.issuperset(v26):
                            for k28 in v26:
                                if k28 not in _NAMES_2:
                                    issues.append(
                                        ValidationIssue(
                                            path + "/tool_definition_or_list",
                                            "additionalProperties",
                                            "additional property " + repr(k28) + " is not allowed",
                                        )
                                    )
                        if "type" not in v26:
                            issues.append(
                                ValidationIssue(
                                    path + "/tool_definition_or_list",
                                    "required",
                                    "'type' is a required property",
                                )
                            )
                        if "type" in v26:
                            v30 = v26["type"]
                            _check_code_interpreter_tool_definition_type(
                                v30, path + "/tool_definition_or_list/type", issues
                            )
                    elif type(v26) is list or isinstance(v26, list):
                        for i32, v31 in enumerate(v26):
                            _check_assistant_tool_definition(
                                v31, path + "/tool_definition_or_list/" + str(i32), issues
                            )
                    else:
                        issues.append(
                            ValidationIssue(
                                path + "/tool_definition_or_list",
                                "anyOf",
                                repr(v26) + " is not valid under any of the given schemas",
                            )
                        )
                if len(issues) == n27:
                    if isinstance(v26, dict):
                        v26 = CodeInterpreterToolDefinition._decode(v26)
                    elif isinstance(v26, list):
                        v26 = [_decode_assistant_tool_definition(item0) for item0 in v26]
                    self.tool_definition_or_list = v26
            else:
                self.tool_definition_or_list = NOT_GIVEN
            if "vector_store_file_batches" in data:
                self.vector_store_file_batches = v33 = data["vector_store_file_batches"]
                if type(v33) is list or isinstance(v33, list):
                    if len(v33) > 100000000:
                        issues.append(
                            ValidationIssue(
                                path + "/vector_store_file_batches",
                                "maxItems",
                                "expected at most 100000000 items, got " + str(len(v33)),
                            )
                        )
                    for i35, v34 in enumerate(v33):
                        if type(v34) is list or isinstance(v34, list):
                            if len(v34) > 100000000:
                                issues.append(
                                    ValidationIssue(
                                        path + "/vector_store_file_batches/" + str(i35),
                                        "maxItems",
                                        "expected at most 100000000 items, got " + str(len(v34)),
                                    )
                                )
                            for i37, v36 in enumerate(v34):
                                if type(v36) is list or isinstance(v36, list):
                                    if len(v36) > 100000000:
                                        issues.append(
                                            ValidationIssue(
                                                path
                                                + "/vector_store_file_batches/"
                                                + str(i35)
                                                + "/"
                                                + str(i37),
                                                "maxItems",
                                                "expected at most 100000000 items, got "
                                                + str(len(v36)),
                                            )
                                        )
                                    for i39, v38 in enumerate(v36):
                                        _check_create_store_file_batches_items_items_items(
                                            v38,
                                            path
                                            + "/vector_store_file_batches/"
                                            + str(i35)
                                            + "/"
                                            + str(i37)
                                            + "/"
                                            + str(i39),
                                            issues,
                                        )
                                else:
                                    issues.append(
                                        ValidationIssue(
                                            path
                                            + "/vector_store_file_batches/"
                                            + str(i35)
                                            + "/"
                                            + str(i37),
                                            "type",
                                            repr(v36) + " is not of type 'array'",
                                        )
                                    )
                        else:
                            issues.append(
                                ValidationIssue(
                                    path + "/vector_store_file_batches/" + str(i35),
                                    "type",
                                    repr(v34) + " is not of type 'array'",
                                )
                            )
                else:
                    issues.append(
                        ValidationIssue(
                            path + "/vector_store_file_batches",
                            "type",
                            repr(v33) + " is not of type 'array'",
                        )
                    )
            else:
                self.vector_store_file_batches = NOT_GIVEN
        else:
            issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'object'"))
        return self

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict or "tools" not in data or not cls._wire_names.issuperset(data):
            check_object(
                data,
                "CreateAssistantRunRequest",
                cls._required,
                cls._wire_names,
                cls._refuse_unknown,
            )
        additional_tool_definitions = data.get("additional_tool_definitions", NOT_GIVEN)
        if not isinstance(additional_tool_definitions, NotGiven):
            additional_tool_definitions = [
                _decode_create_request_additional_tool_definitions_items(item0)
                for item0 in additional_tool_definitions
            ]
        tool_definitions_by_name = data.get("tool_definitions_by_name", NOT_GIVEN)
        if not isinstance(tool_definitions_by_name, NotGiven):
            tool_definitions_by_name = {
                key0: _decode_assistant_tool_definition(item0)
                for key0, item0 in tool_definitions_by_name.items()
            }
        tool_definition_batches = data.get("tool_definition_batches", NOT_GIVEN)
        if not isinstance(tool_definition_batches, NotGiven):
            tool_definition_batches = [
                [_decode_assistant_tool_definition(item1) for item1 in item0]
                for item0 in tool_definition_batches
            ]
        nullable_tool_definitions = data.get("nullable_tool_definitions", NOT_GIVEN)
        if not isinstance(nullable_tool_definitions, NotGiven):
            nullable_tool_definitions = [
                _decode_create_request_nullable_tool_definitions_items(item0)
                for item0 in nullable_tool_definitions
            ]
        tool_definition_or_list = data.get("tool_definition_or_list", NOT_GIVEN)
        if isinstance(tool_definition_or_list, dict):
            tool_definition_or_list = CodeInterpreterToolDefinition._decode(tool_definition_or_list)
        elif isinstance(tool_definition_or_list, list):
            tool_definition_or_list = [
                _decode_assistant_tool_definition(item0) for item0 in tool_definition_or_list
            ]
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.tools = [_decode_assistant_tool_definition(item0) for item0 in data["tools"]]
        self.additional_tool_definitions = additional_tool_definitions
        self.tool_definitions_by_name = tool_definitions_by_name
        self.tool_definition_batches = tool_definition_batches
        self.nullable_tool_definitions = nullable_tool_definitions
        self.tool_definition_or_list = tool_definition_or_list
        self.vector_store_file_batches = data.get("vector_store_file_batches", NOT_GIVEN)
        return self
