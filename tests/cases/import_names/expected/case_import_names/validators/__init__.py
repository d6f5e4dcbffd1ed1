# Generated from tests/cases/import_names/spec.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid);
`is_valid_<name>(data)` is a separate fast path that stops at the first problem. Each
function is imported from its module when first used.
"""

from __future__ import annotations

from importlib import import_module as _import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .field_spec import is_valid_field_spec, validate_field_spec
    from .json_value_count import is_valid_json_value_count, validate_json_value_count
    from .literal_text import is_valid_literal_text, validate_literal_text
    from .mapping_entry import is_valid_mapping_entry, validate_mapping_entry
    from .not_given_reason import is_valid_not_given_reason, validate_not_given_reason
    from .note import is_valid_note, validate_note
    from .type_alias_names import is_valid_type_alias_names, validate_type_alias_names

__all__ = [
    "is_valid_field_spec",
    "is_valid_json_value_count",
    "is_valid_literal_text",
    "is_valid_mapping_entry",
    "is_valid_not_given_reason",
    "is_valid_note",
    "is_valid_type_alias_names",
    "validate_field_spec",
    "validate_json_value_count",
    "validate_literal_text",
    "validate_mapping_entry",
    "validate_not_given_reason",
    "validate_note",
    "validate_type_alias_names",
]

# Where each name is defined: its module is imported when the name is first used (PEP 562), so
# that importing the package does not import every model.
_LAZY: dict[str, tuple[str, ...]] = {
    ".field_spec": ("is_valid_field_spec", "validate_field_spec"),
    ".json_value_count": ("is_valid_json_value_count", "validate_json_value_count"),
    ".literal_text": ("is_valid_literal_text", "validate_literal_text"),
    ".mapping_entry": ("is_valid_mapping_entry", "validate_mapping_entry"),
    ".not_given_reason": ("is_valid_not_given_reason", "validate_not_given_reason"),
    ".note": ("is_valid_note", "validate_note"),
    ".type_alias_names": ("is_valid_type_alias_names", "validate_type_alias_names"),
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
