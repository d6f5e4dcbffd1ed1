"""The compiler: walks schema nodes and asks the keyword table for the lines of each keyword."""

from __future__ import annotations

from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from generator.errors import GenerationError
from generator.naming import PrivateNames
from generator.validators import refs
from generator.validators.checks import GROUPS, implies, type_expr, types_expr
from generator.validators.context import (
    PATH_ARGUMENT,
    Ctx,
    Emitter,
    Locals,
    PathExpr,
    value_message,
)
from generator.validators.emit import bare, finish_predicate, guard, indent, negate, paren
from generator.validators.keywords import KEYWORDS, Keyword
from generator.validators.kw_generic import const_expr, enum_expr
from generator.vocabulary import (
    ANNOTATIONS,
    JSON_TYPES,
    MAX_INLINE_DEPTH,
    is_extension,
    is_trivial,
    lookup,
)

MAX_CODE_INDENT = 36
"""Columns of indentation a function body may reach before black wraps anything: with black's
own wrapping (a call over five lines) and the widest string piece or name, 100 columns hold."""
_SIMPLE_PREDICATE_KEYS = frozenset({"type", "enum", "const"})
# Object keywords an empty object always passes: when a node's object checks are only these,
# they go under `if <object>:`. Profiled on `{}` against a 16-property schema, the presence test
# of each property was most of the call; an empty object now costs one truth test instead.
_PASSED_BY_EMPTY = frozenset(
    {
        "properties",
        "patternProperties",
        "additionalProperties",
        "propertyNames",
        "maxProperties",
        "dependentRequired",
        "dependentSchemas",
    }
)


@dataclass
class Uses:
    """What one compiled unit (a private function, or a public pair) refers to by name: the
    module plan splits the functions over modules and imports what each module's units use."""

    functions: set[str] = field(default_factory=set)
    constants: set[str] = field(default_factory=set)
    helpers: set[str] = field(default_factory=set)
    imports: set[str] = field(default_factory=set)


