# Generated from tests/cases/import_names/spec.yaml by `make generate`; do not edit by hand.
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

__all__ = ["MappingEntry"]

# What the `_parse` methods check with: the validators' checks, compiled for this module.

_NAMES_1 = frozenset({"key", "value"})


@dataclass(kw_only=True, slots=True)
class MappingEntry(Model):
    """Schema: `#/components/schemas/MappingEntry`."""

    _required: ClassVar[tuple[str, ...]] = ("key", "value")
    _wire_names: ClassVar[frozenset[str]] = frozenset(("key", "value"))
    _refuse_unknown: ClassVar[bool] = True

    key: str

    value: int

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = {}
        out["key"] = self.key
        out["value"] = self.value
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
            if "key" not in data:
                issues.append(ValidationIssue(path, "required", "'key' is a required property"))
            if "value" not in data:
                issues.append(ValidationIssue(path, "required", "'value' is a required property"))
            if "key" in data:
                self.key = v3 = data["key"]
                if not (type(v3) is str or isinstance(v3, str)):
                    issues.append(
                        ValidationIssue(
                            path + "/key", "type", repr(v3) + " is not of type 'string'"
                        )
                    )
            if "value" in data:
                self.value = v4 = data["value"]
                if not (
                    type(v4) is int
                    or (isinstance(v4, int) and not isinstance(v4, bool))
                    or (isinstance(v4, float) and v4.is_integer())
                ):
                    issues.append(
                        ValidationIssue(
                            path + "/value", "type", repr(v4) + " is not of type 'integer'"
                        )
                    )
        else:
            issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'object'"))
        return self

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if (
            type(data) is not dict
            or "key" not in data
            or "value" not in data
            or not cls._wire_names.issuperset(data)
        ):
            check_object(data, "MappingEntry", cls._required, cls._wire_names, cls._refuse_unknown)
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.key = data["key"]
        self.value = data["value"]
        return self
