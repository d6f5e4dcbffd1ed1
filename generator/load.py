"""Stage 1, load: spec bytes -> plain data, plus the source line of every JSON pointer."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.errors import GenerationError, GenerationFailed
from generator.vocabulary import pointer_join


@dataclass(frozen=True)
class LoadedSpec:
    """The parsed document and where each of its nodes came from."""

    path: str
    document: dict[str, Any]
    lines: dict[str, int]

    def line_of(self, pointer: str) -> int | None:
        """The line of the node at `pointer`, or of its nearest ancestor that has one."""
        while pointer:
            if pointer in self.lines:
                return self.lines[pointer]
            pointer = pointer.rpartition("/")[0]
        return None

    def error(self, message: str, pointer: str) -> GenerationError:
        return GenerationError(message, pointer, self.path, self.line_of(pointer))

    def warning(self, message: str, pointer: str) -> GenerationError:
        return GenerationError(message, pointer, self.path, self.line_of(pointer), "warning")


def load_spec(path: Path) -> LoadedSpec:
    """Read and parse a YAML (or JSON) spec; every failure is a located GenerationError."""
    name = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise GenerationFailed([GenerationError(f"cannot read spec: {exc}", "", name)]) from None
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        document = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise GenerationFailed(
            [GenerationError(f"invalid YAML: {problem}", "", name, line)]
        ) from None
    if node is None or not isinstance(document, dict):
        raise GenerationFailed([GenerationError("the spec must be a mapping", "#", name, 1)])
    document = _string_keys(document)
    lines: dict[str, int] = {}
    errors: list[GenerationError] = []
    _record_lines(node, "#", lines, errors, name)
    if errors:
        raise GenerationFailed(errors)
    return LoadedSpec(name, document, lines)


def _record_lines(
    node: yaml.Node, pointer: str, lines: dict[str, int], errors: list[GenerationError], name: str
) -> None:
    lines[pointer] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = str(key_node.value)
            child = pointer_join(pointer, key)
            if key in seen:
                line = key_node.start_mark.line + 1
                errors.append(GenerationError(f"duplicate key {key!r}", child, name, line))
            seen.add(key)
            _record_lines(value_node, child, lines, errors, name)
            lines[child] = key_node.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _record_lines(item, pointer_join(pointer, index), lines, errors, name)


def _string_keys(value: Any) -> Any:
    # YAML reads `200:` as an int; OpenAPI (and JSON) keys are strings.
    if isinstance(value, dict):
        return {str(k): _string_keys(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_string_keys(v) for v in value]
    return value
