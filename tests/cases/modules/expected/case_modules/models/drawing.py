# Generated from tests/cases/modules/spec.yaml by `make generate`; do not edit by hand.
"""Typed models of the spec's schemas (the header above names the spec).

Optional fields default to `NOT_GIVEN` and are left out of `to_dict()`; `None` is only
accepted where the schema allows null, and is sent as JSON `null`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar, Self

from .._model import Model, check_object, to_json, to_json_object
from .._types import NOT_GIVEN, JsonValue, NotGiven
from .._validation import ValidationError
from ..validators.circle import is_valid_circle
from ..validators.drawing import is_valid_drawing, validate_drawing
from ..validators.square import is_valid_square
from .circle import Circle
from .folder import Folder
from .shape import Shape
from .square import Square

__all__ = ["Drawing"]


# The unions the fields hold: the first branch that admits a value by its JSON kind (and its
# validator, where branches share a kind) decodes it; any other value is kept as it came.


def _decode_shape(value: Any) -> Shape | Any:
    if isinstance(value, dict) and is_valid_circle(value):
        return Circle._decode(value)
    if isinstance(value, dict) and is_valid_square(value):
        return Square._decode(value)
    return value


@dataclass(kw_only=True, slots=True)
class Drawing(Model):
    """Schema: `#/components/schemas/Drawing`."""

    _required: ClassVar[tuple[str, ...]] = ("shapes",)
    _wire_names: ClassVar[frozenset[str]] = frozenset(("shapes", "owner"))
    _refuse_unknown: ClassVar[bool] = False

    shapes: Sequence[Shape]

    owner: Folder | NotGiven = NOT_GIVEN

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
        out["shapes"] = to_json(self.shapes)
        if not isinstance(self.owner, NotGiven):
            out["owner"] = to_json(self.owner)
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object.

        Strict: raises ValidationError listing every problem.
        """
        if not is_valid_drawing(data):
            raise ValidationError(validate_drawing(data))
        return cls._decode(data)

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict or "shapes" not in data:
            check_object(data, "Drawing", cls._required, cls._wire_names, cls._refuse_unknown)
        owner = data.get("owner", NOT_GIVEN)
        if not isinstance(owner, NotGiven):
            owner = Folder._decode(owner)
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.shapes = [_decode_shape(item0) for item0 in data["shapes"]]
        self.owner = owner
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self
