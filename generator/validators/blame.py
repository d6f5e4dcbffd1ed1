"""Which union branch to blame when no branch of an `anyOf`/`oneOf` accepts a value.

When exactly one branch admits the value's JSON type (a nullable object given an object, say),
its own issues are far more useful than "not valid under any of the given schemas": the
validator reports them, at their own pointers. Otherwise it keeps the union's one issue.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from generator.validators.checks import type_expr
from generator.validators.context import Ctx, SchemaCompiler
from generator.validators.emit import bare, indent

# JSON types a runtime test can tell apart; integer values count as numbers here.
DISPATCH = ("object", "array", "string", "number", "boolean", "null")


def blame_lines(
    c: SchemaCompiler, branches: list[tuple[str, Any]], ctx: Ctx, fallback: list[str]
) -> list[str]:
    """Lines that report the one admitting branch's issues, else `fallback` (check mode only)."""
    kinds = [admitted_types(c, schema, pointer) for pointer, schema in branches]
    if any(kind is None for kind in kinds):
        return fallback
    lines: list[str] = []
    for group in DISPATCH:
        owners = [i for i, kind in enumerate(kinds) if kind is not None and group in kind]
        if len(owners) != 1:
            continue
        pointer, schema = branches[owners[0]]
        # The dispatch test proves the JSON type, so the branch does not test it again.
        body = c.descend(schema, pointer, replace(ctx, depth=ctx.depth + 1, known=group))
        if not body:
            continue  # the branch accepts every value of this type: the union never fails here
        keyword = "elif" if lines else "if"
        lines += [f"{keyword} {bare(type_expr(group, ctx.var))}:", *indent(body)]
    return [*lines, "else:", *indent(fallback)] if lines else fallback


def admitted_types(c: SchemaCompiler, schema: Any, pointer: str) -> frozenset[str] | None:
    """The JSON types (as in DISPATCH) a schema can accept, or None when it may accept any."""
    seen: set[str] = set()
    while isinstance(schema, Mapping) and "$ref" in schema and not _typed(schema):
        target = c.resolve(schema["$ref"], pointer)
        if target is None or target[0] in seen:
            return None
        seen.add(target[0])
        pointer, schema = target
    if schema is False:
        return frozenset()
    if not isinstance(schema, Mapping) or not _typed(schema):
        return None
    if "type" in schema:
        names = [schema["type"]] if isinstance(schema["type"], str) else schema["type"]
        if not isinstance(names, list):
            return None
        return frozenset("number" if t == "integer" else str(t) for t in names)
    values = [schema["const"]] if "const" in schema else schema["enum"]
    return frozenset(_json_type(v) for v in values) if isinstance(values, list) else None


def _typed(schema: Mapping[str, Any]) -> bool:
    return "type" in schema or "const" in schema or "enum" in schema


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"
