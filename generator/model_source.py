"""Render, part 1: the models module's source text, written from the IR in one place.

Annotations come from the types (`hint()`); the statements that carry values across the wire
(`to_dict`, `_decode`) are written here, their conversions in `model_decode.py`; every name the
code uses is recorded as an `Import` when the code is written, so the import block is exactly
what the module uses.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import partial
from typing import Any

from generator import naming
from generator.ir import FieldIR, ModelIR, PackageIR
from generator.model_decode import (
    DecoderView,
    Uses,
    conversion,
    converted,
    expression,
    in_place,
    named_target,
)
from generator.model_parse import Fusable, fusable_models, parse_plan
from generator.types import (
    MODELS_MODULE,
    NOT_GIVEN_TYPE,
    VALIDATORS_MODULE,
    Import,
    MapType,
    Omittable,
    UnionType,
    import_lines,
    plain,
)
from generator.vocabulary import pointer_join

STRICT_DOC = "Strict: raises ValidationError listing every problem."
LENIENT_DOC = "Lenient: unknown properties are kept and unknown enum values pass."
EXTRA_DOC = ("Properties the schema does not name, kept as received.",)
NOT_GIVEN = Import("._types", "NOT_GIVEN")
JSON_VALUE = Import("._types", "JsonValue")
FIELD = Import("dataclasses", "field")
# Names a `_decode` body uses besides the models: a field's local variable must not shadow them.
DECODE_NAMES = frozenset(
    {"cls", "data", "key", "value", "self", "object", "isinstance", "check_object"}
)


@dataclass(frozen=True)
class FieldView:
    declaration: str
    """`name: hint = default`."""
    docstring: str
    to_wire: tuple[str, ...]
    """Statements of `to_dict()` adding the field to `out`."""


@dataclass(frozen=True)
class ModelView:
    """A model as the template pastes it."""

    class_name: str
    docstring: str
    required_source: str
    known_source: str
    refuses_unknown_source: str
    fields: tuple[FieldView, ...]
    extra_field: str
    """The `extra_properties` declaration, or "" when the model keeps no extras."""
    extra_docstring: str
    out_start: str
    """The expression `to_dict()` starts its output from."""
    from_dict_doc: str
    from_dict_lines: tuple[str, ...]
    parse_lines: tuple[str, ...]
    """The body of `_parse` (check and build in one walk), or () when the model has none."""
    shape_miss: str
    """An expression false when `data` surely passes `check_object` (the fast, valid path)."""
    class_name_source: str
    decode_lines: tuple[str, ...]
    """Statements of `_decode` that convert fields before they are stored."""
    field_stores: tuple[str, ...]
    """`self.<field> = <value>` for every field, the extras included."""


@dataclass(frozen=True)
class AliasView:
    name: str
    value_source: str
    docstring: str


@dataclass(frozen=True)
class ModelsModule:
    header: str
    imports: tuple[str, ...]
    exports: str
    checks: str
    """Constants and functions the `_parse` methods check with ("" when none)."""
    decoders: tuple[DecoderView, ...]
    """The functions decoding the unions the models' fields hold (see `model_decode.py`)."""
    models: tuple[ModelView, ...]
    aliases: tuple[AliasView, ...]


