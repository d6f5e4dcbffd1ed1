# Generated from tests/cases/modules/spec.yaml by `make generate`; do not edit by hand.
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
from ..validators.square import validate_square

__all__ = ["Square"]

# What the `_parse` methods check with: the validators' checks, compiled for this module.

_NAMES_1 = frozenset({"kind", "side"})


@dataclass(kw_only=True, slots=True)
class Square(Model):
    """Schema: `#/components/schemas/Square`."""

    _required: ClassVar[tuple[str, ...]] = ("kind", "side")
    _wire_names: ClassVar[frozenset[str]] = frozenset(("kind", "side"))
    _refuse_unknown: ClassVar[bool] = True

    kind: Literal["square"]

    side: float
    """Constraints: >= 0."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = {}
        out["kind"] = self.kind
        out["side"] = self.side
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object.

        Strict: raises ValidationError listing every problem.
        """
        parsed = cls._parse(data)
        if parsed is not None:
            return parsed
        issues = validate_square(data)
        if issues:
            raise ValidationError(issues)
        return cls._decode(data)

    @classmethod
    def _parse(cls, data: Any) -> Self | None:
        """Check and build in one walk (`from_dict`'s fast path); None at the first problem."""
        if type(data) is not dict:
            return None
        if "kind" not in data or "side" not in data:
            return None
        if not _NAMES_1.issuperset(data):
            return None
        self = object.__new__(cls)
        self.kind = v5 = data["kind"]
        if v5 != "square":
            return None
        self.side = v6 = data["side"]
        if not (
            type(v6) is float
            or type(v6) is int
            or (isinstance(v6, (int, float)) and not isinstance(v6, bool))
        ):
            return None
        if v6 < 0:
            return None
        return self

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if (
            type(data) is not dict
            or "kind" not in data
            or "side" not in data
            or not cls._wire_names.issuperset(data)
        ):
            check_object(data, "Square", cls._required, cls._wire_names, cls._refuse_unknown)
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.kind = data["kind"]
        self.side = data["side"]
        return self
