"""The one place where spec names become Python names.

Identifiers are sanitized, cased and kept off Python keywords and the names the generated code
uses itself (builtins such as `type` or `id` are allowed: as attributes they shadow nothing);
nested inline schemas are named by the way to them, each word said once (`derived_class_name`),
or, where another class has that name, by the way joined as it is. Other collisions are reported
by the caller, never silently renamed. The emitted validators' private names (from JSON
pointers) are made here too.
"""

from __future__ import annotations

import builtins
import keyword
import math
import re
import sys
import textwrap
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from generator.errors import one_line
from generator.lookalikes import escape_in_text
from generator.vocabulary import pointer_tokens

_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")
DOC_WIDTH = 96
# Members every generated model has, the dataclass `__init__`'s own `self`, the names its class
# body calls at import time (`field(...)`, `NOT_GIVEN`) and the builtins its annotations and
# defaults use: an attribute of that name would shadow them for the fields after it. Other
# builtins (`type`, `id`, `object`, `format`) stay as they are: as attributes they shadow nothing.
_MEMBERS = frozenset(
    {"extra_properties", "to_dict", "from_dict", "to_json", "from_json", "self", "field"}
    | {"NOT_GIVEN"}
)
_RESERVED = _MEMBERS | {"str", "int", "float", "bool", "list", "dict", "tuple", "frozenset"}
# A class may not be named like a builtin (`None`, `Exception`, `TypeError`): code anywhere in
# the module might mean the builtin.
_BUILTINS = frozenset(dir(builtins))
# What a generated package may not be called: it would shadow the module for everyone who
# imports it by that name, itself included (its client imports httpx and httpx its own).
_SHADOWED_PACKAGES = frozenset(sys.stdlib_module_names) | {
    # CPython's own test suite: importable (and found before site-packages), yet left out of
    # sys.stdlib_module_names.
    "test",
    # What a spec's pattern may make the package import (see Validators).
    "regex",
    "httpx",
    "httpcore",
    "anyio",
    "certifi",
    "h11",
    "idna",
    "sniffio",
    "typing_extensions",
}


def words(name: str) -> list[str]:
    """Split `turn_detection`, `TurnDetection`, `x-y` or `1st` into lowercase words."""
    return [w.lower() for w in _WORD.findall(name)]


@dataclass(frozen=True)
class Branch:
    """A union branch's part of a derived class name: its title, else `Variant<index>`."""

    title: str | None
    index: int
    lone: bool
    """The union's only branch that may hold an object: `Variant<index>` tells it from none."""

    def __str__(self) -> str:
        return self.title if self.title is not None else f"Variant{self.index}"


NamePart = str | Branch
"""One step of the way from a schema with a name of its own (a component, an operation's
body) to an inline object schema: a property's name, `Item`, `Value`, a union's branch."""


def class_name(*parts: NamePart) -> str:
    """`("SessionCreateParams", "turn_detection")` -> `SessionCreateParamsTurnDetection`."""
    return _class_text("".join(_pascal(str(part)) for part in parts))


def derived_class_name(parts: Sequence[NamePart]) -> str:
    """The class name of an inline object schema, from the way to it, each word said once.

    - A part's first words that repeat the name's last words are not repeated
      (`tracing` + `Tracing configuration` -> `TracingConfiguration`); a part may add nothing.
    - A branch's title that contains the words of the part before it (the property) replaces
      that part (`input_messages` + `Item reference input messages` ->
      `ItemReferenceInputMessages`).
    - A union's only branch that may hold an object needs no `Variant<index>`.

    `class_names` falls back to `class_name` (every part joined) when this name is taken.
    """
    said = _pascal_words(str(parts[0])) if parts else []
    added: list[str] = []  # the words the last part added
    previous = ""
    for part in parts[1:]:
        if isinstance(part, Branch) and part.title is None and part.lone:
            continue
        new = _pascal_words(str(part))
        if isinstance(part, Branch) and previous and _contains(new, _pascal_words(previous)):
            del said[len(said) - len(added) :]
        overlap = min(len(said), len(new))
        while overlap and _lower(said[-overlap:]) != _lower(new[:overlap]):
            overlap -= 1
        added = new[overlap:]
        said += added
        previous = str(part)
    return _class_text("".join(said))


