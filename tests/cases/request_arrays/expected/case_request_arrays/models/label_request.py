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
from ..validators.label_request import validate_label_request
from .point import Point
from .tags import Tags

__all__ = ["LabelRequest"]

# What the `_parse` methods check with: the validators' checks, compiled for this module.

_NAMES_1 = frozenset({"points", "grid", "tags", "weights"})


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
        parsed = cls._parse(data)
        if parsed is not None:
            return parsed
        issues = validate_label_request(data)
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
        if "points" not in data:
            return None
        self = object.__new__(cls)
        if "grid" in data:
            self.grid = v7 = data["grid"]
            if not (type(v7) is list or isinstance(v7, list)):
                return None
            for v8 in v7:
                if not (type(v8) is list or isinstance(v8, list)):
                    return None
                for v9 in v8:
                    if not (
                        type(v9) is int
                        or (isinstance(v9, int) and not isinstance(v9, bool))
                        or (isinstance(v9, float) and v9.is_integer())
                    ):
                        return None
        else:
            self.grid = NOT_GIVEN
        if "tags" in data:
            self.tags = v10 = data["tags"]
            if not (type(v10) is list or isinstance(v10, list)):
                return None
            for v11 in v10:
                if not (type(v11) is str or isinstance(v11, str)):
                    return None
        else:
            self.tags = NOT_GIVEN
        if "weights" in data:
            self.weights = v12 = data["weights"]
            if not (v12 is None or (type(v12) is list or isinstance(v12, list))):
                return None
            if type(v12) is list or isinstance(v12, list):
                for v13 in v12:
                    if not (
                        type(v13) is float
                        or type(v13) is int
                        or (isinstance(v13, (int, float)) and not isinstance(v13, bool))
                    ):
                        return None
        else:
            self.weights = NOT_GIVEN
        v14 = data["points"]
        if type(v14) is not list:
            return None
        v15 = []
        for v16 in v14:
            v17 = Point._parse(v16)
            if v17 is None:
                return None
            v15.append(v17)
        v14 = v15
        self.points = v14
        return self

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
