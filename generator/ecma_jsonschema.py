"""jsonschema's Draft 2020-12 validator with `pattern` read as ECMA-262, as JSON Schema says.

jsonschema runs patterns with Python's `re.search`, so where the two dialects differ (`$` before
a final newline, `\\d` and `\\w` beyond ASCII, `\\p{...}`) it answers for Python, not for JSON
Schema. `EcmaValidator` runs the three keywords that search patterns (`pattern`,
`patternProperties`, `additionalProperties`) on corvus-regex-ecma262, an ECMA-262 engine we did
not write; everything else is jsonschema's own code. The generator checks each `default` with
it, and the tests use it as the oracle for the generated validators (it is independent of our
translation in `validators/ecma_regex.py`); tests/test_ecma_regex_node.py checks its engine
against Node's `RegExp`. A pattern that is not ECMA-262 constrains nothing here: the validators
stage reports it, with its location.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any

import corvus_regex_ecma262 as ecma
from jsonschema import Draft202012Validator, ValidationError, validators
from jsonschema.protocols import Validator


@cache
def _regex(pattern: str) -> ecma.Regex | None:
    return ecma.compile(pattern, "u") if ecma.Regex.is_valid(pattern, "u") else None


def search(pattern: str, text: str) -> bool:
    """`new RegExp(pattern, "u").test(text)` (True for an invalid pattern: see above)."""
    regex = _regex(pattern)
    return regex is None or regex.test(text)


def _pattern(
    validator: Any, pattern: str, instance: Any, schema: Mapping[str, Any]
) -> Iterator[ValidationError]:
    if validator.is_type(instance, "string") and not search(pattern, instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


def _pattern_properties(
    validator: Any, patterns: Mapping[str, Any], instance: Any, schema: Mapping[str, Any]
) -> Iterator[ValidationError]:
    if not validator.is_type(instance, "object"):
        return
    for pattern, subschema in patterns.items():
        for key, value in instance.items():
            if search(pattern, key):
                yield from validator.descend(value, subschema, path=key, schema_path=pattern)


def _additional_properties(
    validator: Any, additional: Any, instance: Any, schema: Mapping[str, Any]
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


# jsonschema's `extend` has no annotations; its result is a validator class like the one extended.
EcmaValidator: type[Validator] = validators.extend(  # type: ignore[no-untyped-call]
    Draft202012Validator,
    {
        "pattern": _pattern,
        "patternProperties": _pattern_properties,
        "additionalProperties": _additional_properties,
    },
)
