"""Where subschemas live inside a JSON Schema, and where schemas live inside an OpenAPI document."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from generator.vocabulary import pointer_join

# keyword -> how its value holds subschemas
_ONE = ("additionalProperties", "items", "not", "propertyNames", "contains")
_LIST = ("allOf", "anyOf", "oneOf", "prefixItems")
_MAP = ("properties", "patternProperties", "dependentSchemas", "$defs", "definitions")


def subschemas(schema: Mapping[str, Any], pointer: str) -> Iterator[tuple[str, Any]]:
    """Each direct subschema of `schema` with its JSON pointer (booleans included)."""
    for key in _ONE:
        if key in schema and isinstance(schema[key], (dict, bool)):
            yield pointer_join(pointer, key), schema[key]
    for key in _LIST:
        if isinstance(schema.get(key), list):
            for index, item in enumerate(schema[key]):
                yield pointer_join(pointer, key, index), item
    for key in _MAP:
        if isinstance(schema.get(key), dict):
            for name, item in schema[key].items():
                yield pointer_join(pointer, key, name), item


def walk(schema: Any, pointer: str) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """Every schema object at or below `schema`, depth first, in document order."""
    if not isinstance(schema, dict):
        return
    yield pointer, schema
    for child_pointer, child in subschemas(schema, pointer):
        yield from walk(child, child_pointer)


def document_schemas(document: Mapping[str, Any]) -> Iterator[tuple[str, Any]]:
    """The root schemas of an OpenAPI document: components, then bodies, responses, parameters."""
    components = document.get("components")
    if isinstance(components, dict) and isinstance(components.get("schemas"), dict):
        for name, schema in components["schemas"].items():
            yield pointer_join("#/components/schemas", name), schema
    paths = document.get("paths")
    if not isinstance(paths, dict):
        return
    for path, item in paths.items():
        if not isinstance(item, dict):
            continue
        for method, operation in item.items():
            if isinstance(operation, dict):
                yield from _operation_schemas(operation, pointer_join("#/paths", path, method))


def _operation_schemas(operation: Mapping[str, Any], pointer: str) -> Iterator[tuple[str, Any]]:
    body = operation.get("requestBody")
    if isinstance(body, dict):
        yield from _content_schemas(body, pointer_join(pointer, "requestBody"))
    responses = operation.get("responses")
    if isinstance(responses, dict):
        for status, response in responses.items():
            if isinstance(response, dict):
                yield from _content_schemas(response, pointer_join(pointer, "responses", status))
    parameters = operation.get("parameters")
    if isinstance(parameters, list):
        for index, parameter in enumerate(parameters):
            if isinstance(parameter, dict) and "schema" in parameter:
                yield pointer_join(pointer, "parameters", index, "schema"), parameter["schema"]


def _content_schemas(holder: Mapping[str, Any], pointer: str) -> Iterator[tuple[str, Any]]:
    content = holder.get("content")
    if not isinstance(content, dict):
        return
    for media_type, media in content.items():
        if isinstance(media, dict) and "schema" in media:
            yield pointer_join(pointer, "content", media_type, "schema"), media["schema"]


# -- every schema of an OpenAPI 3.1 document, wherever it may sit ----------------------------------

_OPERATION_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# components section -> the kind of object each of its entries is
_COMPONENT_KINDS = (
    ("responses", "response"),
    ("parameters", "parameter"),
    ("requestBodies", "request_body"),
    ("headers", "header"),
    ("callbacks", "callback"),
    ("pathItems", "path_item"),
)


def all_schema_roots(document: Mapping[str, Any]) -> Iterator[tuple[str, Any]]:
    """Every root schema in the document, generated from or not: those `document_schemas` names
    and those in parts no operation reaches (`components/responses`, `headers`, `callbacks`,
    `webhooks`, ...). Each sits at one place: a `$ref` is followed at its target, not here."""
    seen: set[str] = set()
    for pointer, schema in _every_root(document):
        if pointer not in seen:
            seen.add(pointer)
            yield pointer, schema


def _every_root(document: Mapping[str, Any]) -> Iterator[tuple[str, Any]]:
    yield from document_schemas(document)
    components = _mapping(document.get("components"))
    for section, kind in _COMPONENT_KINDS:
        for name, item in _mapping(components.get(section)).items():
            yield from _OBJECT_KINDS[kind](item, pointer_join("#/components", section, name))
    for top in ("paths", "webhooks"):
        for name, item in _mapping(document.get(top)).items():
            yield from _path_item(item, pointer_join("#", top, name))


def _mapping(node: Any) -> Mapping[str, Any]:
    """`node` if it is an object that is no `$ref` (a Reference Object is walked at its target)."""
    return node if isinstance(node, dict) and "$ref" not in node else {}


def _path_item(item: Any, pointer: str) -> Iterator[tuple[str, Any]]:
    item = _mapping(item)
    yield from _parameters(item.get("parameters"), pointer_join(pointer, "parameters"))
    for method in _OPERATION_METHODS:
        operation = _mapping(item.get(method))
        where = pointer_join(pointer, method)
        yield from _parameters(operation.get("parameters"), pointer_join(where, "parameters"))
        yield from _request_body(operation.get("requestBody"), pointer_join(where, "requestBody"))
        for status, response in _mapping(operation.get("responses")).items():
            yield from _response(response, pointer_join(where, "responses", status))
        for name, callback in _mapping(operation.get("callbacks")).items():
            yield from _callback(callback, pointer_join(where, "callbacks", name))


def _parameters(parameters: Any, pointer: str) -> Iterator[tuple[str, Any]]:
    if isinstance(parameters, list):
        for index, parameter in enumerate(parameters):
            yield from _parameter(parameter, pointer_join(pointer, index))


def _parameter(parameter: Any, pointer: str) -> Iterator[tuple[str, Any]]:
    """A Parameter or a Header Object: a `schema`, or `content`."""
    parameter = _mapping(parameter)
    if "schema" in parameter:
        yield pointer_join(pointer, "schema"), parameter["schema"]
    yield from _content(parameter.get("content"), pointer_join(pointer, "content"))


def _request_body(body: Any, pointer: str) -> Iterator[tuple[str, Any]]:
    yield from _content(_mapping(body).get("content"), pointer_join(pointer, "content"))


def _response(response: Any, pointer: str) -> Iterator[tuple[str, Any]]:
    response = _mapping(response)
    for name, header in _mapping(response.get("headers")).items():
        yield from _parameter(header, pointer_join(pointer, "headers", name))
    yield from _content(response.get("content"), pointer_join(pointer, "content"))


def _callback(callback: Any, pointer: str) -> Iterator[tuple[str, Any]]:
    for expression, item in _mapping(callback).items():
        yield from _path_item(item, pointer_join(pointer, expression))


def _content(content: Any, pointer: str) -> Iterator[tuple[str, Any]]:
    for media_type, media in _mapping(content).items():
        media = _mapping(media)
        where = pointer_join(pointer, media_type)
        if "schema" in media:
            yield pointer_join(where, "schema"), media["schema"]
        for name, encoding in _mapping(media.get("encoding")).items():
            for header_name, header in _mapping(_mapping(encoding).get("headers")).items():
                yield from _parameter(
                    header, pointer_join(where, "encoding", name, "headers", header_name)
                )


_OBJECT_KINDS = {
    "response": _response,
    "parameter": _parameter,
    "request_body": _request_body,
    "header": _parameter,
    "callback": _callback,
    "path_item": _path_item,
}
