# Generated from tests/cases/one_of_models/spec.yaml by `make generate`; do not edit by hand.
"""Typed models of the spec's schemas (the header above names the spec).

Optional fields default to `NOT_GIVEN` and are left out of `to_dict()`; `None` is only
accepted where the schema allows null, and is sent as JSON `null`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Literal, Self

from .._model import Model, check_object
from .._types import NOT_GIVEN, JsonValue, NotGiven
from .._validation import ValidationError
from ..validators.dog import is_valid_dog, validate_dog

__all__ = ["Dog"]


@dataclass(kw_only=True, slots=True)
class Dog(Model):
    """Schema: `#/components/schemas/Dog`."""

    _required: ClassVar[tuple[str, ...]] = ("kind",)
    _wire_names: ClassVar[frozenset[str]] = frozenset(("kind", "good"))
    _refuse_unknown: ClassVar[bool] = True

    kind: Literal["dog"]

    good: bool | NotGiven = NOT_GIVEN

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = {}
        out["kind"] = self.kind
        if not isinstance(self.good, NotGiven):
            out["good"] = self.good
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object.

        Strict: raises ValidationError listing every problem.
        """
        if not is_valid_dog(data):
            raise ValidationError(validate_dog(data))
        return cls._decode(data)

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict or "kind" not in data or not cls._wire_names.issuperset(data):
            check_object(data, "Dog", cls._required, cls._wire_names, cls._refuse_unknown)
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.kind = data["kind"]
        self.good = data.get("good", NOT_GIVEN)
        return self
