# Generated from tests/cases/keyword_names/spec.yaml by `make generate`; do not edit by hand.
"""Typed models of the spec's schemas (the header above names the spec).

Optional fields default to `NOT_GIVEN` and are left out of `to_dict()`; `None` is only
accepted where the schema allows null, and is sent as JSON `null`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Self

from .._model import Model, check_object, to_json_object
from .._types import NOT_GIVEN, JsonValue, NotGiven

__all__ = ["Weird"]


@dataclass(kw_only=True, slots=True)
class Weird(Model):
    """Schema: `#/components/schemas/Weird`."""

    _required: ClassVar[tuple[str, ...]] = ()
    _wire_names: ClassVar[frozenset[str]] = frozenset(
        ("type", "from", "class", "x-y", "1st", "self", "field", "NOT_GIVEN", "data", "cls", "")
    )
    _refuse_unknown: ClassVar[bool] = False

    type: str | NotGiven = NOT_GIVEN

    from_: str | NotGiven = NOT_GIVEN

    class_: int | NotGiven = NOT_GIVEN

    x_y: bool | NotGiven = NOT_GIVEN

    n1st: float | NotGiven = NOT_GIVEN

    self_: str | NotGiven = NOT_GIVEN

    field_: str | NotGiven = NOT_GIVEN

    NOT_GIVEN_: str | NotGiven = NOT_GIVEN

    data: str | NotGiven = NOT_GIVEN

    cls: str | NotGiven = NOT_GIVEN

    property: str | NotGiven = NOT_GIVEN

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
        if not isinstance(self.type, NotGiven):
            out["type"] = self.type
        if not isinstance(self.from_, NotGiven):
            out["from"] = self.from_
        if not isinstance(self.class_, NotGiven):
            out["class"] = self.class_
        if not isinstance(self.x_y, NotGiven):
            out["x-y"] = self.x_y
        if not isinstance(self.n1st, NotGiven):
            out["1st"] = self.n1st
        if not isinstance(self.self_, NotGiven):
            out["self"] = self.self_
        if not isinstance(self.field_, NotGiven):
            out["field"] = self.field_
        if not isinstance(self.NOT_GIVEN_, NotGiven):
            out["NOT_GIVEN"] = self.NOT_GIVEN_
        if not isinstance(self.data, NotGiven):
            out["data"] = self.data
        if not isinstance(self.cls, NotGiven):
            out["cls"] = self.cls
        if not isinstance(self.property, NotGiven):
            out[""] = self.property
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
            check_object(data, "Weird", cls._required, cls._wire_names, cls._refuse_unknown)
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.type = data.get("type", NOT_GIVEN)
        self.from_ = data.get("from", NOT_GIVEN)
        self.class_ = data.get("class", NOT_GIVEN)
        self.x_y = data.get("x-y", NOT_GIVEN)
        self.n1st = data.get("1st", NOT_GIVEN)
        self.self_ = data.get("self", NOT_GIVEN)
        self.field_ = data.get("field", NOT_GIVEN)
        self.NOT_GIVEN_ = data.get("NOT_GIVEN", NOT_GIVEN)
        self.data = data.get("data", NOT_GIVEN)
        self.cls = data.get("cls", NOT_GIVEN)
        self.property = data.get("", NOT_GIVEN)
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self
