# Generated from tests/cases/request_arrays/spec.yaml by `make generate`; do not edit by hand.
"""Typed models of the spec's schemas (the header above names the spec).

Optional fields default to `NOT_GIVEN` and are left out of `to_dict()`; `None` is only
accepted where the schema allows null, and is sent as JSON `null`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Self

from .._model import Model, check_object, to_json
from .._types import NOT_GIVEN, JsonValue, NotGiven
from .._validation import ValidationError
from ..validators.label_request import is_valid_label_request, validate_label_request
from .point import Point
from .tags import Tags

__all__ = ["LabelRequest"]


@dataclass(kw_only=True, slots=True)
class LabelRequest(Model):
    """Arrays a request takes as any sequence (a method argument, any iterable).

    Schema: `#/components/schemas/LabelRequest`.
    """

    _required: ClassVar[tuple[str, ...]] = ("points",)
    _wire_names: ClassVar[frozenset[str]] = frozenset(("points", "grid", "tags", "weights"))
    _refuse_unknown: ClassVar[bool] = True

    points: Sequence[Point]

    grid: Sequence[Sequence[int]] | NotGiven = NOT_GIVEN

    tags: Tags | NotGiven = NOT_GIVEN

    weights: Sequence[float] | NotGiven | None = NOT_GIVEN

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = {}
        out["points"] = to_json(self.points)
        if not isinstance(self.grid, NotGiven):
            out["grid"] = to_json(self.grid)
        if not isinstance(self.tags, NotGiven):
            out["tags"] = to_json(self.tags)
        if not isinstance(self.weights, NotGiven):
            out["weights"] = to_json(self.weights)
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object.

        Strict: raises ValidationError listing every problem.
        """
        if not is_valid_label_request(data):
            raise ValidationError(validate_label_request(data))
        return cls._decode(data)

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict or "points" not in data or not cls._wire_names.issuperset(data):
            check_object(data, "LabelRequest", cls._required, cls._wire_names, cls._refuse_unknown)
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.points = [Point._decode(item0) for item0 in data["points"]]
        self.grid = data.get("grid", NOT_GIVEN)
        self.tags = data.get("tags", NOT_GIVEN)
        self.weights = data.get("weights", NOT_GIVEN)
        return self
