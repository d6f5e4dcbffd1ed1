"""Operation by operation, component by component: the findings between two documents."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator import naming
from generator.diff import text
from generator.diff.model import Finding, Side
from generator.diff.schemas import SchemaComparer
from generator.diff.sides import (
    COMPONENTS,
    HTTP_METHODS,
    client_call,
    component_sides,
    operations,
    request_calls,
)
from generator.diff.where import Owner, Where
from generator.vocabulary import pointer_join, pointer_tokens

# Keys compared on their own; of the rest, these are documentation, and any other (parameters,
# security, callbacks, headers, links, ...) is reported as not analysed, never skipped.
OPERATION_HANDLED = frozenset({"requestBody", "responses", "x-sdk-resource", "x-sdk-method"})
OPERATION_DOCS = "summary description tags externalDocs deprecated operationId"
DOCUMENT_HANDLED = frozenset({"info", "servers", "paths", "components", "security"})
DOCUMENT_DOCS = "openapi tags externalDocs"
COMPONENTS_HANDLED = frozenset({"schemas", "securitySchemes"})
BODY_HANDLED = frozenset({"required", "content", "description", "$ref"})
RESPONSE_HANDLED = frozenset({"content", "description", "$ref"})
MEDIA_HANDLED = frozenset({"schema"})
MEDIA_DOCS = "example examples"
PATH_HANDLED = frozenset(HTTP_METHODS)


def compare_documents(base: Mapping[str, Any], head: Mapping[str, Any]) -> list[Finding]:
    """Every finding, in document order: the document, its operations, then its schemas."""
    comparer = SchemaComparer(base, head)
    _document(comparer, base, head)
    _operations(comparer, base, head)
    _components(comparer, base, head)
    if comparer.findings:  # a class is renamed only beside another change
        _classes_renamed(comparer)
    return comparer.findings


def _document(comparer: SchemaComparer, base: Mapping[str, Any], head: Mapping[str, Any]) -> None:
    here = Where("#", "#", (), (), Side.BOTH)
    b_info, h_info = base.get("info") or {}, head.get("info") or {}
    b_name, h_name = _package_name(b_info), _package_name(h_info)
    if b_name != h_name:
        comparer.emit("package-renamed", _at(here, "#/info", (h_name,)), b_name, h_name)
    if b_info.get("version") != h_info.get("version"):
        before, after = (f"version {text.value(info.get('version'))}" for info in (b_info, h_info))
        comparer.emit("info-docs-changed", _at(here, "#/info/version", ()), before, after)
    keys = [k for k in ("title", "description") if b_info.get(k) != h_info.get(k)]
    if keys:
        comparer.emit(
            "info-docs-changed", _at(here, "#/info", ()), "", " and ".join(keys) + " changed"
        )
    b_url, h_url = _server(base), _server(head)
    if b_url != h_url:
        comparer.emit("server-changed", _at(here, "#/servers", ("base_url",)), b_url, h_url)
    b_auth = (base.get("security"), (base.get("components") or {}).get("securitySchemes"))
    h_auth = (head.get("security"), (head.get("components") or {}).get("securitySchemes"))
    if b_auth != h_auth:
        comparer.emit("security-changed", _at(here, "#/security", ()), "", "")
    _rest(
        comparer,
        (base, head),
        _at(here, "#", ()),
        DOCUMENT_HANDLED,
        ("info-docs-changed", DOCUMENT_DOCS),
    )
    components = (base.get("components") or {}, head.get("components") or {})
    _rest(
        comparer,
        components,
        _at(here, "#/components", ()),
        COMPONENTS_HANDLED,
        ("info-docs-changed", ""),
    )


def _at(where: Where, pointer: str, names: tuple[str, ...]) -> Where:
    return Where(pointer, pointer, where.parts, names, where.side)


def _package_name(info: Mapping[str, Any]) -> str:
    name = info.get("x-package-name")
    return str(name) if name is not None else naming.package_name(str(info.get("title", "api")))


def _server(document: Mapping[str, Any]) -> str:
    servers = document.get("servers") or [{}]
    return str((servers[0] or {}).get("url", "")) if isinstance(servers, list) else ""


def _operations(comparer: SchemaComparer, base: Mapping[str, Any], head: Mapping[str, Any]) -> None:
    b_ops = {(path, method): op for path, method, op in operations(base)}
    h_ops = {(path, method): op for path, method, op in operations(head)}
    moved = _moved(b_ops, h_ops)
    for key, op in h_ops.items():
        where = _operation_where(key, op)
        if key in b_ops:
            _operation(comparer, b_ops[key], op, where)
        elif key in moved:
            old = moved[key]
            comparer.emit("operation-moved", where, _label(old), _label(key))
            _operation(comparer, b_ops[old], op, where)
        else:
            comparer.emit("operation-added", where, "", _label(key))
    _path_items(comparer, base.get("paths") or {}, head.get("paths") or {})
    gone = set(b_ops) - set(h_ops) - set(moved.values())
    for key, op in b_ops.items():
        if key in gone:
            comparer.emit(
                "operation-removed", _operation_where(key, op), _label(key), "", gone=True
            )


def _path_items(comparer: SchemaComparer, base: Mapping[str, Any], head: Mapping[str, Any]) -> None:
    """What a path item holds besides its operations (shared parameters, servers, summary)."""
    for path in [p for p in head if p in base]:
        if isinstance(base[path], dict) and isinstance(head[path], dict):
            pointer = pointer_join("#/paths", path)
            where = Where(pointer, pointer, (), (path,), Side.BOTH)
            items = (base[path], head[path])
            _rest(
                comparer,
                items,
                where,
                PATH_HANDLED,
                ("operation-docs-changed", "summary description"),
            )


def _moved(b_ops: dict[Any, Any], h_ops: dict[Any, Any]) -> dict[Any, Any]:
    """New (path, method) -> old one, for operations whose operationId stayed while they moved."""
    old_ids = {op.get("operationId"): key for key, op in b_ops.items() if key not in h_ops}
    return {
        key: old_ids[op["operationId"]]
        for key, op in h_ops.items()
        if key not in b_ops and op.get("operationId") in old_ids and op.get("operationId")
    }


def _label(key: tuple[str, str]) -> str:
    return f"{key[1].upper()} {key[0]}"


def _operation_where(key: tuple[str, str], op: Mapping[str, Any]) -> Where:
    pointer = pointer_join("#/paths", key[0], key[1])
    call = client_call(op)
    names = (f"{call}()",) if call else (_label(key),)
    return Where(pointer, pointer, (str(op.get("operationId") or key[1]),), names, Side.BOTH, call)


def _operation(
    comparer: SchemaComparer, base: Mapping[str, Any], head: Mapping[str, Any], where: Where
) -> None:
    b_call, h_call = client_call(base), client_call(head)
    if b_call != h_call:
        comparer.emit("client-method-renamed", where, f"{b_call}()", f"{h_call}()")
    _rest(
        comparer, (base, head), where, OPERATION_HANDLED, ("operation-docs-changed", OPERATION_DOCS)
    )
    _request_body(comparer, base.get("requestBody"), head.get("requestBody"), where)
    _responses(comparer, base.get("responses") or {}, head.get("responses") or {}, where)


def _rest(
    comparer: SchemaComparer,
    nodes: tuple[Mapping[str, Any], Mapping[str, Any]],
    where: Where,
    handled: frozenset[str],
    docs: tuple[str, str],
) -> None:
    """Every other key of two nodes: documentation (`docs[0]`: kind, `docs[1]`: keys, and x-*)
    as one finding; anything else one `operation-other-changed` each, never skipped."""
    base, head = nodes
    doc_kind, doc_keys = docs
    keys = [k for k in [*head, *(k for k in base if k not in head)] if k not in handled]
    changed = [k for k in keys if base.get(k, ...) != head.get(k, ...)]
    documentation = [k for k in changed if k in doc_keys.split() or k.startswith("x-")]
    if documentation:
        comparer.emit(doc_kind, where, "", ", ".join(documentation) + " changed")
    for key in changed:
        if key not in documentation:
            comparer.emit("operation-other-changed", where, _has(base, key), _has(head, key))


def _has(node: Mapping[str, Any], key: str) -> str:
    return f"{key}: {text.value(node[key])}" if key in node else ""


def _request_body(comparer: SchemaComparer, base: Any, head: Any, where: Where) -> None:
    here = _child(where, ("requestBody",), Side.REQUEST)
    if base is None and head is None:
        return
    if base is None or head is None:
        if head is None:
            comparer.emit("request-body-removed", here, "request body", "", gone=True)
        else:
            kind = "request-body-added-required" if head.get("required") else "request-body-added"
            comparer.emit(kind, here, "", "request body")
        return
    if _by_reference(comparer, base, head, here):
        return
    if bool(base.get("required")) != bool(head.get("required")):
        kind = "request-body-required" if head.get("required") else "request-body-optional"
        comparer.emit(kind, here, _required(base), _required(head))
    comparer.docs(base, head, here)
    _rest(comparer, (base, head), here, BODY_HANDLED, ("docs-changed", ""))
    _content(comparer, base.get("content") or {}, head.get("content") or {}, here)


def _by_reference(comparer: SchemaComparer, base: Any, head: Any, where: Where) -> bool:
    """A body or response given as a `$ref` (the client supports none): report, don't follow."""
    if "$ref" not in base and "$ref" not in head:
        return False
    if base.get("$ref") != head.get("$ref"):
        comparer.emit("operation-other-changed", where, _has(base, "$ref"), _has(head, "$ref"))
    return True


