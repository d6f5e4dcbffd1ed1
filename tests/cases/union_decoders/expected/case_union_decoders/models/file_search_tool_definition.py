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

__all__ = ["FileSearchToolDefinition"]

# What the `_parse` methods check with: the validators' checks, compiled for this module.

_NAMES_1 = frozenset({"type", "max_num_results"})


@dataclass(kw_only=True, slots=True)
class FileSearchToolDefinition(Model):
    """Schema: `#/components/schemas/FileSearchToolDefinition`."""

    _required: ClassVar[tuple[str, ...]] = ("type",)
    _wire_names: ClassVar[frozenset[str]] = frozenset(("type", "max_num_results"))
    _refuse_unknown: ClassVar[bool] = True

    type: Literal["file_search"]

    max_num_results: int | NotGiven = NOT_GIVEN
    """Constraints: >= 1, <= 50."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = {}
        out["type"] = self.type
        if not isinstance(self.max_num_results, NotGiven):
            out["max_num_results"] = self.max_num_results
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
                if v3 != "file_search":
                    issues.append(
                        ValidationIssue(
                            path + "/type", "const", "'file_search' was expected, got " + repr(v3)
                        )
                    )
            if "max_num_results" in data:
                self.max_num_results = v4 = data["max_num_results"]
                if (
                    type(v4) is int
                    or (isinstance(v4, int) and not isinstance(v4, bool))
                    or (isinstance(v4, float) and v4.is_integer())
                ):
                    if v4 < 1:
                        issues.append(
                            ValidationIssue(
                                path + "/max_num_results",
                                "minimum",
                                repr(v4) + " is less than the minimum of 1",
                            )
                        )
                    if v4 > 50:
                        issues.append(
                            ValidationIssue(
                                path + "/max_num_results",
                                "maximum",
                                repr(v4) + " is greater than the maximum of 50",
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue(
                            path + "/max_num_results",
                            "type",
                            repr(v4) + " is not of type 'integer'",
                        )
                    )
            else:
                self.max_num_results = NOT_GIVEN
        else:
            issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'object'"))
        return self

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict or "type" not in data or not cls._wire_names.issuperset(data):
            check_object(
                data,
                "FileSearchToolDefinition",
                cls._required,
                cls._wire_names,
                cls._refuse_unknown,
            )
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.type = data["type"]
        self.max_num_results = data.get("max_num_results", NOT_GIVEN)
        return self
