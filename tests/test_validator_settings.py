"""The stand-ins for openapi-spec-validator's and openapi-schema-validator's settings modules
(generator/validator_settings.py) behave as the pinned modules do: same names, fields and
defaults without configuration, the library's own module with it. Each check runs in a fresh
interpreter, as the stand-ins are installed once per process."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from importlib.util import find_spec
from pathlib import Path
from typing import Any

import pytest

from generator import validator_settings
from generator.validator_settings import (
    PREFIXES,
    SCHEMA_VALIDATOR_DEFAULTS,
    SCHEMA_VALIDATOR_SETTINGS,
    SPEC_VALIDATOR_DEFAULTS,
    SPEC_VALIDATOR_SETTINGS,
)
from tests.conftest import ROOT

# Prints what the pinned modules hold, imported without the generator (so without stand-ins).
LIBRARY_FACTS = """
import json, types
from openapi_schema_validator import settings as schema
from openapi_spec_validator import settings as spec

def fields(model):
    return {name: info.default for name, info in model.model_fields.items()}

def public(module):
    return sorted(
        name for name, value in vars(module).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType)
        and getattr(value, "__module__", module.__name__) == module.__name__
    )

print(json.dumps({
    "schema_fields": fields(schema.OpenAPISchemaValidatorSettings),
    "schema_prefix": schema.OpenAPISchemaValidatorSettings.model_config["env_prefix"],
    "schema_settings": schema.get_settings().model_dump(),
    "schema_names": public(schema),
    "spec_fields": fields(spec.OpenAPISpecValidatorSettings),
    "spec_prefix": spec.OpenAPISpecValidatorSettings.model_config["env_prefix"],
    "spec_settings": spec.OpenAPISpecValidatorSettings().model_dump(),
    "spec_names": public(spec),
    "spec_constants": [spec.ENV_PREFIX, spec.RESOLVED_CACHE_MAXSIZE_DEFAULT,
                       spec.SCHEMA_VALIDATOR_BACKEND_DEFAULT,
                       sorted(spec.SCHEMA_VALIDATOR_BACKEND_ALLOWED)],
    "case_sensitive": [schema.OpenAPISchemaValidatorSettings.model_config.get("case_sensitive"),
                       spec.OpenAPISpecValidatorSettings.model_config.get("case_sensitive")],
}))
"""

# What the libraries read through the settings, as a generation imports them (stand-ins).
THROUGH_THE_GENERATOR = """
import json, sys
import generator.validate
from openapi_schema_validator._caches import get_settings
from openapi_spec_validator.schemas.backend import get_validator_backend
from openapi_spec_validator.settings import OpenAPISpecValidatorSettings
try:
    size = get_settings().compiled_validator_cache_max_size
except Exception as exc:
    size = type(exc).__name__
print(json.dumps({
    "cache_size": size,
    "resolved_cache_maxsize": OpenAPISpecValidatorSettings().resolved_cache_maxsize,
    "backend": get_validator_backend(),
    "pydantic": "pydantic" in sys.modules,
}))
"""


def _run(code: str, **env: str) -> Any:
    clean = {k: v for k, v in os.environ.items() if not k.upper().startswith("OPENAPI_")}
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**clean, **env},
        check=True,
    )
    return json.loads(done.stdout)


@pytest.fixture(scope="module")
def library() -> Any:
    return _run(LIBRARY_FACTS)


def _stand_in(name: str) -> Any:
    return getattr(
        validator_settings, {"schema": "_schema_settings", "spec": "_spec_settings"}[name]
    )()


def test_the_defaults_are_the_libraries(library: Any) -> None:
    assert library["schema_fields"] == library["schema_settings"] == SCHEMA_VALIDATOR_DEFAULTS
    assert library["spec_fields"] == library["spec_settings"] == SPEC_VALIDATOR_DEFAULTS
    assert library["schema_prefix"] == PREFIXES[SCHEMA_VALIDATOR_SETTINGS]
    assert library["spec_prefix"] == PREFIXES[SPEC_VALIDATOR_SETTINGS]
    assert library["case_sensitive"] == [False, False]  # what `configured` assumes
    spec = _stand_in("spec")
    constants = [
        spec.ENV_PREFIX,
        spec.RESOLVED_CACHE_MAXSIZE_DEFAULT,
        spec.SCHEMA_VALIDATOR_BACKEND_DEFAULT,
        sorted(spec.SCHEMA_VALIDATOR_BACKEND_ALLOWED),
    ]
    assert constants == library["spec_constants"]


def test_the_stand_ins_have_the_libraries_names(library: Any) -> None:
    for key in ("schema", "spec"):
        stand_in = sorted(n for n in vars(_stand_in(key)) if not n.startswith("_"))
        assert stand_in == library[f"{key}_names"], key


def test_every_name_the_libraries_import_from_them_is_there() -> None:
    """A version that imports something new from its settings fails here, not at run time."""
    wanted: dict[str, set[str]] = {SCHEMA_VALIDATOR_SETTINGS: set(), SPEC_VALIDATOR_SETTINGS: set()}
    for package in ("openapi_schema_validator", "openapi_spec_validator"):
        spec = find_spec(package)
        assert spec is not None and spec.origin is not None
        for path in Path(spec.origin).parent.rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.ImportFrom) and node.module in wanted:
                    wanted[node.module].update(alias.name for alias in node.names)
                if isinstance(node, ast.Import):
                    assert not any(alias.name in wanted for alias in node.names), path
    assert wanted[SCHEMA_VALIDATOR_SETTINGS] and wanted[SPEC_VALIDATOR_SETTINGS]
    for name, names in wanted.items():
        key = "schema" if name == SCHEMA_VALIDATOR_SETTINGS else "spec"
        assert names <= set(vars(_stand_in(key))), name


def test_unconfigured_a_generation_reads_the_defaults_without_pydantic() -> None:
    found = _run(THROUGH_THE_GENERATOR)
    assert found == {
        "cache_size": 128,
        "resolved_cache_maxsize": 128,
        "backend": "jsonschema-rs",  # "auto", and jsonschema-rs is installed
        "pydantic": False,
    }


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        (
            {
                "OPENAPI_SCHEMA_VALIDATOR_COMPILED_VALIDATOR_CACHE_MAX_SIZE": "5",
                "openapi_spec_validator_resolved_cache_maxsize": "7",  # any case, as pydantic
                "OPENAPI_SPEC_VALIDATOR_SCHEMA_VALIDATOR_BACKEND": " JSONSchema ",
            },
            {"cache_size": 5, "resolved_cache_maxsize": 7, "backend": "jsonschema"},
        ),
        (
            # The library's own validation: ge=0 refuses, its validator falls back to 128.
            {
                "OPENAPI_SCHEMA_VALIDATOR_COMPILED_VALIDATOR_CACHE_MAX_SIZE": "-1",
                "OPENAPI_SPEC_VALIDATOR_RESOLVED_CACHE_MAXSIZE": "-1",
            },
            {
                "cache_size": "ValidationError",
                "resolved_cache_maxsize": 128,
                "backend": "jsonschema-rs",
            },
        ),
    ],
)
def test_configured_the_libraries_own_modules_read_the_environment(
    env: dict[str, str], expected: dict[str, Any]
) -> None:
    assert _run(THROUGH_THE_GENERATOR, **env) == {**expected, "pydantic": True}
