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
