"""YAML 1.2 through ruamel.yaml: load plain data with the line of every JSON pointer; dump it.

Used for the documents `make sync` reads and writes (the overlay, the synced spec). Folded
scalars (`>-`) keep their line breaks through a load and a dump: ruamel's `FoldedScalarString`
is a `str` that remembers where its source folded, so a description reads as upstream wrapped it.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.representer import RoundTripRepresenter
from ruamel.yaml.scalarstring import FoldedScalarString, ScalarString

from generator.errors import GenerationError, GenerationFailed
from generator.vocabulary import pointer_join
from generator.yaml_core import parse_yaml

# Long plain lines stay whole; folded scalars break where their source broke.
WIDTH = 4096
# A section rule (`# ------- Title`) ends at this column.
RULE_END = 80


def load_yaml(path: Path, display: str) -> tuple[Any, dict[str, int]]:
    """The document at `path` as plain data, and the line of each JSON pointer (`#/a/0`)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise GenerationFailed([GenerationError(f"cannot read: {exc}", "", display)]) from None
    # The hardened loader first: its limits (aliases, depth, size) and its YAML 1.2 core-schema
    # refusals apply to every document we read; the round-trip load below only adds styles.
    parse_yaml(text, display)
    try:
        yaml = YAML(typ="rt", pure=True)
        yaml.preserve_quotes = True  # a value's quoting is the author's, and is kept
        node = yaml.load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        problem = (exc.problem or exc.context or "invalid YAML").strip()
        raise GenerationFailed(
            [GenerationError(f"invalid YAML: {problem}", "", display, line)]
        ) from None
    except YAMLError as exc:
        first = str(exc).splitlines()[0] if str(exc) else "invalid YAML"
        raise GenerationFailed([GenerationError(f"invalid YAML: {first}", "", display)]) from None
    lines: dict[str, int] = {"#": 1}
    _record_lines(node, "#", lines)
    return _plain(node), lines


def _record_lines(node: Any, pointer: str, lines: dict[str, int]) -> None:
    if isinstance(node, CommentedMap):
        for key, value in node.items():
            child = pointer_join(pointer, str(key))
            lines[child] = node.lc.key(key)[0] + 1
            _record_lines(value, child, lines)
    elif isinstance(node, CommentedSeq):
        for index, value in enumerate(node):
            child = pointer_join(pointer, index)
            lines[child] = node.lc.item(index)[0] + 1
            _record_lines(value, child, lines)


def _plain(node: Any) -> Any:
    # ruamel's round-trip types become dict/list/int/float/bool; styled strings (folded, quoted)
    # stay, being `str`, so that a value is written the way its author wrote it.
    if isinstance(node, dict):
        return {str(key): _plain(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_plain(value) for value in node]
    if isinstance(node, bool):
        return bool(node)
    if isinstance(node, int):
        return int(node)
    if isinstance(node, float):
        return float(node)
    if isinstance(node, ScalarString) or node is None:
        return node
    return str(node)


def folded(text: str, source_lines: list[str] | None = None) -> FoldedScalarString:
    """`text` to be written as a `>-` block, broken where `source_lines` broke (when they fold
    to exactly `text`), else wherever the emitter's width says."""
    scalar: FoldedScalarString = FoldedScalarString(text)
    if source_lines is not None:
        source_text, positions = _fold(source_lines)
        if source_text == text:
            scalar.fold_pos = positions  # type: ignore[attr-defined]  # set by ruamel on load
    return scalar


def folded_lines(source_lines: list[str]) -> FoldedScalarString:
    """The text that these lines of prose say, to be written folded where they broke."""
    text, _ = _fold(source_lines)
    return folded(text, source_lines)


def _fold(source_lines: list[str]) -> tuple[str, list[int]]:
    """What a `>-` block of these lines reads as (breaks become spaces, a blank line separates
    paragraphs), and the offsets of the spaces that were line breaks."""
    paragraphs: list[list[str]] = [[]]
    for line in source_lines:
        if line:
            paragraphs[-1].append(line)
        elif paragraphs[-1]:
            paragraphs.append([])
    positions: list[int] = []
    offset = 0
    for number, paragraph in enumerate(p for p in paragraphs if p):
        offset += 2 if number else 0
        for index, line in enumerate(paragraph):
            if index:
                positions.append(offset)
                offset += 1
            offset += len(line)
    return "\n\n".join(" ".join(p) for p in paragraphs if p), positions


def with_rules(mapping: dict[str, Any], titles: dict[str, str], indent: int) -> CommentedMap:
    """`mapping` with a rule line (`# ----- Title`) before each key that has a title."""
    ruled = CommentedMap(mapping)
    for key, title in titles.items():
        if key in ruled:
            dashes = "-" * max(3, RULE_END - indent - len("# ") - len(title) - 1)
            ruled.yaml_set_comment_before_after_key(key, before=f"{dashes} {title}", indent=indent)
    return ruled


def dump_yaml(document: Any) -> str:
    """Block-style YAML 1.2, two-space indents, `null` spelled out, no line wrapping."""
    yaml = YAML(typ="rt", pure=True)
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = WIDTH
    yaml.Representer = _Representer
    out = io.StringIO()
    yaml.dump(document, out)
    return out.getvalue()


class _Representer(RoundTripRepresenter):
    def represent_none(self, data: Any) -> Any:
        return self.represent_scalar("tag:yaml.org,2002:null", "null")


_Representer.add_representer(type(None), _Representer.represent_none)
