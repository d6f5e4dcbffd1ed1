"""Local `$ref` targets in canonical form, and whether a schema holds any `$ref`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator.vocabulary import pointer_join, pointer_tokens


def canonical(pointer: str) -> str:
    """The `#/a/b` form of a pointer, escaped with `pointer_join` (so one node has one pointer)."""
    return pointer_join("#", *pointer_tokens(pointer))


def ref_target(ref: object) -> str | None:
    """The canonical pointer a `$ref` value points to, or `None` when it is not a local ref."""
    if not isinstance(ref, str) or not ref.startswith("#"):
        return None
    if ref != "#" and not ref.startswith("#/"):
        return None
    return canonical(ref)


def contains_ref(schema: Any) -> bool:
    """Whether any `$ref` occurs at or below `schema` (if not, inlining it cannot recurse)."""
    if isinstance(schema, Mapping):
        return "$ref" in schema or any(contains_ref(v) for v in schema.values())
    if isinstance(schema, list):
        return any(contains_ref(v) for v in schema)
    return False
