"""Keywords of strings and numbers: lengths, `pattern`, bounds and `multipleOf`."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from generator.validators import ecma_regex
from generator.validators.context import Ctx, SchemaCompiler, value_message
from generator.validators.emit import lit, pysource


def is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def is_count(value: object) -> bool:
    """A non-negative integer (JSON Schema allows `2.0` too)."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def count(c: SchemaCompiler, value: Any, key: str, pointer: str) -> int | None:
    if not is_count(value):
        c.error(f"keyword {key!r} must be a non-negative integer, not {value!r}", pointer)
        return None
    return int(value)


def size_bound(
    c: SchemaCompiler, value: Any, pointer: str, ctx: Ctx, key: str, op: str, noun: str
) -> list[str]:
    """`minItems`/`maxProperties` and kin: `len()` of the value against a count."""
    n = count(c, value, key, pointer)
    if n is None:
        return []
    message = lit(f"expected {'at least' if op == '<' else 'at most'} {n} {noun}, got ")
    return ctx.check(f"len({ctx.var}) {op} {n}", key, f"{message} + str(len({ctx.var}))")


def _length(c: SchemaCompiler, value: Any, pointer: str, ctx: Ctx, key: str, op: str) -> list[str]:
    n = count(c, value, key, pointer)
    if n is None:
        return []
    word = "shorter" if op == "<" else "longer"
    text = f" is {word} than {n} character{'s' if n != 1 else ''}"
    return ctx.check(f"len({ctx.var}) {op} {n}", key, value_message(ctx.var, text))


def min_length(
    c: SchemaCompiler, value: Any, schema: Mapping[str, Any], pointer: str, ctx: Ctx
) -> list[str]:
    return _length(c, value, pointer, ctx, "minLength", "<")


def max_length(
    c: SchemaCompiler, value: Any, schema: Mapping[str, Any], pointer: str, ctx: Ctx
) -> list[str]:
    return _length(c, value, pointer, ctx, "maxLength", ">")


def regex(c: SchemaCompiler, value: Any, key: str, pointer: str) -> str | None:
    """The module constant holding the compiled regex, or `None` (error recorded).

    `value` is ECMA-262; the constant holds its Python translation (see `ecma_regex`).
    """
    if not isinstance(value, str):
        c.error(f"keyword {key!r} must be a string (a regular expression)", pointer)
        return None
    translated = ecma_regex.translate(value)
    if isinstance(translated, ecma_regex.Refusal):
        c.error(f"keyword {key!r}: {translated.message}", pointer)
        return None
    c.add_import(f"import {translated.engine}")
    if translated.engine == "regex":
        c.requirements.add(ecma_regex.REGEX_REQUIREMENT)
    literal = ecma_regex.pattern_literal(translated.source)
    return c.constant("PATTERN", f"{translated.engine}.compile({literal})")


def pattern(
    c: SchemaCompiler, value: Any, schema: Mapping[str, Any], pointer: str, ctx: Ctx
) -> list[str]:
    name = regex(c, value, "pattern", pointer)
    if name is None:
        return []
    message = value_message(ctx.var, f" does not match {value!r}")
    return ctx.check(f"{name}.search({ctx.var}) is None", "pattern", message)


def _bound(
    c: SchemaCompiler, value: Any, pointer: str, ctx: Ctx, key: str, op: str, text: str
) -> list[str]:
    if not is_number(value):
        c.error(f"keyword {key!r} must be a number, not {value!r}", pointer)
        return []
    message = value_message(ctx.var, f" is {text} {value!r}")
    return ctx.check(f"{ctx.var} {op} {pysource(value)}", key, message)


def minimum(
    c: SchemaCompiler, value: Any, schema: Mapping[str, Any], pointer: str, ctx: Ctx
) -> list[str]:
    return _bound(c, value, pointer, ctx, "minimum", "<", "less than the minimum of")


def maximum(
    c: SchemaCompiler, value: Any, schema: Mapping[str, Any], pointer: str, ctx: Ctx
) -> list[str]:
    return _bound(c, value, pointer, ctx, "maximum", ">", "greater than the maximum of")


def exclusive_minimum(
    c: SchemaCompiler, value: Any, schema: Mapping[str, Any], pointer: str, ctx: Ctx
) -> list[str]:
    text = "less than or equal to the exclusive minimum of"
    return _bound(c, value, pointer, ctx, "exclusiveMinimum", "<=", text)


def exclusive_maximum(
    c: SchemaCompiler, value: Any, schema: Mapping[str, Any], pointer: str, ctx: Ctx
) -> list[str]:
    text = "greater than or equal to the exclusive maximum of"
    return _bound(c, value, pointer, ctx, "exclusiveMaximum", ">=", text)


def multiple_of(
    c: SchemaCompiler, value: Any, schema: Mapping[str, Any], pointer: str, ctx: Ctx
) -> list[str]:
    if not is_number(value) or value <= 0:
        c.error(f"keyword 'multipleOf' must be a number greater than 0, not {value!r}", pointer)
        return []
    message = value_message(ctx.var, f" is not a multiple of {value!r}")
    if isinstance(value, int):
        return ctx.check(f"{ctx.var} % {value}", "multipleOf", message)
    c.helper("_not_multiple")
    return ctx.check(f"_not_multiple({ctx.var}, {pysource(value)})", "multipleOf", message)