def models_module(
    package: PackageIR, module: str, document: Mapping[str, Any], fusable: Fusable
) -> ModelsModule:
    """The module `module` of the models package: its models, then its aliases.

    `fusable` (from `fusable_models`, once per package) says which models have `_parse`.
    """
    uses = Uses(alias_pointers(package))
    own = list(package.models_by_module.get(module, ()))
    plan = parse_plan(document, own, fusable, partial(in_place, uses=uses))
    models = tuple(_model(model, uses, plan.bodies.get(model.class_name, ())) for model in own)
    if plan.uses_not_given:
        uses.add(NOT_GIVEN)
    uses.add(*(Import(f"{MODELS_MODULE}.{m.module}", m.class_name) for m in plan.calls))
    aliases = tuple(
        AliasView(a.name, uses.type(a.type), naming.docstring(a.doc_lines, ""))
        for a in package.aliases_by_module.get(module, ())
    )
    if models:
        uses.add(*(Import("typing", n) for n in ("Any", "ClassVar", "Self")))
        uses.add(Import("collections.abc", "Mapping"), Import("dataclasses", "dataclass"))
        uses.add(Import("._model", "Model"), Import("._model", "check_object"), JSON_VALUE)
    if aliases:
        uses.add(Import("typing", "TypeAlias"))
    decoders = uses.decoder_views()
    if decoders:
        uses.add(Import("typing", "Any"))
    return ModelsModule(
        header=package.header,
        imports=import_lines(
            (i for i in uses.imports if i.module != f"{MODELS_MODULE}.{module}"), MODELS_MODULE
        ),
        exports=naming.source(
            naming.export_order([m.class_name for m in models] + [a.name for a in aliases])
        ),
        checks=_after_comment(plan.checks),
        decoders=decoders,
        models=models,
        aliases=aliases,
    )


def _after_comment(block: str) -> str:
    """`block` as it follows the template's comment and a blank line: black wants a second
    blank line before a function there (the comment is then no part of the function)."""
    return "\n" + block if block.startswith(("def ", "@")) else block


def export_names(package: PackageIR) -> dict[str, str]:
    """Every model and alias name, with the module that defines it, in `__all__` order."""
    modules = {m.class_name: m.module for m in package.models}
    modules.update((a.name, a.module) for a in package.aliases)
    return {name: modules[name] for name in naming.export_order(list(modules))}


def _model(model: ModelIR, uses: Uses, parse_lines: tuple[str, ...]) -> ModelView:
    extra_field = extra_docstring = ""
    out_start = "{}"
    if model.extra_type is not None:
        hint = uses.type(MapType(model.extra_type))
        extra_field = f"extra_properties: {hint} = field(default_factory=dict)"
        extra_docstring = naming.docstring(EXTRA_DOC, "    ")
        out_start = "to_json_object(self.extra_properties)"
        uses.add(FIELD, Import("._model", "to_json_object"))
    decode_lines, args = _decode(model, uses)
    return ModelView(
        class_name=model.class_name,
        docstring=naming.docstring(model.doc_lines, "    "),
        required_source=naming.source(model.required_names),
        known_source=f"frozenset({naming.source(model.wire_names)})",
        refuses_unknown_source=repr(model.refuses_unknown),
        fields=tuple(_field(f, uses) for f in model.fields),
        extra_field=extra_field,
        extra_docstring=extra_docstring,
        out_start=out_start,
        from_dict_doc=STRICT_DOC if model.strict else LENIENT_DOC,
        from_dict_lines=_from_dict_lines(model, uses, fused=bool(parse_lines)),
        parse_lines=parse_lines,
        shape_miss=_shape_miss(model),
        class_name_source=naming.literal(model.class_name),
        decode_lines=tuple(decode_lines),
        field_stores=tuple(args),
    )


def _field(f: FieldIR, uses: Uses) -> FieldView:
    if f.required:
        hint = uses.type(f.type)
        default = " = field(repr=False)" if f.secret else ""
    else:
        hint = uses.type(Omittable(f.type))
        default = " = field(default=NOT_GIVEN, repr=False)" if f.secret else " = NOT_GIVEN"
        uses.add(NOT_GIVEN)
    if f.secret:
        uses.add(FIELD)
    value = f"self.{f.python_name}"
    if not plain(f.type):
        uses.add(Import("._model", "to_json"))
        value = f"to_json({value})"
    to_wire: tuple[str, ...] = (f"out[{naming.literal(f.wire_name)}] = {value}",)
    if not f.required:
        uses.add(NOT_GIVEN_TYPE)
        to_wire = (f"if not isinstance(self.{f.python_name}, NotGiven):", "    " + to_wire[0])
    return FieldView(
        declaration=f"{f.python_name}: {hint}{default}",
        docstring=naming.docstring(f.doc_lines, "    "),
        to_wire=to_wire,
    )


