"""Stage 3, resolve: every local `$ref` points somewhere, and no chain of refs loops on itself.

`$ref`s stay in the document (a ref to a component becomes a class name later); this stage
proves that each one resolves and that following them terminates.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator.errors import GenerationFailed
from generator.load import LoadedSpec
from generator.schema_walk import all_schema_roots, walk
from generator.vocabulary import lookup

# Keywords whose subschemas describe the *same* value: a loop through them never ends.
_SAME_VALUE = ("allOf", "anyOf", "oneOf")


def reachable(document: Mapping[str, Any], roots: list[tuple[str, Any]]) -> set[str]:
    """Pointers of the root schemas and of every schema their `$ref`s reach, transitively."""
    todo = list(roots)
    seen: set[str] = set()
    while todo:
        pointer, schema = todo.pop()
        if pointer in seen:
            continue
        seen.add(pointer)
        for _, node in walk(schema, pointer):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref not in seen:
                todo.append((ref, lookup(document, ref)))
    return seen


def check_refs(spec: LoadedSpec) -> None:
    """Raise GenerationFailed for every dangling `$ref` and every ref cycle."""
    errors = []
    edges: dict[str, list[str]] = {}
    for root_pointer, root in all_schema_roots(spec.document):
        for pointer, schema in walk(root, root_pointer):
            edges[pointer] = _same_value_targets(schema, pointer)
            ref = schema.get("$ref")
            if isinstance(ref, str):
                try:
                    lookup(spec.document, ref)
                except KeyError:
                    errors.append(spec.error(f"$ref {ref!r} points to nothing", pointer + "/$ref"))
    if not errors:
        errors = [spec.error(message, pointer) for pointer, message in _cycles(edges)]
    if errors:
        raise GenerationFailed(errors)


def _same_value_targets(schema: Mapping[str, Any], pointer: str) -> list[str]:
    targets = []
    if isinstance(schema.get("$ref"), str):
        targets.append(schema["$ref"])
    for key in _SAME_VALUE:
        if isinstance(schema.get(key), list):
            targets.extend(f"{pointer}/{key}/{i}" for i in range(len(schema[key])))
    return targets


def _cycles(edges: dict[str, list[str]]) -> list[tuple[str, str]]:
    """Loops in the graph of same-value edges, each reported once at its first node."""
    found: list[tuple[str, str]] = []
    done: set[str] = set()
    for start in edges:
        _visit(start, edges, [], done, found)
    return found


def _visit(
    node: str, edges: dict[str, list[str]], stack: list[str], done: set[str], found: list[Any]
) -> None:
    if node in stack:
        loop = [*stack[stack.index(node) :], node]
        found.append((node, "cyclic $ref: " + " -> ".join(loop)))
        return
    if node in done:
        return
    stack.append(node)
    for target in edges.get(node, []):
        _visit(target, edges, stack, done, found)
    stack.pop()
    done.add(node)
