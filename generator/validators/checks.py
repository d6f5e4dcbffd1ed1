"""Boolean expressions the emitted code tests: JSON types, and the runtime helpers they need.

JSON types follow jsonschema's Draft 2020-12 type checker: `bool` is only "boolean" (never
"integer"/"number"), a float with an integral value is an "integer", objects are `dict`s and arrays
are `list`s. Each test starts with an exact `type(x) is ...` (the fast common case) and falls back
to `isinstance` so subclasses (a `str` enum member, an `OrderedDict`) are judged as jsonschema does.
"""

from __future__ import annotations

from generator.vocabulary import JSON_TYPES

_TYPE_EXPR = {
    "array": "(type({v}) is list or isinstance({v}, list))",
    "boolean": "type({v}) is bool",
    "integer": (
        "(type({v}) is int or (isinstance({v}, int) and not isinstance({v}, bool))"
        " or (isinstance({v}, float) and {v}.is_integer()))"
    ),
    "null": "{v} is None",
    "number": (
        "(type({v}) is float or type({v}) is int"
        " or (isinstance({v}, (int, float)) and not isinstance({v}, bool)))"
    ),
    "object": "(type({v}) is dict or isinstance({v}, dict))",
    "string": "(type({v}) is str or isinstance({v}, str))",
}

# The keyword groups that apply to a JSON type ("number" keywords also apply to integers).
GROUPS = ("object", "array", "string", "number")


def type_expr(json_type: str, var: str) -> str:
    """True when `var` has the JSON type `json_type`."""
    return _TYPE_EXPR[json_type].format(v=var)


def types_expr(json_types: list[str], var: str) -> str:
    """True when `var` has one of `json_types` (cheapest tests first: `is None` before calls)."""
    ordered = sorted(json_types, key=lambda t: (t != "null", JSON_TYPES.index(t)))
    parts = [type_expr(t, var) for t in ordered]
    return parts[0] if len(parts) == 1 else " or ".join(parts)


def implies(json_type: str | None, group: str) -> bool:
    """Whether a value known to have `json_type` is always in keyword group `group`."""
    return json_type == group or (json_type == "integer" and group == "number")


# Runtime helpers, emitted into the generated module only when used (sorted by name).
HELPERS: dict[str, str] = {
    "_escape": '''
def _escape(token: str) -> str:
    """One JSON pointer (RFC 6901) reference token."""
    return token.replace("~", "~0").replace("/", "~1")
''',
    "_json_key": '''
def _json_key(value: object) -> object:
    """A hashable key equal for JSON-equal values: 1 == 1.0, but True != 1, deep for containers."""
    if value is True or value is False:
        return ("bool", value)
    if isinstance(value, list):
        return ("list", tuple(_json_key(item) for item in value))
    if isinstance(value, dict):
        return ("dict", frozenset((key, _json_key(item)) for key, item in value.items()))
    return value
''',
    "_has_duplicates": '''
def _has_duplicates(items: list[object]) -> bool:
    """Whether two items of a JSON array are JSON-equal (`uniqueItems`)."""
    keys = [_json_key(item) for item in items]
    try:
        return len(set(keys)) != len(keys)
    except TypeError:  # an unhashable non-JSON value: compare pairwise
        return any(keys[i] == keys[j] for i in range(len(keys)) for j in range(i))
''',
    "_not_multiple": '''
def _not_multiple(value: float, divisor: float) -> bool:
    """`multipleOf` exactly as jsonschema decides it (float quotient, Fraction on overflow)."""
    if isinstance(divisor, float):
        quotient = value / divisor
        try:
            return int(quotient) != quotient
        except OverflowError:
            return (Fraction(value) / Fraction(divisor)).denominator != 1
    return bool(value % divisor)
''',
}

HELPER_DEPENDENCIES = {"_has_duplicates": ("_json_key",)}
HELPER_IMPORTS = {"_not_multiple": "from fractions import Fraction"}
