"""The intermediate representation: what the generated package holds, already decided.

The IR describes; it holds no code. Types are values of the algebra in `types.py`, docstrings
are lines of text, defaults are facts (required, secret). `model_source.py` turns it into the
source text the templates paste, in one place.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import TypeVar

from generator.module_plan import ModulePlan
from generator.types import PyType


@dataclass(frozen=True)
class FieldIR:
    """One property of an object schema, as a dataclass field."""

    python_name: str
    wire_name: str
    type: PyType
    """The value's type when the field is given (`Omittable` is added for optional fields)."""
    required: bool
    secret: bool
    """`format: password`: kept out of `repr()`."""
    doc_lines: tuple[str, ...]
    pointer: str


@dataclass(frozen=True)
class ModelIR:
    """An object schema, emitted as a keyword-only dataclass."""

    class_name: str
    pointer: str
    doc_lines: tuple[str, ...]
    fields: tuple[FieldIR, ...]
    strict: bool
    """Request models validate in `from_dict()`."""
    validator_suffix: str
    """`validate_<suffix>`/`is_valid_<suffix>` check this model's schema."""
    module: str
    """The module (of the models and of the validators package) it goes into."""
    extra_type: PyType | None
    """The type of unknown properties kept in `extra_properties`; None when they are refused
    (a request schema with `additionalProperties: false`)."""

    @property
    def refuses_unknown(self) -> bool:
        return self.extra_type is None

    @property
    def required_names(self) -> tuple[str, ...]:
        return tuple(f.wire_name for f in self.fields if f.required)

    @property
    def wire_names(self) -> tuple[str, ...]:
        return tuple(f.wire_name for f in self.fields)


@dataclass(frozen=True)
class AliasIR:
    """A named schema that is not an object (enum, union, array...), emitted as a type alias."""

    name: str
    type: PyType
    doc_lines: tuple[str, ...]
    pointer: str
    module: str


@dataclass(frozen=True)
class PackageIR:
    """The whole generated package."""

    package_name: str
    header: str
    """One comment line saying which spec the file comes from and not to edit it."""
    models: tuple[ModelIR, ...]
    aliases: tuple[AliasIR, ...]
    validator_targets: tuple[tuple[str, str, str], ...]
    """(suffix, JSON pointer, module) of every schema that gets `validate_<suffix>`."""
    plan: ModulePlan
    """Which module each schema goes into."""
    operation_types: Mapping[str, PyType] = field(default_factory=dict)
    """The type of each schema an operation uses (parameters, bodies, success answers), by
    the pointer `operation_schemas` gives it; empty for a models-only package."""

    @property
    def modules(self) -> tuple[str, ...]:
        """The modules of the models and validators packages, each after those it imports."""
        return self.plan.order

    @cached_property
    def models_by_module(self) -> Mapping[str, tuple[ModelIR, ...]]:
        """The models of each module, in package order (a big spec has over a thousand)."""
        return _by_module(self.models)

    @cached_property
    def aliases_by_module(self) -> Mapping[str, tuple[AliasIR, ...]]:
        return _by_module(self.aliases)


_InModule = TypeVar("_InModule", "ModelIR", "AliasIR")


def _by_module(items: tuple[_InModule, ...]) -> dict[str, tuple[_InModule, ...]]:
    grouped: dict[str, list[_InModule]] = {}
    for item in items:
        grouped.setdefault(item.module, []).append(item)
    return {module: tuple(members) for module, members in grouped.items()}
