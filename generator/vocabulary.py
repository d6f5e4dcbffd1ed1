"""The words every stage shares: JSON pointers, JSON types, the JSON Schema keywords we support.

A leaf: it imports nothing from the generator, so any stage may use it without a cycle. The
validator emitter's keyword table (`validators/keywords.py`) implements exactly
`VALIDATION_KEYWORDS`; the validate stage checks a spec against the same list.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote, unquote

JSON_TYPES = ("array", "boolean", "integer", "null", "number", "object", "string")
"""JSON Schema's type names, sorted."""

ANNOTATIONS = frozenset(
    {
        "$comment",
        "$schema",
        "default",
        "deprecated",
        "description",
        # OpenAPI's hint for picking a oneOf branch; the branches' own schemas decide it.
        "discriminator",
        "example",
        "examples",
        "format",
        "readOnly",
        "title",
        "writeOnly",
    }
)
"""Keywords that never change a verdict."""

VALIDATION_KEYWORDS = frozenset(
    {"type", "$defs", "$ref", "enum", "const", "allOf", "anyOf", "oneOf", "not"}
    | {"required", "properties", "patternProperties", "additionalProperties", "propertyNames"}
    | {"minProperties", "maxProperties", "dependentRequired", "dependentSchemas"}
    | {"prefixItems", "items", "minItems", "maxItems", "uniqueItems"}
    | {"contains", "minContains", "maxContains"}
    | {"minLength", "maxLength", "pattern"}
    | {"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"}
)
"""Every JSON Schema keyword the generated validators enforce."""

SUPPORTED_KEYWORDS = VALIDATION_KEYWORDS | ANNOTATIONS

MAX_INLINE_DEPTH = 6
"""Subschemas nested deeper than this get a function of their own in the emitted validators."""


def is_extension(key: object) -> bool:
    """An `x-*` vendor extension: allowed anywhere, never interpreted."""
    return isinstance(key, str) and key.startswith("x-")


def is_trivial(schema: Any) -> bool:
    """Whether a schema accepts everything (`true`, `{}`, or only annotations)."""
    if schema is True:
        return True
    if not isinstance(schema, Mapping):
        return False
    return all(
        isinstance(k, str) and (k in ANNOTATIONS or is_extension(k) or k == "$defs") for k in schema
    )


# -- JSON pointers (RFC 6901) -------------------------------------------------------------------


def escape_token(token: str) -> str:
    """One JSON pointer reference token (RFC 6901): `~` and `/` escaped."""
    return token.replace("~", "~0").replace("/", "~1")


def pointer_join(pointer: str, *tokens: str | int) -> str:
    """Extend a JSON pointer (RFC 6901), escaping `~` and `/` in each token.

    A `#/...` pointer is a URI fragment (how `$ref` names a node): there `%` and every
    unprintable character (newline, NUL, ...) are also percent-encoded, so `pointer_tokens`
    gives back exactly the tokens, and a pointer always prints as one line.
    """
    for token in tokens:
        text = escape_token(str(token))
        if pointer.startswith("#"):
            text = _fragment_text(text)
        pointer = f"{pointer}/{text}"
    return pointer


def pointer_tokens(pointer: str) -> list[str]:
    """The unescaped reference tokens of a JSON pointer; a `#/...` one is percent-decoded too."""
    fragment = unquote(pointer[1:], errors="surrogatepass") if pointer.startswith("#") else pointer
    if not fragment:
        return []
    return [t.replace("~1", "/").replace("~0", "~") for t in fragment.split("/")[1:]]


def _fragment_text(token: str) -> str:
    if "%" not in token and token.isprintable():
        return token  # nothing to encode: the common case, at a fraction of the cost
    return "".join(
        ch if ch != "%" and ch.isprintable() else quote(ch, safe="", errors="surrogatepass")
        for ch in token
    )


def lookup(document: Any, pointer: str) -> Any:
    """The node at a JSON pointer (`#/a/b~1c`, or `/a/b` into an instance); KeyError if none."""
    node: Any = document
    for token in pointer_tokens(pointer):
        if isinstance(node, Mapping) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            raise KeyError(pointer)
    return node
