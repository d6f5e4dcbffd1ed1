"""Random schema documents: the generator writes code that works, or says where it cannot.

Never a traceback: every failure is a GenerationFailed whose errors name the spec file. What it
writes compiles, imports, and round-trips valid instances (drawn by hypothesis-jsonschema).
"""

from __future__ import annotations

import itertools
import tempfile
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from generator.ecma_jsonschema import EcmaValidator
from generator.errors import GenerationFailed
from generator.pipeline import generate_files
from generator.write import write_files

pytestmark = pytest.mark.slow  # hypothesis generates whole packages

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
# hypothesis-jsonschema cannot draw instances of recursive schemas: no refs here.
PLAIN_SCHEMAS = st.recursive(
    LEAVES.filter(lambda leaf: not (isinstance(leaf, dict) and "$ref" in leaf)),
    compound,
    max_leaves=6,
)


FUZZ_SETTINGS = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
PACKAGES = itertools.count()


def document(schemas: list[Any], package: str) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "fuzz", "version": "1", "x-package-name": package},
        "paths": {},
        "components": {"schemas": {f"S{i}": schema for i, schema in enumerate(schemas)}},
    }


def generate(spec: dict[str, Any], scratch: Path) -> dict[str, str] | None:
    """The generated files, or None after checking that every error is located."""
    path = scratch / "spec.yaml"
    path.write_text(yaml.safe_dump(spec), encoding="utf-8")
    try:
        return generate_files(path, "fuzz.yaml")
    except GenerationFailed as failure:
        assert failure.errors
        assert all(error.file == "fuzz.yaml" and error.pointer for error in failure.errors)
        return None


@FUZZ_SETTINGS
@given(st.lists(SCHEMAS, min_size=2, max_size=3))
def test_generates_compiling_code_or_located_errors(schemas: list[Any]) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        files = generate(document(schemas, "fuzzed"), Path(scratch))
    for name, text in (files or {}).items():
        if name.endswith(".py"):
            compile(text, name, "exec")


@settings(
    FUZZ_SETTINGS,
    max_examples=100,
    # The importer fixture is meant to serve every example: each gets a package of its own.
    suppress_health_check=[
        *FUZZ_SETTINGS.suppress_health_check,
        HealthCheck.function_scoped_fixture,
    ],
)
@given(schema=PLAIN_SCHEMAS, data=st.data())
def test_generated_models_import_and_round_trip_valid_instances(
    schema: Any, data: st.DataObject, import_generated: Any
) -> None:
    package = f"fuzzed_{next(PACKAGES)}"
    spec = document([{"type": "object", "properties": {"value": schema}}], package)
    with tempfile.TemporaryDirectory() as scratch:
        files = generate(spec, Path(scratch))
        if files is None:
            return
        write_files(Path(scratch) / "out", files)
        model = import_generated(Path(scratch) / "out", package).S0
        wrapper = {"$ref": "#/components/schemas/S0", "components": spec["components"]}
        instance = data.draw(from_schema(wrapper))
        assume(EcmaValidator(wrapper).is_valid(instance))
        value = model.from_dict(instance)
        assert value.to_dict() == instance
        assert model.from_dict(value.to_dict()) == value
