# Generated from tests/cases/request_arrays/spec.yaml by `make generate`; do not edit by hand.
"""Typed models of the spec's schemas (the header above names the spec).

Optional fields default to `NOT_GIVEN` and are left out of `to_dict()`; `None` is only
accepted where the schema allows null, and is sent as JSON `null`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Self

from .._model import Model, check_object
from .._types import JsonValue
from .._validation import ValidationError, ValidationIssue

__all__ = ["Point"]

# What the `_parse` methods check with: the validators' checks, compiled for this module.

_NAMES_1 = frozenset({"x"})


@dataclass(kw_only=True, slots=True)
class Point(Model):
    """Schema: `#/components/schemas/Point`."""

    _required: ClassVar[tuple[str, ...]] = ("x",)
    _wire_names: ClassVar[frozenset[str]] = frozenset(("x",))
    _refuse_unknown: ClassVar[bool] = True

    x: float

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = {}
        out["x"] = self.x
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
            if "x" not in data:
                issues.append(ValidationIssue(path, "required", "'x' is a required property"))
            if "x" in data:
                self.x = v3 = data["x"]
                if not (
                    type(v3) is float
                    or type(v3) is int
                    or (isinstance(v3, (int, float)) and not isinstance(v3, bool))
                ):
                    issues.append(
                        ValidationIssue(path + "/x", "type", repr(v3) + " is not of type 'number'")
                    )
        else:
            issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'object'"))
        return self

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict or "x" not in data or not cls._wire_names.issuperset(data):
            check_object(data, "Point", cls._required, cls._wire_names, cls._refuse_unknown)
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.x = data["x"]
        return self
