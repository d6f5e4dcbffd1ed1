# Generated from tests/cases/operations/spec.yaml by `make generate`; do not edit by hand.
"""Typed models of the spec's schemas (the header above names the spec).

Optional fields default to `NOT_GIVEN` and are left out of `to_dict()`; `None` is only
accepted where the schema allows null, and is sent as JSON `null`.
"""

from __future__ import annotations

from typing import TypeAlias

from .._types import JsonValue
from .note import Note
from .problem import Problem

__all__ = ["NoteEvent"]


NoteEvent: TypeAlias = Note | Problem | dict[str, JsonValue]
"""Schema: `#/components/schemas/NoteEvent`."""
