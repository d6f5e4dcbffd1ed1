"""openapi-spec-validator's and openapi-schema-validator's settings, without pydantic.

Each library reads a few settings (cache sizes; openapi-spec-validator's schema backend) from
environment variables through pydantic-settings, whose import, pydantic's with it, took 0.3-0.4 s
of the ~1.4 s of a `generate` of the project's spec. No version of either library without
pydantic-settings is compatible: both added it in 0.8, and `generator.validate` relies on 0.9's
record of meta-checked schemas. So `install()` (called by the package's `__init__`, before any
stage imports a validator) puts a stand-in in place of each settings module:

* while no environment variable starts with the library's prefix, the settings are the
  defaults, given without pydantic;
* once one does (checked on every read, as the library reads), the stand-in hands over to the
  library's own module, so the library's parsing and validation apply unchanged.

`tests/test_validator_settings.py` holds the stand-ins to the pinned modules: the names, the
fields and their defaults, so a version that changes them fails there, not silently here.
"""

from __future__ import annotations

import importlib
import os
import sys
from functools import lru_cache
from types import ModuleType, SimpleNamespace
from typing import Any

SCHEMA_VALIDATOR_SETTINGS = "openapi_schema_validator.settings"
SPEC_VALIDATOR_SETTINGS = "openapi_spec_validator.settings"
PREFIXES = {
    SCHEMA_VALIDATOR_SETTINGS: "OPENAPI_SCHEMA_VALIDATOR_",
    SPEC_VALIDATOR_SETTINGS: "OPENAPI_SPEC_VALIDATOR_",
}
# The pinned modules' fields and defaults (tests/test_validator_settings.py compares).
SCHEMA_VALIDATOR_DEFAULTS = {"compiled_validator_cache_max_size": 128}
SPEC_VALIDATOR_DEFAULTS: dict[str, Any] = {
    "resolved_cache_maxsize": 128,
    "schema_validator_backend": "auto",
}


def install() -> None:
    """The stand-ins, unless the libraries' own modules are imported already."""
    sys.modules.setdefault(SCHEMA_VALIDATOR_SETTINGS, _schema_settings())
    sys.modules.setdefault(SPEC_VALIDATOR_SETTINGS, _spec_settings())


def configured(name: str) -> bool:
    """Whether the environment sets any of the module's settings (pydantic-settings matches
    the names regardless of case)."""
    return any(key.upper().startswith(PREFIXES[name]) for key in os.environ)


def library_module(name: str) -> ModuleType:
    """The library's own settings module, imported the ordinary way in place of the stand-in
    (whose functions, imported by name into the library's modules, then hand over to it)."""
    if getattr(sys.modules.get(name), "__stand_in__", False):
        del sys.modules[name]
    return importlib.import_module(name)


def _stand_in(name: str, attributes: dict[str, Any]) -> ModuleType:
    module = ModuleType(name, f"A stand-in for {name} without pydantic ({__name__}).")
    module.__dict__.update(attributes, __stand_in__=True)
    return module


def _schema_settings() -> ModuleType:
    """openapi_schema_validator.settings: `get_settings()`, cached as there."""

    def settings() -> Any:
        if configured(SCHEMA_VALIDATOR_SETTINGS):
            return library_module(SCHEMA_VALIDATOR_SETTINGS).OpenAPISchemaValidatorSettings()
        return SimpleNamespace(**SCHEMA_VALIDATOR_DEFAULTS)

    get_settings = lru_cache(maxsize=1)(settings)

    def reset_settings_cache() -> None:
        get_settings.cache_clear()

    return _stand_in(
        SCHEMA_VALIDATOR_SETTINGS,
        {
            "OpenAPISchemaValidatorSettings": settings,
            "get_settings": get_settings,
            "reset_settings_cache": reset_settings_cache,
        },
    )


def _spec_settings() -> ModuleType:
    """openapi_spec_validator.settings: a settings object made on every read, as there."""

    def settings() -> Any:
        if configured(SPEC_VALIDATOR_SETTINGS):
            return library_module(SPEC_VALIDATOR_SETTINGS).OpenAPISpecValidatorSettings()
        return SimpleNamespace(**SPEC_VALIDATOR_DEFAULTS)

    return _stand_in(
        SPEC_VALIDATOR_SETTINGS,
        {
            "ENV_PREFIX": PREFIXES[SPEC_VALIDATOR_SETTINGS],
            "RESOLVED_CACHE_MAXSIZE_DEFAULT": SPEC_VALIDATOR_DEFAULTS["resolved_cache_maxsize"],
            "SCHEMA_VALIDATOR_BACKEND_DEFAULT": SPEC_VALIDATOR_DEFAULTS["schema_validator_backend"],
            "SCHEMA_VALIDATOR_BACKEND_ALLOWED": {"auto", "jsonschema", "jsonschema-rs"},
            "OpenAPISpecValidatorSettings": settings,
            "get_resolved_cache_maxsize": lambda: settings().resolved_cache_maxsize,
            "get_schema_validator_backend": lambda: settings().schema_validator_backend,
        },
    )
