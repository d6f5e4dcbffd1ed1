"""The jsonschema oracle, with `pattern` read as ECMA-262 (what JSON Schema says it is).

jsonschema runs patterns with Python's `re.search`, so where the two dialects differ (`$` before
a final newline, `\\d` and `\\w` beyond ASCII, `\\p{...}`) it answers for Python, not for JSON
Schema. Our validators follow the specification, so the oracle they are compared with must too:
`EcmaValidator` is Draft 2020-12 with the three keywords that search patterns (`pattern`,
`patternProperties`, `additionalProperties`) running them on corvus-regex-ecma262, an ECMA-262
engine we did not write. Everything else is jsonschema's own code. tests/test_ecma_regex_node.py
checks that engine against Node's `RegExp` on the same corpus as our translations.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any

import corvus_regex_ecma262 as ecma
from jsonschema import Draft202012Validator, ValidationError, validators
from jsonschema.protocols import Validator


@cache
def _regex(pattern: str) -> ecma.Regex:
    return ecma.compile(pattern, "u")


def search(pattern: str, text: str) -> bool:
    """`new RegExp(pattern, "u").test(text)`."""
    return _regex(pattern).test(text)


def _pattern(
    validator: Validator, pattern: str, instance: Any, schema: Mapping[str, Any]
) -> Iterator[ValidationError]:
    if validator.is_type(instance, "string") and not search(pattern, instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


def _pattern_properties(
    validator: Validator, patterns: Mapping[str, Any], instance: Any, schema: Mapping[str, Any]
) -> Iterator[ValidationError]:
    if not validator.is_type(instance, "object"):
        return
    for pattern, subschema in patterns.items():
        for key, value in instance.items():
            if search(pattern, key):
                yield from validator.descend(value, subschema, path=key, schema_path=pattern)


def _additional_properties(
    validator: Validator, additional: Any, instance: Any, schema: Mapping[str, Any]
) -> Iterator[ValidationError]:
    if not validator.is_type(instance, "object"):
        return
    named, patterns = schema.get("properties", {}), schema.get("patternProperties", {})
    extras = [
        key
        for key in instance
        if key not in named and not any(search(pattern, key) for pattern in patterns)
    ]
    if validator.is_type(additional, "object"):
        for extra in extras:
            yield from validator.descend(instance[extra], additional, path=extra)
    elif additional is False and extras:
        yield ValidationError(f"additional properties are not allowed: {extras!r}")


EcmaValidator = validators.extend(
    Draft202012Validator,
    {
        "pattern": _pattern,
        "patternProperties": _pattern_properties,
        "additionalProperties": _additional_properties,
    },
)
