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
from .._validation import ValidationError
from ..validators.session_create_params_tool import validate_session_create_params_tool

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
        parsed = cls._parse(data)
        if parsed is not None:
            return parsed
        issues = validate_session_create_params_tool(data)
        if issues:
            raise ValidationError(issues)
        return cls._decode(data)

    @classmethod
    def _parse(cls, data: Any) -> Self | None:
        """Check and build in one walk (`from_dict`'s fast path); None at the first problem."""
        if type(data) is not dict:
            return None
        if not _NAMES_1.issuperset(data):
            return None
        self = object.__new__(cls)
        if "description" in data:
            self.description = v7 = data["description"]
            if not (type(v7) is str or isinstance(v7, str)):
                return None
        else:
            self.description = NOT_GIVEN
        if "name" in data:
            self.name = v8 = data["name"]
            if not (type(v8) is str or isinstance(v8, str)):
                return None
        else:
            self.name = NOT_GIVEN
        self.parameters = data.get("parameters", NOT_GIVEN)
        if "type" in data:
            self.type = v10 = data["type"]
            if not (type(v10) is str or isinstance(v10, str)):
                return None
            if v10 not in _ENUM_1:
                return None
        else:
            self.type = NOT_GIVEN
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
