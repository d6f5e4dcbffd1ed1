# Generated from tests/cases/refs/spec.yaml by `make generate`; do not edit by hand.
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
from .color import Color

__all__ = ["Tree"]


@dataclass(kw_only=True, slots=True)
class Tree(Model):
    """A recursive schema through its children.

    Schema: `#/components/schemas/Tree`.
    """

    _required: ClassVar[tuple[str, ...]] = ("name",)
    _wire_names: ClassVar[frozenset[str]] = frozenset(("name", "color", "children"))
    _refuse_unknown: ClassVar[bool] = False

    name: str

    color: Color | NotGiven = NOT_GIVEN

    children: list[Tree] | NotGiven = NOT_GIVEN

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
        out["name"] = self.name
        if not isinstance(self.color, NotGiven):
            out["color"] = self.color
        if not isinstance(self.children, NotGiven):
            out["children"] = to_json(self.children)
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object.

        Lenient: unknown properties are kept and unknown enum values pass.
        """
        return cls._decode(data)

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict or "name" not in data:
            check_object(data, "Tree", cls._required, cls._wire_names, cls._refuse_unknown)
        children = data.get("children", NOT_GIVEN)
        if not isinstance(children, NotGiven):
            children = [Tree._decode(item0) for item0 in children]
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.name = data["name"]
        self.color = data.get("color", NOT_GIVEN)
        self.children = children
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self