def class_names(
    parts_by_pointer: Mapping[str, Sequence[NamePart]], reserved: Collection[str]
) -> dict[str, str]:
    """The class name of each model, by pointer (in build order): `derived_class_name` of an
    inline schema's way unless another class has that name (its `class_name`, or an earlier
    derived one) or it is `reserved`; then the way joined as it is."""
    joined = {pointer: class_name(*parts) for pointer, parts in parts_by_pointer.items()}
    taken = set(joined.values()) | set(reserved)
    names = {}
    for pointer, parts in parts_by_pointer.items():
        name = joined[pointer]
        derived = derived_class_name(parts) if len(parts) > 1 else name
        if derived != name and derived not in taken:
            name = derived
            taken.add(derived)
        names[pointer] = name
    return names


def _class_text(joined: str) -> str:
    if not joined:
        joined = "Model"
    if joined[0].isdigit():
        joined = "N" + joined
    if keyword.iskeyword(joined) or joined in _BUILTINS:
        joined += "_"
    return joined


def _pascal(part: str) -> str:
    return "".join(_pascal_words(part))


def _pascal_words(part: str) -> list[str]:
    # Keep already-PascalCase words as they are (`ClientSecret`), capitalize the rest.
    return [w[:1].upper() + w[1:] for w in _WORD.findall(part) if w]


def _lower(words: Sequence[str]) -> list[str]:
    return [w.lower() for w in words]


def _contains(words: Sequence[str], run: Sequence[str]) -> bool:
    """Whether `run` (at least one word) occurs in `words`, contiguous, ignoring case."""
    low, sub = _lower(words), _lower(run)
    return bool(sub) and any(low[i : i + len(sub)] == sub for i in range(len(low) - len(sub) + 1))


def snake_name(name: str) -> str:
    """`SessionCreateParams` -> `session_create_params`."""
    return "_".join(words(name)) or "value"


def field_name(wire_name: str, avoid: Collection[str] = ()) -> str:
    """A wire property name as a Python attribute: ASCII, never a keyword or a name in use.

    Every character outside `[A-Za-z0-9_]` becomes `_` (Python would NFKC-normalize the rest,
    so two names could meet); `avoid` are the module's imported names.
    """
    text = re.sub(r"\W", "_", wire_name, flags=re.ASCII).strip("_") or "property"
    if text[0].isdigit():
        text = "n" + text
    if keyword.iskeyword(text) or text in _RESERVED or text in avoid:
        text += "_"
    return text


def method_name(name: str) -> str:
    """A client resource or method name (`list`, `create`): sanitized, never a keyword.

    Builtins stay (`client.things.list()`, as in openai-python): a method hides nothing from a
    field's annotation.
    """
    text = re.sub(r"\W", "_", snake_name(name), flags=re.ASCII).strip("_") or "call"
    if text[0].isdigit():
        text = "n" + text
    return text + "_" if keyword.iskeyword(text) or text in _MEMBERS else text


def docstring(lines: tuple[str, ...] | list[str], indent: str) -> str:
    """A triple-quoted docstring whose text can never end the string or start an escape."""
    width = max(40, DOC_WIDTH - len(indent))
    # Escaped before wrapping (no escape holds a space), so that wrapping sees the real width.
    escaped = [_escaped(line) for line in lines]
    body = [part for line in escaped for part in _wrap(line, width)]
    if not body:
        return ""
    if len(body) == 1 and len(indent) + len(body[0]) + 7 <= DOC_WIDTH + 4:
        text = body[0]
        # A quote next to the closing delimiter would merge with it.
        if text.endswith('"'):
            text += " "
        return f'{indent}"""{text}"""'
    rest = "".join(f"{indent}{line}\n" if line else "\n" for line in body[1:])
    return f'{indent}"""{body[0]}\n{rest}{indent}"""'


def _escaped(line: str) -> str:
    # Backslashes first: the escapes added after them must stay escapes. Look-alikes of ASCII
    # (an en dash, a Cyrillic a in a Latin word) become `\uXXXX` escapes, so a docstring reads
    # as what it is (generator/lookalikes.py); the value is unchanged.
    line = line.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    return one_line(escape_in_text(line), keep="\t")


