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
from .._validation import ValidationError, ValidationIssue
from ..validators.cat import is_valid_cat
from ..validators.dog import is_valid_dog
from .cat import Cat
from .dog import Dog
from .receipt import Receipt

__all__ = ["Adoption"]

# What the `_parse` methods check with: the validators' checks, compiled for this module.

_NAMES_1 = frozenset({"pet", "note", "receipt"})
_NAMES_2 = frozenset({"kind", "lives"})
_NAMES_3 = frozenset({"kind", "good"})


def _parse_adoption_pet(data: Any, path: str, issues: list[ValidationIssue]) -> Any:
    if type(data) is dict or isinstance(data, dict):
        if _is_cat(data):
            v1 = Cat._parse(data, path, issues)
            if _is_dog(data):
                issues.append(
                    ValidationIssue(
                        path,
                        "oneOf",
                        repr(data) + " is valid under more than one of the given schemas",
                    )
                )
            return v1
        elif _is_dog(data):
            return Dog._parse(data, path, issues)
        else:
            issues.append(
                ValidationIssue(
                    path, "oneOf", repr(data) + " is not valid under any of the given schemas"
                )
            )
    else:
        issues.append(
            ValidationIssue(
                path, "oneOf", repr(data) + " is not valid under any of the given schemas"
            )
        )
    return data


def _is_cat(data: object) -> bool:
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if not _NAMES_2.issuperset(data):
        return False
    if "kind" not in data or "lives" not in data:
        return False
    if "kind" in data:
        v3 = data["kind"]
        if v3 != "cat":
            return False
    if "lives" in data:
        v4 = data["lives"]
        if not (
            type(v4) is int
            or (isinstance(v4, int) and not isinstance(v4, bool))
            or (isinstance(v4, float) and v4.is_integer())
        ):
            return False
        if v4 < 0:
            return False
        if v4 > 9:
            return False
    return True


def _is_dog(data: object) -> bool:
    if not (type(data) is dict or isinstance(data, dict)):
        return False
    if not _NAMES_3.issuperset(data):
        return False
    if "kind" not in data:
        return False
    if "kind" in data:
        v3 = data["kind"]
        if v3 != "dog":
            return False
    if "good" in data:
        v4 = data["good"]
        if type(v4) is not bool:
            return False
    return True


@dataclass(kw_only=True, slots=True)
class Adoption(Model):
    """A request whose pet is one of two models, told apart by their validators.

    Schema: `#/components/schemas/Adoption`.
    """

    _required: ClassVar[tuple[str, ...]] = ("pet",)
    _wire_names: ClassVar[frozenset[str]] = frozenset(("pet", "note", "receipt"))
    _refuse_unknown: ClassVar[bool] = True

    pet: Cat | Dog

    note: str | NotGiven = NOT_GIVEN

    receipt: Receipt | NotGiven = NOT_GIVEN

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = {}
        out["pet"] = to_json(self.pet)
        if not isinstance(self.note, NotGiven):
            out["note"] = self.note
        if not isinstance(self.receipt, NotGiven):
            out["receipt"] = to_json(self.receipt)
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object.

        Strict: raises ValidationError listing every problem.
        """
        issues: list[ValidationIssue] = []
        parsed = cls._parse(data, "", issues)
        if issues:
            raise ValidationError(issues)
        return parsed

    @classmethod
    def _parse(cls, data: Any, path: str, issues: list[ValidationIssue]) -> Self:
        """Check and build in one walk, adding every problem to `issues` (`path` is where
        `data` sits); what it returns is only complete when no issue was added."""
        self = object.__new__(cls)
        if type(data) is dict or isinstance(data, dict):
            if not _NAMES_1.issuperset(data):
                for k1 in data:
                    if k1 not in _NAMES_1:
                        issues.append(
                            ValidationIssue(
                                path,
                                "additionalProperties",
                                "additional property " + repr(k1) + " is not allowed",
                            )
                        )
            if "pet" not in data:
                issues.append(ValidationIssue(path, "required", "'pet' is a required property"))
            if "pet" in data:
                self.pet = _parse_adoption_pet(data["pet"], path + "/pet", issues)
            if "note" in data:
                self.note = v4 = data["note"]
                if not (type(v4) is str or isinstance(v4, str)):
                    issues.append(
                        ValidationIssue(
                            path + "/note", "type", repr(v4) + " is not of type 'string'"
                        )
                    )
            else:
                self.note = NOT_GIVEN
            if "receipt" in data:
                self.receipt = Receipt._parse(data["receipt"], path + "/receipt", issues)
            else:
                self.receipt = NOT_GIVEN
        else:
            issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'object'"))
        return self

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict or "pet" not in data or not cls._wire_names.issuperset(data):
            check_object(data, "Adoption", cls._required, cls._wire_names, cls._refuse_unknown)
        pet = data["pet"]
        if isinstance(pet, dict) and is_valid_cat(pet):
            pet = Cat._decode(pet)
        elif isinstance(pet, dict) and is_valid_dog(pet):
            pet = Dog._decode(pet)
        receipt = data.get("receipt", NOT_GIVEN)
        if not isinstance(receipt, NotGiven):
            receipt = Receipt._decode(receipt)
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.pet = pet
        self.note = data.get("note", NOT_GIVEN)
        self.receipt = receipt
        return self
