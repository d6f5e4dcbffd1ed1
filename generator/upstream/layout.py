"""The synced spec's key order: fixed per kind of OpenAPI object, so the output never depends on
which stage (converter, sync, overlay) added a key, and a reviewer finds things where they expect.

Known keys come in the order of these tables; others follow in the order they were added.
Examples are data and keep their own order.
"""

from __future__ import annotations

from typing import Any

DOCUMENT = ("openapi", "info", "jsonSchemaDialect", "servers", "security", "tags", "paths")
DOCUMENT_END = ("webhooks", "components", "externalDocs")
INFO = ("title", "summary", "version", "description", "termsOfService", "contact", "license")
OPERATION = (
    "operationId",
    "tags",
    "summary",
    "description",
    "x-sdk-resource",
    "x-sdk-method",
    "externalDocs",
    "parameters",
    "requestBody",
    "responses",
)
REQUEST_BODY = ("description", "required", "content")
RESPONSE = ("description", "headers", "content", "links")
MEDIA_TYPE = ("schema", "example", "examples", "encoding")
COMPONENTS = ("securitySchemes", "schemas")
SECURITY_SCHEME = ("type", "scheme", "bearerFormat", "in", "name", "description")
# A schema reads: what it is, its constraints, its default, the decision, prose, then members.
SCHEMA = (
    "$ref",
    "type",
    "const",
    "format",
    "anyOf",
    "oneOf",
    "allOf",
    "enum",
    "items",
    "minimum",
    "exclusiveMinimum",
    "maximum",
    "exclusiveMaximum",
    "multipleOf",
    "minLength",
    "maxLength",
    "pattern",
    "minItems",
    "maxItems",
    "uniqueItems",
    "default",
    "additionalProperties",
    "x-decision",
    "description",
    "required",
    "properties",
)
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def arrange(document: dict[str, Any]) -> dict[str, Any]:
    """A copy of an OpenAPI document with every known object's keys in canonical order."""
    arranged = _ordered(document, DOCUMENT, DOCUMENT_END)
    if isinstance(arranged.get("info"), dict):
        arranged["info"] = _ordered(arranged["info"], INFO)
    if isinstance(arranged.get("paths"), dict):
        arranged["paths"] = {path: _path_item(item) for path, item in arranged["paths"].items()}
    if isinstance(arranged.get("components"), dict):
        arranged["components"] = _components(arranged["components"])
    return arranged


def _path_item(item: Any) -> Any:
    if not isinstance(item, dict):
        return item
    return {k: _operation(v) if k in HTTP_METHODS else v for k, v in item.items()}


def _operation(operation: Any) -> Any:
    if not isinstance(operation, dict):
        return operation
    arranged = _ordered(operation, OPERATION)
    if isinstance(arranged.get("requestBody"), dict):
        arranged["requestBody"] = _with_content(arranged["requestBody"], REQUEST_BODY)
    if isinstance(arranged.get("responses"), dict):
        arranged["responses"] = {
            status: _with_content(response, RESPONSE) if isinstance(response, dict) else response
            for status, response in arranged["responses"].items()
        }
    return arranged


def _with_content(holder: dict[str, Any], table: tuple[str, ...]) -> dict[str, Any]:
    arranged = _ordered(holder, table)
    if isinstance(arranged.get("content"), dict):
        arranged["content"] = {
            media: _media_type(value) for media, value in arranged["content"].items()
        }
    return arranged


def _media_type(media: Any) -> Any:
    if not isinstance(media, dict):
        return media
    arranged = _ordered(media, MEDIA_TYPE)
    if "schema" in arranged:
        arranged["schema"] = _schema(arranged["schema"])
    return arranged


def _components(components: dict[str, Any]) -> dict[str, Any]:
    arranged = _ordered(components, COMPONENTS)
    schemes = arranged.get("securitySchemes")
    if isinstance(schemes, dict):
        arranged["securitySchemes"] = {
            name: _ordered(s, SECURITY_SCHEME) if isinstance(s, dict) else s
            for name, s in schemes.items()
        }
    if isinstance(arranged.get("schemas"), dict):
        arranged["schemas"] = {name: _schema(s) for name, s in arranged["schemas"].items()}
    return arranged


def _schema(schema: Any) -> Any:
    if not isinstance(schema, dict):
        return schema
    arranged = _ordered(schema, SCHEMA)
    for key in ("items", "additionalProperties", "not"):
        if isinstance(arranged.get(key), dict):
            arranged[key] = _schema(arranged[key])
    for key in ("anyOf", "oneOf", "allOf"):
        if isinstance(arranged.get(key), list):
            arranged[key] = [_schema(member) for member in arranged[key]]
    if isinstance(arranged.get("properties"), dict):
        arranged["properties"] = {
            name: _schema(member) for name, member in arranged["properties"].items()
        }
    return arranged


def _ordered(
    mapping: dict[str, Any], first: tuple[str, ...], last: tuple[str, ...] = ()
) -> dict[str, Any]:
    known = [key for key in first if key in mapping]
    ending = [key for key in last if key in mapping]
    rest = [key for key in mapping if key not in first and key not in last]
    return {key: mapping[key] for key in known + rest + ending}