def schema_doc_lines(description: object, pointer: str) -> tuple[str, ...]:
    """A class or alias docstring: the schema's description, then where the schema is."""
    lines = description_lines(description)
    where: tuple[str, ...] = (f"Schema: `{pointer}`.",)
    if len(where[0]) > DOC_WIDTH - 8:  # a pointer cannot wrap: alone on its line, it may run long
        where = ("Schema:", f"`{pointer}`.")
    return (*lines, "", *where) if lines else where


def _wrap(line: str, width: int) -> list[str]:
    if len(line) <= width:
        return [line]
    lead = line[: len(line) - len(line.lstrip())]  # a hanging indent stays on every piece
    pieces = textwrap.wrap(
        line,
        width,
        initial_indent=lead,
        subsequent_indent=lead,
        break_long_words=False,
        break_on_hyphens=False,
    )
    return pieces or [""]


def description_lines(text: object) -> tuple[str, ...]:
    """A spec description as trimmed lines, without trailing blank lines."""
    if not isinstance(text, str):
        return ()
    lines = [line.rstrip() for line in text.strip().splitlines()]
    return tuple(lines)


def export_order(names: list[str]) -> list[str]:
    """`__all__` order as ruff's RUF022 sorts it: CONSTANTS, Classes, then the rest."""
    return sorted(names, key=lambda name: (_name_kind(name), name))


def import_order(names: list[str]) -> list[str]:
    """The names of one `from m import ...` as ruff's isort sorts them: by kind, then ignoring
    case, with digit runs compared as numbers (`Note` before `NotGiven`, `V2` before `V10`)."""

    def key(name: str) -> tuple[int, list[str | int], str]:
        parts = re.split(r"(\d+)", name.lower())
        return _name_kind(name), [int(p) if p.isdigit() else p for p in parts], name

    return sorted(names, key=key)


def _name_kind(name: str) -> int:
    """0 for CONSTANTS, 1 for Classes, 2 for the rest; a single capital (`A`) is a class, as
    isort and ruff have it."""
    return 0 if len(name) > 1 and name.isupper() else 1 if name[:1].isupper() else 2


def is_package_name(name: object) -> bool:
    """An importable top-level name: an identifier, not a keyword, not private."""
    return (
        isinstance(name, str)
        and name.isidentifier()
        and name.isascii()
        and not keyword.iskeyword(name)
        and not name.startswith("_")
    )


def shadows(name: str) -> bool:
    """Whether a package of this name would hide a standard-library module or a dependency."""
    return name in _SHADOWED_PACKAGES


def package_name(title: str) -> str:
    """A package name from a spec title: `OpenAI Realtime API` -> `openai_realtime_api`."""
    name = snake_name(title)
    name = name if not name[0].isdigit() else "api_" + name
    return name if is_package_name(name) else "api"


# -- the validators module's own names -----------------------------------------------------------
# Private helper names are derived from JSON pointers and unique per pointer: when two pointers
# give the same stem, the later one (in deterministic discovery order) gets a numeric suffix.
# Public names are never renamed: a collision there is a generation error.

_DROP_FROM_STEM = frozenset({"#", "components", "schemas", "$defs", "properties"})
_PUBLIC_SUFFIX = re.compile(r"[a-z][a-z0-9_]*\Z")


def stem(pointer: str) -> str:
    """A snake_case fragment naming `pointer`'s schema (e.g. `session_turn_detection`)."""
    tokens = [t for t in pointer_tokens(pointer) if t not in _DROP_FROM_STEM]
    return "_".join(snake_name(t) if words(t) else "x" for t in tokens) or "root"


def is_public_suffix(suffix: str) -> bool:
    """Whether `suffix` can follow `validate_` / `is_valid_` as written."""
    return bool(_PUBLIC_SUFFIX.match(suffix)) and not keyword.iskeyword(suffix)


MAX_PRIVATE_NAME = 56
"""Longer private names lose words from their middle: emitted code is nested deep, and a name
is the one thing black cannot split to keep a line within 100 columns."""


def _shortened(name: str) -> str:
    """`name` if short enough, else its first two words and as many of its last as fit."""
    if len(name) <= MAX_PRIVATE_NAME:
        return name
    words = name.split("_")  # ["", prefix, first, ...]
    head, tail = words[:3], words[3:]
    while tail and len("_".join(head + tail)) > MAX_PRIVATE_NAME:
        tail = tail[1:]
    return "_".join(head + tail)[:MAX_PRIVATE_NAME].rstrip("_")


