"""Random schema documents: the generator writes code that works, or says where it cannot.

Never a traceback: every failure is a GenerationFailed whose errors name the spec file. What it
writes compiles, imports, and round-trips valid instances (drawn by hypothesis-jsonschema).
"""

from __future__ import annotations

import builtins
import itertools
import json
import keyword
import re
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from generator.build_ir import package_names
from generator.ecma_jsonschema import EcmaValidator
from generator.errors import GenerationFailed
from generator.pipeline import generate_files
from generator.vocabulary import pointer_join
from generator.write import write_files

pytestmark = pytest.mark.slow  # hypothesis generates whole packages

# Names Python cannot take as they are, names JSON pointers and URI fragments must escape, and
# anything else in Unicode (control characters and lone surrogates included).
HOSTILE_NAMES = sorted(
    {*keyword.kwlist, *keyword.softkwlist, *dir(builtins), *package_names()}
    | {"self", "field", "extra_properties", "to_dict", "x-y", "1st", "", "A B", "é", "ﬁeld"}
    | {"a%b", "t~1", "s/l", "n\nl", "\0", "\x1b[0m", "\u2028", "\ud800", "yes", "on", "<<"}
)
# Any code point but a surrogate: a lone one is refused, so HOSTILE_NAMES brings one, rarely.
ANY_TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=6)
NAMES = st.sampled_from(["a", "b", "type"]) | st.sampled_from(HOSTILE_NAMES) | ANY_TEXT
# Component names: OpenAPI allows `[a-zA-Z0-9._-]+`; other names must be refused, located.
COMPONENT_NAME = re.compile(r"[a-zA-Z0-9._-]+")
SCHEMA_NAMES = (
    st.from_regex(COMPONENT_NAME, fullmatch=True)
    | st.sampled_from([name for name in HOSTILE_NAMES if COMPONENT_NAME.fullmatch(name)])
    | NAMES
)
VALUES = ANY_TEXT | st.sampled_from(HOSTILE_NAMES) | st.integers() | st.floats(allow_nan=False)
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
        {"enum": ["NO", "yes", "\0", "\u2028", "None", "True", "class"]},
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
ERROR_LINE = re.compile(r"fuzz\.yaml:[0-9]+: #[^\n]*: error: [^\n]+")


def document(schemas: list[Any], package: str, names: list[str] | None = None) -> dict[str, Any]:
    """The schemas under `names` (default `S0`, `S1`, ...), their `$ref`s renamed to match."""
    names = names or [f"S{i}" for i in range(len(schemas))]
    renamed = {
        f"#/components/schemas/S{i}": pointer_join("#/components/schemas", name)
        for i, name in enumerate(names)
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "fuzz", "version": "1", "x-package-name": package},
        "paths": {},
        "components": {
            "schemas": dict(zip(names, (rename_refs(s, renamed) for s in schemas), strict=True))
        },
    }


def rename_refs(schema: Any, renamed: dict[str, str]) -> Any:
    if isinstance(schema, dict):
        return {
            key: renamed.get(value, value) if key == "$ref" else rename_refs(value, renamed)
            for key, value in schema.items()
        }
    if isinstance(schema, list):
        return [rename_refs(item, renamed) for item in schema]
    return schema


def generate(spec: dict[str, Any], scratch: Path) -> dict[str, str] | None:
    """The generated files, or None after checking that every error is located."""
    path = scratch / "spec.yaml"
    # JSON is YAML 1.2 (PyYAML's YAML 1.1 output could be read back differently); its escapes
    # carry control characters and lone surrogates.
    path.write_text(json.dumps(spec, indent=1), encoding="utf-8")
    try:
        return generate_files(path, "fuzz.yaml")
    except GenerationFailed as failure:
        assert failure.errors
        for error in failure.errors:
            assert error.file == "fuzz.yaml" and error.pointer and error.line is not None, error
            assert ERROR_LINE.fullmatch(str(error)), str(error)
        return None


# Shards of one search: each parametrized run draws its own examples (hypothesis seeds each by
# its test id), and pytest-xdist runs them on different cores.
SHARDS = 3


@pytest.mark.parametrize("shard", range(SHARDS))
@settings(FUZZ_SETTINGS, max_examples=FUZZ_SETTINGS.max_examples // SHARDS)
@given(
    schemas=st.lists(SCHEMAS, min_size=2, max_size=3),
    names=st.lists(SCHEMA_NAMES, min_size=3, max_size=3, unique=True),
    enum=st.lists(VALUES, min_size=1, max_size=4),
)
def test_generates_compiling_code_or_located_errors(
    shard: int, schemas: list[Any], names: list[str], enum: list[Any]
) -> None:
    schemas = [*schemas[:-1], {"anyOf": [schemas[-1], {"enum": enum, "description": str(enum[0])}]}]
    with tempfile.TemporaryDirectory() as scratch:
        files = generate(document(schemas, "fuzzed", names[: len(schemas)]), Path(scratch))
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
