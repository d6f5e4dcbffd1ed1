"""Where emitted code stands (the variable, its JSON pointer, the mode) and what emitters may ask.

Keyword emitters see the compiler only through `SchemaCompiler`, a narrow Protocol: they import
this module, never the compiler, so dependencies run one way (compiler -> keywords -> kw_*).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from generator.validators.emit import bare, indent, lit
from generator.vocabulary import MAX_INLINE_DEPTH


@dataclass(frozen=True)
class PathExpr:
    """A JSON pointer as a Python expression: literal pieces and runtime pieces, joined by `+`."""

    parts: tuple[tuple[bool, str], ...] = ()  # (is_literal, text)

    def plus(self, literal: str) -> PathExpr:
        return PathExpr((*self.parts, (True, literal)))

    def plus_expr(self, expr: str) -> PathExpr:
        return PathExpr((*self.parts, (True, "/"), (False, expr)))

    def render(self) -> str:
        merged: list[tuple[bool, str]] = []
        for is_literal, text in self.parts:
            if is_literal and merged and merged[-1][0]:
                merged[-1] = (True, merged[-1][1] + text)
            else:
                merged.append((is_literal, text))
        if not merged:
            return '""'
        return " + ".join(lit(text) if is_literal else text for is_literal, text in merged)


PATH_ARGUMENT = PathExpr(((False, "path"),))
"""The pointer of a check function's value: its `path` argument."""


@dataclass
class Locals:
    """Fresh local variable names within one emitted function."""

    counter: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def new(self, prefix: str) -> str:
        return f"{prefix}{next(self.counter)}"


@dataclass(frozen=True)
class Ctx:
    """The emission context of one schema node.

    `fast` is the `is_valid_` mode (fail = `return False`); otherwise failures append a
    `ValidationIssue` to `issues`. `known` is a JSON type the value is already known to have.
    """

    fast: bool
    var: str
    path: PathExpr
    locals: Locals
    depth: int = 0
    known: str | None = None
    inline_limit: int = MAX_INLINE_DEPTH
    """Subschemas this deep get a function of their own (less in a function nested too deep)."""

    def fail(self, keyword: str, message: str) -> list[str]:
        """Lines that record a failure of `keyword`; `message` is a Python str expression."""
        if self.fast:
            return ["return False"]
        return [f"issues.append(ValidationIssue({self.path.render()}, {lit(keyword)}, {message}))"]

    def check(self, cond: str, keyword: str, message: str) -> list[str]:
        """`if cond:` + the failure lines (just the failure when `cond` always holds)."""
        if cond in ("True", "not False"):
            return self.fail(keyword, message)
        return [f"if {bare(cond)}:", *indent(self.fail(keyword, message))]

    def child(self, var: str, path: PathExpr) -> Ctx:
        return Ctx(self.fast, var, path, self.locals, self.depth + 1, None, self.inline_limit)

    @property
    def inlines(self) -> bool:
        """Whether a subschema here is checked inline (else by a call to its own function)."""
        return self.depth < self.inline_limit

    def knowing(self, json_type: str | None) -> Ctx:
        # Not `dataclasses.replace`, which costs 5x as much, on the compiler's hottest path.
        return Ctx(
            self.fast, self.var, self.path, self.locals, self.depth, json_type, self.inline_limit
        )

    def new(self, prefix: str) -> str:
        return self.locals.new(prefix)


def value_message(var: str, text: str) -> str:
    """A message expression: the offending value's repr followed by constant `text`."""
    return f"repr({var}) + {lit(text)}"


class SchemaCompiler(Protocol):
    """What a keyword emitter may ask of the compiler (`validators/compiler.py`)."""

    requirements: set[str]
    """Distributions (with a version range) the emitted module imports beyond the stdlib."""

    def error(self, message: str, pointer: str) -> None:
        """Record a problem with the schema at `pointer`."""

    def constant(self, prefix: str, source: str) -> str:
        """The name of a module constant holding `source`."""

    def add_import(self, line: str) -> None:
        """An import line the emitted code needs (`import re`, say)."""

    def helper(self, name: str) -> str:
        """Emit the runtime helper `name` into the module; returns its name."""

    def resolve(self, ref: object, pointer: str) -> tuple[str, Any] | None:
        """The (pointer, schema) a `$ref` names, or None (error recorded)."""

    def node(self, schema: Any, pointer: str, ctx: Ctx) -> list[str]:
        """Every check of a schema node, inline."""

    def descend(self, schema: Any, pointer: str, ctx: Ctx) -> list[str]:
        """The checks of a subschema: inline while shallow, else a call."""

    def call(self, pointer: str, ctx: Ctx) -> list[str]:
        """A call of the function compiled from the node at `pointer`."""

    def predicate(self, schema: Any, pointer: str, var: str) -> str:
        """A boolean expression: does `var` satisfy the node at `pointer`?"""


Emitter = Callable[[SchemaCompiler, Any, Mapping[str, Any], str, Ctx], list[str]]
"""A keyword's emitter: (compiler, keyword value, schema, pointer, context) -> lines."""
