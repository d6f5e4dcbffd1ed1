# Generated from tests/cases/operations/spec.yaml by `make generate`; do not edit by hand.
"""Typed models of the spec's schemas, one module per group of schemas that refer to each other.

Each name is imported from its module when first used.
"""

from __future__ import annotations

from importlib import import_module as _import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .attach import AttachBody
    from .new_note import NewNote
    from .note import Note
    from .note_event import NoteEvent
    from .note_list import NoteList
    from .order import Order
    from .problem import Problem
    from .read_note import ReadNoteBody
    from .replace_note import ReplaceNoteBody

__all__ = [
    "AttachBody",
    "NewNote",
    "Note",
    "NoteEvent",
    "NoteList",
    "Order",
    "Problem",
    "ReadNoteBody",
    "ReplaceNoteBody",
]

# Where each name is defined: its module is imported when the name is first used (PEP 562), so
# that importing the package does not import every model.
_LAZY: dict[str, tuple[str, ...]] = {
    ".attach": ("AttachBody",),
    ".new_note": ("NewNote",),
    ".note": ("Note",),
    ".note_event": ("NoteEvent",),
    ".note_list": ("NoteList",),
    ".order": ("Order",),
    ".problem": ("Problem",),
    ".read_note": ("ReadNoteBody",),
    ".replace_note": ("ReplaceNoteBody",),
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
