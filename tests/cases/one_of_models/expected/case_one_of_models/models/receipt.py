# Generated from tests/cases/one_of_models/spec.yaml by `make generate`; do not edit by hand.
"""Typed models of the spec's schemas (the header above names the spec).

Optional fields default to `NOT_GIVEN` and are left out of `to_dict()`; `None` is only
accepted where the schema allows null, and is sent as JSON `null`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Self

from .._model import Model, check_object, to_json_object
from .._types import JsonValue
from .._validation import ValidationError, ValidationIssue

__all__ = ["Receipt"]


@dataclass(kw_only=True, slots=True)
class Receipt(Model):
    """Whatever the shelter records, required but unchecked (any JSON value).

    Schema: `#/components/schemas/Receipt`.
    """

    _required: ClassVar[tuple[str, ...]] = ("record",)
    _wire_names: ClassVar[frozenset[str]] = frozenset(("record",))
    _refuse_unknown: ClassVar[bool] = False

    record: JsonValue
    """The shelter's own record"""

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
        out["record"] = self.record
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
            if "record" not in data:
                issues.append(ValidationIssue(path, "required", "'record' is a required property"))
            if "record" in data:
                self.record = data["record"]
            self.extra_properties = (
                {}
                if cls._wire_names.issuperset(data)
                else {key: value for key, value in data.items() if key not in cls._wire_names}
            )
        else:
            issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'object'"))
        return self

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict or "record" not in data:
            check_object(data, "Receipt", cls._required, cls._wire_names, cls._refuse_unknown)
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.record = data["record"]
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self
