"""The classes the generator makes of one side's document: what the review calls them.

The names come from the generator's own builder (`build_ir.class_names_of`), after the same
preparation `make generate` gives the document (OpenAPI 3.0 leftovers mapped, union branches
narrowed), so the review cannot drift from the naming rules. Building costs time on a large
spec (about 1.8 s for OpenAI's): it is done on the first look-up, once per side. A document the
generator refuses has no classes here; the review then names them by the way to them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator.branches import narrow_unions
from generator.build_ir import class_names_of
from generator.dialect import map_dialect
from generator.diff.shapes import source_pointer
from generator.errors import GenerationFailed
from generator.load import LoadedSpec
from generator.stack import on_deep_stack


class GeneratedClasses:
    """The class name of each model and alias of one document, by schema pointer."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        self._names: dict[str, str] | None = None

    def at(self, pointer: str) -> str | None:
        """The class made of the schema at `pointer` (one of the review's, which may run through
        properties merged from `allOf`), or None where the generator makes none."""
        names = self.all()
        return names.get(pointer) or names.get(source_pointer(self.document, pointer))

    def all(self) -> dict[str, str]:
        """Every class and alias name, by schema pointer ({} for a spec the generator refuses)."""
        if self._names is None:
            self._names = generated_class_names(self.document)
        return self._names


def generated_class_names(document: Mapping[str, Any]) -> dict[str, str]:
    """{schema pointer: class name} as `make generate` names them; {} if it refuses the spec."""
    try:
        prepared, _ = map_dialect(LoadedSpec("", dict(document), {}))  # a deep copy
        return on_deep_stack(lambda: _class_names(prepared))
    except GenerationFailed:
        return {}


def _class_names(spec: LoadedSpec) -> dict[str, str]:
    narrow_unions(spec)
    return class_names_of(spec.document)
