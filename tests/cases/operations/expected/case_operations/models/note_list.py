# Generated from tests/cases/operations/spec.yaml by `make generate`; do not edit by hand.
"""Typed models of the spec's schemas (the header above names the spec).

Optional fields default to `NOT_GIVEN` and are left out of `to_dict()`; `None` is only
accepted where the schema allows null, and is sent as JSON `null`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Self

from .._model import Model, check_object, to_json, to_json_object
from .._types import JsonValue
from .note import Note

__all__ = ["NoteList"]


@dataclass(kw_only=True, slots=True)
class NoteList(Model):
    """Schema: `#/components/schemas/NoteList`."""

    _required: ClassVar[tuple[str, ...]] = ("data", "has_more")
    _wire_names: ClassVar[frozenset[str]] = frozenset(("data", "has_more"))
    _refuse_unknown: ClassVar[bool] = False

    data: list[Note]

    has_more: bool

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
        out["data"] = to_json(self.data)
        out["has_more"] = self.has_more
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object.

        Lenient: unknown properties are kept and unknown enum values pass.
        """
        return cls._decode(data)

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict or "data" not in data or "has_more" not in data:
            check_object(data, "NoteList", cls._required, cls._wire_names, cls._refuse_unknown)
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.data = [Note._decode(item0) for item0 in data["data"]]
        self.has_more = data["has_more"]
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self
