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

__all__ = ["SessionCreateParamsInputAudioNoiseReduction"]

# What the `_parse` methods check with: the validators' checks, compiled for this module.

_NAMES_1 = frozenset({"type"})
_ENUM_1 = frozenset({"near_field", "far_field"})


@dataclass(kw_only=True, slots=True)
class SessionCreateParamsInputAudioNoiseReduction(Model):
    """Configuration for input audio noise reduction. This can be set to `null` to turn off. Noise
    reduction filters audio added to the input audio buffer before it is sent to VAD and the
    model. Filtering the audio can improve VAD and turn detection accuracy (reducing false
    positives) and model performance by improving perception of the input audio.

    Schema: `#/components/schemas/SessionCreateParamsInputAudioNoiseReduction`.
    """

    _required: ClassVar[tuple[str, ...]] = ()
    _wire_names: ClassVar[frozenset[str]] = frozenset(("type",))
    _refuse_unknown: ClassVar[bool] = True

    type: Literal["near_field", "far_field"] | NotGiven = NOT_GIVEN
    """Type of noise reduction. `near_field` is for close-talking microphones such as headphones,
    `far_field` is for far-field microphones such as laptop or conference room microphones.
    """

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = {}
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
            if "type" in data:
                self.type = v3 = data["type"]
                if type(v3) is str or isinstance(v3, str):
                    if v3 not in _ENUM_1:
                        issues.append(
                            ValidationIssue(
                                path + "/type",
                                "enum",
                                repr(v3) + " is not one of ['near_field', 'far_field']",
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue(
                            path + "/type", "type", repr(v3) + " is not of type 'string'"
                        )
                    )
                    issues.append(
                        ValidationIssue(
                            path + "/type",
                            "enum",
                            repr(v3) + " is not one of ['near_field', 'far_field']",
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
                data,
                "SessionCreateParamsInputAudioNoiseReduction",
                cls._required,
                cls._wire_names,
                cls._refuse_unknown,
            )
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.type = data.get("type", NOT_GIVEN)
        return self
