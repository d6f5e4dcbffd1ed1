# Generated from tests/cases/union_decoders/spec.yaml by `make generate`; do not edit by hand.
"""Typed models of the spec's schemas (the header above names the spec).

Optional fields default to `NOT_GIVEN` and are left out of `to_dict()`; `None` is only
accepted where the schema allows null, and is sent as JSON `null`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Self

from .._model import Model, check_object, to_json, to_json_object
from .._types import NOT_GIVEN, JsonValue, NotGiven
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

__all__ = ["AssistantRunObject"]


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


def _decode_assistant_object_nullable_tool_definitions_items(
    value: Any,
) -> FunctionCallToolDefinition | FileSearchToolDefinition | dict[str, JsonValue] | Any | None:
    if isinstance(value, dict) and is_valid_function_call_tool_definition(value):
        return FunctionCallToolDefinition._decode(value)
    if isinstance(value, dict) and is_valid_file_search_tool_definition(value):
        return FileSearchToolDefinition._decode(value)
    return value


@dataclass(kw_only=True, slots=True)
class AssistantRunObject(Model):
    """Schema: `#/components/schemas/AssistantRunObject`."""

    _required: ClassVar[tuple[str, ...]] = ("id", "tools")
    _wire_names: ClassVar[frozenset[str]] = frozenset(("id", "tools", "nullable_tool_definitions"))
    _refuse_unknown: ClassVar[bool] = False

    id: str

    tools: list[AssistantToolDefinition]

    nullable_tool_definitions: (
        list[FunctionCallToolDefinition | FileSearchToolDefinition | dict[str, JsonValue] | None]
        | NotGiven
    ) = NOT_GIVEN

    extra_properties: dict[str, AssistantToolDefinition] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
        out["id"] = self.id
        out["tools"] = to_json(self.tools)
        if not isinstance(self.nullable_tool_definitions, NotGiven):
            out["nullable_tool_definitions"] = to_json(self.nullable_tool_definitions)
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object.

        Lenient: unknown properties are kept and unknown enum values pass.
        """
        return cls._decode(data)

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict or "id" not in data or "tools" not in data:
            check_object(
                data, "AssistantRunObject", cls._required, cls._wire_names, cls._refuse_unknown
            )
        nullable_tool_definitions = data.get("nullable_tool_definitions", NOT_GIVEN)
        if not isinstance(nullable_tool_definitions, NotGiven):
            nullable_tool_definitions = [
                _decode_assistant_object_nullable_tool_definitions_items(item0)
                for item0 in nullable_tool_definitions
            ]
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.id = data["id"]
        self.tools = [_decode_assistant_tool_definition(item0) for item0 in data["tools"]]
        self.nullable_tool_definitions = nullable_tool_definitions
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {
                key: _decode_assistant_tool_definition(value)
                for key, value in data.items()
                if key not in cls._wire_names
            }
        )
        return self
