"""The fast meta-schema check (jsonschema-rs, generator/validate.py) may refuse a schema that
jsonschema accepts (jsonschema then finds nothing to report), never accept one it refuses: a
schema it lets through is not looked at again."""

from __future__ import annotations

import copy
import json
import random
from collections.abc import Iterator
from typing import Any

import yaml
from jsonschema.validators import validator_for

from generator.schema_walk import all_schema_roots, walk
from generator.validate import _FORMATS_BUT_REGEX, OAS31_DIALECT, _fast_meta_check
from generator.validate import OPENAPI_META_SCHEMAS as REGISTRY
from tests.conftest import ROOT
from tests.validators_support import suite_dir

# Wrong values of every kind, put under keywords of every kind (and some made-up ones).
WRONG = [3, -1, 1.5, 1.0, 2**70, "x", "", [], {}, True, None, [1, 1], ["a", "a"], {"a": 3}, [3]]
KEYWORDS = [
    "type", "minLength", "maximum", "exclusiveMinimum", "multipleOf", "required", "properties",
    "items", "prefixItems", "enum", "const", "additionalProperties", "patternProperties",
    "allOf", "anyOf", "oneOf", "not", "$ref", "$defs", "minItems", "uniqueItems", "format",
    "pattern", "description", "default", "examples", "discriminator", "xml", "externalDocs",
    "dependentRequired", "dependentSchemas", "contains", "propertyNames", "if", "$id",
    "$anchor", "$dynamicRef", "readOnly", "contentEncoding", "unevaluatedProperties",
    "$schema", "$vocabulary", "x-extension",
]  # fmt: skip


def _jsonschema_accepts() -> Any:
    dialect = validator_for({"$schema": OAS31_DIALECT})
    meta = validator_for(dialect.META_SCHEMA, default=dialect)
    checker = meta(dialect.META_SCHEMA, format_checker=_FORMATS_BUT_REGEX, registry=REGISTRY)
    return lambda schema: next(iter(checker.iter_errors(schema)), None) is None


def _corpus() -> Iterator[Any]:
    """Every schema of the repository's specs and of the JSON Schema test suite (if there)."""
    for path in sorted([*ROOT.glob("tests/**/*.yaml"), *ROOT.glob("spec/*.yaml")]):
        try:
            document = yaml.safe_load(path.read_text("utf-8"))
        except (yaml.YAMLError, ValueError):
            continue  # a hostile spec that is not YAML
        if isinstance(document, dict):
            yield from (root for _, root in all_schema_roots(document))
    suite = suite_dir()
    for path in sorted(suite.rglob("*.json")) if suite is not None else ():
        yield from (group["schema"] for group in json.loads(path.read_text("utf-8")))


def _mutants(schemas: list[Any], count: int) -> Iterator[Any]:
    """Schemas of the corpus with one keyword, somewhere inside, set to a wrong value."""
    rng = random.Random(14)
    nodes = [node for schema in schemas for _, node in walk(schema, "#")]
    for _ in range(count):
        mutant = copy.deepcopy(rng.choice(nodes))
        mutant[rng.choice(KEYWORDS)] = rng.choice(WRONG)
        yield {"type": "object", "properties": {"p": mutant}}


def test_the_fast_check_never_accepts_what_jsonschema_refuses() -> None:
    accepts, passes = _jsonschema_accepts(), _fast_meta_check(OAS31_DIALECT)
    schemas = list(_corpus())
    lenient, refused = [], 0
    for schema in [*schemas, *_mutants(schemas, 1500)]:
        try:
            verdict = accepts(schema)
        except RecursionError:  # a test-suite schema nested past Python's stack
            continue
        refused += not verdict
        if passes(schema) and not verdict:
            lenient.append(schema)
    assert lenient == []
    assert refused > 500  # the mutants are wrong often enough to prove something
