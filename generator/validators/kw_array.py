"""Keywords of arrays: items, prefixItems, counts, uniqueness and `contains`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator.validators.context import Ctx, SchemaCompiler, value_message
from generator.validators.emit import indent, lit
from generator.validators.kw_scalar import count, size_bound
from generator.vocabulary import pointer_join


def _prefix(schema: Mapping[str, Any]) -> list[Any]:
    prefix = schema.get("prefixItems", [])
    return prefix if isinstance(prefix, list) else []


def prefix_items(
    c: SchemaCompiler, value: Any, schema: Mapping[str, Any], pointer: str, ctx: Ctx
) -> list[str]:
    if not isinstance(value, list) or not value:
        c.error("keyword 'prefixItems' must be a non-empty list of schemas", pointer)
        return []
    lines: list[str] = []
    for index, sub in enumerate(value):
        var = ctx.new("v")
        child = ctx.child(var, ctx.path.plus(f"/{index}"))
        body = c.descend(sub, pointer_join(pointer, "prefixItems", index), child)
        if body:
            lines += [f"if len({ctx.var}) > {index}:", f"    {var} = {ctx.var}[{index}]"]
            lines += indent(body)
    return lines


def items(
    c: SchemaCompiler, value: Any, schema: Mapping[str, Any], pointer: str, ctx: Ctx
) -> list[str]:
    start = len(_prefix(schema))
    if value is False:
        message = lit(f"expected at most {start} items, got ") + f" + str(len({ctx.var}))"
        return ctx.check(f"len({ctx.var}) > {start}", "items", message)
    var = ctx.new("v")
    seq = f"{ctx.var}[{start}:]" if start else ctx.var
    if ctx.fast:
        body = c.descend(value, pointer_join(pointer, "items"), ctx.child(var, ctx.path))
        return [f"for {var} in {seq}:", *indent(body)] if body else []
    index = ctx.new("i")
    child = ctx.child(var, ctx.path.plus_expr(f"str({index})"))
    body = c.descend(value, pointer_join(pointer, "items"), child)
    numbered = f"enumerate({seq}, {start})" if start else f"enumerate({seq})"
    return [f"for {index}, {var} in {numbered}:", *indent(body)] if body else []


def min_items(
    c: SchemaCompiler, value: Any, schema: Mapping[str, Any], pointer: str, ctx: Ctx
) -> list[str]:
    return size_bound(c, value, pointer, ctx, "minItems", "<", "items")


def max_items(
    c: SchemaCompiler, value: Any, schema: Mapping[str, Any], pointer: str, ctx: Ctx
) -> list[str]:
    return size_bound(c, value, pointer, ctx, "maxItems", ">", "items")


def unique_items(
    c: SchemaCompiler, value: Any, schema: Mapping[str, Any], pointer: str, ctx: Ctx
) -> list[str]:
    if not isinstance(value, bool):
        c.error("keyword 'uniqueItems' must be a boolean", pointer)
        return []
    if not value:
        return []
    c.helper("_has_duplicates")
    message = value_message(ctx.var, " has non-unique elements")
    return ctx.check(f"_has_duplicates({ctx.var})", "uniqueItems", message)


def check_contains_bound(
    c: SchemaCompiler, value: Any, schema: Mapping[str, Any], pointer: str, ctx: Ctx
) -> list[str]:
    """`minContains`/`maxContains` are applied by `contains`; here only their values are checked."""
    for key in ("minContains", "maxContains"):
        if key in schema:
            count(c, schema[key], key, pointer)
    return []


def contains(
    c: SchemaCompiler, value: Any, schema: Mapping[str, Any], pointer: str, ctx: Ctx
) -> list[str]:
    low = schema.get("minContains", 1)
    high = schema.get("maxContains")
    low = int(low) if isinstance(low, int | float) and not isinstance(low, bool) else 1
    high = int(high) if isinstance(high, int | float) and not isinstance(high, bool) else None
    var, n = ctx.new("v"), ctx.new("n")
    match = c.predicate(value, pointer_join(pointer, "contains"), var)
    found = f"sum(1 for {var} in {ctx.var} if {match})"
    if match == "True":
        found = f"len({ctx.var})"
    tests = ([f"{n} < {low}"] if low > 0 else []) + ([f"{n} > {high}"] if high is not None else [])
    if not tests:
        return []
    many = f"at most {high}" if high is not None else "any"
    message = lit(f"expected at least {low} and {many} items matching 'contains', got ")
    lines = [f"{n} = {found}"]
    return lines + ctx.check(" or ".join(tests), "contains", f"{message} + str({n})")
