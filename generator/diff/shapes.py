"""What a schema means once `$ref`s, `null` branches, open enums and `allOf` are looked through.

Two specs that spell the same schema differently (a `$ref` or its inline copy, `type: [x,
"null"]` or `anyOf: [x, {type: null}]`) unwrap to the same `Core`, so only real changes remain.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from generator.vocabulary import lookup, pointer_join, pointer_tokens

COMPONENTS = "#/components/schemas/"
# What the generator reads as documentation only (validators/keywords.py ANNOTATIONS, less
# `default` and `format`, which the diff compares on their own) and OpenAPI's own annotations.
ANNOTATIONS = frozenset(
    {"description", "title", "examples", "example", "$comment", "$schema", "deprecated"}
    | {"readOnly", "writeOnly", "externalDocs", "discriminator", "xml"}
)
# Keywords that decide the shape of a value; `$ref` beside only annotations is a plain reference.
SHAPE = frozenset(
    {"type", "properties", "additionalProperties", "items", "enum", "const", "anyOf", "oneOf"}
    | {"allOf", "required", "$ref"}
)


@dataclass(frozen=True)
class Core:
    """A value's schema with its wrappers taken off.

    `ref` is the component the value goes through (its class in the package), `nullable` says
    whether JSON null is admitted, `open_values` holds the known values of an open enum
    (`anyOf: [{type: string}, {enum: [...]}]`, which the generator types `Literal[...] | str`),
    and `branches` the remaining `anyOf`/`oneOf` members after `null` ones are taken out.
    """

    schema: Any
    pointer: str
    ref: str | None = None
    nullable: bool = False
    open_values: tuple[Any, ...] | None = None
    branches: tuple[tuple[str, Any], ...] = field(default=())
    union: str = ""


def unwrap(document: Mapping[str, Any], schema: Any, pointer: str) -> Core:
    """The core of `schema`: refs followed, null taken out, open enums and allOf recognised."""
    ref = None
    while isinstance(schema, dict) and "$ref" in schema and not set(schema) & SHAPE - {"$ref"}:
        ref = ref or schema["$ref"]
        pointer, schema = schema["$ref"], lookup(document, schema["$ref"])
    if not isinstance(schema, dict):
        return Core(schema, pointer, ref)
    types = schema.get("type")
    if isinstance(types, list) and "null" in types:
        rest = [t for t in types if t != "null"]
        schema = {**schema, "type": rest[0] if len(rest) == 1 else rest}
        return _with_null(unwrap(document, schema, pointer), ref)
    for keyword in ("anyOf", "oneOf"):
        if isinstance(schema.get(keyword), list) and not set(schema) & SHAPE - {keyword}:
            return _union(document, schema[keyword], pointer_join(pointer, keyword), keyword, ref)
    if isinstance(schema.get("allOf"), list):
        schema = merged_all_of(document, schema)
    return Core(schema, pointer, ref)


def _with_null(core: Core, ref: str | None) -> Core:
    return Core(
        core.schema,
        core.pointer,
        core.ref or ref,
        True,
        core.open_values,
        core.branches,
        core.union,
    )


def _union(
    document: Mapping[str, Any], members: list[Any], pointer: str, keyword: str, ref: str | None
) -> Core:
    indexed = [(pointer_join(pointer, i), member) for i, member in enumerate(members)]
    nulls = [m for _, m in indexed if is_null(document, m)]
    rest = [(p, m) for p, m in indexed if not is_null(document, m)]
    open_values = open_enum_values(document, [m for _, m in rest])
    if open_values is not None:  # reported at the value itself, not at its anyOf
        members = [deref(document, m) for _, m in rest]
        plain = next(m for m in members if enum_values(m) is None)  # its limits are compared
        return Core(plain, pointer.rpartition("/")[0], ref, bool(nulls), open_values)
    if len(rest) == 1:
        core = unwrap(document, rest[0][1], rest[0][0])
        return _with_null(core, ref) if nulls else core
    return Core({}, pointer, ref, bool(nulls), None, tuple(rest), keyword)


def is_null(document: Mapping[str, Any], schema: Any) -> bool:
    schema = deref(document, schema)
    return isinstance(schema, dict) and (schema.get("type") == "null" or schema == {"const": None})


def deref(document: Mapping[str, Any], schema: Any) -> Any:
    while isinstance(schema, dict) and "$ref" in schema and not set(schema) & SHAPE - {"$ref"}:
        schema = lookup(document, schema["$ref"])
    return schema


def open_enum_values(document: Mapping[str, Any], members: list[Any]) -> tuple[Any, ...] | None:
    """The known values of `anyOf: [{type: string}, {enum: [...strings]}]`, else None.

    As `build_ir` maps it: one member lists string values (`enum` or `const`), the other is a
    string (its own limits aside); the generator types it `Literal[...] | str` on every side.
    """
    members = [deref(document, m) for m in members]
    if len(members) != 2 or not all(isinstance(m, dict) for m in members):
        return None
    listed = [v for v in (enum_values(m) for m in members) if v is not None]
    plain = [m for m in members if m.get("type") == "string" and enum_values(m) is None]
    if len(plain) != 1 or len(listed) != 1 or set(plain[0]) & (SHAPE - {"type"}):
        return None
    return listed[0] if all(isinstance(v, str) for v in listed[0]) else None


def merged_all_of(document: Mapping[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """`allOf` members folded into one schema, as the generator merges them into one model."""
    merged: dict[str, Any] = {}
    properties: dict[str, Any] = {}
    required: list[str] = []
    for member in [*(deref(document, m) for m in schema["allOf"]), schema]:
        if not isinstance(member, dict):
            continue
        if isinstance(member.get("allOf"), list) and member is not schema:
            member = merged_all_of(document, member)
        properties.update(member.get("properties") or {})
        required += [r for r in member.get("required") or [] if r not in required]
        for key, value in member.items():
            if key not in ("allOf", "properties", "required"):
                merged.setdefault(key, value)
    if properties:
        merged["properties"] = properties
    if required:
        merged["required"] = required
    return merged


def source_pointer(document: Mapping[str, Any], pointer: str) -> str:
    """Where the node at `pointer` really is when the pointer runs through properties that
    `merged_all_of` took from an `allOf` member (or a `$ref` beside siblings): in the first part
    of the object that declares the property, in the generator's order (`model_fields`: the
    object's own properties, then its `$ref`'s, then each member's, depth first)."""
    tokens = pointer_tokens(pointer)
    node: Any = document
    at = "#"
    while tokens:
        token, *tokens = tokens
        if token == "properties" and tokens and isinstance(node, dict):
            name, *tokens = tokens
            declared = node.get("properties")
            if isinstance(declared, dict) and name in declared:
                node, at = declared[name], pointer_join(at, token, name)
            else:
                found = _declaring(document, node, at, name, set())
                if found is None:
                    return pointer
                node, at = found
        elif isinstance(node, dict) and token in node:
            node, at = node[token], pointer_join(at, token)
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node, at = node[int(token)], pointer_join(at, token)
        else:
            return pointer
    return at


