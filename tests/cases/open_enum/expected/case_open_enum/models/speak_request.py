# Generated from tests/cases/open_enum/spec.yaml by `make generate`; do not edit by hand.
"""Typed models of the spec's schemas (the header above names the spec).

Optional fields default to `NOT_GIVEN` and are left out of `to_dict()`; `None` is only
accepted where the schema allows null, and is sent as JSON `null`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal, Self

from .._model import Model, check_object, to_json, to_json_object
from .._types import NOT_GIVEN, JsonValue, NotGiven
from .._validation import ValidationError, ValidationIssue

__all__ = ["SpeakRequest", "SpeakRequestOptions"]

# What the `_parse` methods check with: the validators' checks, compiled for this module.

_NAMES_1 = frozenset({"voice", "format", "options"})
_ENUM_1 = frozenset({"alloy", "ash"})
_ENUM_2 = frozenset({"mp3", "wav"})


@dataclass(kw_only=True, slots=True)
class SpeakRequestOptions(Model):
    """No additionalProperties here, so a request may carry more.

    Schema: `#/components/schemas/SpeakRequest/properties/options`.
    """

    _required: ClassVar[tuple[str, ...]] = ()
    _wire_names: ClassVar[frozenset[str]] = frozenset(("speed",))
    _refuse_unknown: ClassVar[bool] = False

    speed: float | NotGiven = NOT_GIVEN

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
        if not isinstance(self.speed, NotGiven):
            out["speed"] = self.speed
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
            if "speed" in data:
                self.speed = v1 = data["speed"]
                if not (
                    type(v1) is float
                    or type(v1) is int
                    or (isinstance(v1, (int, float)) and not isinstance(v1, bool))
                ):
                    issues.append(
                        ValidationIssue(
                            path + "/speed", "type", repr(v1) + " is not of type 'number'"
                        )
                    )
            else:
                self.speed = NOT_GIVEN
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
            check_object(
                data, "SpeakRequestOptions", cls._required, cls._wire_names, cls._refuse_unknown
            )
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.speed = data.get("speed", NOT_GIVEN)
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self


@dataclass(kw_only=True, slots=True)
class SpeakRequest(Model):
    """Schema: `#/components/schemas/SpeakRequest`."""

    _required: ClassVar[tuple[str, ...]] = ()
    _wire_names: ClassVar[frozenset[str]] = frozenset(("voice", "format", "options"))
    _refuse_unknown: ClassVar[bool] = True

    voice: Literal["alloy", "ash"] | str | NotGiven = NOT_GIVEN
    """Any voice name; these are known."""

    format: Literal["mp3", "wav"] | NotGiven = NOT_GIVEN

    options: SpeakRequestOptions | NotGiven = NOT_GIVEN
    """No additionalProperties here, so a request may carry more."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = {}
        if not isinstance(self.voice, NotGiven):
            out["voice"] = self.voice
        if not isinstance(self.format, NotGiven):
            out["format"] = self.format
        if not isinstance(self.options, NotGiven):
            out["options"] = to_json(self.options)
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
            if "voice" in data:
                self.voice = v3 = data["voice"]
                if not (
                    (type(v3) is str or isinstance(v3, str))
                    or ((type(v3) is str or isinstance(v3, str)) and v3 in _ENUM_1)
                ):
                    issues.append(
                        ValidationIssue(
                            path + "/voice",
                            "anyOf",
                            repr(v3) + " is not valid under any of the given schemas",
                        )
                    )
            else:
                self.voice = NOT_GIVEN
            if "format" in data:
                self.format = v4 = data["format"]
                if type(v4) is str or isinstance(v4, str):
                    if v4 not in _ENUM_2:
                        issues.append(
                            ValidationIssue(
                                path + "/format", "enum", repr(v4) + " is not one of ['mp3', 'wav']"
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue(
                            path + "/format", "type", repr(v4) + " is not of type 'string'"
                        )
                    )
                    issues.append(
                        ValidationIssue(
                            path + "/format", "enum", repr(v4) + " is not one of ['mp3', 'wav']"
                        )
                    )
            else:
                self.format = NOT_GIVEN
            if "options" in data:
                self.options = SpeakRequestOptions._parse(
                    data["options"], path + "/options", issues
                )
            else:
                self.options = NOT_GIVEN
        else:
            issues.append(ValidationIssue(path, "type", repr(data) + " is not of type 'object'"))
        return self

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict or not cls._wire_names.issuperset(data):
            check_object(data, "SpeakRequest", cls._required, cls._wire_names, cls._refuse_unknown)
        options = data.get("options", NOT_GIVEN)
        if not isinstance(options, NotGiven):
            options = SpeakRequestOptions._decode(options)
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.voice = data.get("voice", NOT_GIVEN)
        self.format = data.get("format", NOT_GIVEN)
        self.options = options
        return self
