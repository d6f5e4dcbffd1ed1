"""One object schema -> one ModelIR: its fields (name, type, docs) and what it does with extras.

The IR builder hands itself in as a `TypeMapper` (a narrow Protocol), so this module never
imports `build_ir`: dependencies run one way.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from generator import naming
from generator.ir import FieldIR, ModelIR
from generator.naming import NamePart
from generator.types import JSON_VALUE, PyType
from generator.vocabulary import pointer_join


class TypeMapper(Protocol):
    """What building a model needs from the IR builder."""

    def type_of(self, schema: Any, pointer: str, name_parts: tuple[NamePart, ...]) -> PyType:
        """The Python type of the value `schema` describes."""

    def deref(self, schema: Any) -> Any:
        """The schema a bare `$ref` points at (followed until it is not one)."""

    def fail(self, message: str, pointer: str) -> PyType:
        """Record a located error; returns a stand-in type so building can go on."""

    @property
    def own_names(self) -> frozenset[str]:
        """Names the package imports or defines: a property's attribute may not take them."""


@dataclass(frozen=True)
class ModelShape:
    class_name: str
    pointer: str
    name_parts: tuple[NamePart, ...]
    strict: bool
    module: str


@dataclass(frozen=True)
class _Properties:
    items: tuple[tuple[str, Any, str], ...]
    """(wire name, schema, pointer) in spec order."""
    required: frozenset[str]
    required_only: tuple[str, ...]
    """Required names no `properties` describe, in spec order."""
    additional: Any
    additional_pointer: str
    patterned: bool
    """`patternProperties` type some extras differently: they stay JSON values."""


def build_model(builder: TypeMapper, shape: ModelShape, schema: Mapping[str, Any]) -> ModelIR:
    props = _collect(builder, schema, shape.pointer)
    fields: list[FieldIR] = []
    used: dict[str, str] = {}
    for wire, sub, pointer in props.items:
        python_name = naming.field_name(wire, builder.own_names)
        if python_name in used:
            builder.fail(
                f"property {wire!r} and {used[python_name]!r} both become {python_name!r}", pointer
            )
            continue
        used[python_name] = wire
        py_type = builder.type_of(sub, pointer, (*shape.name_parts, wire))
        fields.append(_field(wire, python_name, sub, pointer, py_type, wire in props.required))
    for wire in props.required_only:
        # Required but not described: any JSON value, as the schema `{}` says.
        python_name = naming.field_name(wire)
        if python_name in used:
            message = f"required {wire!r} and property {used[python_name]!r} both become "
            builder.fail(message + repr(python_name), shape.pointer)
            continue
        used[python_name] = wire
        fields.append(_field(wire, python_name, {}, shape.pointer, JSON_VALUE, True))
    return _model(builder, shape, schema, tuple(fields), props)


def _model(
    builder: TypeMapper,
    shape: ModelShape,
    schema: Mapping[str, Any],
    fields: tuple[FieldIR, ...],
    props: _Properties,
) -> ModelIR:
    # What the schema allows is kept: a request refuses unknown properties only where it says
    # `additionalProperties: false`; a response keeps them always (servers add fields).
    keeps_extra = props.additional is not False or not shape.strict
    extra_type: PyType = JSON_VALUE
    if isinstance(props.additional, dict) and props.additional and not props.patterned:
        parts = (*shape.name_parts, "Value")
        extra_type = builder.type_of(props.additional, props.additional_pointer, parts)
    return ModelIR(
        class_name=shape.class_name,
        pointer=shape.pointer,
        doc_lines=naming.schema_doc_lines(schema.get("description"), shape.pointer),
        fields=fields,
        strict=shape.strict,
        validator_suffix=naming.snake_name(shape.class_name),
        module=shape.module,
        extra_type=extra_type if keeps_extra else None,
    )


def _collect(builder: TypeMapper, schema: Mapping[str, Any], pointer: str) -> _Properties:
    """Properties, required names and additionalProperties, merged over `allOf` members."""
    items: dict[str, tuple[str, Any, str]] = {}
    required: dict[str, None] = {}
    additional: Any = None
    additional_pointer = ""
    patterned = False
    for node, node_pointer in _object_parts(builder, schema, pointer):
        for wire, sub in (node.get("properties") or {}).items():
            items.setdefault(wire, (wire, sub, pointer_join(node_pointer, "properties", wire)))
        required.update(dict.fromkeys(node.get("required") or ()))
        patterned = patterned or bool(node.get("patternProperties"))
        if "additionalProperties" in node and additional is None:
            additional = node["additionalProperties"]
            additional_pointer = pointer_join(node_pointer, "additionalProperties")
    only = tuple(name for name in required if name not in items)
    return _Properties(
        tuple(items.values()), frozenset(required), only, additional, additional_pointer, patterned
    )


def _object_parts(
    builder: TypeMapper, schema: Mapping[str, Any], pointer: str
) -> list[tuple[Mapping[str, Any], str]]:
    parts: list[tuple[Mapping[str, Any], str]] = [(schema, pointer)]
    ref = schema.get("$ref")
    if isinstance(ref, str):  # beside siblings, a `$ref` is one more member of an allOf
        resolved = builder.deref({"$ref": ref})
        if isinstance(resolved, dict):
            parts.extend(_object_parts(builder, resolved, ref))
    for index, member in enumerate(schema.get("allOf") or ()):
        member_pointer = pointer_join(pointer, "allOf", index)
        if isinstance(member, dict) and "$ref" in member:
            member_pointer = member["$ref"]
        resolved = builder.deref(member)
        if isinstance(resolved, dict):
            parts.extend(_object_parts(builder, resolved, member_pointer))
    return parts


def _field(
    wire: str, python_name: str, sub: Any, pointer: str, py_type: PyType, required: bool
) -> FieldIR:
    return FieldIR(
        python_name=python_name,
        wire_name=wire,
        type=py_type,
        required=required,
        secret=isinstance(sub, dict) and sub.get("format") == "password",
        doc_lines=_doc_lines(sub),
        pointer=pointer,
    )


# keyword -> how its bound reads in a docstring (the validators enforce them)
CONSTRAINTS = {
    "minimum": ">= {}",
    "exclusiveMinimum": "> {}",
    "maximum": "<= {}",
    "exclusiveMaximum": "< {}",
    "multipleOf": "a multiple of {}",
    "minLength": "at least {} characters",
    "maxLength": "at most {} characters",
    "pattern": "matches `{}`",
    "minItems": "at least {} items",
    "maxItems": "at most {} items",
}


def _doc_lines(schema: Any) -> tuple[str, ...]:
    if not isinstance(schema, dict):
        return ()
    lines = list(naming.description_lines(schema.get("description")))
    notes = []
    bounds = [text.format(schema[key]) for key, text in CONSTRAINTS.items() if key in schema]
    if bounds:
        notes.append(f"Constraints: {', '.join(bounds)}.")
    if "default" in schema:
        notes.append(f"The server's default: `{json.dumps(schema['default'])}`.")
    return (*lines, "", *notes) if lines and notes else (*lines, *notes)