def _required(body: Mapping[str, Any]) -> str:
    return "required" if body.get("required") else "optional"


def _responses(
    comparer: SchemaComparer, base: Mapping[str, Any], head: Mapping[str, Any], where: Where
) -> None:
    for status in [*head, *(s for s in base if s not in head)]:
        here = _child(where, ("responses", status), Side.RESPONSE, status)
        success = str(status).startswith("2")
        if status not in head or status not in base:
            kind = f"success-response-{'removed' if status not in head else 'added'}"
            kind = kind if success else "error-response-changed"
            before, after = (str(status), "") if status not in head else ("", str(status))
            comparer.emit(kind, here, before, after, gone=status not in head)
            continue
        if _by_reference(comparer, base[status], head[status], here):
            continue
        comparer.docs(base[status], head[status], here)
        _rest(comparer, (base[status], head[status]), here, RESPONSE_HANDLED, ("docs-changed", ""))
        _content(
            comparer, base[status].get("content") or {}, head[status].get("content") or {}, here
        )


def _child(where: Where, tokens: tuple[str, ...], side: Side, status: str | None = None) -> Where:
    pointer_base = pointer_join(where.base, *tokens)
    pointer_head = pointer_join(where.head, *tokens)
    call = where.call if side is Side.REQUEST else None
    names = where.names if status is None else (f"{where.names[0]} -> {status}",)
    return Where(pointer_base, pointer_head, where.parts, names, side, call)


