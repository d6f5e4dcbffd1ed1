"""YAML 1.2 text -> JSON-compatible data, with the line of every JSON pointer, within limits.

libyaml parses (through PyYAML's binding, ~30x faster than a parser in Python), or ruamel.yaml's
pure-Python YAML 1.2 parser where libyaml is absent or refuses the text: libyaml is a YAML 1.1
parser, yet its events are ruamel's on every spec the tests hold but where it errs (a `\\uD800`
escape, a U+2028 inside a plain scalar), and the error a user sees is always ruamel's, so a
refusal costs a second parse, nothing else. (libyaml reads a tab after `key:` as YAML 1.2 says,
where ruamel refuses it.) The document is built here from the parse events, so that values
follow the YAML 1.2 core schema exactly (`yes`, `on`, `NO` and `2024-01-01` are strings, `<<` is
a key like any other), only the tags of JSON's data model are accepted (as OpenAPI asks), and
the limits below are checked while the events stream in: an alias bomb or a deeply nested
document is refused before it is expanded.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

import yaml as pyyaml

from generator.errors import GenerationError, GenerationFailed
from generator.vocabulary import pointer_join

# Nodes (mappings, sequences and scalars) the document may hold once every alias is expanded.
MAX_NODES = 1_000_000
# Characters of text (keys and scalars) once every alias is expanded: an anchored long string
# used many times is one node each time, yet it would fill every docstring it reaches.
MAX_TEXT = 64 * 1024 * 1024
# How deeply mappings and sequences may nest (the root mapping is level 1): deeper specs are
# refused here rather than by a RecursionError in a later stage or a dependency.
MAX_DEPTH = 64

# YAML 1.2.2, 10.3.2: the core schema's tag resolution for plain scalars.
_NULL = re.compile(r"null|Null|NULL|~|")
_BOOL = re.compile(r"true|True|TRUE|false|False|FALSE")
_INT = re.compile(r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?")
_NOT_FINITE = re.compile(r"[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)")
_CORE = "tag:yaml.org,2002:"
_SURROGATE = re.compile("[\ud800-\udfff]")
# PyYAML built with libyaml (its wheels are), whose events have ruamel's class names and fields.
_LIBYAML_LOADER: type[Any] | None = getattr(pyyaml, "CSafeLoader", None)


@dataclass(frozen=True)
class Parsed:
    document: Any
    lines: dict[str, int]


@dataclass
class _Collection:
    """A mapping or sequence being built, with what its children need to know."""

    value: dict[str, Any] | list[Any]
    pointer: str
    anchor: str | None
    first_node: int  # the node count when it started: its size is the count at its end minus this
    first_char: int  # the same for the characters of text
    height: int = 1
    key: str | None = None  # a mapping's key that still waits for its value
    key_line: int = 0


@dataclass(frozen=True)
class _Anchored:
    value: Any
    size: int
    chars: int
    height: int
    text: str | None  # a scalar's text, for an alias used as a mapping key


@dataclass
class _Builder:
    """The document under construction, fed one parse event at a time."""

    file: str
    stack: list[_Collection] = field(default_factory=list)
    anchors: dict[str, _Anchored] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)
    errors: list[GenerationError] = field(default_factory=list)
    nodes: int = 0
    chars: int = 0
    root: Any = None
    documents: int = 0

    def fail(self, message: str, pointer: str, line: int) -> GenerationFailed:
        return GenerationFailed([GenerationError(message, pointer, self.file, line)])

    def feed(self, event: Any) -> None:
        """One parse event of either parser (both name their event classes as PyYAML does)."""
        kind = type(event).__name__
        line = event.start_mark.line + 1
        if kind == "ScalarEvent":
            self.scalar(event, line)
        elif kind in ("MappingStartEvent", "SequenceStartEvent"):
            self.start(event, line, kind == "MappingStartEvent")
        elif kind in ("MappingEndEvent", "SequenceEndEvent"):
            self.end()
        elif kind == "AliasEvent":
            self.alias(event, line)
        elif kind == "DocumentStartEvent":
            self.documents += 1
            if self.documents > 1:
                raise self.fail("a spec is one YAML document; found a second one", "#", line)

    def next_pointer(self, line: int) -> str | None:
        """Where the next value goes; None when it is a mapping key."""
        if not self.stack:
            self.lines["#"] = line
            return "#"
        parent = self.stack[-1]
        if isinstance(parent.value, list):
            pointer = pointer_join(parent.pointer, len(parent.value))
            self.lines[pointer] = line
            return pointer
        if parent.key is None:
            return None
        pointer = pointer_join(parent.pointer, parent.key)
        self.lines[pointer] = parent.key_line
        return pointer

    def count(self, nodes: int, pointer: str, line: int, chars: int = 0) -> None:
        self.nodes += nodes
        self.chars += chars
        if self.nodes > MAX_NODES:
            message = f"the spec expands to more than {MAX_NODES:,} nodes (through its aliases)"
            raise self.fail(message, pointer, line)
        if self.chars > MAX_TEXT:
            message = (
                f"the spec expands to more than {MAX_TEXT:,} characters of text "
                "(through its aliases)"
            )
            raise self.fail(message, pointer, line)

    def place(self, value: Any) -> None:
        if not self.stack:
            self.root = value
            return
        parent = self.stack[-1]
        if isinstance(parent.value, list):
            parent.value.append(value)
        else:
            assert parent.key is not None
            parent.value[parent.key] = value
            parent.key = None

    def take_key(self, text: str, line: int) -> None:
        parent = self.stack[-1]
        pointer = pointer_join(parent.pointer, text)
        assert isinstance(parent.value, dict)
        if text in parent.value:
            self.errors.append(GenerationError(f"duplicate key {text!r}", pointer, self.file, line))
        parent.key, parent.key_line = text, line

    def scalar(self, event: Any, line: int) -> None:
        event.value = _paired(event.value)
        pointer = self.next_pointer(line)
        where = pointer or pointer_join(self.stack[-1].pointer, event.value)
        self.check_text(event.value, where, line)
        self.count(1, where, line, len(event.value))
        if pointer is None:
            self.take_key(event.value, line)
            value: Any = event.value
        else:
            value = self.resolve(event, pointer, line)
            self.place(value)
        if event.anchor is not None:
            self.anchors[event.anchor] = _Anchored(value, 1, len(event.value), 0, event.value)

    def start(self, event: Any, line: int, mapping: bool) -> None:
        pointer = self.next_pointer(line)
        if pointer is None:
            raise self.fail("a mapping key must be a string", self.stack[-1].pointer, line)
        kind = "map" if mapping else "seq"
        if event.tag not in (None, "!", _CORE + kind):
            self.errors.append(GenerationError(_foreign_tag(event.tag), pointer, self.file, line))
        if len(self.stack) + 1 > MAX_DEPTH:
            raise self.fail(f"the spec nests deeper than {MAX_DEPTH} levels", pointer, line)
        self.count(1, pointer, line)
        value: dict[str, Any] | list[Any] = {} if mapping else []
        self.place(value)
        self.stack.append(_Collection(value, pointer, event.anchor, self.nodes, self.chars))

    def end(self) -> None:
        done = self.stack.pop()
        if self.stack:
            self.stack[-1].height = max(self.stack[-1].height, done.height + 1)
        if done.anchor is not None:
            size = self.nodes - done.first_node + 1
            chars = self.chars - done.first_char
            self.anchors[done.anchor] = _Anchored(done.value, size, chars, done.height, None)

    def alias(self, event: Any, line: int) -> None:
        pointer = self.next_pointer(line)
        where = pointer or self.stack[-1].pointer
        anchored = self.anchors.get(event.anchor)
        if anchored is None:
            message = f"alias *{event.anchor} names no anchor before it (or its own node)"
            raise self.fail(message, where, line)
        if pointer is None:
            if anchored.text is None:
                raise self.fail("a mapping key must be a string", where, line)
            self.count(1, where, line, anchored.chars)
            self.take_key(anchored.text, line)
            return
        if len(self.stack) + anchored.height > MAX_DEPTH:
            raise self.fail(f"the spec nests deeper than {MAX_DEPTH} levels", pointer, line)
        self.count(anchored.size, pointer, line, anchored.chars)
        if self.stack:
            self.stack[-1].height = max(self.stack[-1].height, anchored.height + 1)
        self.place(anchored.value)

    def check_text(self, text: str, pointer: str, line: int) -> None:
        surrogate = _SURROGATE.search(text)
        if surrogate is not None:
            code = f"U+{ord(surrogate.group()):04X}"
            message = f"the string holds a lone surrogate ({code}), which UTF-8 cannot encode"
            self.errors.append(GenerationError(message, pointer, self.file, line))

    def resolve(self, event: Any, pointer: str, line: int) -> Any:
        """A scalar's value under the core schema; a problem is recorded and gives the text."""
        text, tag = event.value, event.tag
        # A plain scalar's style is None in ruamel's events, "" in libyaml's.
        if tag is None and not event.style and event.implicit[0]:
            tag = _implicit_tag(text)
        elif tag in (None, "!"):
            tag = _CORE + "str"
        try:
            return _construct(tag, text)
        except ValueError as problem:
            self.errors.append(GenerationError(str(problem), pointer, self.file, line))
            return text


