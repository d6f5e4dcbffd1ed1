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
from ..validators.cat import is_valid_cat, validate_cat

__all__ = ["Cat"]


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
        if not is_valid_cat(data):
            raise ValidationError(validate_cat(data))
        return cls._decode(data)

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