def _content(
    comparer: SchemaComparer, base: Mapping[str, Any], head: Mapping[str, Any], where: Where
) -> None:
    for media in [*head, *(m for m in base if m not in head)]:
        here = Where(
            pointer_join(where.base, "content", media),
            pointer_join(where.head, "content", media),
            where.parts,
            where.names,
            where.side,
            where.call,
        )
        if media not in head:
            comparer.emit("media-type-removed", here, media, "", gone=True)
        elif media not in base:
            comparer.emit("media-type-added", here, "", media)
        else:
            media_docs = ("docs-changed", MEDIA_DOCS)
            _rest(comparer, (base[media], head[media]), here, MEDIA_HANDLED, media_docs)
            schema_where = Where(
                pointer_join(here.base, "schema"),
                pointer_join(here.head, "schema"),
                here.parts,
                here.names,
                here.side,
                here.call,
            )
            comparer.compare(
                base[media].get("schema", True), head[media].get("schema", True), schema_where
            )


def _components(comparer: SchemaComparer, base: Mapping[str, Any], head: Mapping[str, Any]) -> None:
    b_schemas = (base.get("components") or {}).get("schemas") or {}
    h_schemas = (head.get("components") or {}).get("schemas") or {}
    b_sides, h_sides = component_sides(base), component_sides(head)
    calls = {**request_calls(base), **request_calls(head)}
    for name in [*h_schemas, *(n for n in b_schemas if n not in h_schemas)]:
        pointer = pointer_join(COMPONENTS, name)
        side = b_sides.get(pointer, Side.NONE).union(h_sides.get(pointer, Side.NONE))
        owner = Owner(pointer, pointer, (name,))  # its own class (or alias)
        where = Where(pointer, pointer, (name,), ("",), side, calls.get(pointer), owner)
        if name not in h_schemas:
            before = comparer.owner_class(owner, gone=True)
            comparer.emit("schema-removed", where, before, "", gone=True)
        elif name not in b_schemas:
            comparer.emit("schema-added", where, "", comparer.owner_class(owner, gone=False))
        else:
            comparer.compare(b_schemas[name], h_schemas[name], where)


def _classes_renamed(comparer: SchemaComparer) -> None:
    """A schema on both sides whose class the generator names differently: a new schema took
    its shorter name, or one that had it is gone (`naming.class_names`)."""
    before, after = comparer.base_classes.all(), comparer.head_classes.all()
    sides = {**component_sides(comparer.base), **component_sides(comparer.head)}
    for pointer, name in after.items():
        old = before.get(pointer)
        if old is not None and old != name:
            component = pointer_join(COMPONENTS, *pointer_tokens(pointer)[2:3])
            where = Where(pointer, pointer, (), (name,), sides.get(component, Side.NONE))
            comparer.emit("class-renamed", where, old, name)
