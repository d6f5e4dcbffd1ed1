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
from .._types import NOT_GIVEN, JsonValue, NotGiven
from .._validation import ValidationError, ValidationIssue

__all__ = ["ImageGenerationWithPartialImagesToolDefinition"]

# What the `_parse` methods check with: the validators' checks, compiled for this module.

_NAMES_1 = frozenset({"type", "quality"})
_ENUM_1 = frozenset({"low", "medium", "high", "auto"})


@dataclass(kw_only=True, slots=True)
class ImageGenerationWithPartialImagesToolDefinition(Model):
    """Schema: `#/components/schemas/ImageGenerationWithPartialImagesToolDefinition`."""

    _required: ClassVar[tuple[str, ...]] = ("type",)
    _wire_names: ClassVar[frozenset[str]] = frozenset(("type", "quality"))
    _refuse_unknown: ClassVar[bool] = True

    type: Literal["image_generation"]

    quality: Literal["low", "medium", "high", "auto"] | NotGiven = NOT_GIVEN

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = {}
        out["type"] = self.type
        if not isinstance(self.quality, NotGiven):
            out["quality"] = self.quality
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
            if "type" in data:
                self.type = v3 = data["type"]
                if v3 != "image_generation":
                    issues.append(
                        ValidationIssue(
                            path + "/type",
                            "const",
                            "'image_generation' was expected, got " + repr(v3),
                        )
                    )
            if "quality" in data:
                self.quality = v4 = data["quality"]
                if not ((type(v4) is str or isinstance(v4, str)) and v4 in _ENUM_1):
                    issues.append(
                        ValidationIssue(
                            path + "/quality",
                            "enum",
                            repr(v4) + " is not one of ['low', 'medium', 'high', 'auto']",
                        )
                    )
            else:
                self.quality = NOT_GIVEN
        else:
            issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'object'"))
        return self

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict or "type" not in data or not cls._wire_names.issuperset(data):
            check_object(
                data,
                "ImageGenerationWithPartialImagesToolDefinition",
                cls._required,
                cls._wire_names,
                cls._refuse_unknown,
            )
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.type = data["type"]
        self.quality = data.get("quality", NOT_GIVEN)
        return self
