# Generated from tests/cases/union_decoders/spec.yaml by `make generate`; do not edit by hand.
"""Typed models of the spec's schemas, one module per group of schemas that refer to each other.

Each name is imported from its module when first used.
"""

from __future__ import annotations

from importlib import import_module as _import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .assistant_run_object import AssistantRunObject
    from .assistant_tool_definition import AssistantToolDefinition
    from .code_interpreter_tool_definition import CodeInterpreterToolDefinition
    from .computer_use_preview_tool_definition import ComputerUsePreviewToolDefinition
    from .create_assistant_run_request import CreateAssistantRunRequest
    from .file_search_tool_definition import FileSearchToolDefinition
    from .function_call_tool_definition import FunctionCallToolDefinition
    from .image_generation_with_partial_images_tool_definition import (
        ImageGenerationWithPartialImagesToolDefinition,
    )
    from .web_search_preview_tool_definition import WebSearchPreviewToolDefinition

__all__ = [
    "AssistantRunObject",
    "AssistantToolDefinition",
    "CodeInterpreterToolDefinition",
    "ComputerUsePreviewToolDefinition",
    "CreateAssistantRunRequest",
    "FileSearchToolDefinition",
    "FunctionCallToolDefinition",
    "ImageGenerationWithPartialImagesToolDefinition",
    "WebSearchPreviewToolDefinition",
]

# Where each name is defined: its module is imported when the name is first used (PEP 562), so
# that importing the package does not import every model.
_LAZY: dict[str, tuple[str, ...]] = {
    ".assistant_run_object": ("AssistantRunObject",),
    ".assistant_tool_definition": ("AssistantToolDefinition",),
    ".code_interpreter_tool_definition": ("CodeInterpreterToolDefinition",),
    ".computer_use_preview_tool_definition": ("ComputerUsePreviewToolDefinition",),
    ".create_assistant_run_request": ("CreateAssistantRunRequest",),
    ".file_search_tool_definition": ("FileSearchToolDefinition",),
    ".function_call_tool_definition": ("FunctionCallToolDefinition",),
    ".image_generation_with_partial_images_tool_definition": (
        "ImageGenerationWithPartialImagesToolDefinition",
    ),
    ".web_search_preview_tool_definition": ("WebSearchPreviewToolDefinition",),
}
_MODULE_OF = {name: module for module, names in _LAZY.items() for name in names}
_SUBMODULES: frozenset[str] = frozenset()

if not TYPE_CHECKING:  # type checkers read the imports above, and flag a misspelt name

    def __getattr__(name: str) -> Any:
        if name in _SUBMODULES:
            value = _import_module(f".{name}", __name__)
        elif name in _MODULE_OF:
            value = getattr(_import_module(_MODULE_OF[name], __name__), name)
        else:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
