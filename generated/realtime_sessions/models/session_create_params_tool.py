# Generated from spec/realtime_sessions.yaml by `make generate`; do not edit by hand.
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

__all__ = ["SessionCreateParamsTool"]

# What the `_parse` methods check with: the validators' checks, compiled for this module.

_NAMES_1 = frozenset({"description", "name", "parameters", "type"})
_ENUM_1 = frozenset({"function"})


@dataclass(kw_only=True, slots=True)
class SessionCreateParamsTool(Model):
    """Schema: `#/components/schemas/SessionCreateParamsTool`."""

    _required: ClassVar[tuple[str, ...]] = ()
    _wire_names: ClassVar[frozenset[str]] = frozenset(("description", "name", "parameters", "type"))
    _refuse_unknown: ClassVar[bool] = True

    description: str | NotGiven = NOT_GIVEN
    """The description of the function, including guidance on when and how to call it, and guidance
    about what to tell the user when calling (if anything).
    """

    name: str | NotGiven = NOT_GIVEN
    """The name of the function."""

    parameters: JsonValue | NotGiven = NOT_GIVEN
    """Parameters of the function in JSON Schema."""

    type: Literal["function"] | NotGiven = NOT_GIVEN
    """The type of the tool, i.e. `function`."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = {}
        if not isinstance(self.description, NotGiven):
            out["description"] = self.description
        if not isinstance(self.name, NotGiven):
            out["name"] = self.name
        if not isinstance(self.parameters, NotGiven):
            out["parameters"] = self.parameters
        if not isinstance(self.type, NotGiven):
            out["type"] = self.type
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
            if "description" in data:
                self.description = v3 = data["description"]
                if not (type(v3) is str or isinstance(v3, str)):
                    issues.append(
                        ValidationIssue(
                            path + "/description", "type", repr(v3) + " is not of type 'string'"
                        )
                    )
            else:
                self.description = NOT_GIVEN
            if "name" in data:
                self.name = v4 = data["name"]
                if not (type(v4) is str or isinstance(v4, str)):
                    issues.append(
                        ValidationIssue(
                            path + "/name", "type", repr(v4) + " is not of type 'string'"
                        )
                    )
            else:
                self.name = NOT_GIVEN
            self.parameters = data.get("parameters", NOT_GIVEN)
            if "type" in data:
                self.type = v6 = data["type"]
                if type(v6) is str or isinstance(v6, str):
                    if v6 not in _ENUM_1:
                        issues.append(
                            ValidationIssue(
                                path + "/type", "enum", repr(v6) + " is not one of ['function']"
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue(
                            path + "/type", "type", repr(v6) + " is not of type 'string'"
                        )
                    )
                    issues.append(
                        ValidationIssue(
                            path + "/type", "enum", repr(v6) + " is not one of ['function']"
                        )
                    )
            else:
                self.type = NOT_GIVEN
        else:
            issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'object'"))
        return self

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict or not cls._wire_names.issuperset(data):
            check_object(
                data, "SessionCreateParamsTool", cls._required, cls._wire_names, cls._refuse_unknown
            )
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.description = data.get("description", NOT_GIVEN)
        self.name = data.get("name", NOT_GIVEN)
        self.parameters = data.get("parameters", NOT_GIVEN)
        self.type = data.get("type", NOT_GIVEN)
        return self