def _paired(text: str) -> str:
    """Join surrogate pairs: JSON writes a character past U+FFFF as two `\\u` escapes."""
    if _SURROGATE.search(text) is None:
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")


def _implicit_tag(text: str) -> str:
    for name, pattern in (("null", _NULL), ("bool", _BOOL), ("int", _INT), ("float", _FLOAT)):
        if pattern.fullmatch(text):
            return _CORE + name
    if _NOT_FINITE.fullmatch(text):
        return _CORE + "float"
    return _CORE + "str"


def _construct(tag: str, text: str) -> Any:
    kind = tag.removeprefix(_CORE) if tag.startswith(_CORE) else None
    if kind == "str":
        return text
    if kind == "null" and _NULL.fullmatch(text):
        return None
    if kind == "bool" and _BOOL.fullmatch(text):
        return text.lower() == "true"
    if kind == "int" and _INT.fullmatch(text):
        return _integer(text)
    if kind == "float" and _NOT_FINITE.fullmatch(text):
        raise ValueError(f"{text!r} is not a JSON number (JSON has no infinities or NaN)")
    if kind == "float" and _FLOAT.fullmatch(text):
        number = float(text)
        if not math.isfinite(number):
            raise ValueError(f"{text!r} is too large for a JSON number")
        return number
    if kind is None or kind not in ("null", "bool", "int", "float"):
        raise ValueError(_foreign_tag(tag))
    raise ValueError(f"{text!r} is not a valid !!{kind}")


