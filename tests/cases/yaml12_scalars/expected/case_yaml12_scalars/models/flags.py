# Generated from tests/cases/yaml12_scalars/spec.yaml by `make generate`; do not edit by hand.
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

__all__ = ["Flags"]


@dataclass(kw_only=True, slots=True)
class Flags(Model):
    """Schema: `#/components/schemas/Flags`."""

    _required: ClassVar[tuple[str, ...]] = ()
    _wire_names: ClassVar[frozenset[str]] = frozenset(
        ("yes", "no", "on", "off", "y", "<<", "country")
    )
    _refuse_unknown: ClassVar[bool] = False

    yes: str | NotGiven = NOT_GIVEN
    """The server's default: `"no"`."""

    no: str | NotGiven = NOT_GIVEN

    on: bool | NotGiven = NOT_GIVEN
    """The server's default: `true`."""

    off: str | NotGiven = NOT_GIVEN
    """The server's default: `"off"`."""

    y: str | NotGiven = NOT_GIVEN

    property: str | NotGiven = NOT_GIVEN

    country: JsonValue | NotGiven = NOT_GIVEN

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
        if not isinstance(self.yes, NotGiven):
            out["yes"] = self.yes
        if not isinstance(self.no, NotGiven):
            out["no"] = self.no
        if not isinstance(self.on, NotGiven):
            out["on"] = self.on
        if not isinstance(self.off, NotGiven):
            out["off"] = self.off
        if not isinstance(self.y, NotGiven):
            out["y"] = self.y
        if not isinstance(self.property, NotGiven):
            out["<<"] = self.property
        if not isinstance(self.country, NotGiven):
            out["country"] = self.country
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
            check_object(data, "Flags", cls._required, cls._wire_names, cls._refuse_unknown)
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.yes = data.get("yes", NOT_GIVEN)
        self.no = data.get("no", NOT_GIVEN)
        self.on = data.get("on", NOT_GIVEN)
        self.off = data.get("off", NOT_GIVEN)
        self.y = data.get("y", NOT_GIVEN)
        self.property = data.get("<<", NOT_GIVEN)
        self.country = data.get("country", NOT_GIVEN)
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self
