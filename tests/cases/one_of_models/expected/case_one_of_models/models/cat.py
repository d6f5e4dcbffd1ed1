# Generated from tests/cases/one_of_models/spec.yaml by `make generate`; do not edit by hand.
"""Typed models of the spec's schemas (the header above names the spec).

Optional fields default to `NOT_GIVEN` and are left out of `to_dict()`; `None` is only
accepted where the schema allows null, and is sent as JSON `null`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Literal, Self

from .._model import Model, check_object
from .._types import JsonValue
from .._validation import ValidationError
from ..validators.cat import validate_cat

__all__ = ["Cat"]

# What the `_parse` methods check with: the validators' checks, compiled for this module.

_NAMES_1 = frozenset({"kind", "lives"})


@dataclass(kw_only=True, slots=True)
class Cat(Model):
    """Schema: `#/components/schemas/Cat`."""

    _required: ClassVar[tuple[str, ...]] = ("kind", "lives")
    _wire_names: ClassVar[frozenset[str]] = frozenset(("kind", "lives"))
    _refuse_unknown: ClassVar[bool] = True

    kind: Literal["cat"]

    lives: int
    """Constraints: >= 0, <= 9."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = {}
        out["kind"] = self.kind
        out["lives"] = self.lives
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object.

        Strict: raises ValidationError listing every problem.
        """
        parsed = cls._parse(data)
        if parsed is not None:
            return parsed
        issues = validate_cat(data)
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
        if "kind" not in data or "lives" not in data:
            return None
        self = object.__new__(cls)
        self.kind = v5 = data["kind"]
        if v5 != "cat":
            return None
        self.lives = v6 = data["lives"]
        if not (
            type(v6) is int
            or (isinstance(v6, int) and not isinstance(v6, bool))
            or (isinstance(v6, float) and v6.is_integer())
        ):
            return None
        if v6 < 0:
            return None
        if v6 > 9:
            return None
        return self

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if (
            type(data) is not dict
            or "kind" not in data
            or "lives" not in data
            or not cls._wire_names.issuperset(data)
        ):
            check_object(data, "Cat", cls._required, cls._wire_names, cls._refuse_unknown)
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.kind = data["kind"]
        self.lives = data["lives"]
        return self
