"""Client IR: the spec's operations as resource classes (sync and async) and their methods.

Nesting comes from the spec: `x-sdk-resource: beta.realtime.sessions` and `x-sdk-method: create`
give `client.beta.realtime.sessions.create(...)`; without them the first tag names the resource
and the operationId the method. Parameter types are values of `types.py`; the import lines
follow from them. Operations the client cannot call yet are errors, never skipped.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from generator import naming
from generator.client_operations import (
    MethodIR,
    Operation,
    has_operations,
    map_operations,
)
from generator.errors import GenerationError, GenerationFailed
from generator.ir import PackageIR
from generator.types import MODELS_MODULE, Import, import_lines

# What every resources module uses: the runtime, the models and validators modules, and the
# types of the parameters every method has (`COMMON_PARAMS`).
RESOURCES_IMPORTS = frozenset(
    {Import("collections.abc", "Mapping"), Import(".", "_base_client")}
    | {Import(".", "models as _models"), Import(".", "validators as _validators")}
    | {Import("._base_client", n) for n in ("AsyncAPIClient", "SyncAPIClient", "Timeout")}
    | {Import("._types", n) for n in ("NOT_GIVEN", "JsonValue", "NotGiven")}
)


@dataclass(frozen=True)
class ChildIR:
    """A resource attribute: `self.<attribute> = <class_name>(client)`."""

    attribute: str
    class_name: str
    docstring: str


@dataclass(frozen=True)
class ResourceIR:
    """One resource class in one flavour (sync or async)."""

    class_name: str
    docstring: str
    client_type: str
    def_keyword: str
    """`def` or `async def`."""
    await_keyword: str
    """`` or `await `."""
    children: tuple[ChildIR, ...]
    methods: tuple[MethodIR, ...]


@dataclass(frozen=True)
class ClientClassIR:
    """`Client` or `AsyncClient`: the runtime base plus the top-level resources."""

    class_name: str
    base_class: str
    docstring: str
    children: tuple[ChildIR, ...]


@dataclass(frozen=True)
class ClientIR:
    """Both generated client modules: `_client.py` and `resources.py`."""

    header: str
    resources_imports: tuple[str, ...]
    resources_all: str
    resources: tuple[ResourceIR, ...]
    client_imports: tuple[str, ...]
    client_all: str
    clients: tuple[ClientClassIR, ...]
    base_url_source: str
    user_agent_source: str


@dataclass
class _Node:
    """A resource in the tree, while it is being built."""

    path: tuple[str, ...]
    children: dict[str, _Node]
    methods: list[MethodIR]


@dataclass(frozen=True)
class _Flavour:
    prefix: str
    client_type: str
    def_keyword: str
    await_keyword: str


SYNC = _Flavour("", "SyncAPIClient", "def", "")
ASYNC = _Flavour("Async", "AsyncAPIClient", "async def", "await ")


def has_client(document: Mapping[str, Any]) -> bool:
    """Whether the spec has operations; a spec without (`paths: {}`) makes a models-only package."""
    return any(has_operations(item) for item in (document.get("paths") or {}).values())


def build_client_ir(document: Mapping[str, Any], package: PackageIR) -> ClientIR:
    """The client IR, or GenerationFailed listing every operation that cannot be mapped."""
    errors: list[GenerationError] = []
    models = {m.pointer: m for m in package.models}
    operations = [op for op in map_operations(document, models, errors) if op is not None]
    base_url = _base_url(document, errors)
    root = _tree(operations, errors)
    classes = _class_names(root, package, errors)
    if errors:
        raise GenerationFailed(errors)
    resources = tuple(_resource(n, f, classes) for f in (SYNC, ASYNC) for n in _nodes(root))
    methods = [op.method for op in operations]
    return ClientIR(
        header=package.header,
        resources_imports=_resources_imports(methods),
        resources_all=repr(sorted(r.class_name for r in resources)),
        resources=resources,
        client_imports=_client_imports(root, classes),
        client_all=repr(["AsyncClient", "Client"]),
        clients=tuple(_client_class(root, f, classes, package.package_name) for f in (SYNC, ASYNC)),
        base_url_source=repr(base_url),
        user_agent_source=repr(f"{package.package_name}/{_version(document)}"),
    )


def _version(document: Mapping[str, Any]) -> str:
    """The package's version, as the package's `__version__` has it: the spec's info.version."""
    info = document.get("info") or {}
    return str(info.get("version", "0.0.0"))


def _base_url(document: Mapping[str, Any], errors: list[GenerationError]) -> str:
    servers = document.get("servers") or []
    url = servers[0].get("url") if servers and isinstance(servers[0], dict) else None
    ok = isinstance(url, str) and url.startswith(("https://", "http://")) and "{" not in url
    if not ok:
        message = "the client needs `servers[0].url`, an absolute http(s) URL without variables"
        errors.append(GenerationError(message, "#/servers"))
        return ""
    return str(url).rstrip("/")


