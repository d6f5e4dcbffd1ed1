"""Render, part 2: `_parse`, the one walk of a strict model that checks and builds at once.

A strict `from_dict` used to walk the whole tree twice: `is_valid_` to check it, then `_decode`
to build the objects. `_parse` does both in one walk and returns None at the first problem, so
only invalid data pays for `validate_`'s list of every issue. Its checks are the validators' own
(the same compiler in its fast mode, on the same schema nodes), so it says "valid" exactly when
`is_valid_` does. A property that holds a model is handed to that model's `_parse` when its
schema is plainly that model (a `$ref`, the inline object, an array of it, or a union of it with
branches that take no objects); any other property is checked by the compiler and converted as
`_decode` converts it.

A model gets `_parse` when it is strict, its schema names its fields under `properties`, and its
checks need no import (patterns and `multipleOf` do: those models keep `is_valid_` + `_decode`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from generator.ir import FieldIR, ModelIR
from generator.types import PyType
from generator.validators.assemble import assemble, helper_imports
from generator.validators.compiler import Compiler
from generator.validators.context import Ctx, Locals, PathExpr
from generator.validators.emit import bare, indent, lit, negate, paren
from generator.vocabulary import ANNOTATIONS, is_extension, lookup, pointer_join

Convert = Callable[[PyType, str], list[str]]
"""Statements converting a checked local variable of a type that converts, in place."""

# What every compiled check set imports anyway; anything more keeps a model off `_parse`.
_BASE_IMPORTS = frozenset({"from ._validation import ValidationIssue"})
_UNIONS = ("anyOf", "oneOf")


Fusable = Mapping[str, ModelIR]
"""The models that have `_parse`, by pointer."""


@dataclass(frozen=True)
class ParsePlan:
    checks: str
    """Module-level constants, helpers and functions the `_parse` bodies use ("" when none)."""
    bodies: Mapping[str, tuple[str, ...]]
    """The body of `_parse` per class name, for the models that have one."""
    uses_not_given: bool
    """Whether a body writes `NOT_GIVEN` (an optional field), so the module imports it."""
    calls: frozenset[ModelIR]
    """The models whose `_parse` the bodies call (the module imports those of other modules)."""


def fusable_models(
    document: Mapping[str, Any], models: Sequence[ModelIR], convert: Convert
) -> Fusable:
    """The models of the whole package that get `_parse`: decided once, before any module."""
    fusable = {m.pointer: m for m in models if m.strict and _named_properties(document, m)}
    while True:  # dropping a model changes how the models that hold it are checked
        needs_import = [
            m.pointer for m in fusable.values() if _imports(document, m, fusable, convert)
        ]
        if not needs_import:
            return fusable
        for pointer in needs_import:
            del fusable[pointer]


def parse_plan(
    document: Mapping[str, Any], models: Sequence[ModelIR], fusable: Fusable, convert: Convert
) -> ParsePlan:
    """`_parse` of those of `models` (one module's) that have one, and the checks they use."""
    compiler = Compiler(document)
    writer = _Writer(document, compiler, fusable, convert)
    bodies = {m.class_name: writer.body(m) for m in models if m.pointer in fusable}
    compiler.drain()
    checks = assemble(compiler, []).strip("\n") if bodies else ""
    return ParsePlan(checks, bodies, writer.uses_not_given, frozenset(writer.calls))


def _named_properties(document: Mapping[str, Any], model: ModelIR) -> bool:
    """Whether the model's fields are exactly the `properties` of its own schema node."""
    schema = lookup(document, model.pointer)
    properties = schema.get("properties") if isinstance(schema, Mapping) else None
    if not isinstance(properties, Mapping) or sorted(properties) != sorted(model.wire_names):
        return False
    if model.extra_type is not None and model.extra_type.converts():
        return False
    return all(
        f.pointer == pointer_join(model.pointer, "properties", f.wire_name) for f in model.fields
    )


def _imports(
    document: Mapping[str, Any], model: ModelIR, fusable: Mapping[str, ModelIR], convert: Convert
) -> bool:
    """Whether the model's checks need an import the models module does not have."""
    compiler = Compiler(document)
    _Writer(document, compiler, fusable, convert).body(model)
    compiler.drain()
    return bool((compiler.imports | helper_imports(compiler)) - _BASE_IMPORTS)


@dataclass
class _Writer:
    document: Mapping[str, Any]
    compiler: Compiler
    fusable: Mapping[str, ModelIR]
    convert: Convert
    uses_not_given: bool = False
    calls: set[ModelIR] = field(default_factory=set)

    def body(self, model: ModelIR) -> tuple[str, ...]:
        schema = lookup(self.document, model.pointer)
        locals_ = Locals()
        # The object's own keywords (required, additionalProperties...); the properties below.
        shell = {**schema, "properties": {name: True for name in schema["properties"]}}
        ctx = Ctx(True, "data", PathExpr(), locals_).knowing("object")
        lines = ["if type(data) is not dict:", "    return None"]
        lines += _returning_none(self.compiler.node(shell, model.pointer, ctx))
        lines.append("self = object.__new__(cls)")
        # Fields that hold models last: a refusal costs less when it comes before the building.
        for f in sorted(model.fields, key=lambda f: f.type.converts()):
            lines += self.field(f, locals_)
        if model.extra_type is not None:
            lines.append(
                "self.extra_properties = {} if cls._wire_names.issuperset(data) else "
                "{key: value for key, value in data.items() if key not in cls._wire_names}"
            )
        return (*lines, "return self")

    def field(self, f: FieldIR, locals_: Locals) -> list[str]:
        schema = lookup(self.document, f.pointer)
        var = locals_.new("v")
        key = lit(f.wire_name)
        store = f"self.{f.python_name} = {var}"
        body = self.fused(schema, f.pointer, var, locals_)
        if body is not None:  # stored once converted
            lines = [f"{var} = data[{key}]", *body, store]
        else:
            checks = self.compiler.node(schema, f.pointer, Ctx(True, var, PathExpr(), locals_, 1))
            if not checks and not f.type.converts():
                self.uses_not_given |= not f.required
                value = f"data[{key}]" if f.required else f"data.get({key}, NOT_GIVEN)"
                return [f"self.{f.python_name} = {value}"]
            # Stored before the checks, which narrow the value's type (a `str` is no `Literal`).
            lines = [f"{store} = data[{key}]", *_returning_none(checks)]
            if f.type.converts():
                lines += [*self.convert(f.type, var), store]
        if f.required:  # the object's `required` check has run
            return lines
        self.uses_not_given = True
        return [
            f"if {key} in data:",
            *indent(lines),
            "else:",
            f"    self.{f.python_name} = NOT_GIVEN",
        ]

    def fused(self, schema: Any, pointer: str, var: str, locals_: Locals) -> list[str] | None:
        """Checks and conversion of a property that plainly holds a model, or None."""
        model = self.model_at(schema, pointer)
        if model is not None:
            return _parsed(model, var, var)
        if not isinstance(schema, Mapping):
            return None
        keys = _keywords(schema)
        if keys == {"type", "items"} and schema["type"] == "array":
            item_model = self.model_at(schema["items"], pointer_join(pointer, "items"))
            if item_model is not None:
                return _parsed_list(item_model, var, locals_)
        if len(keys) == 1 and next(iter(keys)) in _UNIONS:
            return self.union(schema, pointer, var)
        return None

    def union(self, schema: Mapping[str, Any], pointer: str, var: str) -> list[str] | None:
        """A union of one model and branches that take no object: the value's type picks."""
        keyword = next(iter(_keywords(schema)))
        branches = schema[keyword]
        if not isinstance(branches, list):
            return None
        found = [
            (i, self.model_at(b, pointer_join(pointer, keyword, i))) for i, b in enumerate(branches)
        ]
        models = [m for _, m in found if m is not None]
        others = [i for i, m in found if m is None]
        if len(models) != 1 or lookup(self.document, models[0].pointer).get("type") != "object":
            return None
        if not all(_takes_no_object(branches[i]) for i in others) or (
            keyword == "oneOf" and len(others) > 1
        ):
            return None
        tests = [
            self.compiler.predicate(branches[i], pointer_join(pointer, keyword, i), var)
            for i in others
        ]
        lines = [f"if type({var}) is dict:", *indent(_parsed(models[0], var, var))]
        if tests:
            return [
                *lines,
                f"elif {bare(negate(' or '.join(map(paren, tests))))}:",
                "    return None",
            ]
        return [*lines, "else:", "    return None"]

    def model_at(self, schema: Any, pointer: str) -> ModelIR | None:
        """The model with `_parse` that the schema at `pointer` is: inline, or by `$ref`."""
        model = self.fusable.get(pointer)
        if model is None and isinstance(schema, Mapping) and _keywords(schema) == {"$ref"}:
            model = self.fusable.get(schema["$ref"])
        if model is not None:
            self.calls.add(model)
        return model


def _parsed(model: ModelIR, source: str, target: str) -> list[str]:
    return [
        f"{target} = {model.class_name}._parse({source})",
        f"if {target} is None:",
        "    return None",
    ]


def _parsed_list(model: ModelIR, var: str, locals_: Locals) -> list[str]:
    built, item, one = locals_.new("v"), locals_.new("v"), locals_.new("v")
    return [
        f"if type({var}) is not list:",
        "    return None",
        f"{built} = []",
        f"for {item} in {var}:",
        *indent(_parsed(model, item, one)),
        f"    {built}.append({one})",
        f"{var} = {built}",
    ]


def _keywords(schema: Mapping[str, Any]) -> set[str]:
    return {k for k in schema if not (k in ANNOTATIONS or is_extension(k))}


def _takes_no_object(schema: Any) -> bool:
    if not isinstance(schema, Mapping) or "$ref" in schema or "type" not in schema:
        return False
    types = schema["type"]
    return "object" not in ([types] if isinstance(types, str) else types)


def _returning_none(lines: list[str]) -> list[str]:
    """Fast-mode checks say `return False` on a problem; `_parse` says None."""
    return [
        line.replace("return False", "return None") if line.strip() == "return False" else line
        for line in lines
    ]
