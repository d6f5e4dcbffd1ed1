"""Local `$ref` resolution and small structural queries over the schema document."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator.errors import pointer_join, pointer_tokens

MISSING = object()


def lookup(document: Any, pointer: str) -> Any:
    """The node at a `#/...` pointer, or `MISSING` when there is none."""
    node = document
    for token in pointer_tokens(pointer):
        if isinstance(node, Mapping):
            node = node.get(token, MISSING)
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return MISSING
        if node is MISSING:
            return MISSING
    return node


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
