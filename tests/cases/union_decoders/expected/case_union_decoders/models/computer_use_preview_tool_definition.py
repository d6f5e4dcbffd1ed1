# Generated from tests/cases/union_decoders/spec.yaml by `make generate`; do not edit by hand.
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

__all__ = ["ComputerUsePreviewToolDefinition"]

# What the `_parse` methods check with: the validators' checks, compiled for this module.

_NAMES_1 = frozenset({"type", "display_width", "display_height"})


@dataclass(kw_only=True, slots=True)
class ComputerUsePreviewToolDefinition(Model):
    """Schema: `#/components/schemas/ComputerUsePreviewToolDefinition`."""

    _required: ClassVar[tuple[str, ...]] = ("type", "display_width", "display_height")
    _wire_names: ClassVar[frozenset[str]] = frozenset(("type", "display_width", "display_height"))
    _refuse_unknown: ClassVar[bool] = True

    type: Literal["computer_use_preview"]

    display_width: int
    """Constraints: >= 1."""

    display_height: int
    """Constraints: >= 1."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = {}
        out["type"] = self.type
        out["display_width"] = self.display_width
        out["display_height"] = self.display_height
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
            if "type" not in data:
                issues.append(ValidationIssue(path, "required", "'type' is a required property"))
            if "display_width" not in data:
                issues.append(
                    ValidationIssue(path, "required", "'display_width' is a required property")
                )
            if "display_height" not in data:
                issues.append(
                    ValidationIssue(path, "required", "'display_height' is a required property")
                )
            if "type" in data:
                self.type = v3 = data["type"]
                if v3 != "computer_use_preview":
                    issues.append(
                        ValidationIssue(
                            path + "/type",
                            "const",
                            "'computer_use_preview' was expected, got " + repr(v3),
                        )
                    )
            if "display_width" in data:
                self.display_width = v4 = data["display_width"]
                if (
                    type(v4) is int
                    or (isinstance(v4, int) and not isinstance(v4, bool))
                    or (isinstance(v4, float) and v4.is_integer())
                ):
                    if v4 < 1:
                        issues.append(
                            ValidationIssue(
                                path + "/display_width",
                                "minimum",
                                repr(v4) + " is less than the minimum of 1",
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue(
                            path + "/display_width", "type", repr(v4) + " is not of type 'integer'"
                        )
                    )
            if "display_height" in data:
                self.display_height = v5 = data["display_height"]
                if (
                    type(v5) is int
                    or (isinstance(v5, int) and not isinstance(v5, bool))
                    or (isinstance(v5, float) and v5.is_integer())
                ):
                    if v5 < 1:
                        issues.append(
                            ValidationIssue(
                                path + "/display_height",
                                "minimum",
                                repr(v5) + " is less than the minimum of 1",
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue(
                            path + "/display_height", "type", repr(v5) + " is not of type 'integer'"
                        )
                    )
        else:
            issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'object'"))
        return self

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if (
            type(data) is not dict
            or "type" not in data
            or "display_width" not in data
            or "display_height" not in data
            or not cls._wire_names.issuperset(data)
        ):
            check_object(
                data,
                "ComputerUsePreviewToolDefinition",
                cls._required,
                cls._wire_names,
                cls._refuse_unknown,
            )
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.type = data["type"]
        self.display_width = data["display_width"]
        self.display_height = data["display_height"]
        return self
