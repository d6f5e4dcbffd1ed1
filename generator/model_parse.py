"""Render, part 2: `_parse`, the one walk of a strict model that checks, builds and lists issues.

A strict `from_dict` used to walk the tree twice: first a check, then `_decode` to build the
objects; and then, after a refusal, `validate_` a third time for the list of every issue.
`_parse(data, path, issues)` does all of it in one walk: it runs the validators' own checks in
their check mode (the same compiler on the same schema nodes, so the same issues with the same
pointers, in the same order as `validate_`), and where `properties` would check the fields it
checks and stores them. A property that holds a model is handed to that model's `_parse` when its
schema is plainly that model (a `$ref`, the inline object, an array of it with its own counts, or
a union of models and of branches that take no object and convert nothing: a module function
per union, `_parse_<field>`, which returns what it built); any other property is checked by the
compiler and, once it passed, converted as `_decode` converts it. The object
built is only worth keeping when no issue was added. Its checks nest as deep as a validator
function's, though a method's body sits a level deeper: fewer of them are inline.

A model gets `_parse` when it is strict, its schema says `type: object` and names its fields
under `properties`, and its checks need no import (patterns and `multipleOf` do: those models
keep `is_valid_` + `_decode`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from generator.ir import FieldIR, ModelIR
from generator.types import ModelRef, PyType, UnionType, unaliased
from generator.validators.assemble import assemble, expand_helpers
from generator.validators.blame import blame_lines
from generator.validators.checks import HELPER_IMPORTS, type_expr
from generator.validators.compiler import Compiler
from generator.validators.context import PATH_ARGUMENT, Ctx, Emitter, SchemaCompiler
from generator.validators.emit import bare, indent, lit, negate, paren
from generator.validators.kw_generic import any_of_order, many_valid, none_valid
from generator.vocabulary import ANNOTATIONS, escape_token, is_extension, lookup, pointer_join

Convert = Callable[[PyType, str, str], list[str]]
"""Statements converting a checked local variable of a type that converts, in place (the
type, the variable, the pointer of its field)."""

# What every compiled check set imports anyway; anything more keeps a model off `_parse`.
_BASE_IMPORTS = frozenset({"from ._validation import ValidationIssue"})
_UNIONS = ("anyOf", "oneOf")
# An array of models whose `items` `_parse` builds: keywords that only look at the raw list.
_ARRAY_KEYWORDS = frozenset({"type", "items", "minItems", "maxItems", "uniqueItems"})


_Branches = tuple[str, list[tuple[str, Any, ModelIR]], list[tuple[str, Any]]]
"""A union's keyword, its branches that are models (pointer, schema, model), and the others."""

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
    calls: dict[str, set[str]] = {}  # the fusable models whose `_parse` each one's checks call
    pending = list(fusable.values())
    while pending:  # dropping a model changes how the models that call it are checked, only
        needs_import, called = _imports(document, pending, fusable, convert)
        calls.update(called)
        dropped = {model.pointer for model in pending if needs_import[model.pointer]}
        for pointer in dropped:
            del fusable[pointer]
        pending = [m for m in fusable.values() if calls[m.pointer] & dropped]
    return fusable


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
    if not _is_object(schema):  # else a value of another type is valid, and builds nothing
        return False
    properties = schema.get("properties")
    if not isinstance(properties, Mapping) or sorted(properties) != sorted(model.wire_names):
        return False
    if model.extra_type is not None and model.extra_type.converts():
        return False
    return all(
        f.pointer == pointer_join(model.pointer, "properties", f.wire_name) for f in model.fields
    )


def _imports(
    document: Mapping[str, Any],
    models: Sequence[ModelIR],
    fusable: Mapping[str, ModelIR],
    convert: Convert,
) -> tuple[dict[str, bool], dict[str, set[str]]]:
    """Per model (by pointer): whether its checks need an import the models module does not
    have, and the models whose `_parse` they call. One compiler for all of them, each model's
    checks a unit of its own: a function many of them call is compiled once."""
    compiler = Compiler(document)
    calls: dict[str, set[str]] = {}
    for model in models:
        compiler.begin(model.pointer)
        writer = _Writer(document, compiler, fusable, convert)
        writer.body(model)
        calls[model.pointer] = {called.pointer for called in writer.calls}
    compiler.drain()
    needs = {}
    for model in models:
        imports, helpers = _closure(compiler, model.pointer)
        needed = imports | {
            HELPER_IMPORTS[h] for h in expand_helpers(helpers) if h in HELPER_IMPORTS
        }
        needs[model.pointer] = bool(needed - _BASE_IMPORTS)
    return needs, calls


