"""Keywords of objects: properties, required, additional/pattern properties, counts."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator.validators.context import Ctx, SchemaCompiler
from generator.validators.emit import display, guard, indent, lit, negate, pysource
from generator.validators.kw_scalar import regex, size_bound
from generator.vocabulary import escape_token, is_trivial, pointer_join


def _schema_map(c: SchemaCompiler, value: Any, key: str, pointer: str) -> dict[str, Any]:
    if not isinstance(value, Mapping) or not all(isinstance(k, str) for k in value):
        c.error(f"keyword {key!r} must map names to schemas", pointer)
        return {}
    return dict(value)


def _names(c: SchemaCompiler, value: Any, key: str, pointer: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        c.error(f"keyword {key!r} must be a list of strings", pointer)
        return []
    return list(dict.fromkeys(value))


def required(
    c: SchemaCompiler, value: Any, schema: Mapping[str, Any], pointer: str, ctx: Ctx
) -> list[str]:
    names = _names(c, value, "required", pointer)
    if ctx.fast and names:
        cond = " or ".join(f"{lit(n)} not in {ctx.var}" for n in names)
        return ctx.check(cond, "required", "")
    lines: list[str] = []
    for name in names:
        message = lit(f"{name!r} is a required property")
        lines += ctx.check(f"{lit(name)} not in {ctx.var}", "required", message)
    return lines


def properties(
    c: SchemaCompiler, value: Any, schema: Mapping[str, Any], pointer: str, ctx: Ctx
) -> list[str]:
    lines: list[str] = []
    for name, sub in _schema_map(c, value, "properties", pointer).items():
        var = ctx.new("v")
        child = ctx.child(var, ctx.path.plus("/" + escape_token(name)))
        body = c.descend(sub, pointer_join(pointer, "properties", name), child)
        if body:
            key = lit(name)
            lines += [f"if {key} in {ctx.var}:", f"    {var} = {ctx.var}[{key}]", *indent(body)]
    return lines


def pattern_properties(
    c: SchemaCompiler, value: Any, schema: Mapping[str, Any], pointer: str, ctx: Ctx
) -> list[str]:
    lines: list[str] = []
    for pattern, sub in _schema_map(c, value, "patternProperties", pointer).items():
        regex_name = regex(c, pattern, "patternProperties", pointer)
        key, var = ctx.new("k"), ctx.new("v")
        child = ctx.child(var, ctx.path.plus_expr(f"{c.helper('_escape')}({key})"))
        body = c.descend(sub, pointer_join(pointer, "patternProperties", pattern), child)
        if body and regex_name:
            lines += [f"for {key}, {var} in {ctx.var}.items():"]
            lines += indent(guard(f"{regex_name}.search({key})", body))
    return lines


def additional_properties(
    c: SchemaCompiler, value: Any, schema: Mapping[str, Any], pointer: str, ctx: Ctx
) -> list[str]:
    if is_trivial(value):
        return []
    names = list(_schema_map(c, schema.get("properties", {}), "properties", pointer))
    patterns = list(
        _schema_map(c, schema.get("patternProperties", {}), "patternProperties", pointer)
    )
    known = "frozenset()"
    if names:
        known = c.constant("NAMES", f"frozenset({display('{}', list(map(pysource, names)))})")
    key, var = ctx.new("k"), ctx.new("v")
    if value is False:
        message = f"{lit('additional property ')} + repr({key}) + {lit(' is not allowed')}"
        fail = ctx.fail("additionalProperties", message)
        tests = [f"{key} not in {known}"] if names else []
        tests += [f"{r}.search({key}) is None" for r in _regexes(c, patterns, pointer)]
        body = [f"if {' and '.join(tests)}:", *indent(fail)] if tests else fail
        loop = [f"for {key} in {ctx.var}:", *indent(body)]
        if ctx.fast and not patterns:
            return [f"if not {known}.issuperset({ctx.var}):", "    return False"]
        return guard(f"not {known}.issuperset({ctx.var})", loop) if not patterns else loop
    child = ctx.child(var, ctx.path.plus_expr(f"{c.helper('_escape')}({key})"))
    body = c.descend(value, pointer_join(pointer, "additionalProperties"), child)
    skips = [f"{key} in {known}"] if names else []
    skips += [f"{r}.search({key})" for r in _regexes(c, patterns, pointer)]
    if skips:
        body = guard(negate(" or ".join(skips)), body)
    elif ctx.fast:  # the fast path names no pointers: the key would be an unused variable
        return [f"for {var} in {ctx.var}.values():", *indent(body)] if body else []
    return [f"for {key}, {var} in {ctx.var}.items():", *indent(body)] if body else []


def _regexes(c: SchemaCompiler, patterns: list[str], pointer: str) -> list[str]:
    found = (regex(c, p, "patternProperties", pointer) for p in patterns)
    return [r for r in found if r is not None]


def property_names(
    c: SchemaCompiler, value: Any, schema: Mapping[str, Any], pointer: str, ctx: Ctx
) -> list[str]:
    key = ctx.new("k")
    body = c.descend(value, pointer_join(pointer, "propertyNames"), ctx.child(key, ctx.path))
    return [f"for {key} in {ctx.var}:", *indent(body)] if body else []


def min_properties(
    c: SchemaCompiler, value: Any, schema: Mapping[str, Any], pointer: str, ctx: Ctx
) -> list[str]:
    return size_bound(c, value, pointer, ctx, "minProperties", "<", "properties")


def max_properties(
    c: SchemaCompiler, value: Any, schema: Mapping[str, Any], pointer: str, ctx: Ctx
) -> list[str]:
    return size_bound(c, value, pointer, ctx, "maxProperties", ">", "properties")


def dependent_required(
    c: SchemaCompiler, value: Any, schema: Mapping[str, Any], pointer: str, ctx: Ctx
) -> list[str]:
    if not isinstance(value, Mapping):
        c.error("keyword 'dependentRequired' must map names to lists of names", pointer)
        return []
    lines: list[str] = []
    for name, needs in value.items():
        for need in _names(c, needs, "dependentRequired", pointer):
            cond = f"{lit(name)} in {ctx.var} and {lit(need)} not in {ctx.var}"
            message = lit(f"{need!r} is a dependency of {name!r}")
            lines += ctx.check(cond, "dependentRequired", message)
    return lines


def dependent_schemas(
    c: SchemaCompiler, value: Any, schema: Mapping[str, Any], pointer: str, ctx: Ctx
) -> list[str]:
    lines: list[str] = []
    for name, sub in _schema_map(c, value, "dependentSchemas", pointer).items():
        sub_pointer = pointer_join(pointer, "dependentSchemas", name)
        body = c.descend(sub, sub_pointer, ctx.child(ctx.var, ctx.path))
        lines += guard(f"{lit(name)} in {ctx.var}", body)
    return lines
