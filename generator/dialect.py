"""Stage 1b, dialect: OpenAPI 3.0 and draft 2019-09 leftovers mapped onto OpenAPI 3.1.

An OpenAPI **3.0.x** document is read with 3.0's meaning and handed on as 3.1: `nullable: true`
admits `null`, a boolean `exclusiveMinimum`/`exclusiveMaximum` turns its `minimum`/`maximum`
exclusive, and `example` stays an annotation. A **3.1** document that still carries these
3.0-isms gets the same mapping, with one warning per place, because in 3.1 they mean something
else (or nothing). So do draft 2019-09's `$recursiveRef` (mapped to the `$ref` it means),
words that are no JSON Schema keyword at all (`optional`, `min_items`: annotations in 2020-12,
dropped with a warning; a typo of a real keyword should not be silently ignored) and duplicate
`required` entries. Every later stage sees plain 3.1.

The mapping works on a copy; the loaded spec's lines stay valid for every node it keeps.
"""

from __future__ import annotations

import copy
from typing import Any

from generator.errors import GenerationError, GenerationFailed
from generator.load import LoadedSpec
from generator.schema_walk import all_schema_roots, subschemas
from generator.vocabulary import pointer_join

OPENAPI_31 = "3.1.0"

JSON_SCHEMA_KEYWORDS = frozenset(
    {"$schema", "$id", "$ref", "$anchor", "$dynamicRef", "$dynamicAnchor", "$vocabulary"}
    | {"$comment", "$defs", "prefixItems", "items", "contains", "additionalProperties"}
    | {"properties", "patternProperties", "dependentSchemas", "propertyNames", "if", "then"}
    | {"else", "allOf", "anyOf", "oneOf", "not", "unevaluatedItems", "unevaluatedProperties"}
    | {"type", "const", "enum", "multipleOf", "maximum", "exclusiveMaximum", "minimum"}
    | {"exclusiveMinimum", "maxLength", "minLength", "pattern", "maxItems", "minItems"}
    | {"uniqueItems", "maxContains", "minContains", "maxProperties", "minProperties"}
    | {"required", "dependentRequired", "title", "description", "default", "deprecated"}
    | {"readOnly", "writeOnly", "examples", "format", "contentEncoding", "contentMediaType"}
    | {"contentSchema", "definitions", "dependencies"}
    # OpenAPI 3.1's own schema keywords.
    | {"discriminator", "xml", "externalDocs", "example"}
)
"""Every keyword of JSON Schema 2020-12 and OpenAPI 3.1 (earlier drafts' `definitions` and
`dependencies` too): the validate stage decides which of them we support. Anything else in a
schema is an unknown word."""

_VALUE_KEYWORDS = frozenset({"type", "enum", "const", "$ref", "allOf", "anyOf", "oneOf", "not"})
"""Keywords a `nullable` wrapper moves into its first branch (the rest describe the value)."""


def map_dialect(spec: LoadedSpec) -> tuple[LoadedSpec, list[GenerationError]]:
    """The spec as plain OpenAPI 3.1, and a warning for each 3.0-ism found in a 3.1 document."""
    version = spec.document.get("openapi")
    if not isinstance(version, str) or not version.startswith(("3.0.", "3.1.")):
        message = f"expected an OpenAPI 3.1 or 3.0 document, found openapi: {version!r}"
        raise GenerationFailed([spec.error(message, "#/openapi")])
    document = copy.deepcopy(spec.document)
    mapper = _Mapper(warn=version.startswith("3.1."))
    for root_pointer, root in all_schema_roots(document):
        mapper.map_tree(root, root_pointer)
    if version.startswith("3.0."):
        document["openapi"] = OPENAPI_31
    mapped = LoadedSpec(spec.path, document, spec.lines)
    return mapped, [mapped.warning(message, pointer) for pointer, message in mapper.warnings]


