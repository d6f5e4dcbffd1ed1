"""Keywords that apply to any value: `$ref`, `enum`, `const` and the combinators."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from generator.validators import refs
from generator.validators.blame import blame_lines
from generator.validators.context import Ctx, SchemaCompiler, value_message
from generator.validators.emit import (
    bare,
    display,
    enclosed,
    indent,
    is_call,
    lit,
    negate,
    paren,
    pysource,
)
from generator.vocabulary import is_trivial, pointer_join


def ref(
    c: SchemaCompiler, value: Any, schema: Mapping[str, Any], pointer: str, ctx: Ctx
) -> list[str]:
    """Inline a ref target that cannot recurse (no `$ref` below it); call a function otherwise."""
    target = c.resolve(value, pointer)
    if target is None:
        return []
    target_pointer, target_schema = target
    if is_trivial(target_schema):
        return []
    if ctx.inlines and not refs.contains_ref(target_schema):
        return c.node(target_schema, target_pointer, replace(ctx, depth=ctx.depth + 1))
    return c.call(target_pointer, ctx)


def _hashable_strings(values: list[Any]) -> bool:
    return all(isinstance(v, str) for v in values)


def enum_expr(c: SchemaCompiler, values: Any, pointer: str, var: str, known: str | None) -> str:
    """True when `var` is JSON-equal to one of `values`."""
    if not isinstance(values, list):
        c.error("keyword 'enum' must be a list", pointer)
        return "True"
    if not values:
        return "False"
    unique = list(dict.fromkeys(map(pysource, values)))
    if _hashable_strings(values):
        name = c.constant("ENUM", f"frozenset({display('{}', unique)})")
        if known == "string":
            return f"{var} in {name}"
        return f"(type({var}) is str or isinstance({var}, str)) and {var} in {name}"
    c.helper("_json_key")
    name = c.constant("ENUM", "frozenset(map(_json_key, [" + ", ".join(unique) + "]))")
    return f"_json_key({var}) in {name}"


def enum(
    c: SchemaCompiler, value: Any, schema: Mapping[str, Any], pointer: str, ctx: Ctx
) -> list[str]:
    expr = enum_expr(c, value, pointer, ctx.var, ctx.known)
    if expr == "True":
        return []
    shown = list(value) if isinstance(value, list) else value
    message = value_message(ctx.var, f" is not one of {shown!r}")
    return ctx.check(negate(expr), "enum", message)


def const_expr(c: SchemaCompiler, value: Any, var: str, known: str | None) -> str:
    """True when `var` is JSON-equal to `value` (1 == 1.0, True != 1, deep for containers)."""
    if value is None or isinstance(value, bool):
        return f"{var} is {value!r}"
    if isinstance(value, str):
        return f"{var} == {lit(value)}"
    c.helper("_json_key")
    name = c.constant("CONST", f"_json_key({pysource(value)})")
    return f"_json_key({var}) == {name}"


def const(
    c: SchemaCompiler, value: Any, schema: Mapping[str, Any], pointer: str, ctx: Ctx
) -> list[str]:
    expr = const_expr(c, value, ctx.var, ctx.known)
    message = f"{lit(f'{value!r} was expected, got ')} + repr({ctx.var})"
    return ctx.check(negate(expr), "const", message)


def _branches(c: SchemaCompiler, value: Any, key: str, pointer: str) -> list[tuple[str, Any]]:
    if not isinstance(value, list) or not value:
        c.error(f"keyword {key!r} must be a non-empty list of schemas", pointer)
        return []
    return [(pointer_join(pointer, key, i), branch) for i, branch in enumerate(value)]


def _predicates(c: SchemaCompiler, value: Any, key: str, pointer: str, var: str) -> list[str]:
    """One boolean expression per branch (an `anyOf`'s in the order `any_of_order` gives)."""
    exprs = [c.predicate(b, p, var) for p, b in _branches(c, value, key, pointer)]
    return any_of_order(exprs) if key == "anyOf" else exprs


def any_of_order(exprs: list[str]) -> list[str]:
    """Cheap tests first (`or` stops at the first that holds): a bare comparison such as
    `v is None`, then other inline tests, then calls of compiled predicates (`_is_...`), which
    cost the most (profiled: "inf" for an integer-or-"inf" field went through the integer's
    function first)."""
    return sorted(exprs, key=lambda expr: (expr.startswith("_is_"), "(" in expr))


def none_valid(var: str) -> str:
    """The message of a union no branch of which accepts `var`."""
    return value_message(var, " is not valid under any of the given schemas")


def many_valid(var: str) -> str:
    """The message of a `oneOf` more than one branch of which accepts `var`."""
    return value_message(var, " is valid under more than one of the given schemas")


def all_of(
    c: SchemaCompiler, value: Any, schema: Mapping[str, Any], pointer: str, ctx: Ctx
) -> list[str]:
    lines: list[str] = []
    for branch_pointer, branch in _branches(c, value, "allOf", pointer):
        lines += c.descend(branch, branch_pointer, replace(ctx, depth=ctx.depth + 1))
    return lines


def any_of(
    c: SchemaCompiler, value: Any, schema: Mapping[str, Any], pointer: str, ctx: Ctx
) -> list[str]:
    exprs = _predicates(c, value, "anyOf", pointer, ctx.var)
    if not exprs or "True" in exprs:
        return []
    cond = negate(" or ".join(paren(e) for e in exprs))
    message = none_valid(ctx.var)
    if ctx.fast:
        return ctx.check(cond, "anyOf", message)
    branches = _branches(c, value, "anyOf", pointer)
    return [f"if {bare(cond)}:", *indent(blame_lines(c, branches, ctx, ctx.fail("anyOf", message)))]


def one_of(
    c: SchemaCompiler, value: Any, schema: Mapping[str, Any], pointer: str, ctx: Ctx
) -> list[str]:
    exprs = _predicates(c, value, "oneOf", pointer, ctx.var)
    if not exprs:
        return []
    total = " + ".join(e if enclosed(e) or is_call(e) else f"({e})" for e in exprs)
    total = total if len(exprs) > 1 else f"int({exprs[0]})"
    if ctx.fast:
        return ctx.check(f"{total} != 1", "oneOf", "")
    n = ctx.new("n")
    none, many = none_valid(ctx.var), many_valid(ctx.var)
    branches = _branches(c, value, "oneOf", pointer)
    blame = blame_lines(c, branches, ctx, ctx.fail("oneOf", none))
    return [
        f"{n} = {total}",
        f"if {n} == 0:",
        *indent(blame),
        f"elif {n} > 1:",
        *indent(ctx.fail("oneOf", many)),
    ]


def not_(
    c: SchemaCompiler, value: Any, schema: Mapping[str, Any], pointer: str, ctx: Ctx
) -> list[str]:
    expr = c.predicate(value, pointer_join(pointer, "not"), ctx.var)
    message = value_message(ctx.var, " must not be valid under the 'not' schema")
    return ctx.check(expr, "not", message)
