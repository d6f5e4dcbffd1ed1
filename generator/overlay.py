"""OpenAPI Overlay 1.0.0: load an overlay document, check its shape, apply its actions in order.

An overlay is where local decisions about a document we do not own are written: each action has
an RFC 9535 JSONPath `target`, a `description` (the reason) and either an `update` or
`remove: true`. Applying one:

- `update` on an object deep-merges: the update's properties replace the target's properties of
  the same name, objects merging recursively, new properties appended; on an array it appends
  the update as one more item. Updating a scalar is an error.
- `remove: true` deletes every selected node from its parent.
- A target that selects nothing is an error naming the action: a decision that no longer applies
  (upstream renamed or removed what it was about) must not go unnoticed.

Errors are collected over all actions and reported together, one located line each.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonpath_rfc9535 as jsonpath

from generator.errors import GenerationError, GenerationFailed
from generator.vocabulary import pointer_join
from generator.yaml12 import load_yaml

OVERLAY_VERSION = "1.0.0"
ACTION_KEYS = {"target", "description", "update", "remove"}


@dataclass(frozen=True)
class Action:
    """One overlay action, with where it was written."""

    pointer: str
    line: int | None
    target: str
    query: jsonpath.JSONPathQuery
    description: str
    update: Any
    remove: bool

    def name(self) -> str:
        """How messages name the action: its index and the start of its description."""
        index = self.pointer.rpartition("/")[2]
        summary = " ".join(self.description.split())
        if len(summary) > 60:
            summary = summary[:57] + "..."
        return f"action {index}" + (f" ({summary!r})" if summary else "")


@dataclass(frozen=True)
class Overlay:
    """A checked overlay document: its title and version, and its actions in order."""

    path: str
    title: str
    version: str
    actions: tuple[Action, ...]


class _Located:
    """Turns a message and a pointer into an error with the overlay's file and line."""

    def __init__(self, display: str, lines: dict[str, int]) -> None:
        self.display = display
        self.lines = lines
        self.errors: list[GenerationError] = []

    def add(self, message: str, pointer: str) -> None:
        line = None
        probe = pointer
        while probe and line is None:
            line = self.lines.get(probe)
            probe = probe.rpartition("/")[0]
        self.errors.append(GenerationError(message, pointer, self.display, line))


def load_overlay(path: Path, display: str | None = None) -> Overlay:
    """Read and check an Overlay 1.0.0 document; raise GenerationFailed listing every problem."""
    name = display or str(path)
    document, lines = load_yaml(path, name)
    located = _Located(name, lines)
    if not isinstance(document, dict):
        located.add("an overlay must be a mapping", "#")
        raise GenerationFailed(located.errors)
    _check_header(document, located)
    actions = document.get("actions")
    parsed: list[Action] = []
    if not isinstance(actions, list) or not actions:
        located.add("`actions` must be a non-empty list", "#/actions")
    else:
        for index, raw in enumerate(actions):
            action = _action(raw, pointer_join("#/actions", index), located)
            if action is not None:
                parsed.append(action)
    if located.errors:
        raise GenerationFailed(located.errors)
    info = document["info"]
    return Overlay(name, info["title"], info["version"], tuple(parsed))


def _check_header(document: dict[str, Any], located: _Located) -> None:
    if document.get("overlay") != OVERLAY_VERSION:
        found = document.get("overlay")
        located.add(f"`overlay` must be {OVERLAY_VERSION!r} (found {found!r})", "#/overlay")
    info = document.get("info")
    if not isinstance(info, dict):
        located.add("`info` must be a mapping with `title` and `version`", "#/info")
    else:
        for key in ("title", "version"):
            if not isinstance(info.get(key), str) or not info[key]:
                located.add(f"`info.{key}` must be a non-empty string", f"#/info/{key}")
    for key in document:
        if key not in {"overlay", "info", "extends", "actions"} and not key.startswith("x-"):
            located.add(f"unknown overlay field {key!r}", pointer_join("#", key))
    if "extends" in document:
        located.add("`extends` is not supported: the target document is given", "#/extends")


