# Generated from tests/cases/modules/spec.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid);
`is_valid_<name>(data)` is a separate fast path that stops at the first problem. Each
function is imported from its module when first used.
"""

from __future__ import annotations

from importlib import import_module as _import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .circle import is_valid_circle, validate_circle
    from .drawing import is_valid_drawing, validate_drawing
    from .folder import is_valid_file, is_valid_folder, validate_file, validate_folder
    from .shape import is_valid_shape, validate_shape
    from .square import is_valid_square, validate_square

__all__ = [
    "is_valid_circle",
    "is_valid_drawing",
    "is_valid_file",
    "is_valid_folder",
    "is_valid_shape",
    "is_valid_square",
    "validate_circle",
    "validate_drawing",
    "validate_file",
    "validate_folder",
    "validate_shape",
    "validate_square",
]

# Where each name is defined: its module is imported when the name is first used (PEP 562), so
# that importing the package does not import every model.
_LAZY: dict[str, tuple[str, ...]] = {
    ".circle": ("is_valid_circle", "validate_circle"),
    ".drawing": ("is_valid_drawing", "validate_drawing"),
    ".folder": ("is_valid_file", "is_valid_folder", "validate_file", "validate_folder"),
    ".shape": ("is_valid_shape", "validate_shape"),
    ".square": ("is_valid_square", "validate_square"),
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