class PrivateNames:
    """Allocates `_<prefix>_<stem>` names: one per (prefix, pointer), never two alike."""

    def __init__(self) -> None:
        self._by_key: dict[tuple[str, str], str] = {}
        self._key_of: dict[str, tuple[str, str]] = {}
        self._taken: set[str] = set()
        self._lowest: dict[str, int] = {}  # per constant prefix: the lowest number maybe free

    def name(self, prefix: str, pointer: str) -> str:
        key = (prefix, pointer)
        if key not in self._by_key:
            base = _shortened(f"_{prefix}_{stem(pointer)}")
            name, n = base, 1
            while name in self._taken:
                n += 1
                name = f"{base}_{n}"
            self._taken.add(name)
            self._by_key[key] = name
            self._key_of[name] = key
        return self._by_key[key]

    def forget(self, name: str) -> None:
        """Free a name whose function or constant was not emitted after all."""
        self._taken.discard(name)
        self._lowest.clear()  # a freed number is the lowest free one again
        key = self._key_of.pop(name, None)
        if key is not None:
            del self._by_key[key]

    def constant(self, prefix: str) -> str:
        """A fresh module constant name such as `_PATTERN_3` (the lowest free number)."""
        n = self._lowest.get(prefix, 1)  # no number below it is free
        while f"_{prefix}_{n}" in self._taken:
            n += 1
        name = f"_{prefix}_{n}"
        self._taken.add(name)
        self._lowest[prefix] = n + 1
        return name


def operation_names(
    operation: Mapping[str, Any], path: str = ""
) -> tuple[tuple[str, ...], str] | str:
    """The client's resource path and method name for an operation, or why it has none.

    `x-sdk-resource: beta.realtime.sessions` (else the first tag, else the path's literal
    segments: `/organization/projects/{project_id}/users` -> `organization.projects.users`)
    and `x-sdk-method: create` (else the operationId) give `client.beta.realtime.sessions.create`.
    """
    resource = operation.get("x-sdk-resource")
    if resource is None:
        tags = operation.get("tags") or []
        resource = tags[0] if tags and isinstance(tags[0], str) else _path_resource(path)
    method = operation.get("x-sdk-method") or operation.get("operationId")
    if not isinstance(resource, str) or not resource.strip("."):
        return "the client needs `x-sdk-resource` (e.g. `beta.sessions`), a tag or a path segment"
    if not isinstance(method, str) or not method:
        return "the client needs `x-sdk-method` (e.g. `create`) or an operationId"
    parts = [part for part in resource.split(".") if part]
    return tuple(method_name(part) for part in parts), method_name(method)


def _path_resource(path: str) -> str | None:
    """The literal segments of a path (its parameters and query string left out), dotted."""
    segments = path.partition("?")[0].split("/")
    literal = [s.replace(".", "_") for s in segments if s and not s.startswith("{")]
    return ".".join(literal) or None


def distribution_name(package: str) -> str:
    """The pip name of a generated package: `realtime_sessions` -> `realtime-sessions`."""
    return package.replace("_", "-").strip("-")


def literal(value: str) -> str:
    """The string literal black writes for `value`: `repr()`'s escapes, in double quotes unless
    that needs more backslashes (black's `normalize_string_quotes`); look-alikes of ASCII
    escaped (generator/lookalikes.py)."""
    written = repr(value)
    if written[0] == "'":
        body = written[1:-1].replace("\\'", "'").replace('"', '\\"')
        if body.count("\\") <= written.count("\\"):
            written = f'"{body}"'
    return escape_in_text(written)


def source(value: Any) -> str:
    """Python source for a JSON-like value or a tuple, as black writes it (strings through
    `literal`, a one-item tuple with its comma)."""
    if value is None or isinstance(value, bool | int):
        return repr(value)
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else f"float({literal(str(value))})"
    if isinstance(value, str):
        return literal(value)
    if isinstance(value, tuple):
        items = [source(item) for item in value]
        return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"
    if isinstance(value, list):
        return "[" + ", ".join(source(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{source(k)}: {source(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"not a JSON value: {type(value).__name__}")
