# Generated from tests/cases/one_of_models/spec.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid);
`is_valid_<name>(data)` is a separate fast path that stops at the first problem. Each
function is imported from its module when first used.
"""

from __future__ import annotations

from importlib import import_module as _import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .adopted import is_valid_adopted, validate_adopted
    from .adoption import is_valid_adoption, validate_adoption
    from .cat import is_valid_cat, validate_cat
    from .dog import is_valid_dog, validate_dog
    from .receipt import is_valid_receipt, validate_receipt

__all__ = [
    "is_valid_adopted",
    "is_valid_adoption",
    "is_valid_cat",
    "is_valid_dog",
    "is_valid_receipt",
    "validate_adopted",
    "validate_adoption",
    "validate_cat",
    "validate_dog",
    "validate_receipt",
]

# Where each name is defined: its module is imported when the name is first used (PEP 562), so
# that importing the package does not import every model.
_LAZY: dict[str, tuple[str, ...]] = {
    ".adopted": ("is_valid_adopted", "validate_adopted"),
    ".adoption": ("is_valid_adoption", "validate_adoption"),
    ".cat": ("is_valid_cat", "validate_cat"),
    ".dog": ("is_valid_dog", "validate_dog"),
    ".receipt": ("is_valid_receipt", "validate_receipt"),
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
