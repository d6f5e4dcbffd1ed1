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
from .._types import JsonValue
from .._validation import ValidationError, ValidationIssue

__all__ = ["Cat"]

# What the `_parse` methods check with: the validators' checks, compiled for this module.

_NAMES_1 = frozenset({"kind", "lives"})


@dataclass(kw_only=True, slots=True)
class Cat(Model):
    """Schema: `#/components/schemas/Cat`."""

    _required: ClassVar[tuple[str, ...]] = ("kind", "lives")
    _wire_names: ClassVar[frozenset[str]] = frozenset(("kind", "lives"))
    _refuse_unknown: ClassVar[bool] = True

    kind: Literal["cat"]

    lives: int
    """Constraints: >= 0, <= 9."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = {}
        out["kind"] = self.kind
        out["lives"] = self.lives
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
            if "kind" not in data:
                issues.append(ValidationIssue(path, "required", "'kind' is a required property"))
            if "lives" not in data:
                issues.append(ValidationIssue(path, "required", "'lives' is a required property"))
            if "kind" in data:
                self.kind = v3 = data["kind"]
                if v3 != "cat":
                    issues.append(
                        ValidationIssue(
                            path + "/kind", "const", "'cat' was expected, got " + repr(v3)
                        )
                    )
            if "lives" in data:
                self.lives = v4 = data["lives"]
                if (
                    type(v4) is int
                    or (isinstance(v4, int) and not isinstance(v4, bool))
                    or (isinstance(v4, float) and v4.is_integer())
                ):
                    if v4 < 0:
                        issues.append(
                            ValidationIssue(
                                path + "/lives",
                                "minimum",
                                repr(v4) + " is less than the minimum of 0",
                            )
                        )
                    if v4 > 9:
                        issues.append(
                            ValidationIssue(
                                path + "/lives",
                                "maximum",
                                repr(v4) + " is greater than the maximum of 9",
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue(
                            path + "/lives", "type", repr(v4) + " is not of type 'integer'"
                        )
                    )
        else:
            issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'object'"))
        return self

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if (
            type(data) is not dict
            or "kind" not in data
            or "lives" not in data
            or not cls._wire_names.issuperset(data)
        ):
            check_object(data, "Cat", cls._required, cls._wire_names, cls._refuse_unknown)
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.kind = data["kind"]
        self.lives = data["lives"]
        return self
