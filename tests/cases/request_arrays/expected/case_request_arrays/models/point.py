# Generated from tests/cases/request_arrays/spec.yaml by `make generate`; do not edit by hand.
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
from ..validators.point import validate_point

__all__ = ["Point"]

# What the `_parse` methods check with: the validators' checks, compiled for this module.

_NAMES_1 = frozenset({"x"})


@dataclass(kw_only=True, slots=True)
class Point(Model):
    """Schema: `#/components/schemas/Point`."""

    _required: ClassVar[tuple[str, ...]] = ("x",)
    _wire_names: ClassVar[frozenset[str]] = frozenset(("x",))
    _refuse_unknown: ClassVar[bool] = True

    x: float

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = {}
        out["x"] = self.x
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object.

        Strict: raises ValidationError listing every problem.
        """
        parsed = cls._parse(data)
        if parsed is not None:
            return parsed
        issues = validate_point(data)
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
        if "x" not in data:
            return None
        self = object.__new__(cls)
        self.x = v4 = data["x"]
        if not (
            type(v4) is float
            or type(v4) is int
            or (isinstance(v4, (int, float)) and not isinstance(v4, bool))
        ):
            return None
        return self

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict or "x" not in data or not cls._wire_names.issuperset(data):
            check_object(data, "Point", cls._required, cls._wire_names, cls._refuse_unknown)
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.x = data["x"]
        return self
