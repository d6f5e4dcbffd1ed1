# Generated from tests/cases/operations/spec.yaml by `make generate`; do not edit by hand.
"""Typed models of the spec's schemas (the header above names the spec).

Optional fields default to `NOT_GIVEN` and are left out of `to_dict()`; `None` is only
accepted where the schema allows null, and is sent as JSON `null`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal, Self

from .._model import Model, check_object, to_json_object
from .._types import NOT_GIVEN, JsonValue, NotGiven
from .._validation import ValidationError, ValidationIssue

__all__ = ["ReadNoteBody"]

# What the `_parse` methods check with: the validators' checks, compiled for this module.

_ENUM_1 = frozenset({"sse", "text"})


@dataclass(kw_only=True, slots=True)
class ReadNoteBody(Model):
    """Schema:
    `#/paths/~1notes~1{note_id}~1reading/post/requestBody/content/application~1json/schema`.
    """

    _required: ClassVar[tuple[str, ...]] = ()
    _wire_names: ClassVar[frozenset[str]] = frozenset(("mode",))
    _refuse_unknown: ClassVar[bool] = False

    mode: Literal["sse", "text"] | NotGiven = NOT_GIVEN
    """The server's default: `"sse"`."""

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
        if not isinstance(self.mode, NotGiven):
            out["mode"] = self.mode
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
            if "mode" in data:
                self.mode = v1 = data["mode"]
                if type(v1) is str or isinstance(v1, str):
                    if v1 not in _ENUM_1:
                        issues.append(
                            ValidationIssue(
                                path + "/mode", "enum", repr(v1) + " is not one of ['sse', 'text']"
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue(
                            path + "/mode", "type", repr(v1) + " is not of type 'string'"
                        )
                    )
                    issues.append(
                        ValidationIssue(
                            path + "/mode", "enum", repr(v1) + " is not one of ['sse', 'text']"
                        )
                    )
            else:
                self.mode = NOT_GIVEN
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
        if type(data) is not dict:
            check_object(data, "ReadNoteBody", cls._required, cls._wire_names, cls._refuse_unknown)
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.mode = data.get("mode", NOT_GIVEN)
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self