def _declaring(
    document: Mapping[str, Any], schema: dict[str, Any], at: str, name: str, seen: set[str]
) -> tuple[Any, str] | None:
    """(the property `name`, its pointer) from the first part merged into `schema` that has it."""
    ref = schema.get("$ref")
    members = [(ref, {"$ref": ref})] if isinstance(ref, str) else []
    for index, member in enumerate(schema.get("allOf") or ()):
        target = member.get("$ref") if isinstance(member, dict) else None
        members.append(
            (target if isinstance(target, str) else pointer_join(at, "allOf", index), member)
        )
    for member_at, member in members:
        member = deref(document, member)
        if not isinstance(member, dict) or member_at in seen:
            continue
        seen.add(member_at)
        declared = member.get("properties")
        if isinstance(declared, dict) and name in declared:
            return declared[name], pointer_join(member_at, "properties", name)
        found = _declaring(document, member, member_at, name, seen)
        if found is not None:
            return found
    return None


def json_types(document: Mapping[str, Any], schema: Any) -> frozenset[str] | None:
    """The JSON types a schema admits (null aside), or None for any type."""
    if not isinstance(schema, dict):
        return None if schema is not False else frozenset()
    types = schema.get("type")
    if isinstance(types, str):
        return frozenset({types})
    if isinstance(types, list):
        return frozenset(t for t in types if t != "null")
    if "properties" in schema or "additionalProperties" in schema:
        return frozenset({"object"})
    if "items" in schema or "prefixItems" in schema:
        return frozenset({"array"})
    values = enum_values(schema)
    if values is not None:
        return frozenset(_json_type(v) for v in values if v is not None)
    return None


def enum_values(schema: Mapping[str, Any]) -> tuple[Any, ...] | None:
    if "const" in schema:
        return (schema["const"],)
    values = schema.get("enum")
    return tuple(values) if isinstance(values, list) else None


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object" if isinstance(value, dict) else "null"


def value_key(value: Any) -> str:
    """A key under which equal JSON values compare equal (1 and 1.0, {"a":1,"b":2} in any order)."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return json.dumps(value, sort_keys=True)


def component_name(ref: str | None) -> str | None:
    if ref is None or not ref.startswith(COMPONENTS) or "/" in ref[len(COMPONENTS) :]:
        return None
    return ref[len(COMPONENTS) :].replace("~1", "/").replace("~0", "~")
