"""Client IR, answers: what a method returns, and how the runtime reads it.

The first success answer (200, 201, 202, 204, 2XX) decides. A media type whose schema is a
binary string (`format: binary`) makes a `BinaryResponse` (also where JSON is listed beside it,
as for file contents); else JSON: a model's `from_dict`, or a generated `_parse_*` function for
unions, arrays, maps and plain values; else text; no content, `None`. `text/event-stream` beside it,
with a `stream` property in the body, adds `stream=True` (`Stream[Event]`, the event typed from
the stream's schema). A model with `has_more` and an array property, for an operation with an
`after` query parameter, is a cursor page (see `_pagination.py`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from generator import naming
from generator.ir import ModelIR
from generator.operation_schemas import Located
from generator.types import (
    JSON_VALUE,
    AliasRef,
    ListType,
    MapType,
    ModelRef,
    PyType,
    UnionType,
    unaliased,
)
from generator.vocabulary import pointer_join

EVENT_STREAM = "text/event-stream"
MODELS_REFERENCE = "_models"
"""How client code reaches a model class: `_models.<Class>` (the one place that says so)."""
VALIDATORS_REFERENCE = "_validators"

Fail = Callable[[str, str], None]


def model_reference(class_name: str) -> str:
    """A model class as the resources module calls it (its hint stays the imported name)."""
    return f"{MODELS_REFERENCE}.{class_name}"


@dataclass(frozen=True)
class BranchIR:
    test: str
    value: str
    validated: bool = False
    """Whether `test` tells models apart with their validators (`_validators.is_valid_...`)."""


@dataclass(frozen=True)
class DecoderIR:
    """A `_parse_<name>(data)` function of the resources module: the first branch whose test
    holds gives the value; else `fallback` (lines)."""

    name: str
    hint: str
    branches: tuple[BranchIR, ...]
    fallback: tuple[str, ...]
    calls: tuple[DecoderIR, ...] = ()
    """The `_parse_*` functions its branches call: one per item of an array of a union."""

    def with_calls(self) -> tuple[DecoderIR, ...]:
        """This function, then every one it calls (at any depth), each once."""
        found = {self.name: self}
        for called in self.calls:
            for decoder in called.with_calls():
                found.setdefault(decoder.name, decoder)
        return tuple(found.values())


@dataclass(frozen=True)
class PageIR:
    items: str
    items_attribute: str
    cursor: str | None
    parameter: str
    item_type: PyType

    @property
    def cursor_source(self) -> str:
        args = (self.items, self.items_attribute, self.cursor, self.parameter)
        return f"_pagination.Cursor({', '.join(map(naming.source, args))})"


@dataclass(frozen=True)
class ResponseIR:
    """How a method reads its answer."""

    call: str
    """The runtime method: `request`, `request_json`, `request_binary`, `request_text`,
    `request_empty` or `request_page`."""
    type: PyType | None
    """The parsed answer's type (None: a runtime class, see `hint`)."""
    cast: str
    """Source of the function that turns the JSON into `type` ('' when none is needed)."""
    accept: str | None
    decoders: tuple[DecoderIR, ...] = ()
    page: PageIR | None = None
    runtime_hint: str = ""
    """For a binary answer: the runtime's class."""


def map_response(
    answer: tuple[str, Located] | None,
    types: Mapping[str, PyType],
    models: Mapping[str, ModelIR],
    operation_name: str,
    fail: Fail,
) -> ResponseIR | None:
    if answer is None:
        return None
    code, located = answer
    node = located.node if isinstance(located.node, Mapping) else {}
    content = {m: e for m, e in (node.get("content") or {}).items() if m != EVENT_STREAM}
    if code == "204" or not content:
        return ResponseIR("request_empty", None, "", None, runtime_hint="None")
    binary = [m for m, entry in content.items() if _binary(m, entry)]
    if binary:
        return ResponseIR("request_binary", None, "", ", ".join(binary), runtime_hint="binary")
    json_media = next((m for m in content if _is_json(m)), None)
    if json_media is None:
        return ResponseIR("request_text", None, "", None, runtime_hint="str")
    pointer = pointer_join(located.pointer, "content", json_media, "schema")
    py_type = types.get(pointer, JSON_VALUE)
    return json_response(py_type, models, f"{operation_name}_response")


def json_response(py_type: PyType, models: Mapping[str, ModelIR], name: str) -> ResponseIR:
    if isinstance(py_type, ModelRef):
        cast = model_reference(py_type.class_name) + ".from_dict"
        return ResponseIR("request", py_type, cast, None)
    decoder = decoder_for(py_type, name)
    return ResponseIR("request_json", py_type, decoder.name, None, decoder.with_calls())


