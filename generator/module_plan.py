"""The module plan: which generated module each schema's model, alias and validators go into.

One module per strongly connected component of the schemas' reference graph (a schema and
everything that refers back to it), as openai-python's `types/` has one module per type: so
mutually recursive schemas share a module, and the modules import each other without a cycle
(the graph of the groups is acyclic; a module imports only the groups below it). A module is
named after its first schema in spec order, as that schema's validators are
(`SessionCreateParams` -> `session_create_params`), which the IR already keeps unique.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from generator import naming
from generator.vocabulary import lookup, pointer_join, pointer_tokens

COMPONENT_TOKENS = ("components", "schemas")


@dataclass(frozen=True)
class ModulePlan:
    """Component name -> module name, and the modules in dependency order (used ones first)."""

    module_of: Mapping[str, str]
    order: tuple[str, ...]

    def owner(self, pointer: str) -> str | None:
        """The module of the component a pointer lies in; None outside `components/schemas`."""
        component = component_of(pointer)
        return None if component is None else self.module_of.get(component)


def component_of(pointer: str) -> str | None:
    """`#/components/schemas/A/properties/b` -> `A`; None for a pointer elsewhere."""
    tokens = pointer_tokens(pointer)
    if len(tokens) > 2 and tuple(tokens[:2]) == COMPONENT_TOKENS:
        return tokens[2]
    return None


def plan_modules(document: Mapping[str, Any]) -> ModulePlan:
    """Group the components into modules (see the module docstring)."""
    schemas = (document.get("components") or {}).get("schemas") or {}
    names = [name for name in schemas if isinstance(name, str)]
    graph = {name: component_refs(document, schemas[name]) for name in names}
    module_of: dict[str, str] = {}
    order = []
    for group in strongly_connected(names, graph):
        first = min(group, key=names.index)
        module = naming.snake_name(naming.class_name(first))
        order.append(module)
        module_of.update(dict.fromkeys(group, module))
    return ModulePlan(module_of, tuple(order))


def component_refs(document: Mapping[str, Any], schema: Any) -> set[str]:
    """The components a schema refers to, also through `$ref`s to places outside components."""
    found: set[str] = set()
    seen: set[str] = set()
    stack = [schema]
    while stack:
        for ref in _refs_in(stack.pop()):
            component = component_of(ref)
            if component is not None:
                found.add(component)
            elif ref not in seen and ref.startswith("#"):
                seen.add(ref)
                try:
                    stack.append(lookup(document, ref))
                except KeyError:
                    continue  # the resolve stage has reported it already
    return found


def _refs_in(node: Any) -> Iterator[str]:
    stack = [node]
    while stack:
        node = stack.pop()
        if isinstance(node, Mapping):
            ref = node.get("$ref")
            if isinstance(ref, str):
                yield pointer_join("#", *pointer_tokens(ref)) if ref.startswith("#/") else ref
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)


def strongly_connected(names: list[str], graph: Mapping[str, set[str]]) -> list[list[str]]:
    """Tarjan's algorithm without recursion: the groups, each after every group it refers to."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    groups: list[list[str]] = []
    order = _spec_order(names)
    for root in names:
        if root in index:
            continue
        work = [(root, iter(sorted(graph.get(root, ()), key=order)))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, edges = work[-1]
            target = next(edges, None)
            if target is None:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    groups.append(_pop_group(stack, on_stack, node))
            elif target not in index and target in graph:
                index[target] = low[target] = len(index)
                stack.append(target)
                on_stack.add(target)
                work.append((target, iter(sorted(graph[target], key=order))))
            elif target in on_stack:
                low[node] = min(low[node], index[target])
    return groups


def _spec_order(names: list[str]) -> Any:
    position = {name: i for i, name in enumerate(names)}
    return lambda name: position.get(name, len(position))


def _pop_group(stack: list[str], on_stack: set[str], node: str) -> list[str]:
    group = []
    while True:
        member = stack.pop()
        on_stack.discard(member)
        group.append(member)
        if member == node:
            return group
