"""Random schema documents: the generator writes code that compiles, or says where it cannot.

Never a traceback: every failure is a GenerationFailed whose errors name the spec file.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.errors import GenerationFailed
from generator.pipeline import generate_files

NAMES = st.sampled_from(["a", "b", "type", "from", "x-y", "1st", "self", "field", "", "A B", "é"])
LEAVES = st.sampled_from(
    [
        {"type": "string"},
        {"type": "integer", "minimum": 0},
        {"type": "number"},
        {"type": "boolean"},
        {"type": "null"},
        {},
        {"type": ["string", "null"]},
        {"enum": ["a", "b'c", 1, None]},
        {"enum": [1.5, 2]},
        {"const": 'say "hi"'},
        {"type": "string", "pattern": "^a+$"},
        {"$ref": "#/components/schemas/S0"},
        {"$ref": "#/components/schemas/S1"},
        True,
        False,
    ]
)


def branches(children: st.SearchStrategy[Any]) -> st.SearchStrategy[list[Any]]:
    return st.lists(children, min_size=1, max_size=3)


def compound(children: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    objects = st.builds(
        lambda props, required, extra: {
            "type": "object",
            "properties": props,
            "required": required,
            **({} if extra is None else {"additionalProperties": extra}),
        },
        st.dictionaries(NAMES, children, max_size=3),
        st.lists(NAMES, max_size=2, unique=True),
        st.none() | st.booleans() | children,
    )
    return st.one_of(
        objects,
        st.builds(lambda item: {"type": "array", "items": item}, children),
        st.builds(lambda item: {"items": item, "description": 'end """ \\'}, children),
        st.builds(lambda options: {"anyOf": options}, branches(children)),
        st.builds(lambda options: {"oneOf": options}, branches(children)),
        st.builds(lambda members: {"allOf": members}, branches(children)),
    )


SCHEMAS = st.recursive(LEAVES, compound, max_leaves=6)


@settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(st.lists(SCHEMAS, min_size=2, max_size=3))
def test_generates_compiling_code_or_located_errors(schemas: list[Any]) -> None:
    document = {
        "openapi": "3.1.0",
        "info": {"title": "fuzz", "version": "1", "x-package-name": "fuzzed"},
        "paths": {},
        "components": {"schemas": {f"S{i}": schema for i, schema in enumerate(schemas)}},
    }
    with tempfile.TemporaryDirectory() as scratch:
        spec = Path(scratch) / "spec.yaml"
        spec.write_text(yaml.safe_dump(document), encoding="utf-8")
        try:
            files = generate_files(spec, "fuzz.yaml")
        except GenerationFailed as failure:
            assert failure.errors
            assert all(error.file == "fuzz.yaml" and error.pointer for error in failure.errors)
            return
    for name, text in files.items():
        if name.endswith(".py"):
            compile(text, name, "exec")