class _Mapper:
    def __init__(self, warn: bool) -> None:
        self.warn = warn
        self.warnings: list[tuple[str, str]] = []

    def note(self, pointer: str, message: str, always: bool = False) -> None:
        if self.warn or always:
            self.warnings.append((pointer, message))

    def map_tree(self, schema: Any, pointer: str, anchors: tuple[str, ...] = ()) -> None:
        """Map `schema` and its subschemas; `anchors` are the enclosing `$recursiveAnchor`s."""
        if not isinstance(schema, dict):
            return
        if schema.pop("$recursiveAnchor", None) is True:
            anchors = (*anchors, pointer)
        # Children first: a `nullable` wrapper moves them, and warnings name where they were.
        for child_pointer, child in list(subschemas(schema, pointer)):
            self.map_tree(child, child_pointer, anchors)
        self.map_schema(schema, pointer, anchors)

    def map_schema(self, schema: dict[str, Any], pointer: str, anchors: tuple[str, ...]) -> None:
        for key in [k for k in schema if isinstance(k, str)]:
            if key not in JSON_SCHEMA_KEYWORDS and key not in _MAPPED and not key.startswith("x-"):
                del schema[key]
                self.note(
                    pointer_join(pointer, key),
                    f"{key!r} is not a JSON Schema keyword: ignored (an annotation in 2020-12)",
                    always=True,
                )
        self.map_recursive_ref(schema, pointer, anchors)
        for bound in ("Minimum", "Maximum"):
            self.map_exclusive(schema, pointer, bound)
        self.map_nullable(schema, pointer)
        self.map_required(schema, pointer)

    def map_recursive_ref(
        self, schema: dict[str, Any], pointer: str, anchors: tuple[str, ...]
    ) -> None:
        # `$recursiveRef: "#"` under a `$recursiveAnchor: true` means that anchor's schema
        # (nothing here extends it dynamically); anything else stays for validate to refuse.
        if schema.get("$recursiveRef") != "#" or not anchors or "$ref" in schema:
            return
        del schema["$recursiveRef"]
        schema["$ref"] = anchors[-1]
        message = f"draft 2019-09 '$recursiveRef' read as '$ref: {anchors[-1]}'"
        self.note(pointer_join(pointer, "$recursiveRef"), message, always=True)

    def map_exclusive(self, schema: dict[str, Any], pointer: str, bound: str) -> None:
        key, plain = f"exclusive{bound}", bound.lower()
        flag = schema.get(key)
        if not isinstance(flag, bool):
            return
        del schema[key]
        where = pointer_join(pointer, key)
        if plain not in schema:
            # Draft 4 (OpenAPI 3.0) requires the bound beside the flag: a defect in any version.
            message = (
                f"'{key}: {str(flag).lower()}' without {plain!r} (OpenAPI 3.0) "
                "bounds nothing: ignored"
            )
            self.note(where, message, always=True)
        elif flag:
            schema[key] = schema.pop(plain)
            self.note(where, f"boolean {key!r} (OpenAPI 3.0) read as {key}: <{plain}>")
        else:
            self.note(where, f"'{key}: false' (OpenAPI 3.0) ignored: {plain!r} stays inclusive")

    def map_nullable(self, schema: dict[str, Any], pointer: str) -> None:
        if "nullable" not in schema:
            return
        flag = schema.pop("nullable")
        where = pointer_join(pointer, "nullable")
        if flag is not True:
            self.note(where, f"'nullable: {flag}' (OpenAPI 3.0) ignored")
            return
        self.note(where, "'nullable: true' (OpenAPI 3.0) read as admitting null")
        _admit_null(schema)

    def map_required(self, schema: dict[str, Any], pointer: str) -> None:
        required = schema.get("required")
        if not isinstance(required, list) or not all(isinstance(r, str) for r in required):
            return
        unique = list(dict.fromkeys(required))
        if len(unique) < len(required):
            schema["required"] = unique
            twice = sorted({r for r in required if required.count(r) > 1})
            message = f"'required' lists {', '.join(map(repr, twice))} more than once"
            self.note(pointer_join(pointer, "required"), message, always=True)


_MAPPED = frozenset({"nullable", "$recursiveRef"})
"""Words this module maps (`$recursiveAnchor` is taken before the unknown words are sought)."""


def _admit_null(schema: dict[str, Any]) -> None:
    """Make `schema` admit `null` as 3.0's `nullable: true` does, keeping its children's places
    where it can (a `type` gains "null", an `enum` gains None, a lone `anyOf` a null branch;
    anything else becomes the first branch of an `anyOf` whose second is null: a null branch
    inside a `oneOf` could make two branches match)."""
    types, enum = schema.get("type"), schema.get("enum")
    if "const" not in schema and isinstance(types, (str, list)):
        schema["type"] = [types, "null"] if isinstance(types, str) else [*types, "null"]
        schema["type"] = list(dict.fromkeys(schema["type"]))
        if isinstance(enum, list) and None not in enum:
            enum.append(None)
    elif isinstance(schema.get("anyOf"), list) and not set(schema) & _VALUE_KEYWORDS - {"anyOf"}:
        schema["anyOf"].append({"type": "null"})
    elif set(schema) & _VALUE_KEYWORDS:
        value = {k: schema.pop(k) for k in [k for k in schema if k in _VALUE_KEYWORDS]}
        schema["anyOf"] = [value, {"type": "null"}]
    # Otherwise the schema has no type: it admits null already.
