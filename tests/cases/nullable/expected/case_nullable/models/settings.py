# Generated from tests/cases/nullable/spec.yaml by `make generate`; do not edit by hand.
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
from .limits import Limits

__all__ = ["Settings"]


@dataclass(kw_only=True, slots=True)
class Settings(Model):
    """Schema: `#/components/schemas/Settings`."""

    _required: ClassVar[tuple[str, ...]] = ("count",)
    _wire_names: ClassVar[frozenset[str]] = frozenset(("label", "limits", "count"))
    _refuse_unknown: ClassVar[bool] = False

    label: str | NotGiven | None = NOT_GIVEN
    """A string or null (type list form)."""

    limits: Limits | NotGiven | None = NOT_GIVEN
    """An object or null (anyOf form)."""

    count: int

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
        if not isinstance(self.label, NotGiven):
            out["label"] = self.label
        if not isinstance(self.limits, NotGiven):
            out["limits"] = to_json(self.limits)
        out["count"] = self.count
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object.

        Lenient: unknown properties are kept and unknown enum values pass.
        """
        return cls._decode(data)

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict or "count" not in data:
            check_object(data, "Settings", cls._required, cls._wire_names, cls._refuse_unknown)
        limits = data.get("limits", NOT_GIVEN)
        if isinstance(limits, dict):
            limits = Limits._decode(limits)
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.label = data.get("label", NOT_GIVEN)
        self.limits = limits
        self.count = data["count"]
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self