def paged(response: ResponseIR, models: Mapping[str, ModelIR], query: set[str]) -> ResponseIR:
    """`response` as a cursor page when its model has `has_more` and one array of items, and
    the operation takes the `after` cursor."""
    model = models.get(response.type.class_name) if isinstance(response.type, ModelRef) else None
    if model is None or "after" not in query:
        return response
    wire = {f.wire_name: f for f in model.fields}
    arrays = [f for f in model.fields if isinstance(f.type, ListType)]
    if "has_more" not in wire or not arrays:
        return response
    items = wire.get("data") if "data" in wire and isinstance(wire["data"].type, ListType) else None
    items = items or (arrays[0] if len(arrays) == 1 else None)
    if items is None or not isinstance(items.type, ListType):
        return response
    cursor = "last_id" if "last_id" in wire else None
    item = items.type.item
    if cursor is None and not _has_id(item, models):
        return response
    page = PageIR(items.wire_name, items.python_name, cursor, "after", item)
    return ResponseIR("request_page", response.type, response.cast, None, response.decoders, page)


def decoder_for(py_type: PyType, name: str) -> DecoderIR:
    """The `_parse_*` function for a type that is not a model."""
    hint = py_type.hint()
    target = unaliased(py_type)
    options = target.options if isinstance(target, UnionType) else (target,)
    if isinstance(py_type, AliasRef):
        name = py_type.name
    found = [_branch(o, options, name) for o in options]
    branches = tuple(b for b, _ in filter(None, found))
    calls = tuple(c for _, c in filter(None, found) if c is not None)
    plain = None in found
    fallback = (
        (f"result: {hint} = data", "return result")
        if plain
        else (f"raise ValueError({naming.literal('the answer fits none of ' + hint)})",)
    )
    return DecoderIR("_parse_" + naming.snake_name(name), hint, branches, fallback, calls)


def _branch(
    option: PyType, options: tuple[PyType, ...], name: str
) -> tuple[BranchIR, DecoderIR | None] | None:
    """The branch that decodes `option`, and the function its items need; None for a value
    taken as it is."""
    if isinstance(option, ModelRef):
        test = "isinstance(data, dict)"
        validated = sum(isinstance(o, ModelRef) for o in options) > 1
        if validated:
            test += f" and {VALIDATORS_REFERENCE}.is_valid_{option.validator_suffix}(data)"
        value = f"{model_reference(option.class_name)}.from_dict(data)"
        return BranchIR(test, value, validated), None
    if isinstance(option, ListType) and isinstance(option.item, ModelRef):
        cast = model_reference(option.item.class_name) + ".from_dict(item)"
        return BranchIR("isinstance(data, list)", f"[{cast} for item in data]"), None
    if isinstance(option, ListType) and option.item.converts():
        # An array of a union of models (or of arrays of them): a function per item.
        item = decoder_for(option.item, name + "_item")
        return BranchIR("isinstance(data, list)", f"[{item.name}(item) for item in data]"), item
    if isinstance(option, MapType) and isinstance(option.value, ModelRef):
        cast = model_reference(option.value.class_name) + ".from_dict(value)"
        return (
            BranchIR("isinstance(data, dict)", f"{{key: {cast} for key, value in data.items()}}"),
            None,
        )
    if isinstance(option, MapType) and option.value.converts():
        # A map of a union of models (or of arrays of them): a function per value.
        each = decoder_for(option.value, name + "_value")
        decoded = f"{{key: {each.name}(value) for key, value in data.items()}}"
        return BranchIR("isinstance(data, dict)", decoded), each
    return None


def _has_id(item: PyType, models: Mapping[str, ModelIR]) -> bool:
    model = models.get(item.class_name) if isinstance(item, ModelRef) else None
    return model is not None and any(f.wire_name == "id" for f in model.fields)


def _is_json(media: str) -> bool:
    return media == "application/json" or (
        media.startswith("application/") and media.endswith("+json")
    )


def _binary(media: str, entry: Any) -> bool:
    if _is_json(media):
        return False
    schema = entry.get("schema") if isinstance(entry, Mapping) else None
    if not isinstance(schema, Mapping):
        return not media.startswith("text/")
    if schema.get("format") == "binary":
        return True
    return "contentMediaType" in schema and "contentEncoding" not in schema


def stream_event(
    located: Located, types: Mapping[str, PyType], models: Mapping[str, ModelIR], name: str
) -> ResponseIR | None:
    """How the events of a `text/event-stream` answer are read, if the answer offers one."""
    content = located.node.get("content") if isinstance(located.node, Mapping) else None
    if not isinstance(content, Mapping) or EVENT_STREAM not in content:
        return None
    pointer = pointer_join(located.pointer, "content", EVENT_STREAM, "schema")
    return json_response(types.get(pointer, JSON_VALUE), models, f"{name}_event")