def _tree(operations: list[Operation], errors: list[GenerationError]) -> _Node:
    root = _Node((), {}, [])
    for op in operations:
        node = root
        for segment in op.resource:
            node = node.children.setdefault(segment, _Node((*node.path, segment), {}, []))
        clash = [m for m in node.methods if m.name == op.method.name]
        if op.method.name in node.children or clash:
            where = ".".join(node.path)
            message = f"{where}.{op.method.name} is already taken (by another operation/resource)"
            errors.append(GenerationError(message, op.method.pointer))
        node.methods.append(op.method)
    if root.methods:
        errors.append(GenerationError("every operation needs a resource", root.methods[0].pointer))
    return root


def _nodes(root: _Node) -> list[_Node]:
    """Every resource below the root, parents before children, in spec order."""
    found: list[_Node] = []
    for child in root.children.values():
        found += [child, *_nodes(child)]
    return found


def _class_names(
    root: _Node, package: PackageIR, errors: list[GenerationError]
) -> dict[tuple[str, ...], str]:
    taken = {m.class_name: m.pointer for m in package.models}
    taken |= {a.name: a.pointer for a in package.aliases}
    taken |= {"Client": "the client", "AsyncClient": "the client"}
    names: dict[tuple[str, ...], str] = {}
    for node in _nodes(root):
        name = naming.class_name(node.path[-1])
        for candidate in (name, "Async" + name):
            if candidate in taken:
                where = ".".join(node.path)
                message = (
                    f"resource {where!r} becomes class {candidate!r}, taken by {taken[candidate]}"
                )
                pointer = node.methods[0].pointer if node.methods else "#/paths"
                errors.append(GenerationError(message, pointer))
            taken[candidate] = f"resource {'.'.join(node.path)!r}"
        names[node.path] = name
    return names


def _resource(node: _Node, flavour: _Flavour, classes: Mapping[tuple[str, ...], str]) -> ResourceIR:
    where = "client." + ".".join(node.path)
    return ResourceIR(
        class_name=flavour.prefix + classes[node.path],
        docstring=naming.docstring((f"Operations under `{where}`.",), "    "),
        client_type=flavour.client_type,
        def_keyword=flavour.def_keyword,
        await_keyword=flavour.await_keyword,
        children=_children(node, flavour, classes),
        methods=tuple(node.methods),
    )


def _children(
    node: _Node, flavour: _Flavour, classes: Mapping[tuple[str, ...], str]
) -> tuple[ChildIR, ...]:
    return tuple(
        ChildIR(
            attribute=name,
            class_name=flavour.prefix + classes[child.path],
            docstring=naming.docstring((f"`client.{'.'.join(child.path)}`",), " " * 8),
        )
        for name, child in node.children.items()
    )


def _client_class(
    root: _Node, flavour: _Flavour, classes: Mapping[tuple[str, ...], str], package_name: str
) -> ClientClassIR:
    kind = "asynchronous" if flavour.prefix else "synchronous"
    lines = (
        f"The {kind} client of `{package_name}`.",
        "",
        "Options (all keyword-only): `api_key` (default: $OPENAI_API_KEY), `base_url` (default:",
        "$OPENAI_BASE_URL, else the spec's server), `timeout`, `max_retries` (default 2),",
        "`validate_requests` (default True) and `http_client`.",
    )
    return ClientClassIR(
        class_name=flavour.prefix + "Client",
        base_class=flavour.client_type,
        docstring=naming.docstring(lines, "    "),
        children=_children(root, flavour, classes),
    )


def _client_imports(root: _Node, classes: Mapping[tuple[str, ...], str]) -> tuple[str, ...]:
    names = sorted(
        p + classes[child.path] for child in root.children.values() for p in ("", "Async")
    )
    return (
        "from functools import cached_property",
        "",
        "from ._base_client import AsyncAPIClient, SyncAPIClient",
        f"from .resources import {', '.join(names)}",
    )


def _resources_imports(methods: list[MethodIR]) -> tuple[str, ...]:
    """Derived from the parameters' types, the request and response models and overloads."""
    imports = set(RESOURCES_IMPORTS)
    for method in methods:
        imports.update(i for p in method.params for i in p.type.imports())
        imports.add(Import(MODELS_MODULE, method.request_class))
        imports.add(Import(MODELS_MODULE, method.response_class))
        if method.overloads:
            imports.add(Import("typing", "overload"))
    return import_lines(imports)[2:]  # the template writes `from __future__` itself
