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
from .._validation import ValidationError
from ..validators.speak_request import validate_speak_request, validate_speak_request_options

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
        parsed = cls._parse(data)
        if parsed is not None:
            return parsed
        issues = validate_speak_request_options(data)
        if issues:
            raise ValidationError(issues)
        return cls._decode(data)

    @classmethod
    def _parse(cls, data: Any) -> Self | None:
        """Check and build in one walk (`from_dict`'s fast path); None at the first problem."""
        if type(data) is not dict:
            return None
        self = object.__new__(cls)
        if "speed" in data:
            self.speed = v2 = data["speed"]
            if not (
                type(v2) is float
                or type(v2) is int
                or (isinstance(v2, (int, float)) and not isinstance(v2, bool))
            ):
                return None
        else:
            self.speed = NOT_GIVEN
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
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
        parsed = cls._parse(data)
        if parsed is not None:
            return parsed
        issues = validate_speak_request(data)
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
        if "voice" in data:
            self.voice = v6 = data["voice"]
            if not (
                (type(v6) is str or isinstance(v6, str))
                or ((type(v6) is str or isinstance(v6, str)) and v6 in _ENUM_1)
            ):
                return None
        else:
            self.voice = NOT_GIVEN
        if "format" in data:
            self.format = v7 = data["format"]
            if not (type(v7) is str or isinstance(v7, str)):
                return None
            if v7 not in _ENUM_2:
                return None
        else:
            self.format = NOT_GIVEN
        if "options" in data:
            v8 = data["options"]
            v8 = SpeakRequestOptions._parse(v8)
            if v8 is None:
                return None
            self.options = v8
        else:
            self.options = NOT_GIVEN
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
