"""Random edits of the real spec: the diff classes every change and never raises, both ways."""

from __future__ import annotations

import copy
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.diff.document import compare_documents
from generator.diff.rules import classify
from generator.errors import GenerationFailed
from generator.load import LoadedSpec
from generator.resolve import check_refs
from generator.validate import check_openapi, check_subset
from tests.conftest import ROOT

SPEC = yaml.safe_load((ROOT / "spec" / "realtime_sessions.yaml").read_text())


def _nodes(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if path:
        yield path
    children = (
        value.items()
        if isinstance(value, dict)
        else enumerate(value) if isinstance(value, list) else ()
    )
    for key, child in children:
        yield from _nodes(child, (*path, key))


def _edit(document: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """Delete a node, change a scalar, make a value nullable, or replace it with a number."""
    document = copy.deepcopy(document)
    path = rng.choice(list(_nodes(document)))
    parent: Any = document
    for token in path[:-1]:
        parent = parent[token]
    key, value = path[-1], parent[path[-1]]
    edit = rng.randrange(4)
    if edit == 0:
        del parent[key]
    elif edit == 1 and isinstance(value, (str, int, float)) and not isinstance(value, bool):
        parent[key] = value + "x" if isinstance(value, str) else value * 2
    elif edit == 2 and isinstance(value, dict):
        parent[key] = {"anyOf": [value, {"type": "null"}]}
    else:
        parent[key] = {"type": ["integer", "null"], "maximum": 3}
    return document


def _valid(document: dict[str, Any]) -> bool:
    spec = LoadedSpec("edited.yaml", document, {})
    try:
        check_subset(spec)
        check_refs(spec)
        check_openapi(spec)
    except GenerationFailed:
        return False
    return True


@pytest.mark.parametrize("seed", range(4))
def test_random_edits(seed: int) -> None:
    rng = random.Random(seed)
    checked = 0
    while checked < 5:
        edited = _edit(SPEC, rng)
        if rng.random() < 0.5:
            edited = _edit(edited, rng)
        if not _valid(edited):
            continue
        for base, head in ((SPEC, edited), (edited, SPEC)):
            for finding in compare_documents(base, head):
                assert classify(finding).reason
        assert compare_documents(edited, copy.deepcopy(edited)) == []
        checked += 1


def test_the_spec_against_itself_has_no_findings() -> None:
    assert compare_documents(SPEC, copy.deepcopy(SPEC)) == []
    assert Path(ROOT / "spec" / "realtime_sessions.yaml").is_file()
