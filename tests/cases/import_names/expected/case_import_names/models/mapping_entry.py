# Generated from tests/cases/import_names/spec.yaml by `make generate`; do not edit by hand.
"""Typed models of the spec's schemas (the header above names the spec).

Optional fields default to `NOT_GIVEN` and are left out of `to_dict()`; `None` is only
accepted where the schema allows null, and is sent as JSON `null`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Self

from .._model import Model, check_object
from .._types import JsonValue
from .._validation import ValidationError
from ..validators.mapping_entry import validate_mapping_entry

__all__ = ["MappingEntry"]

# What the `_parse` methods check with: the validators' checks, compiled for this module.

_NAMES_1 = frozenset({"key", "value"})


@dataclass(kw_only=True, slots=True)
class MappingEntry(Model):
    """Schema: `#/components/schemas/MappingEntry`."""

    _required: ClassVar[tuple[str, ...]] = ("key", "value")
    _wire_names: ClassVar[frozenset[str]] = frozenset(("key", "value"))
    _refuse_unknown: ClassVar[bool] = True

    key: str

    value: int

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = {}
        out["key"] = self.key
        out["value"] = self.value
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object.

        Strict: raises ValidationError listing every problem.
        """
        parsed = cls._parse(data)
        if parsed is not None:
            return parsed
        issues = validate_mapping_entry(data)
        if issues:
            raise ValidationError(issues)
        return cls._decode(data)

    @classmethod
    def _parse(cls, data: Any) -> Self | None:
        """Check and build in one walk (`from_dict`'s fast path); None at the first problem."""
        if type(data) is not dict:
            return None
        if not _NAMES_1.issuperset(data):
            return None
        if "key" not in data or "value" not in data:
            return None
        self = object.__new__(cls)
        self.key = v5 = data["key"]
        if not (type(v5) is str or isinstance(v5, str)):
            return None
        self.value = v6 = data["value"]
        if not (
            type(v6) is int
            or (isinstance(v6, int) and not isinstance(v6, bool))
            or (isinstance(v6, float) and v6.is_integer())
        ):
            return None
        return self

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if (
            type(data) is not dict
            or "key" not in data
            or "value" not in data
            or not cls._wire_names.issuperset(data)
        ):
            check_object(data, "MappingEntry", cls._required, cls._wire_names, cls._refuse_unknown)
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.key = data["key"]
        self.value = data["value"]
        return self
