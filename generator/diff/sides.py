"""Which operations reach which schemas: the side of every component, and the client's names.

The generator makes a model strict when a request body reaches it (`build_ir`); here the same
walk also follows responses, so a component is `request`, `response`, `both` or `none`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from generator import naming
from generator.diff.model import Side
from generator.resolve import reachable
from generator.vocabulary import pointer_join

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
COMPONENTS = "#/components/schemas"


def operations(document: Mapping[str, Any]) -> Iterator[tuple[str, str, Mapping[str, Any]]]:
    """(path, method, operation) for every operation, in document order."""
    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method, operation in item.items():
            if method in HTTP_METHODS and isinstance(operation, dict):
                yield path, method, operation


def body_schemas(
    document: Mapping[str, Any],
) -> Iterator[tuple[Side, str, Any]]:
    """(side, pointer, schema) of every request and response body schema."""
    for path, method, operation in operations(document):
        where = pointer_join("#/paths", path, method)
        body = operation.get("requestBody")
        if isinstance(body, dict):
            for media, content in (body.get("content") or {}).items():
                pointer = pointer_join(where, "requestBody", "content", media, "schema")
                yield Side.REQUEST, pointer, (content or {}).get("schema")
        for status, response in (operation.get("responses") or {}).items():
            if not isinstance(response, dict):
                continue
            for media, content in (response.get("content") or {}).items():
                pointer = pointer_join(where, "responses", status, "content", media, "schema")
                yield Side.RESPONSE, pointer, (content or {}).get("schema")


def component_sides(document: Mapping[str, Any]) -> dict[str, Side]:
    """The side of every component schema, by its pointer (`#/components/schemas/Name`)."""
    roots: dict[Side, list[tuple[str, Any]]] = {Side.REQUEST: [], Side.RESPONSE: []}
    for side, pointer, schema in body_schemas(document):
        roots[side].append((pointer, schema))
    request = reachable(document, roots[Side.REQUEST])
    response = reachable(document, roots[Side.RESPONSE])
    names = (document.get("components") or {}).get("schemas") or {}
    sides = {}
    for name in names:
        pointer = pointer_join(COMPONENTS, name)
        sides[pointer] = Side.of(pointer in request, pointer in response)
    return sides


def client_call(operation: Mapping[str, Any]) -> str | None:
    """`client.beta.realtime.sessions.create`, named as the generated client names it."""
    names = naming.operation_names(operation)
    if isinstance(names, str):
        return None
    resource, method = names
    return ".".join(["client", *resource, method])


def request_calls(document: Mapping[str, Any]) -> dict[str, str]:
    """Pointer of each request body's schema (its component when a $ref) -> the client call."""
    calls = {}
    for path, method, operation in operations(document):
        call = client_call(operation)
        content = (operation.get("requestBody") or {}).get("content") or {}
        schema = (content.get("application/json") or {}).get("schema")
        if call is None or not isinstance(schema, dict):
            continue
        ref = schema.get("$ref")
        pointer = pointer_join("#/paths", path, method, "requestBody", "content")
        calls[
            ref if isinstance(ref, str) else pointer_join(pointer, "application/json", "schema")
        ] = call
    return calls
