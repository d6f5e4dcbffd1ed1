"""Converter output (JSON Schema draft-07 definitions) -> OpenAPI 3.1 `components.schemas`.

- Names: the TypeScript namespace path joined, `SessionCreateParams.ClientSecret.ExpiresAfter`
  -> `SessionCreateParamsClientSecretExpiresAfter`; two paths joining to one name is an error.
- Order: each type the resource exports, in export order, followed by its nested types.
- Objects stay open: `additionalProperties: false`, which the converter puts on every
  interface, is dropped (TypeScript's types are structural; closing one is the overlay's call).
- A TS literal type is an `enum` of its one value (`'function'` -> `enum: [function]`), like a
  union of literals; other spellings are the overlay's decisions.
- Descriptions are the JSDoc text, to be written folded where upstream broke its lines.
- Anything else the converter can say (tuples, functions, ...) has no mapping here: an error
  located at the declaration in the .d.mts.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote

from generator.errors import GenerationError, GenerationFailed
from generator.upstream.declarations import Declarations
from generator.vocabulary import pointer_join
from generator.yaml12 import folded

DEFINITIONS = "#/definitions/"
SCHEMAS = "#/components/schemas/"
# Keywords passed through as they are (their values, where schemas, are mapped in turn).
PLAIN = {"type", "enum", "required", "format"}
SCHEMA_MAPS = {"properties"}
SCHEMA_LISTS = {"anyOf"}
SCHEMA_VALUES = {"items", "additionalProperties"}


class _Mapper:
    def __init__(self, names: dict[str, str], declarations: Declarations, where: str) -> None:
        self.names = names
        self.declarations = declarations
        self.where = where
        self.errors: list[GenerationError] = []

    def error(self, message: str, pointer: str, definition: str, prop: str | None) -> None:
        line = self.declarations.line_of(definition, prop)
        self.errors.append(GenerationError(message, pointer, self.where, line))

    def schema(self, node: Any, pointer: str, definition: str, prop: str | None) -> Any:
        if not isinstance(node, dict):
            self.error("expected a schema object from the converter", pointer, definition, prop)
            return {}
        mapped: dict[str, Any] = {}
        for key, value in node.items():
            here = pointer_join(pointer, key)
            if key in ("description", "fullDescription", "$schema"):
                continue
            if key == "$ref":
                mapped[key] = self.ref(value, here, definition, prop)
            elif key == "const":
                mapped["enum"] = [value]
            elif key in PLAIN:
                mapped[key] = value
            elif key in SCHEMA_MAPS and isinstance(value, dict):
                mapped[key] = {
                    name: self.schema(sub, pointer_join(here, name), definition, name)
                    for name, sub in value.items()
                }
            elif key in SCHEMA_LISTS and isinstance(value, list):
                mapped[key] = [
                    self.schema(sub, pointer_join(here, i), definition, prop)
                    for i, sub in enumerate(value)
                ]
            elif key in SCHEMA_VALUES and isinstance(value, dict):
                mapped[key] = self.schema(value, here, definition, prop)
            elif key == "additionalProperties" and isinstance(value, bool):
                # The converter closes every interface; TypeScript's structural types are open.
                # Closing a schema is a decision, the overlay's.
                continue
            else:
                self.error(_unmapped(key, value), here, definition, prop)
        if "description" in node:
            source = node.get("fullDescription", node["description"])
            mapped["description"] = folded(node["description"], str(source).split("\n"))
        return mapped

    def ref(self, value: Any, pointer: str, definition: str, prop: str | None) -> str:
        target = unquote(str(value)).removeprefix(DEFINITIONS)
        if target not in self.names:
            self.error(f"reference to an unknown type {value!r}", pointer, definition, prop)
            return str(value)
        return SCHEMAS + self.names[target]


def build_components(
    definitions: dict[str, Any], declarations: Declarations, where: str
) -> dict[str, Any]:
    """`components.schemas` for the converter's definitions, in the resource's export order."""
    names = _component_names(definitions, where)
    mapper = _Mapper(names, declarations, where)
    schemas: dict[str, Any] = {}
    for definition in _ordered(definitions, declarations.exported_types):
        pointer = pointer_join("#/definitions", definition)
        schemas[names[definition]] = mapper.schema(
            definitions[definition], pointer, definition, None
        )
    if mapper.errors:
        raise GenerationFailed(mapper.errors)
    return schemas


def _component_names(definitions: dict[str, Any], where: str) -> dict[str, str]:
    names: dict[str, str] = {}
    owners: dict[str, str] = {}
    errors: list[GenerationError] = []
    for definition in definitions:
        name = definition.replace(".", "")
        if name in owners:
            message = f"{owners[name]!r} and {definition!r} would both be named {name!r}"
            errors.append(
                GenerationError(message, pointer_join("#/definitions", definition), where)
            )
        owners[name] = definition
        names[definition] = name
    if errors:
        raise GenerationFailed(errors)
    return names


def _ordered(definitions: dict[str, Any], roots: tuple[str, ...]) -> list[str]:
    order: list[str] = []
    for root in roots:
        order += [d for d in definitions if d == root or d.startswith(root + ".")]
    return order + [d for d in definitions if d not in order]


def _unmapped(key: str, value: Any) -> str:
    if key == "$comment":
        return f"the converter has no JSON Schema for this type ({value}); sync cannot map it"
    if key == "items":
        return "a tuple type has no mapping here; sync maps arrays of one item type"
    return f"the converter produced `{key}`, which sync does not map to OpenAPI"
