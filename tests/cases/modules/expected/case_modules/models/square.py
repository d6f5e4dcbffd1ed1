# Generated from tests/cases/modules/spec.yaml by `make generate`; do not edit by hand.
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

__all__ = ["Square"]

# What the `_parse` methods check with: the validators' checks, compiled for this module.

_NAMES_1 = frozenset({"kind", "side"})


@dataclass(kw_only=True, slots=True)
class Square(Model):
    """Schema: `#/components/schemas/Square`."""

    _required: ClassVar[tuple[str, ...]] = ("kind", "side")
    _wire_names: ClassVar[frozenset[str]] = frozenset(("kind", "side"))
    _refuse_unknown: ClassVar[bool] = True

    kind: Literal["square"]

    side: float
    """Constraints: >= 0."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = {}
        out["kind"] = self.kind
        out["side"] = self.side
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
            if "kind" not in data:
                issues.append(ValidationIssue(path, "required", "'kind' is a required property"))
            if "side" not in data:
                issues.append(ValidationIssue(path, "required", "'side' is a required property"))
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
            if "kind" in data:
                self.kind = v3 = data["kind"]
                if v3 != "square":
                    issues.append(
                        ValidationIssue(
                            path + "/kind", "const", "'square' was expected, got " + repr(v3)
                        )
                    )
            if "side" in data:
                self.side = v4 = data["side"]
                if (
                    type(v4) is float
                    or type(v4) is int
                    or (isinstance(v4, (int, float)) and not isinstance(v4, bool))
                ):
                    if v4 < 0:
                        issues.append(
                            ValidationIssue(
                                path + "/side",
                                "minimum",
                                repr(v4) + " is less than the minimum of 0",
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue(
                            path + "/side", "type", repr(v4) + " is not of type 'number'"
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
            or "side" not in data
            or not cls._wire_names.issuperset(data)
        ):
            check_object(data, "Square", cls._required, cls._wire_names, cls._refuse_unknown)
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.kind = data["kind"]
        self.side = data["side"]
        return self
