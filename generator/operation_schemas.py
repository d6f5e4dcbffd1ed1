"""Where an operation's schemas are: its parameters, request bodies and success responses.

The IR builder types each of them (an inline object becomes a model named after the
operation), and the client maps an operation by the same pointers; `$ref`s to
`components/parameters`, `requestBodies` and `responses` are followed here, in one place.
What a request body reaches is strict (`request_reachable`): its models validate. Each
parameter's schema gets a validator of its own (`parameter_targets`) unless it is only a `$ref`
to a schema that has one (`validated_at`).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from generator import naming
from generator.resolve import reachable
from generator.vocabulary import lookup, pointer_join

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SUCCESS_CODES = ("200", "201", "202", "204", "2XX")
"""The success answers the client reads, in order of preference."""


@dataclass(frozen=True)
class SpecOperation:
    """One operation as the spec has it."""

    path: str
    http_method: str
    pointer: str
    node: Mapping[str, Any]
    path_item: Mapping[str, Any]

    @property
    def operation_id(self) -> str:
        value = self.node.get("operationId")
        return value if isinstance(value, str) and value else f"{self.http_method} {self.path}"


@dataclass(frozen=True)
class Located:
    """A node reached through any `$ref`s: the node and the pointer it really sits at."""

    pointer: str
    node: Any


@dataclass(frozen=True)
class SchemaSite:
    """A schema of an operation, and the name parts an inline object model would get."""

    pointer: str
    schema: Any
    name_parts: tuple[str, ...]
    parameter: bool


def operations(document: Mapping[str, Any]) -> Iterator[SpecOperation]:
    """Every operation, in spec order."""
    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, Mapping):
            continue
        for http_method, node in item.items():
            if http_method in HTTP_METHODS and isinstance(node, Mapping):
                pointer = pointer_join("#/paths", path, http_method)
                yield SpecOperation(path, http_method, pointer, node, item)


def follow(document: Mapping[str, Any], pointer: str, node: Any) -> Located:
    """`node` (at `pointer`), or what its `$ref` chain names; a dangling `$ref` stays as is
    (the resolve stage has reported it)."""
    seen: set[str] = set()
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        target = node["$ref"]
        if target in seen or not target.startswith("#"):
            break
        seen.add(target)
        try:
            node = lookup(document, target)
        except KeyError:
            break
        pointer = target
    return Located(pointer, node)


def parameters(document: Mapping[str, Any], op: SpecOperation) -> list[Located]:
    """The path item's parameters overridden by the operation's (same name and `in`)."""
    found: dict[tuple[str, str], Located] = {}
    sources = ((op.path_item, _path_item_pointer(op)), (op.node, op.pointer))
    for owner, base in sources:
        for index, raw in enumerate(owner.get("parameters") or []):
            located = follow(document, pointer_join(base, "parameters", index), raw)
            node = located.node if isinstance(located.node, Mapping) else {}
            found[(str(node.get("name", index)), str(node.get("in", base)))] = located
    return list(found.values())


def request_body(document: Mapping[str, Any], op: SpecOperation) -> Located | None:
    if "requestBody" not in op.node:
        return None
    return follow(document, pointer_join(op.pointer, "requestBody"), op.node["requestBody"])


def success_response(document: Mapping[str, Any], op: SpecOperation) -> tuple[str, Located] | None:
    """The first success answer (200, 201, 202, 204, 2XX) and its status code."""
    responses = op.node.get("responses") or {}
    for code in SUCCESS_CODES:
        for key, answer in responses.items():
            if str(key) == code:
                return code, follow(document, pointer_join(op.pointer, "responses", key), answer)
    return None


def schema_sites(document: Mapping[str, Any]) -> Iterator[SchemaSite]:
    """Every schema an operation's method uses, with the names its inline objects get."""
    for op in operations(document):
        for located in parameters(document, op):
            if isinstance(located.node, Mapping) and "schema" in located.node:
                name = str(located.node.get("name"))
                pointer = pointer_join(located.pointer, "schema")
                yield SchemaSite(pointer, located.node["schema"], (op.operation_id, name), True)
        body = request_body(document, op)
        yield from _content_sites(document, body, (op.operation_id, "Body"))
        answer = success_response(document, op)
        if answer is not None:
            yield from _content_sites(document, answer[1], (op.operation_id, "Response"))


def _content_sites(
    document: Mapping[str, Any], located: Located | None, parts: tuple[str, ...]
) -> Iterator[SchemaSite]:
    if located is None or not isinstance(located.node, Mapping):
        return
    content = located.node.get("content")
    if not isinstance(content, Mapping):
        return
    for media_type, entry in content.items():
        if isinstance(entry, Mapping) and "schema" in entry:
            pointer = pointer_join(located.pointer, "content", media_type, "schema")
            yield SchemaSite(pointer, entry["schema"], parts, False)


def _path_item_pointer(op: SpecOperation) -> str:
    return op.pointer.rpartition("/")[0]


def request_reachable(document: Mapping[str, Any]) -> set[str]:
    """Pointers of schemas a request body can reach (also through a `$ref`'d requestBody):
    their models are strict."""
    roots: list[tuple[str, Any]] = []
    for operation in operations(document):
        body = request_body(document, operation)
        if body is None or not isinstance(body.node, dict):
            continue
        content = body.node.get("content")
        for media, entry in (content if isinstance(content, dict) else {}).items():
            pointer = pointer_join(body.pointer, "content", media, "schema")
            roots.append((pointer, entry.get("schema") if isinstance(entry, dict) else None))
    return reachable(document, roots)


def parameter_targets(
    document: Mapping[str, Any],
    targets: Sequence[tuple[str, str, str]],
    module_of: Callable[[str], str],
) -> list[tuple[str, str, str]]:
    """A validator (suffix, pointer, module) for each parameter's schema that has none yet: the
    client checks a value against it before the request is sent. Named after the operation and
    the parameter (`list_files_order`, `_parameter` appended while the name is taken), in the
    module of the operation's models (`module_of(operationId)`)."""
    pointers = {pointer for _, pointer, _ in targets}
    suffixes = {suffix for suffix, _, _ in targets}
    found = []
    for site in schema_sites(document):
        if not site.parameter or validated_at(site.pointer, site.schema, pointers) in pointers:
            continue
        suffix = naming.snake_name(naming.class_name(*site.name_parts))
        while suffix in suffixes:
            suffix += "_parameter"
        pointers.add(site.pointer)
        suffixes.add(suffix)
        found.append((suffix, site.pointer, module_of(site.name_parts[0])))
    return found


def validated_at(pointer: str, schema: Any, targets: Collection[str]) -> str:
    """Where the validator of the schema at `pointer` is: its own, or, for a schema that is
    only a `$ref` to a schema with a validator (a component's enum), that one's."""
    if isinstance(schema, Mapping) and set(schema) == {"$ref"} and schema["$ref"] in targets:
        return str(schema["$ref"])
    return pointer
