# Generated from tests/cases/union_decoders/spec.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid);
`is_valid_<name>(data)` is a separate fast path that stops at the first problem. Each
function is imported from its module when first used.
"""

from __future__ import annotations

from importlib import import_module as _import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .assistant_run_object import is_valid_assistant_run_object, validate_assistant_run_object
    from .assistant_tool_definition import (
        is_valid_assistant_tool_definition,
        validate_assistant_tool_definition,
    )
    from .code_interpreter_tool_definition import (
        is_valid_code_interpreter_tool_definition,
        validate_code_interpreter_tool_definition,
    )
    from .computer_use_preview_tool_definition import (
        is_valid_computer_use_preview_tool_definition,
        validate_computer_use_preview_tool_definition,
    )
    from .create_assistant_run_request import (
        is_valid_create_assistant_run_request,
        validate_create_assistant_run_request,
    )
    from .file_search_tool_definition import (
        is_valid_file_search_tool_definition,
        validate_file_search_tool_definition,
    )
    from .function_call_tool_definition import (
        is_valid_function_call_tool_definition,
        validate_function_call_tool_definition,
    )
    from .get_run_functions import (
        is_valid_get_run_functions_run_id,
        validate_get_run_functions_run_id,
    )
    from .get_run_tools import is_valid_get_run_tools_run_id, validate_get_run_tools_run_id
    from .image_generation_with_partial_images_tool_definition import (
        is_valid_image_generation_with_partial_images_tool_definition,
        validate_image_generation_with_partial_images_tool_definition,
    )
    from .list_run_steps import is_valid_list_run_steps_run_id, validate_list_run_steps_run_id
    from .web_search_preview_tool_definition import (
        is_valid_web_search_preview_tool_definition,
        validate_web_search_preview_tool_definition,
    )

__all__ = [
    "is_valid_assistant_run_object",
    "is_valid_assistant_tool_definition",
    "is_valid_code_interpreter_tool_definition",
    "is_valid_computer_use_preview_tool_definition",
    "is_valid_create_assistant_run_request",
    "is_valid_file_search_tool_definition",
    "is_valid_function_call_tool_definition",
    "is_valid_get_run_functions_run_id",
    "is_valid_get_run_tools_run_id",
    "is_valid_image_generation_with_partial_images_tool_definition",
    "is_valid_list_run_steps_run_id",
    "is_valid_web_search_preview_tool_definition",
    "validate_assistant_run_object",
    "validate_assistant_tool_definition",
    "validate_code_interpreter_tool_definition",
    "validate_computer_use_preview_tool_definition",
    "validate_create_assistant_run_request",
    "validate_file_search_tool_definition",
    "validate_function_call_tool_definition",
    "validate_get_run_functions_run_id",
    "validate_get_run_tools_run_id",
    "validate_image_generation_with_partial_images_tool_definition",
    "validate_list_run_steps_run_id",
    "validate_web_search_preview_tool_definition",
]

# Where each name is defined: its module is imported when the name is first used (PEP 562), so
# that importing the package does not import every model.
_LAZY: dict[str, tuple[str, ...]] = {
    ".assistant_run_object": ("is_valid_assistant_run_object", "validate_assistant_run_object"),
    ".assistant_tool_definition": (
        "is_valid_assistant_tool_definition",
        "validate_assistant_tool_definition",
    ),
    ".code_interpreter_tool_definition": (
        "is_valid_code_interpreter_tool_definition",
        "validate_code_interpreter_tool_definition",
    ),
    ".computer_use_preview_tool_definition": (
        "is_valid_computer_use_preview_tool_definition",
        "validate_computer_use_preview_tool_definition",
    ),
    ".create_assistant_run_request": (
        "is_valid_create_assistant_run_request",
        "validate_create_assistant_run_request",
    ),
    ".file_search_tool_definition": (
        "is_valid_file_search_tool_definition",
        "validate_file_search_tool_definition",
    ),
    ".function_call_tool_definition": (
        "is_valid_function_call_tool_definition",
        "validate_function_call_tool_definition",
    ),
    ".get_run_functions": (
        "is_valid_get_run_functions_run_id",
        "validate_get_run_functions_run_id",
    ),
    ".get_run_tools": ("is_valid_get_run_tools_run_id", "validate_get_run_tools_run_id"),
    ".image_generation_with_partial_images_tool_definition": (
        "is_valid_image_generation_with_partial_images_tool_definition",
        "validate_image_generation_with_partial_images_tool_definition",
    ),
    ".list_run_steps": ("is_valid_list_run_steps_run_id", "validate_list_run_steps_run_id"),
    ".web_search_preview_tool_definition": (
        "is_valid_web_search_preview_tool_definition",
        "validate_web_search_preview_tool_definition",
    ),
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