class Compiler:
    """Collects functions, module constants, helpers and errors while compiling schema nodes."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        self.errors: list[GenerationError] = []
        self.names = PrivateNames()
        self.constants: dict[str, str] = {}  # source -> name, in creation order
        self.helpers: set[str] = set()
        self.imports: set[str] = {"from ._validation import ValidationIssue"}
        self.requirements: set[str] = set()  # distributions the module imports, beyond stdlib
        self.functions: dict[tuple[bool, str], str] = {}
        self._queue: deque[tuple[bool, str]] = deque()
        self.function_sources: dict[str, str] = {}  # name -> source, in compile order
        self.uses: dict[str, Uses] = {}  # unit -> what it uses
        self._unit = Uses()

    def begin(self, unit: str) -> None:
        """Record what the lines compiled from now on use, as the unit's (see `Uses`)."""
        self._unit = self.uses.setdefault(unit, Uses())

    # -- bookkeeping -------------------------------------------------------------------------

    def error(self, message: str, pointer: str) -> None:
        error = GenerationError(message, pointer)
        if error not in self.errors:
            self.errors.append(error)

    def constant(self, prefix: str, source: str) -> str:
        """A module-level constant holding `source` (deduplicated by its source text)."""
        if source not in self.constants:
            self.constants[source] = self.names.constant(prefix)
        self._unit.constants.add(self.constants[source])
        return self.constants[source]

    def helper(self, name: str) -> str:
        self.helpers.add(name)
        self._unit.helpers.add(name)
        return name

    def add_import(self, line: str) -> None:
        self.imports.add(line)
        self._unit.imports.add(line)

    def function(self, fast: bool, pointer: str) -> str:
        """The private function compiled from the node at `pointer` (queued on first use)."""
        key = (fast, pointer)
        if key not in self.functions:
            self.functions[key] = self.names.name("is" if fast else "check", pointer)
            self._queue.append(key)
        self._unit.functions.add(self.functions[key])
        return self.functions[key]

    def drain(self) -> None:
        """Compile queued functions until none is left (refs may queue more)."""
        while self._queue:
            fast, pointer = self._queue.popleft()
            name = self.functions[(fast, pointer)]
            self.begin(name)
            self.function_sources[name] = self._function_source(name, fast, pointer)

    def _function_source(self, name: str, fast: bool, pointer: str) -> str:
        body = self.function_body(fast, pointer, PATH_ARGUMENT)
        if fast:
            head = f"def {name}(data: object) -> bool:"
            body = finish_predicate(body)
        else:
            head = f"def {name}(data: object, path: str, issues: list[ValidationIssue]) -> None:"
            body = body or ["pass"]
        return "\n".join([head, *indent(body)])

    def function_body(
        self,
        fast: bool,
        pointer: str,
        path: PathExpr,
        emitters: Mapping[str, Emitter] | None = None,
        deeper: int = 0,
    ) -> list[str]:
        """The lines of a function checking `data` against the node at `pointer`; compiled
        again with fewer subschemas inline while they nest past `MAX_CODE_INDENT` (what the
        attempt queued, named and reported is taken back).

        `emitters` as for `node`; `deeper`: the columns the body sits deeper than a module
        function's (a method's: 4).
        """
        for limit in range(MAX_INLINE_DEPTH, -1, -1):
            mark = self._mark()
            ctx = Ctx(fast, "data", path, Locals(), inline_limit=limit)
            body = self.node(self.lookup(pointer), pointer, ctx, emitters)
            if limit == 0 or _deepest_indent(body) + deeper <= MAX_CODE_INDENT:
                return body
            self._rollback(mark)
        raise AssertionError("unreachable: the last attempt inlines nothing and returns")

    def _mark(self) -> tuple[tuple[int, ...], Uses]:
        counts = (len(self.functions), len(self._queue), len(self.constants), len(self.errors))
        unit = self._unit
        used = Uses(set(unit.functions), set(unit.constants), set(unit.helpers), set(unit.imports))
        return counts, used

    def _rollback(self, mark: tuple[tuple[int, ...], Uses]) -> None:
        """Forget the functions, constants and errors made since `mark` (all appended last), and
        what the current unit used since then."""
        (functions, queued, constants, errors), used = mark
        self._unit.functions = used.functions
        self._unit.constants = used.constants
        self._unit.helpers = used.helpers
        self._unit.imports = used.imports
        for key in list(self.functions)[functions:]:
            self.names.forget(self.functions.pop(key))
        for source in list(self.constants)[constants:]:
            self.names.forget(self.constants.pop(source))
        while len(self._queue) > queued:
            self._queue.pop()
        del self.errors[errors:]

    # -- references --------------------------------------------------------------------------

    def lookup(self, pointer: str) -> Any:
        """The node at `pointer`; KeyError when there is none."""
        return lookup(self.document, pointer)

    def resolve(self, ref: object, pointer: str) -> tuple[str, Any] | None:
        """The (pointer, schema) a `$ref` value names; records an error when it cannot."""
        target = refs.ref_target(ref)
        if target is None:
            self.error(
                f"unsupported $ref {ref!r}: only local references ('#/...') are supported", pointer
            )
            return None
        try:
            return target, self.lookup(target)
        except KeyError:
            self.error(f"dangling $ref {ref!r}: nothing at {target}", pointer)
            return None

    def call(self, pointer: str, ctx: Ctx) -> list[str]:
        """Lines that apply the function compiled from `pointer` to the context's value."""
        name = self.function(ctx.fast, pointer)
        if ctx.fast:
            return [f"if not {name}({ctx.var}):", "    return False"]
        return [f"{name}({ctx.var}, {ctx.path.render()}, issues)"]

    # -- nodes -------------------------------------------------------------------------------

    def descend(self, schema: Any, pointer: str, ctx: Ctx) -> list[str]:
        """Lines for a subschema: inline while shallow, else a call to its own function."""
        if is_trivial(schema):
            return []
        if not ctx.inlines and isinstance(schema, Mapping):
            self.keywords(schema, pointer)  # report its problems now, in order
            return self.call(pointer, ctx)
        return self.node(schema, pointer, ctx)

    def keywords(self, schema: Mapping[str, Any], pointer: str) -> list[tuple[str, Keyword]]:
        """The validation keywords of a node, in spec order; unsupported ones become errors."""
        found = []
        for key in schema:
            if not isinstance(key, str):
                self.error(f"schema keys must be strings, not {key!r}", pointer)
            elif key in KEYWORDS:
                found.append((key, KEYWORDS[key]))
            elif key not in ANNOTATIONS and not is_extension(key):
                self.error(f"unsupported keyword {key!r}", pointer)
        return found

    def node(
        self,
        schema: Any,
        pointer: str,
        ctx: Ctx,
        emitters: Mapping[str, Emitter] | None = None,
    ) -> list[str]:
        """All lines that check `ctx.var` against the schema node at `pointer`.

        `emitters` replaces the table's emitter of some keywords of this node only (not of its
        subschemas): `_parse` builds a model's fields where `properties` checks them, and keeps
        every other line, so its issues come in `validate_`'s order.
        """
        custom = emitters or {}
        if schema is True:
            return []
        if schema is False:
            return ctx.fail("false", value_message(ctx.var, " is not allowed (false schema)"))
        if not isinstance(schema, Mapping):
            self.error("a schema must be an object or a boolean", pointer)
            return []
        types = self.types(schema, pointer)
        known = types[0] if types is not None and len(types) == 1 else None
        type_lines, group_ctx = self._type_check(types, ctx, known)
        generic: list[str] = []
        groups: dict[str, list[str]] = {g: [] for g in GROUPS}
        object_keys: set[str] = set()
        keywords = self.keywords(schema, pointer)
        enum_inside = not ctx.fast and known == "string" and _only_string_enum(schema, keywords)
        for key, kw in keywords:
            emit = custom.get(key, kw.emit)
            if emit is None:
                continue
            if kw.group is None and enum_inside:
                # Check mode: a string enum goes under the type test (a non-string always fails
                # it, so the type's `else` reports both): one type test, not two.
                lines = emit(self, schema[key], schema, pointer, ctx.knowing("string"))
                groups["string"] += lines
                type_lines += lines[1:] if type_lines else []
            elif kw.group is None:
                generic += emit(self, schema[key], schema, pointer, group_ctx)
            else:
                lines = emit(self, schema[key], schema, pointer, ctx.knowing(kw.group))
                groups[kw.group] += lines
                object_keys |= {key} if lines and kw.group == "object" else set()
        # A custom emitter may do more than check (store a field): it runs on `{}` too.
        passed_by_empty = object_keys <= _PASSED_BY_EMPTY and not custom.keys() & object_keys
        if passed_by_empty and _statements(groups["object"]) > 1:
            groups["object"] = [f"if {ctx.var}:", *indent(groups["object"])]
        return [*self._grouped(type_lines, groups, ctx, known), *generic]

    def types(self, schema: Mapping[str, Any], pointer: str) -> list[str] | None:
        if "type" not in schema:
            return None
        value = schema["type"]
        names = [value] if isinstance(value, str) else value
        if not isinstance(names, list) or not names or any(t not in JSON_TYPES for t in names):
            self.error(
                f"keyword 'type' must be one of {list(JSON_TYPES)} or a list of them", pointer
            )
            return None
        return list(dict.fromkeys(names))

    def _type_check(
        self, types: list[str] | None, ctx: Ctx, known: str | None
    ) -> tuple[list[str], Ctx]:
        """The `type` check's lines, and the context later keywords see (fast: type now known)."""
        if types is None or (ctx.known is not None and types == [ctx.known]):
            return [], ctx
        expr = types_expr(types, ctx.var)
        message = value_message(ctx.var, " is not of type " + ", ".join(map(repr, types)))
        lines = [f"if {bare(negate(expr))}:", *indent(ctx.fail("type", message))]
        return lines, (ctx.knowing(known) if ctx.fast and known else ctx)

    def _grouped(
        self, type_lines: list[str], groups: dict[str, list[str]], ctx: Ctx, known: str | None
    ) -> list[str]:
        """The type check, then each keyword group under a guard for its JSON type.

        Fast mode returns on a wrong type, so afterwards the type is known and groups need no
        guard (and groups it rules out are dropped). Check mode goes on after a type failure to
        report every problem, so each group keeps its guard; the group the type implies shares
        the type test (`if <type>: ... else: <type issue>`).
        """
        proven = (known if ctx.fast else None) or ctx.known
        lines: list[str] = list(type_lines) if ctx.fast else []
        merged = ctx.fast or not type_lines
        for group in GROUPS:
            body = groups[group]
            if not body or (proven is not None and not implies(proven, group)):
                continue
            if proven is not None:
                lines += body
            elif not merged and known is not None and implies(known, group):
                fail = type_lines[1:]
                lines += [f"if {bare(type_expr(known, ctx.var))}:", *indent(body), "else:", *fail]
                merged = True
            else:
                lines += guard(type_expr(group, ctx.var), body)
        return lines if merged else [*type_lines, *lines]

    # -- predicates --------------------------------------------------------------------------

    def predicate(self, schema: Any, pointer: str, var: str) -> str:
        """A boolean expression: does `var` satisfy the node at `pointer`? (inline when simple)"""
        if schema is True or schema is False:
            return repr(schema)
        if isinstance(schema, Mapping):
            keys = [k for k, _ in self.keywords(schema, pointer)]
            if keys == ["$ref"]:
                target = self.resolve(schema["$ref"], pointer)
                if target is None:
                    return "False"
                pointer, schema = target
                if not isinstance(schema, Mapping):
                    return self.predicate(schema, pointer, var)
                keys = [k for k, _ in self.keywords(schema, pointer)]
            if keys and set(keys) <= _SIMPLE_PREDICATE_KEYS:
                return self._simple_predicate(schema, pointer, var)
            if not keys:
                return "True"
        return f"{self.function(True, pointer)}({var})"

    def _simple_predicate(self, schema: Mapping[str, Any], pointer: str, var: str) -> str:
        types = self.types(schema, pointer)
        parts = [types_expr(types, var)] if types else []
        known = types[0] if types and len(types) == 1 else None
        if "enum" in schema:
            parts.append(enum_expr(self, schema["enum"], pointer, var, known))
        if "const" in schema:
            parts.append(const_expr(self, schema["const"], var, known))
        return " and ".join(paren(p) for p in parts) if len(parts) > 1 else parts[0]


def _only_string_enum(schema: Mapping[str, Any], keywords: list[tuple[str, Keyword]]) -> bool:
    """Whether `enum`, a list of strings, is the node's only keyword that applies to any type."""
    generic = [key for key, kw in keywords if kw.group is None and kw.emit is not None]
    values = schema.get("enum")
    if generic != ["enum"] or not isinstance(values, list) or not values:
        return False
    return all(isinstance(value, str) for value in values)


def _deepest_indent(lines: list[str]) -> int:
    """The deepest indentation in `lines` (an emitted line may hold several physical ones)."""
    physical = (line for text in lines for line in text.split("\n") if line.strip())
    return max((len(line) - len(line.lstrip(" ")) for line in physical), default=0)


def _statements(lines: list[str]) -> int:
    """How many statements `lines` holds at its own level."""
    return sum(1 for line in lines if line and not line.startswith((" ", "else", "elif")))