def _action(raw: Any, pointer: str, located: _Located) -> Action | None:
    if not isinstance(raw, dict):
        located.add("an action must be a mapping", pointer)
        return None
    before = len(located.errors)
    for key in raw:
        if key not in ACTION_KEYS and not key.startswith("x-"):
            located.add(f"unknown action field {key!r}", pointer_join(pointer, key))
    target, description = raw.get("target"), raw.get("description") or ""
    if not isinstance(target, str) or not target:
        located.add("`target` must be a JSONPath expression (a string)", f"{pointer}/target")
    if not isinstance(description, str):
        located.add("`description` must be a string", f"{pointer}/description")
    remove = raw.get("remove", False)
    if not isinstance(remove, bool):
        located.add("`remove` must be true or false", f"{pointer}/remove")
    elif remove == ("update" in raw):
        located.add("an action needs exactly one of `update` and `remove: true`", pointer)
    query = _compile(target, f"{pointer}/target", located) if isinstance(target, str) else None
    if query is None or len(located.errors) > before or not isinstance(description, str):
        return None
    line = located.lines.get(pointer)
    return Action(pointer, line, str(target), query, description, raw.get("update"), remove)


def _compile(target: str, pointer: str, located: _Located) -> jsonpath.JSONPathQuery | None:
    try:
        return jsonpath.compile(target)
    except jsonpath.JSONPathError as exc:
        message = str(exc).split(", line ")[0]
        located.add(f"invalid JSONPath {target!r}: {message}", pointer)
        return None


def apply_overlay(document: Any, overlay: Overlay) -> Any:
    """A copy of `document` with every action applied in order; GenerationFailed lists each
    action that matched nothing or could not apply."""
    result = copy.deepcopy(document)
    errors: list[GenerationError] = []
    for action in overlay.actions:
        nodes = list(action.query.find(result))
        where = (overlay.path, action.line)
        if not nodes:
            errors.append(
                GenerationError(
                    f"{action.name()}: target {action.target} matches nothing; the decision "
                    "no longer applies (did upstream rename or remove what it is about?)",
                    f"{action.pointer}/target",
                    *where,
                )
            )
            continue
        problem = _remove(result, nodes) if action.remove else _update(nodes, action.update)
        if problem:
            errors.append(GenerationError(f"{action.name()}: {problem}", action.pointer, *where))
    if errors:
        raise GenerationFailed(errors)
    return result


def _update(nodes: list[jsonpath.JSONPathNode], update: Any) -> str | None:
    for node in nodes:
        if isinstance(node.value, dict):
            if not isinstance(update, dict):
                return f"`update` must be a mapping to merge into the object at {node.path()}"
            _merge(node.value, update)
        elif isinstance(node.value, list):
            node.value.append(copy.deepcopy(update))
        else:
            kind = type(node.value).__name__
            return f"{node.path()} is a {kind}; `update` needs an object or an array"
    return None


def _merge(target: dict[str, Any], update: dict[str, Any]) -> None:
    for key, value in update.items():
        if isinstance(value, dict) and isinstance(target.get(key), dict):
            _merge(target[key], value)
        else:
            target[key] = copy.deepcopy(value)


def _remove(root: Any, nodes: list[jsonpath.JSONPathNode]) -> str | None:
    if any(not node.location for node in nodes):
        return "`remove` cannot remove the whole document"
    # Deepest and last first, so that removing one list item does not shift the others.
    for node in sorted(nodes, key=lambda n: _sort_key(n.location), reverse=True):
        parent = root
        for step in node.location[:-1]:
            parent = parent[step]
        del parent[node.location[-1]]
    return None


def _sort_key(location: tuple[Any, ...]) -> tuple[tuple[int, Any], ...]:
    return tuple((0, step) if isinstance(step, int) else (1, str(step)) for step in location)
