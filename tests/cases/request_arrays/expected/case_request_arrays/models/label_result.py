# Generated from tests/cases/request_arrays/spec.yaml by `make generate`; do not edit by hand.
"""Typed models of the spec's schemas (the header above names the spec).

Optional fields default to `NOT_GIVEN` and are left out of `to_dict()`; `None` is only
accepted where the schema allows null, and is sent as JSON `null`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Self

from .._model import Model, check_object, to_json, to_json_object
from .._types import NOT_GIVEN, JsonValue, NotGiven
from .point import Point
from .tags import Tags

__all__ = ["LabelResult"]


@dataclass(kw_only=True, slots=True)
class LabelResult(Model):
    """A response's arrays stay lists.

    Schema: `#/components/schemas/LabelResult`.
    """

    _required: ClassVar[tuple[str, ...]] = ()
    _wire_names: ClassVar[frozenset[str]] = frozenset(("tags", "points"))
    _refuse_unknown: ClassVar[bool] = False

    tags: Tags | NotGiven = NOT_GIVEN

    points: list[Point] | NotGiven = NOT_GIVEN

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
        if not isinstance(self.tags, NotGiven):
            out["tags"] = to_json(self.tags)
        if not isinstance(self.points, NotGiven):
            out["points"] = to_json(self.points)
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object.

        Lenient: unknown properties are kept and unknown enum values pass.
        """
        return cls._decode(data)

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict:
            check_object(data, "LabelResult", cls._required, cls._wire_names, cls._refuse_unknown)
        points = data.get("points", NOT_GIVEN)
        if not isinstance(points, NotGiven):
            points = [Point._decode(item0) for item0 in points]
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.tags = data.get("tags", NOT_GIVEN)
        self.points = points
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self
