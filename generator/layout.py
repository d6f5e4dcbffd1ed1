"""Render, part 3: the package's files as the module plan lays them out.

<package>/__init__.py             the runtime's names at once, everything else lazily
<package>/models/__init__.py      every model and alias, lazily
<package>/models/<module>.py      one group of schemas (`module_plan.py`)
<package>/validators/__init__.py  every `validate_`/`is_valid_` function, lazily
<package>/validators/<module>.py  the same group's validators (an operation's parameters: theirs)
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import jinja2

from generator.init_source import InitView, init_view
from generator.ir import PackageIR
from generator.model_source import export_names, models_module, package_fusable
from generator.render import render_template
from generator.runtime import runtime_exports
from generator.validators import ValidatorPackage

# The package root imports the classes and constants of these runtime modules at once (small,
# standard library only), and those of the client's modules lazily (they import httpx).
MODEL_EXPORTS = ("_types", "_validation")
CLIENT_EXPORTS = ("_exceptions",)
GENERATED_CLIENT_EXPORTS = {"_client": ("AsyncClient", "Client")}
SUBPACKAGES = ("models", "validators")
BLACK_STABLE = frozenset({"__init__.py", "models/__init__.py", "validators/__init__.py"})
"""Files `init_source.py` writes as black would: the format stage leaves them alone."""
MODELS_DOC = (
    "Typed models of the spec's schemas, one module per group of schemas that refer to each other.",
    "",
    "Each name is imported from its module when first used.",
)
VALIDATORS_DOC = (
    "Validators for the schemas of this package: exactly JSON Schema's verdicts (draft 2020-12).",
    "",
    "`validate_<name>(data)` returns every problem (an empty list when valid);",
    "`is_valid_<name>(data)` is a separate fast path that stops at the first problem. Each",
    "function is imported from its module when first used.",
)


@dataclass(frozen=True)
class RootInfo:
    """What the package's own `__init__` says beyond the IR."""

    doc_lines: tuple[str, ...]
    version: str
    client: bool
    """Whether the client's modules are there."""


def validator_sources(
    env: jinja2.Environment, package: PackageIR, validators: ValidatorPackage
) -> dict[str, str]:
    """The validators' modules: every models module has its validators; an operation's
    parameters have validators only."""
    return {
        f"validators/{module}.py": render_template(
            env, "validators.py.jinja", header=package.header, module=contents
        )
        for module, contents in validators.modules.items()
    }


def model_sources(
    env: jinja2.Environment, document: Mapping[str, Any], package: PackageIR
) -> Iterator[tuple[str, str]]:
    """Each models module, by path under the package, as it is rendered."""
    fusable = package_fusable(package, document)
    for module in package.modules:
        view = models_module(package, module, document, fusable)
        yield f"models/{module}.py", render_template(env, "models.py.jinja", module=view)


def init_sources(
    env: jinja2.Environment, package: PackageIR, validators: ValidatorPackage, root: RootInfo
) -> dict[str, str]:
    """The package's `__init__`s, by path under the package."""
    files = {}
    models = {name: f".{module}" for name, module in export_names(package).items()}
    files["models/__init__.py"] = _init(env, init_view(package.header, MODELS_DOC, models))
    functions = {name: f".{module}" for name, module in validators.exports.items()}
    files["validators/__init__.py"] = _init(
        env, init_view(package.header, VALIDATORS_DOC, functions)
    )
    files["__init__.py"] = _init(env, _root_view(package, root))
    return files


def _root_view(package: PackageIR, root: RootInfo) -> InitView:
    eager = {f".{module}": runtime_exports(module) for module in MODEL_EXPORTS}
    lazy = dict.fromkeys(export_names(package), ".models")
    if root.client:
        for module in CLIENT_EXPORTS:
            lazy.update(dict.fromkeys(runtime_exports(module), f".{module}"))
        for module, names in GENERATED_CLIENT_EXPORTS.items():
            lazy.update(dict.fromkeys(names, f".{module}"))
    return init_view(
        package.header,
        root.doc_lines,
        lazy,
        eager=eager,
        submodules=SUBPACKAGES,
        version=root.version,
    )


def _init(env: jinja2.Environment, view: InitView) -> str:
    return render_template(env, "__init__.py.jinja", init=view)
