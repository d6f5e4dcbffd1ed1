# Generated from tests/cases/derived_names/spec.yaml by `make generate`; do not edit by hand.
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

__all__ = [
    "TranscriptionSessionCreateRequestAudioInputConfiguration",
    "TranscriptionSessionCreateRequestAudioInputConfigurationNoiseReduction",
]

# What the `_parse` methods check with: the validators' checks, compiled for this module.

_ENUM_1 = frozenset({"near_field", "far_field"})


def _parse_transcription_input_configuration_noise_reduction(
    data: Any, path: str, issues: list[ValidationIssue]
) -> Any:
    if type(data) is dict or isinstance(data, dict):
        return TranscriptionSessionCreateRequestAudioInputConfigurationNoiseReduction._parse(
            data, path, issues
        )
    elif data is not None:
        issues.append(
            ValidationIssue(
                path, "anyOf", repr(data) + " is not valid under any of the given schemas"
            )
        )
    return data


@dataclass(kw_only=True, slots=True)
class TranscriptionSessionCreateRequestAudioInputConfigurationNoiseReduction(Model):
    """Schema:
    `#/components/schemas/TranscriptionSessionCreateRequestAudioInputConfiguration/properties/noise_reduction/anyOf/0`.
    """

    _required: ClassVar[tuple[str, ...]] = ()
    _wire_names: ClassVar[frozenset[str]] = frozenset(("type",))
    _refuse_unknown: ClassVar[bool] = False

    type: Literal["near_field", "far_field"] | NotGiven = NOT_GIVEN

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
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
            if "type" in data:
                self.type = v1 = data["type"]
                if type(v1) is str or isinstance(v1, str):
                    if v1 not in _ENUM_1:
                        issues.append(
                            ValidationIssue(
                                path + "/type",
                                "enum",
                                repr(v1) + " is not one of ['near_field', 'far_field']",
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue(
                            path + "/type", "type", repr(v1) + " is not of type 'string'"
                        )
                    )
                    issues.append(
                        ValidationIssue(
                            path + "/type",
                            "enum",
                            repr(v1) + " is not one of ['near_field', 'far_field']",
                        )
                    )
            else:
                self.type = NOT_GIVEN
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
                data,
                "TranscriptionSessionCreateRequestAudioInputConfigurationNoiseReduction",
                cls._required,
                cls._wire_names,
                cls._refuse_unknown,
            )
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.type = data.get("type", NOT_GIVEN)
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self


@dataclass(kw_only=True, slots=True)
class TranscriptionSessionCreateRequestAudioInputConfiguration(Model):
    """Schema: `#/components/schemas/TranscriptionSessionCreateRequestAudioInputConfiguration`."""

    _required: ClassVar[tuple[str, ...]] = ()
    _wire_names: ClassVar[frozenset[str]] = frozenset(("noise_reduction",))
    _refuse_unknown: ClassVar[bool] = False

    noise_reduction: (
        TranscriptionSessionCreateRequestAudioInputConfigurationNoiseReduction | NotGiven | None
    ) = NOT_GIVEN

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
        if not isinstance(self.noise_reduction, NotGiven):
            out["noise_reduction"] = to_json(self.noise_reduction)
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
            if "noise_reduction" in data:
                self.noise_reduction = _parse_transcription_input_configuration_noise_reduction(
                    data["noise_reduction"], path + "/noise_reduction", issues
                )
            else:
                self.noise_reduction = NOT_GIVEN
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
                data,
                "TranscriptionSessionCreateRequestAudioInputConfiguration",
                cls._required,
                cls._wire_names,
                cls._refuse_unknown,
            )
        noise_reduction = data.get("noise_reduction", NOT_GIVEN)
        if isinstance(noise_reduction, dict):
            noise_reduction = (
                TranscriptionSessionCreateRequestAudioInputConfigurationNoiseReduction._decode(
                    noise_reduction
                )
            )
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.noise_reduction = noise_reduction
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self
