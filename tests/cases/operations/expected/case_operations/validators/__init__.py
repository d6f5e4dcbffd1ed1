# Generated from tests/cases/operations/spec.yaml by `make generate`; do not edit by hand.
"""Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).

`validate_<name>(data)` returns every problem (an empty list when valid);
`is_valid_<name>(data)` is a separate fast path that stops at the first problem. Each
function is imported from its module when first used.
"""

from __future__ import annotations

from importlib import import_module as _import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .attach import (
        is_valid_attach_body,
        is_valid_attach_note_id,
        validate_attach_body,
        validate_attach_note_id,
    )
    from .delete_note import is_valid_delete_note_note_id, validate_delete_note_note_id
    from .download_note import is_valid_download_note_note_id, validate_download_note_note_id
    from .list_notes import (
        is_valid_list_notes_after,
        is_valid_list_notes_filter,
        is_valid_list_notes_limit,
        is_valid_list_notes_tags,
        is_valid_list_notes_x_trace,
        validate_list_notes_after,
        validate_list_notes_filter,
        validate_list_notes_limit,
        validate_list_notes_tags,
        validate_list_notes_x_trace,
    )
    from .new_note import is_valid_new_note, validate_new_note
    from .note import is_valid_note, validate_note
    from .note_event import is_valid_note_event, validate_note_event
    from .note_list import is_valid_note_list, validate_note_list
    from .order import is_valid_order, validate_order
    from .problem import is_valid_problem, validate_problem
    from .read_note import (
        is_valid_read_note_body,
        is_valid_read_note_note_id,
        validate_read_note_body,
        validate_read_note_note_id,
    )
    from .replace_note import (
        is_valid_replace_note_body,
        is_valid_replace_note_text,
        validate_replace_note_body,
        validate_replace_note_text,
    )

__all__ = [
    "is_valid_attach_body",
    "is_valid_attach_note_id",
    "is_valid_delete_note_note_id",
    "is_valid_download_note_note_id",
    "is_valid_list_notes_after",
    "is_valid_list_notes_filter",
    "is_valid_list_notes_limit",
    "is_valid_list_notes_tags",
    "is_valid_list_notes_x_trace",
    "is_valid_new_note",
    "is_valid_note",
    "is_valid_note_event",
    "is_valid_note_list",
    "is_valid_order",
    "is_valid_problem",
    "is_valid_read_note_body",
    "is_valid_read_note_note_id",
    "is_valid_replace_note_body",
    "is_valid_replace_note_text",
    "validate_attach_body",
    "validate_attach_note_id",
    "validate_delete_note_note_id",
    "validate_download_note_note_id",
    "validate_list_notes_after",
    "validate_list_notes_filter",
    "validate_list_notes_limit",
    "validate_list_notes_tags",
    "validate_list_notes_x_trace",
    "validate_new_note",
    "validate_note",
    "validate_note_event",
    "validate_note_list",
    "validate_order",
    "validate_problem",
    "validate_read_note_body",
    "validate_read_note_note_id",
    "validate_replace_note_body",
    "validate_replace_note_text",
]

# Where each name is defined: its module is imported when the name is first used (PEP 562), so
# that importing the package does not import every model.
_LAZY: dict[str, tuple[str, ...]] = {
    ".attach": (
        "is_valid_attach_body",
        "is_valid_attach_note_id",
        "validate_attach_body",
        "validate_attach_note_id",
    ),
    ".delete_note": ("is_valid_delete_note_note_id", "validate_delete_note_note_id"),
    ".download_note": ("is_valid_download_note_note_id", "validate_download_note_note_id"),
    ".list_notes": (
        "is_valid_list_notes_after",
        "is_valid_list_notes_filter",
        "is_valid_list_notes_limit",
        "is_valid_list_notes_tags",
        "is_valid_list_notes_x_trace",
        "validate_list_notes_after",
        "validate_list_notes_filter",
        "validate_list_notes_limit",
        "validate_list_notes_tags",
        "validate_list_notes_x_trace",
    ),
    ".new_note": ("is_valid_new_note", "validate_new_note"),
    ".note": ("is_valid_note", "validate_note"),
    ".note_event": ("is_valid_note_event", "validate_note_event"),
    ".note_list": ("is_valid_note_list", "validate_note_list"),
    ".order": ("is_valid_order", "validate_order"),
    ".problem": ("is_valid_problem", "validate_problem"),
    ".read_note": (
        "is_valid_read_note_body",
        "is_valid_read_note_note_id",
        "validate_read_note_body",
        "validate_read_note_note_id",
    ),
    ".replace_note": (
        "is_valid_replace_note_body",
        "is_valid_replace_note_text",
        "validate_replace_note_body",
        "validate_replace_note_text",
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