def _foreign_tag(tag: str | None) -> str:
    shown = f"!!{tag.removeprefix(_CORE)}" if tag and tag.startswith(_CORE) else tag
    kinds = "!!map, !!seq, !!str, !!int, !!float, !!bool, !!null"
    return f"tag {shown} is outside JSON's data model ({kinds})"


def _integer(text: str) -> int:
    if text.startswith("0o"):
        return int(text[2:], 8)
    if text.startswith("0x"):
        return int(text[2:], 16)
    try:
        return int(text)
    except ValueError:  # past Python's limit on digits in a decimal conversion
        raise ValueError(f"the integer with {len(text)} digits is too large") from None


def parse_yaml(text: str, file: str) -> Parsed:
    """Build the document; every problem is a located GenerationError (raised together)."""
    if _LIBYAML_LOADER is not None:
        builder = _Builder(file)
        try:
            for event in pyyaml.parse(text, Loader=_LIBYAML_LOADER):
                builder.feed(event)
        except pyyaml.YAMLError:
            pass  # ruamel.yaml reads it again: its verdict, its message
        else:
            return _built(builder)
    return _built(_ruamel_parsed(text, file))


def _ruamel_parsed(text: str, file: str) -> _Builder:
    # Imported here: libyaml reads nearly every spec, and a generation that does not need
    # ruamel.yaml should not pay for its import.
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    builder = _Builder(file)
    try:
        for event in YAML(typ="safe", pure=True).parse(text):
            builder.feed(event)
    except YAMLError as exc:
        where = builder.stack[-1].pointer if builder.stack else "#"
        raise GenerationFailed([_syntax_error(exc, text, file, where)]) from None
    return builder


def _built(builder: _Builder) -> Parsed:
    if builder.errors:
        raise GenerationFailed(builder.errors)
    return Parsed(builder.root, builder.lines)


def _syntax_error(exc: Exception, text: str, file: str, pointer: str) -> GenerationError:
    """ruamel.yaml's complaint, at its line, under the innermost node read so far."""
    from ruamel.yaml.error import MarkedYAMLError  # imported already: the parse raised it

    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    if mark is not None:
        line: int | None = mark.line + 1
    elif isinstance(getattr(exc, "position", None), int):  # the reader's unprintable character
        line = text.count("\n", 0, exc.position) + 1  # type: ignore[attr-defined]
    else:
        line = None
    if isinstance(exc, MarkedYAMLError) and exc.problem:
        problem = str(exc.problem)
    else:
        problem = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return GenerationError(f"invalid YAML: {problem}", pointer, file, line)
