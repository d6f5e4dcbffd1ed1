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
from generator.client_responses import MODELS_REFERENCE, VALIDATORS_REFERENCE, DecoderIR
from generator.client_signatures import ASYNC, SYNC, Flavour
from generator.errors import GenerationError, GenerationFailed
from generator.ir import PackageIR
from generator.types import MODELS_MODULE, Import, import_lines

# What every resources module uses: the runtime and the types of the parameters every method
# has (`COMMON_PARAMS`); the models and validators packages where a method uses them.
RESOURCES_IMPORTS = frozenset(
    {Import("collections.abc", "Mapping")}
    | {Import(".", "_request")}
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
    decoders: tuple[DecoderIR, ...]
    """The `_parse_*` functions of answers that are not models."""
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
    operations: list[Operation]


def has_client(document: Mapping[str, Any]) -> bool:
    """Whether the spec has operations; a spec without (`paths: {}`) makes a models-only package."""
    return any(has_operations(item) for item in (document.get("paths") or {}).values())


def build_client_ir(document: Mapping[str, Any], package: PackageIR) -> ClientIR:
    """The client IR, or GenerationFailed listing every operation that cannot be mapped."""
    errors: list[GenerationError] = []
    models = {m.class_name: m for m in package.models}
    flavours = (SYNC, ASYNC)
    validators = {pointer: suffix for suffix, pointer, _ in package.validator_targets}
    types = package.operation_types
    operations = map_operations(document, models, types, validators, flavours, errors)
    base_url = _base_url(document, errors)
    root = _tree(operations, errors)
    classes = _class_names(root, package, errors)
    if errors:
        raise GenerationFailed(errors)
    resources = tuple(_resource(n, f, classes) for f in flavours for n in _nodes(root))
    methods = [m for op in operations for m in op.methods.values()]
    decoders = _decoders(operations)
    return ClientIR(
        header=package.header,
        resources_imports=_resources_imports(methods, decoders),
        resources_all=naming.source(sorted(r.class_name for r in resources)),
        decoders=decoders,
        resources=resources,
        client_imports=_client_imports(root, classes),
        client_all=naming.source(["AsyncClient", "Client"]),
        clients=tuple(_client_class(root, f, classes, package.package_name) for f in (SYNC, ASYNC)),
        base_url_source=naming.literal(base_url),
        user_agent_source=naming.literal(f"{package.package_name}/{_version(document)}"),
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
        node.operations.append(op)
    for node in [root, *_nodes(root)]:
        _check_names(node, errors)
    if root.operations:
        pointer = root.operations[0].methods[""].pointer
        errors.append(GenerationError("every operation needs a resource", pointer))
    return root


def _check_names(node: _Node, errors: list[GenerationError]) -> None:
    """A method name is taken once per resource, and never by a child resource."""
    seen: set[str] = set()
    for op in node.operations:
        method = op.methods[""]
        if method.name in node.children or method.name in seen:
            where = ".".join(node.path)
            message = f"{where}.{method.name} is already taken (by another operation/resource)"
            errors.append(GenerationError(message, method.pointer))
        seen.add(method.name)


def _nodes(root: _Node) -> list[_Node]:
    """Every resource below the root, parents before children, in spec order."""
    found: list[_Node] = []
    for child in root.children.values():
        found += [child, *_nodes(child)]
    return found


def _class_names(
    root: _Node, package: PackageIR, errors: list[GenerationError]
) -> dict[tuple[str, ...], str]:
    """A class per resource, shallow ones first: its last name (`Files`), else its whole path
    (`ContainersFiles`), else that and `Resource` (`BatchResource`, beside a model `Batch`);
    the first one free with its `Async` twin. All three taken is an error."""
    taken = {m.class_name: m.pointer for m in package.models}
    taken |= {a.name: a.pointer for a in package.aliases}
    taken |= {"Client": "the client", "AsyncClient": "the client"}
    names: dict[tuple[str, ...], str] = {}
    for node in sorted(_nodes(root), key=lambda n: len(n.path)):
        last, whole = naming.class_name(node.path[-1]), naming.class_name(*node.path)
        candidates = (last, whole, whole + "Resource")
        free = [c for c in candidates if c not in taken and "Async" + c not in taken]
        if not free:
            where = ".".join(node.path)
            message = f"resource {where!r} finds no free class name ({', '.join(candidates)})"
            pointer = node.operations[0].methods[""].pointer if node.operations else "#/paths"
            errors.append(GenerationError(message, pointer))
            continue
        for candidate in (free[0], "Async" + free[0]):
            taken[candidate] = f"resource {'.'.join(node.path)!r}"
        names[node.path] = free[0]
    return names


def _resource(node: _Node, flavour: Flavour, classes: Mapping[tuple[str, ...], str]) -> ResourceIR:
    where = "client." + ".".join(node.path)
    return ResourceIR(
        class_name=flavour.prefix + classes[node.path],
        docstring=naming.docstring((f"Operations under `{where}`.",), "    "),
        client_type=flavour.client_type,
        def_keyword=flavour.def_keyword,
        await_keyword=flavour.await_keyword,
        children=_children(node, flavour, classes),
        methods=tuple(op.methods[flavour.prefix] for op in node.operations),
    )


def _children(
    node: _Node, flavour: Flavour, classes: Mapping[tuple[str, ...], str]
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
    root: _Node, flavour: Flavour, classes: Mapping[tuple[str, ...], str], package_name: str
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
    # In isort's order (`Groups` before `GroupUsers`), which plain `sorted` is not.
    names = naming.import_order(
        [p + classes[child.path] for child in root.children.values() for p in ("", "Async")]
    )
    return (
        "from functools import cached_property",
        "",
        "from ._base_client import AsyncAPIClient, SyncAPIClient",
        f"from .resources import {', '.join(names)}",
    )


def _decoders(operations: list[Operation]) -> tuple[DecoderIR, ...]:
    """Each `_parse_*` function once (answers of one alias share it; others are named after
    their operationId, which is unique)."""
    found: dict[str, DecoderIR] = {}
    for op in operations:
        answers = (op.response, op.stream.events) if op.stream else (op.response,)
        for decoder in (d for answer in answers for d in answer.decoders):
            found.setdefault(decoder.name, decoder)
    return tuple(found.values())


def _resources_imports(methods: list[MethodIR], decoders: tuple[DecoderIR, ...]) -> tuple[str, ...]:
    """Derived from the arguments' types, the answers and the overloads of every method."""
    imports = set(RESOURCES_IMPORTS)
    for method in methods:
        imports |= method.imports
    # A model a method names in its hints is also what it builds or decodes (`_models.<Class>`).
    if any(i.module.startswith(f"{MODELS_MODULE}.") for i in imports):
        imports.add(Import(".", f"models as {MODELS_REFERENCE}"))
    validated = (b.validated for decoder in decoders for b in decoder.branches)
    checked = (p for method in methods for p in method.parameters)
    if any(method.validator for method in methods) or any(validated) or any(checked):
        imports.add(Import(".", f"validators as {VALIDATORS_REFERENCE}"))
    if decoders:
        imports.add(Import("typing", "Any"))
    return import_lines(imports)[2:]  # the template writes `from __future__` itself
