"""Client IR, streams: when an answer comes as server-sent events, and which request asks for them.

An operation can stream when its success answer offers `text/event-stream` (beside the answer
it gives otherwise) and its body has a property that selects the stream:

* a string enum with the value `sse` or `text/event-stream` (the value that names the event
  stream asks for it), as OpenAI's speech has `stream_format: sse | audio`;
* else a boolean property `stream` (`true` asks for it), as OpenAI's chat, responses, images
  and transcriptions have it: a boolean says nothing else that tells it apart.

Left out, the property's `default` decides. The events are typed from the schema the spec
gives for `text/event-stream`; the other media type is the answer when no stream is asked for.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from generator import naming
from generator.client_bodies import BodyIR
from generator.client_parameters import ArgumentIR
from generator.client_responses import EVENT_STREAM, ResponseIR, stream_event
from generator.ir import ModelIR
from generator.operation_schemas import Located, follow
from generator.types import NONE, SCALARS, LiteralType, PyType, UnionType, nullable
from generator.vocabulary import lookup

STREAM_VALUES = ("sse", EVENT_STREAM)
"""Enum values that name the event stream."""
STREAM_FLAG = "stream"


@dataclass(frozen=True)
class StreamIR:
    """How a method streams: the body argument that asks for it, and the events it yields."""

    selector: ArgumentIR
    value: object
    """The selector's value that asks for the stream (`True`, `"sse"`)."""
    by_default: bool
    """Whether leaving the selector out asks for the stream (its `default` is `value`)."""
    events: ResponseIR
    on: PyType
    """The selector's type in the overload that streams (`Literal[True]`)."""
    off: PyType
    """Its type in the overload that does not (`Literal[False]`, `Literal["audio"]`)."""

    @property
    def condition_source(self) -> str:
        """The arguments of `RequestOptions.asks_for`."""
        wire_name, value = naming.literal(self.selector.wire_name), naming.source(self.value)
        return f"{wire_name}, {value}, default={self.by_default}"


def map_stream(
    document: Mapping[str, Any],
    body: BodyIR,
    answer: Located | None,
    types: Mapping[str, PyType],
    models: Mapping[str, ModelIR],
    name: str,
) -> StreamIR | None:
    """The operation's stream, if its answer offers one and its body can ask for it."""
    content = answer.node.get("content") if answer and isinstance(answer.node, Mapping) else None
    if not isinstance(content, Mapping) or EVENT_STREAM not in content or body.model is None:
        return None
    schemas = {f.python_name: _schema(document, f.pointer) for f in body.model.fields}
    found = _selector(body.arguments, schemas)
    if found is None:
        return None
    selector, value, off = found
    events = stream_event(answer, types, models, name) if answer else None
    if events is None or events.type is None:
        return None
    by_default = schemas[selector.name].get("default", None) == value
    return StreamIR(selector, value, by_default, events, LiteralType((value,)), off)


def _selector(
    arguments: tuple[ArgumentIR, ...], schemas: Mapping[str, Mapping[str, Any]]
) -> tuple[ArgumentIR, object, PyType] | None:
    """(argument, the value asking for the stream, the type of the values that do not)."""
    for argument in arguments:
        values = schemas[argument.name].get("enum")
        if not isinstance(values, list):
            continue
        asking = [v for v in values if v in STREAM_VALUES]
        others = tuple(v for v in values if v not in STREAM_VALUES)
        if len(asking) == 1 and others:
            return argument, asking[0], LiteralType(others)
    for argument in arguments:
        if argument.wire_name == STREAM_FLAG and _boolean(argument.type):
            off: PyType = LiteralType((False,))
            return argument, True, nullable(off) if NONE in _options(argument.type) else off
    return None


def _boolean(py_type: PyType) -> bool:
    """`bool`, or `bool | None`: read from the type, not from its annotation's text."""
    options = set(_options(py_type))
    return SCALARS["boolean"] in options and options <= {SCALARS["boolean"], NONE}


def _options(py_type: PyType) -> tuple[PyType, ...]:
    return py_type.options if isinstance(py_type, UnionType) else (py_type,)


def _schema(document: Mapping[str, Any], pointer: str) -> Mapping[str, Any]:
    """A property's schema, through a `$ref` (an enum component); {} if it cannot be read."""
    try:
        schema = lookup(document, pointer)
    except KeyError:
        return {}
    schema = follow(document, pointer, schema).node
    return schema if isinstance(schema, Mapping) else {}
