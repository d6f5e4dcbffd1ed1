"""Client IR, parameters: an operation's path, query and header parameters as keyword arguments.

Each is typed from its schema (the IR builder's type for it), named through `naming.field_name`
(a header's name lower-cased) and serialized as its `style`/`explode` say (OpenAPI's
defaults: `simple` for path and header, `form` exploded for query). Path parameters are
always required; others when the spec says so. A name already taken by a body property or
an argument every method has gets `_<in>` appended (`after` -> `after_query`); if that is
taken too, it is an error. Each is checked against its schema before the request is sent, by
the validator `parameter_targets` (operation_schemas.py) made for it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from generator import naming
from generator.client_responses import VALIDATORS_REFERENCE
from generator.operation_schemas import Located, validated_at
from generator.types import Omittable, PyType, as_argument
from generator.vocabulary import pointer_join

LOCATIONS = ("path", "query", "header")
STYLES = {
    "path": ("simple",),
    "query": ("form", "spaceDelimited", "pipeDelimited", "deepObject"),
    "header": ("simple",),
}
DEFAULT_STYLE = {"path": "simple", "query": "form", "header": "simple"}

Fail = Callable[[str, str], None]
"""Records an error: (message, pointer)."""


@dataclass(frozen=True)
class ArgumentIR:
    """One keyword argument of a method: a body property or a parameter."""

    name: str
    wire_name: str
    type: PyType
    required: bool
    location: str
    """`body`, `path`, `query` or `header`."""
    style: str = ""
    explode: bool = False
    doc_lines: tuple[str, ...] = ()
    optional_in_implementation: bool = False
    """A body property: optional in the implementation, as a whole request model may come."""
    validator: str = "None"
    """A parameter: the source of the function that checks its value (`_validators.validate_x`)."""

    @property
    def declaration(self) -> str:
        """As an overload with keywords declares it (required stays required)."""
        if self.required:
            return f"{self.name}: {self.type.hint()}"
        return f"{self.name}: {Omittable(self.type).hint()} = NOT_GIVEN"

    @property
    def implementation(self) -> str:
        """As the implementation declares it."""
        if self.optional_in_implementation:
            return f"{self.name}: {Omittable(self.type).hint()} = NOT_GIVEN"
        return self.declaration

    @property
    def explode_source(self) -> str:
        return repr(self.explode)


def map_parameters(
    located: Sequence[Located],
    types: Mapping[str, PyType],
    validators: Mapping[str, str],
    taken: set[str],
    fail: Fail,
) -> tuple[ArgumentIR, ...]:
    """The parameters as arguments; `taken` (names in use) gets theirs added. `validators`
    names the validator of each schema pointer that has one (by its suffix)."""
    found = []
    for item in located:
        argument = _parameter(item, types, validators, taken, fail)
        if argument is not None:
            taken.add(argument.name)
            found.append(argument)
    return tuple(found)


def _parameter(
    item: Located,
    types: Mapping[str, PyType],
    validators: Mapping[str, str],
    taken: set[str],
    fail: Fail,
) -> ArgumentIR | None:
    node: Any = item.node
    if not isinstance(node, Mapping) or not isinstance(node.get("name"), str):
        fail("a parameter needs a `name`", item.pointer)
        return None
    location = node.get("in")
    if location not in LOCATIONS:
        fail(f"parameters in {location!r} are not supported by the client", item.pointer)
        return None
    style = node.get("style", DEFAULT_STYLE[location])
    if style not in STYLES[location]:
        fail(f"style {style!r} is not supported for {location} parameters", item.pointer)
        return None
    schema_pointer = pointer_join(item.pointer, "schema")
    if schema_pointer not in types:
        fail("a parameter needs a `schema` (`content` is not supported)", item.pointer)
        return None
    name = _free_name(node["name"], location, taken)
    if name is None:
        fail(f"parameter {node['name']!r} has no free argument name", item.pointer)
        return None
    checked_at = validated_at(schema_pointer, node.get("schema"), validators)
    return ArgumentIR(
        name=name,
        wire_name=node["name"],
        type=as_argument(types[schema_pointer]),
        required=location == "path" or node.get("required") is True,
        location=location,
        style=style,
        explode=node.get("explode", style == "form") is True,
        doc_lines=naming.description_lines(node.get("description")),
        validator=f"{VALIDATORS_REFERENCE}.validate_{validators[checked_at]}",
    )


def _free_name(wire_name: str, location: str, taken: set[str]) -> str | None:
    # Header names are case-insensitive: `X-Trace` is the argument `x_trace`.
    name = naming.field_name(wire_name.lower() if location == "header" else wire_name)
    for candidate in (name, f"{name}_{location}"):
        if candidate not in taken:
            return candidate
    return None