def _closure(compiler: Compiler, unit: str) -> tuple[set[str], set[str]]:
    """The imports and helpers of `unit` and of every function it calls, however deep."""
    imports: set[str] = set()
    helpers: set[str] = set()
    seen = {unit}
    todo = [unit]
    while todo:
        uses = compiler.uses.get(todo.pop())
        if uses is None:
            continue
        imports |= uses.imports
        helpers |= uses.helpers
        todo += uses.functions - seen
        seen |= uses.functions
    return imports, helpers


@dataclass
class _Writer:
    document: Mapping[str, Any]
    compiler: Compiler
    fusable: Mapping[str, ModelIR]
    convert: Convert
    uses_not_given: bool = False
    calls: set[ModelIR] = field(default_factory=set)
    unions: dict[str, tuple[str, _Branches]] = field(default_factory=dict)
    """The union functions the bodies call, by name: the union's pointer and branches."""

    def body(self, model: ModelIR) -> tuple[str, ...]:
        """The model's own checks in check mode, its `properties` building the fields."""

        def properties(
            c: SchemaCompiler, value: Any, schema: Mapping[str, Any], pointer: str, ctx: Ctx
        ) -> list[str]:
            return self.fields(model, pointer, ctx)

        # A method's body sits a level deeper than a function's: its checks nested as deep
        # would run past 100 columns, so fewer of them are inline (the rest are calls).
        emitters = {"properties": properties}
        checks = self.compiler.function_body(
            False, model.pointer, PATH_ARGUMENT, emitters, deeper=4
        )
        self.write_unions()
        return ("self = object.__new__(cls)", *checks, "return self")

    def fields(self, model: ModelIR, pointer: str, ctx: Ctx) -> list[str]:
        """Each field checked and stored, in `properties` order (the order of the issues)."""
        by_wire_name = {f.wire_name: f for f in model.fields}
        properties = lookup(self.document, pointer_join(pointer, "properties"))
        lines: list[str] = []
        for name in properties:
            lines += self.field(by_wire_name[name], ctx)
        if model.extra_type is not None:
            lines.append(
                "self.extra_properties = {} if cls._wire_names.issuperset(data) else "
                "{key: value for key, value in data.items() if key not in cls._wire_names}"
            )
        return lines

    def field(self, f: FieldIR, ctx: Ctx) -> list[str]:
        schema = lookup(self.document, f.pointer)
        key, target = lit(f.wire_name), f"self.{f.python_name}"
        child = ctx.child(ctx.new("v"), ctx.path.plus("/" + escape_token(f.wire_name)))
        lines = self.fused(schema, f, child, target, f"{ctx.var}[{key}]")
        if lines is None:
            count = ctx.new("n") if f.type.converts() else ""
            checks = self.compiler.descend(schema, f.pointer, child)
            if not checks and not count and not f.required:
                self.uses_not_given = True
                return [f"{target} = {ctx.var}.get({key}, NOT_GIVEN)"]
            # Stored before the checks, which narrow the value's type (a `str` is no `Literal`);
            # a value nothing checks or converts needs no local name.
            local = f"{child.var} = " if checks or count else ""
            lines = [f"{target} = {local}{ctx.var}[{key}]", *checks]
            if count:  # only a value that passed its checks converts
                converted = [*self.convert(f.type, child.var, f.pointer), f"{target} = {child.var}"]
                lines[1:1] = [f"{count} = len(issues)"]
                lines += [f"if len(issues) == {count}:", *indent(converted)]
        if f.required:  # when it is missing, `required` says so
            return [f"if {key} in {ctx.var}:", *indent(lines)]
        self.uses_not_given = True
        return [f"if {key} in {ctx.var}:", *indent(lines), "else:", f"    {target} = NOT_GIVEN"]

    def fused(self, schema: Any, f: FieldIR, ctx: Ctx, target: str, raw: str) -> list[str] | None:
        """Checks and building of a property that plainly holds a model, or None.

        `raw` is the property's value; `ctx` names the local that holds it where one is needed.
        """
        pointer = f.pointer
        model = self.model_at(schema, pointer)
        if model is not None:
            return [f"{target} = {_parsed(model, raw, ctx)}"]
        if not isinstance(schema, Mapping):
            return None
        keys = _keywords(schema)
        if keys <= _ARRAY_KEYWORDS and {"type", "items"} <= keys and schema["type"] == "array":
            item_model = self.model_at(schema["items"], pointer_join(pointer, "items"))
            if item_model is not None:
                checks = self.array(schema, pointer, ctx, target, item_model)
                return [f"{ctx.var} = {raw}", *checks]
        if len(keys) == 1 and next(iter(keys)) in _UNIONS and not _converts_beside_models(f.type):
            name = self.union_parser(schema, pointer)
            return (
                None if name is None else [f"{target} = {name}({raw}, {ctx.path.render()}, issues)"]
            )
        return None

    def array(
        self, schema: Mapping[str, Any], pointer: str, ctx: Ctx, target: str, item: ModelIR
    ) -> list[str]:
        """The array's own checks (type, counts, uniqueness), its `items` building the list.

        An item's pointer costs a `str()` and two concatenations per item (a fifth of a long
        list's parse, profiled): the items are built without one, and only when one of them
        adds an issue are they walked again, each with its pointer, for the issues.
        """

        def items(
            c: SchemaCompiler, value: Any, schema: Mapping[str, Any], pointer: str, ctx: Ctx
        ) -> list[str]:
            count, built, index, var = ctx.new("n"), ctx.new("v"), ctx.new("i"), ctx.new("v")
            each = ctx.child(var, ctx.path.plus_expr(f"str({index})"))
            # A loop, not a comprehension: one that used `issues` made it a closure cell for
            # the whole `_parse` (profiled: 0.2-0.6 µs a call, every instance).
            return [
                f"{count} = len(issues)",
                f"{built}: list[{item.class_name}] = []",
                f"for {var} in {ctx.var}:",
                f'    {built}.append({item.class_name}._parse({var}, "", issues))',
                f"{target} = {built}",
                f"if len(issues) != {count}:  # walked again for the pointers of the issues",
                f"    del issues[{count}:]",
                f"    for {index}, {var} in enumerate({ctx.var}):",
                f"        {_parsed(item, var, each)}",
            ]

        return self.compiler.node(schema, pointer, ctx, {"items": items})

    def union_parser(self, schema: Mapping[str, Any], pointer: str) -> str | None:
        """The name of the function that checks and builds a union of models, or None when it
        is not one: a union of models and of branches that take no object (`union`).

        A function of its own, not lines inside `_parse`: there the checks sit five levels deep,
        where a long class name ran past 100 columns and black cannot break it.
        """
        branches = self.union_branches(schema, pointer)
        if branches is None:
            return None
        name = self.compiler.names.name("parse", pointer)
        self.unions.setdefault(name, (pointer, branches))
        return name

    def union_branches(self, schema: Mapping[str, Any], pointer: str) -> _Branches | None:
        """(keyword, the models' branches, the other branches), when `_parse` can build it."""
        keyword = next(iter(_keywords(schema)))
        branches = schema[keyword]
        if not isinstance(branches, list):
            return None
        pointers = [pointer_join(pointer, keyword, i) for i in range(len(branches))]
        found = [self.model_at(b, p) for b, p in zip(branches, pointers, strict=True)]
        models = [(p, b, m) for p, b, m in zip(pointers, branches, found, strict=True) if m]
        others = [(p, b) for p, b, m in zip(pointers, branches, found, strict=True) if m is None]
        if not models or not all(_is_object(lookup(self.document, m.pointer)) for *_, m in models):
            return None
        if not all(_takes_no_object(b) for _, b in others) or (
            keyword == "oneOf" and len(others) > 1
        ):
            return None
        return keyword, models, others

    def write_unions(self) -> None:
        """The source of each union's function asked for since the last call: the union's own
        checks in check mode, its branches building the models."""
        for name, (pointer, branches) in self.unions.items():
            if name in self.compiler.function_sources:
                continue
            emitters = {branches[0]: self.union_emitter(branches)}
            body = self.compiler.function_body(False, pointer, PATH_ARGUMENT, emitters)
            # `Any`: the value built, or the value as it came when it is no model; the field's
            # type only once no issue was added, which no annotation can say.
            head = f"def {name}(data: Any, path: str, issues: list[ValidationIssue]) -> Any:"
            self.compiler.function_sources[name] = "\n".join(
                [head, *indent([*body, "return data"])]
            )

    def union_emitter(self, branches: _Branches) -> Emitter:
        """The emitter of the union's keyword: the lines of `union`."""

        def emit(
            c: SchemaCompiler, value: Any, schema: Mapping[str, Any], pointer: str, ctx: Ctx
        ) -> list[str]:
            return self.union(*branches, ctx)

        return emit

    def union(
        self,
        keyword: str,
        models: list[tuple[str, Any, ModelIR]],
        others: list[tuple[str, Any]],
        ctx: Ctx,
    ) -> list[str]:
        """A union of models and of branches that take no object: the value's type picks.

        A dict is the models' to check; any other value cannot be a model, so it is checked
        against the other branches alone, with the issues `validate_` reports for it. A value
        that is not a model is returned as it came.
        """
        tests = [self.compiler.predicate(b, p, ctx.var) for p, b in others]
        tests = any_of_order(tests) if keyword == "anyOf" else tests
        blame = blame_lines(self.compiler, others, ctx, ctx.fail(keyword, none_valid(ctx.var)))
        otherwise = f"elif {bare(negate(' or '.join(map(paren, tests))))}:" if tests else "else:"
        return [
            f"if {bare(type_expr('object', ctx.var))}:",
            *indent(self.models(keyword, models, ctx)),
            otherwise,
            *indent(blame),
        ]

    def models(self, keyword: str, models: list[tuple[str, Any, ModelIR]], ctx: Ctx) -> list[str]:
        """A dict's lines: the one model's `_parse`; of several, the first whose predicate
        holds (`oneOf`: and no later one), else the union's issue (`validate_` names no branch
        when two admit objects)."""
        if len(models) == 1:
            return [f"return {_parsed(models[0][2], ctx.var, ctx)}"]
        tests = [self.compiler.predicate(b, p, ctx.var) for p, b, _ in models]
        lines: list[str] = []
        for i, (_, _, model) in enumerate(models):
            body = [f"return {_parsed(model, ctx.var, ctx)}"]
            if keyword == "oneOf" and tests[i + 1 :]:
                built = ctx.new("v")
                many = ctx.fail("oneOf", many_valid(ctx.var))
                body = [
                    f"{built} = {_parsed(model, ctx.var, ctx)}",
                    f"if {bare(' or '.join(map(paren, tests[i + 1 :])))}:",
                    *indent(many),
                    f"return {built}",
                ]
            lines += [f"{'elif' if lines else 'if'} {bare(tests[i])}:", *indent(body)]
        return [*lines, "else:", *indent(ctx.fail(keyword, none_valid(ctx.var)))]

    def model_at(self, schema: Any, pointer: str) -> ModelIR | None:
        """The model with `_parse` that the schema at `pointer` is: inline, or by `$ref`."""
        model = self.fusable.get(pointer)
        if model is None and isinstance(schema, Mapping) and _keywords(schema) == {"$ref"}:
            model = self.fusable.get(schema["$ref"])
        if model is not None:
            self.calls.add(model)
        return model


def _parsed(model: ModelIR, var: str, ctx: Ctx) -> str:
    return f"{model.class_name}._parse({var}, {ctx.path.render()}, issues)"


def _converts_beside_models(py_type: PyType) -> bool:
    """Whether a union has options besides its models that convert (a list of models): the
    type of a value that is not an object does not then say it is kept as it is."""
    target = unaliased(py_type)
    options = target.options if isinstance(target, UnionType) else ()
    return any(o.converts() and not isinstance(unaliased(o), ModelRef) for o in options)


def _keywords(schema: Mapping[str, Any]) -> set[str]:
    return {k for k in schema if not (k in ANNOTATIONS or is_extension(k))}


def _is_object(schema: Any) -> bool:
    return isinstance(schema, Mapping) and schema.get("type") in ("object", ["object"])


def _takes_no_object(schema: Any) -> bool:
    if not isinstance(schema, Mapping) or "$ref" in schema or "type" not in schema:
        return False
    types = schema["type"]
    return "object" not in ([types] if isinstance(types, str) else types)
