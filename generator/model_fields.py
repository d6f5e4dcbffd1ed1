"""One object schema -> one ModelIR: its fields, their docs, and the wire conversions."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from generator import naming
from generator.errors import pointer_join
from generator.ir import FieldIR, ModelIR
from generator.types import JSON_VALUE, AliasRef, LiteralType, PyType, Scalar, UnionType

if TYPE_CHECKING:
    from generator.build_ir import IRBuilder

EXTRA_DOC = ("Properties the schema does not name, kept as received.",)
STRICT_DOC = "Strict: raises ValidationError listing every problem."
LENIENT_DOC = "Lenient: unknown properties are kept and unknown enum values pass."


@dataclass(frozen=True)
class ModelShape:
    class_name: str
    pointer: str
    name_parts: tuple[str, ...]
    strict: bool


@dataclass(frozen=True)
class _Properties:
    items: tuple[tuple[str, Any, str], ...]
    """(wire name, schema, pointer) in spec order."""
    required: frozenset[str]
    additional: Any
    additional_pointer: str
    patterned: bool
    """`patternProperties` type some extras differently: they stay JSON values."""


def build_model(builder: IRBuilder, shape: ModelShape, schema: Mapping[str, Any]) -> ModelIR:
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
    for name in sorted(props.required - {f.wire_name for f in fields}):
        builder.fail(f"required property {name!r} is not among the properties", shape.pointer)
    return _model(builder, shape, schema, tuple(fields), props)


def _model(
    builder: IRBuilder,
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
    required = tuple(f.wire_name for f in fields if f.required)
    known = tuple(f.wire_name for f in fields)
    suffix = naming.snake_name(shape.class_name)
    return ModelIR(
        class_name=shape.class_name,
        pointer=shape.pointer,
        docstring=naming.docstring(
            naming.schema_doc_lines(schema.get("description"), shape.pointer), "    "
        ),
        fields=fields,
        strict=shape.strict,
        validator_suffix=suffix,
        required_source=repr(required),
        known_source=f"frozenset({known!r})",
        refuses_unknown_source=repr(not keeps_extra),
        class_name_source=repr(shape.class_name),
        shape_miss=_shape_miss(required, refuses_unknown=not keeps_extra),
        from_dict_doc=STRICT_DOC if shape.strict else LENIENT_DOC,
        extra_field=_extra_field(extra_type) if keeps_extra else "",
        extra_docstring=naming.docstring(EXTRA_DOC, "    ") if keeps_extra else "",
        extra_from_wire=_extra_from_wire(extra_type) if keeps_extra else "",
        extra_to_wire="to_json_object(self.extra_properties)" if keeps_extra else "{}",
        from_dict_lines=_from_dict_lines(suffix, shape.strict),
    )


def _shape_miss(required: tuple[str, ...], refuses_unknown: bool) -> str:
    # Inlined so the valid path of every decode costs no call; check_object says what is wrong.
    tests = ["type(data) is not dict"] + [f"{name!r} not in data" for name in required]
    if refuses_unknown:
        tests.append("not cls._wire_names.issuperset(data)")
    return " or ".join(tests)


def _collect(builder: IRBuilder, schema: Mapping[str, Any], pointer: str) -> _Properties:
    """Properties, required names and additionalProperties, merged over `allOf` members."""
    items: dict[str, tuple[str, Any, str]] = {}
    required: set[str] = set()
    additional: Any = None
    additional_pointer = ""
    patterned = False
    for node, node_pointer in _object_parts(builder, schema, pointer):
        for wire, sub in (node.get("properties") or {}).items():
            items.setdefault(wire, (wire, sub, pointer_join(node_pointer, "properties", wire)))
        required.update(node.get("required") or ())
        patterned = patterned or bool(node.get("patternProperties"))
        if "additionalProperties" in node and additional is None:
            additional = node["additionalProperties"]
            additional_pointer = pointer_join(node_pointer, "additionalProperties")
    return _Properties(
        tuple(items.values()), frozenset(required), additional, additional_pointer, patterned
    )


def _object_parts(
    builder: IRBuilder, schema: Mapping[str, Any], pointer: str
) -> list[tuple[Mapping[str, Any], str]]:
    parts: list[tuple[Mapping[str, Any], str]] = [(schema, pointer)]
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
    secret = isinstance(sub, dict) and sub.get("format") == "password"
    if required:
        default = " = field(repr=False)" if secret else ""
        hint = py_type.hint()
    else:
        default = " = field(default=NOT_GIVEN, repr=False)" if secret else " = NOT_GIVEN"
        hint = naming.optional_hint(py_type.hint())
    doc = _doc_lines(sub)
    value = f"self.{python_name}"
    encoded = value if _plain(py_type) else f"to_json({value})"
    if required:
        to_wire: tuple[str, ...] = (f"out[{wire!r}] = {encoded}",)
    else:
        to_wire = (f"if not isinstance({value}, NotGiven):", f"    out[{wire!r}] = {encoded}")
    raw = f"data[{wire!r}]"
    decoded = py_type.decode(raw, 0)
    if required:
        from_wire = f"{python_name}={decoded or raw}"
    elif decoded is None:
        from_wire = f"{python_name}=data.get({wire!r}, NOT_GIVEN)"
    else:
        from_wire = f"{python_name}=({decoded}) if {wire!r} in data else NOT_GIVEN"
    return FieldIR(
        python_name=python_name,
        wire_name=wire,
        hint=hint,
        default=default,
        required=required,
        doc_lines=doc,
        docstring=naming.docstring(doc, "    "),
        to_wire=to_wire,
        from_wire=from_wire,
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


def _plain(py_type: PyType) -> bool:
    """A value JSON can carry as it is (no model inside, no container to copy)."""
    if isinstance(py_type, AliasRef):
        return _plain(py_type.target)
    if isinstance(py_type, UnionType):
        return all(_plain(option) for option in py_type.options)
    return isinstance(py_type, (Scalar, LiteralType))


def _extra_field(value_type: PyType) -> str:
    return f"extra_properties: dict[str, {value_type.hint()}] = field(default_factory=dict)"


def _extra_from_wire(value_type: PyType) -> str:
    decoded = value_type.decode("value", 1) or "value"
    return (
        f"extra_properties={{key: {decoded} for key, value in data.items() "
        "if key not in cls._wire_names}"
    )


def _from_dict_lines(suffix: str, strict: bool) -> tuple[str, ...]:
    if not strict:
        return ("return cls._decode(data)",)
    return (
        f"issues = validate_{suffix}(data)",
        "if issues:",
        "    raise ValidationError(issues)",
        "return cls._decode(data)",
    )