def _shape_miss(model: ModelIR) -> str:
    # Inlined so the valid path of every decode costs no call; check_object says what is wrong.
    tests = ["type(data) is not dict"] + [
        f"{naming.literal(name)} not in data" for name in model.required_names
    ]
    if model.refuses_unknown:
        tests.append("not cls._wire_names.issuperset(data)")
    return " or ".join(tests)


def _from_dict_lines(model: ModelIR, uses: Uses, fused: bool) -> tuple[str, ...]:
    if not model.strict:
        return ("return cls._decode(data)",)
    uses.add(Import("._validation", "ValidationError"))
    if fused:
        # One walk checks, builds and lists every issue; what it built is kept only when valid.
        uses.add(Import("._validation", "ValidationIssue"))
        return (
            "issues: list[ValidationIssue] = []",
            'parsed = cls._parse(data, "", issues)',
            "if issues:",
            "    raise ValidationError(issues)",
            "return parsed",
        )
    suffix = model.validator_suffix
    validators = f"{VALIDATORS_MODULE}.{model.module}"
    uses.add(Import(validators, f"validate_{suffix}"), Import(validators, f"is_valid_{suffix}"))
    # The fast predicate decides; only invalid data pays for the list of every issue.
    return (
        f"if not is_valid_{suffix}(data):",
        f"    raise ValidationError(validate_{suffix}(data))",
        "return cls._decode(data)",
    )


# -- _decode -------------------------------------------------------------------------------------


def _decode(model: ModelIR, uses: Uses) -> tuple[list[str], list[str]]:
    """Statements converting fields that need it, then one store per field."""
    lines: list[str] = []
    args: list[str] = []
    taken = {f.python_name for f in model.fields}
    for f in model.fields:
        key = naming.literal(f.wire_name)
        raw = f"data[{key}]" if f.required else f"data.get({key}, NOT_GIVEN)"
        target, where = named_target(f.type, f.pointer, uses)[1:]
        if not target.converts():
            args.append(f"self.{f.python_name} = {raw}")
        elif f.required and not isinstance(target, UnionType):
            args.append(f"self.{f.python_name} = {expression(target, raw, 0, uses, where)}")
        else:
            local = _local_name(f.python_name, taken)
            taken.add(local)
            lines += [f"{local} = {raw}", *conversion(target, local, uses, where)]
            args.append(f"self.{f.python_name} = {local}")
    if model.extra_type is not None:
        where = pointer_join(model.pointer, "additionalProperties")
        value = converted(model.extra_type, "value", 1, uses, where)
        # Most objects carry no extras: the superset test spares the comprehension then.
        args.append(
            "self.extra_properties = {} if cls._wire_names.issuperset(data) else "
            f"{{key: {value} for key, value in data.items() if key not in cls._wire_names}}"
        )
    return lines, args


def _local_name(name: str, taken: set[str]) -> str:
    """A local variable for a field: its own name unless that could shadow what `_decode` uses."""
    if name == name.lower() and name not in DECODE_NAMES and not _GENERATED.match(name):
        return name
    base = name.lower() + "_value"
    local, n = base, 1
    while local in taken or local in DECODE_NAMES:
        n += 1
        local = f"{base}{n}"
    return local


_GENERATED = re.compile(r"(item|key)\d+$|is_valid_")


def package_fusable(package: PackageIR, document: Mapping[str, Any]) -> Fusable:
    """Which models of the package get `_parse` (see `model_parse.py`)."""
    uses = Uses(alias_pointers(package))
    return fusable_models(document, package.models, partial(in_place, uses=uses))


def alias_pointers(package: PackageIR) -> dict[str, str]:
    """The schema pointer of each alias, by name: a union's decoder is named from it."""
    return {alias.name: alias.pointer for alias in package.aliases}
