# Generated from tests/cases/python_names/spec.yaml by `make generate`; do not edit by hand.
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

__all__ = ["None_"]


@dataclass(kw_only=True, slots=True)
class None_(Model):
    """Schema: `#/components/schemas/None`."""

    _required: ClassVar[tuple[str, ...]] = ()
    _wire_names: ClassVar[frozenset[str]] = frozenset(
        ("False", "class", "match", "case", "_", "type", "id", "object", "__import__")
    )
    _refuse_unknown: ClassVar[bool] = False

    False_: bool | NotGiven = NOT_GIVEN

    class_: str | NotGiven = NOT_GIVEN

    match: str | NotGiven = NOT_GIVEN

    case: str | NotGiven = NOT_GIVEN

    property: str | NotGiven = NOT_GIVEN

    type: str | NotGiven = NOT_GIVEN

    id: str | NotGiven = NOT_GIVEN

    object: str | NotGiven = NOT_GIVEN

    import_: int | NotGiven = NOT_GIVEN

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
        if not isinstance(self.False_, NotGiven):
            out["False"] = self.False_
        if not isinstance(self.class_, NotGiven):
            out["class"] = self.class_
        if not isinstance(self.match, NotGiven):
            out["match"] = self.match
        if not isinstance(self.case, NotGiven):
            out["case"] = self.case
        if not isinstance(self.property, NotGiven):
            out["_"] = self.property
        if not isinstance(self.type, NotGiven):
            out["type"] = self.type
        if not isinstance(self.id, NotGiven):
            out["id"] = self.id
        if not isinstance(self.object, NotGiven):
            out["object"] = self.object
        if not isinstance(self.import_, NotGiven):
            out["__import__"] = self.import_
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
            check_object(data, "None_", cls._required, cls._wire_names, cls._refuse_unknown)
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.False_ = data.get("False", NOT_GIVEN)
        self.class_ = data.get("class", NOT_GIVEN)
        self.match = data.get("match", NOT_GIVEN)
        self.case = data.get("case", NOT_GIVEN)
        self.property = data.get("_", NOT_GIVEN)
        self.type = data.get("type", NOT_GIVEN)
        self.id = data.get("id", NOT_GIVEN)
        self.object = data.get("object", NOT_GIVEN)
        self.import_ = data.get("__import__", NOT_GIVEN)
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self
