# Generated from tests/cases/union_decoders/spec.yaml by `make generate`; do not edit by hand.
"""Typed models of the spec's schemas (the header above names the spec).

Optional fields default to `NOT_GIVEN` and are left out of `to_dict()`; `None` is only
accepted where the schema allows null, and is sent as JSON `null`.
"""

from __future__ import annotations

from typing import TypeAlias

from .code_interpreter_tool_definition import CodeInterpreterToolDefinition
from .computer_use_preview_tool_definition import ComputerUsePreviewToolDefinition
from .file_search_tool_definition import FileSearchToolDefinition
from .function_call_tool_definition import FunctionCallToolDefinition
from .image_generation_with_partial_images_tool_definition import (
    ImageGenerationWithPartialImagesToolDefinition,
)
from .web_search_preview_tool_definition import WebSearchPreviewToolDefinition

__all__ = ["AssistantToolDefinition"]


AssistantToolDefinition: TypeAlias = (
    FunctionCallToolDefinition
    | FileSearchToolDefinition
    | CodeInterpreterToolDefinition
    | WebSearchPreviewToolDefinition
    | ComputerUsePreviewToolDefinition
    | ImageGenerationWithPartialImagesToolDefinition
)
"""Schema: `#/components/schemas/AssistantToolDefinition`."""
