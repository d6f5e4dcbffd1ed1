# Generated from tests/cases/one_of_models/spec.yaml by `make generate`; do not edit by hand.
"""Typed models of the spec's schemas (the header above names the spec).

Optional fields default to `NOT_GIVEN` and are left out of `to_dict()`; `None` is only
accepted where the schema allows null, and is sent as JSON `null`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Self

from .._model import Model, check_object, to_json
from .._types import NOT_GIVEN, JsonValue, NotGiven
from .._validation import ValidationError
from ..validators.adoption import is_valid_adoption, validate_adoption
from ..validators.cat import is_valid_cat
from ..validators.dog import is_valid_dog
from .cat import Cat
from .dog import Dog

__all__ = ["Adoption"]


@dataclass(kw_only=True, slots=True)
class Adoption(Model):
    """A request whose pet is one of two models, told apart by their validators.

    Schema: `#/components/schemas/Adoption`.
    """

    _required: ClassVar[tuple[str, ...]] = ("pet",)
    _wire_names: ClassVar[frozenset[str]] = frozenset(("pet", "note"))
    _refuse_unknown: ClassVar[bool] = True

    pet: Cat | Dog

    note: str | NotGiven = NOT_GIVEN

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = {}
        out["pet"] = to_json(self.pet)
        if not isinstance(self.note, NotGiven):
            out["note"] = self.note
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object.

        Strict: raises ValidationError listing every problem.
        """
        if not is_valid_adoption(data):
            raise ValidationError(validate_adoption(data))
        return cls._decode(data)

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict or "pet" not in data or not cls._wire_names.issuperset(data):
            check_object(data, "Adoption", cls._required, cls._wire_names, cls._refuse_unknown)
        pet = data["pet"]
        if isinstance(pet, dict) and is_valid_cat(pet):
            pet = Cat._decode(pet)
        elif isinstance(pet, dict) and is_valid_dog(pet):
            pet = Dog._decode(pet)
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.pet = pet
        self.note = data.get("note", NOT_GIVEN)
        return self
