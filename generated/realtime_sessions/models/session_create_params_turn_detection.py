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

__all__ = ["SessionCreateParamsTurnDetection"]

# What the `_parse` methods check with: the validators' checks, compiled for this module.

_NAMES_1 = frozenset(
    {
        "create_response",
        "eagerness",
        "interrupt_response",
        "prefix_padding_ms",
        "silence_duration_ms",
        "threshold",
        "type",
    }
)
_ENUM_1 = frozenset({"low", "medium", "high", "auto"})
_ENUM_2 = frozenset({"server_vad", "semantic_vad"})


@dataclass(kw_only=True, slots=True)
class SessionCreateParamsTurnDetection(Model):
    """Configuration for turn detection, ether Server VAD or Semantic VAD. This can be set to
    `null` to turn off, in which case the client must manually trigger model response. Server
    VAD means that the model will detect the start and end of speech based on audio volume and
    respond at the end of user speech. Semantic VAD is more advanced and uses a turn detection
    model (in conjunction with VAD) to semantically estimate whether the user has finished
    speaking, then dynamically sets a timeout based on this probability. For example, if user
    audio trails off with "uhhm", the model will score a low probability of turn end and wait
    longer for the user to continue speaking. This can be useful for more natural conversations,
    but may have a higher latency.

    Schema: `#/components/schemas/SessionCreateParamsTurnDetection`.
    """

    _required: ClassVar[tuple[str, ...]] = ()
    _wire_names: ClassVar[frozenset[str]] = frozenset(
        (
            "create_response",
            "eagerness",
            "interrupt_response",
            "prefix_padding_ms",
            "silence_duration_ms",
            "threshold",
            "type",
        )
    )
    _refuse_unknown: ClassVar[bool] = True

    create_response: bool | NotGiven = NOT_GIVEN
    """Whether or not to automatically generate a response when a VAD stop event occurs."""

    eagerness: Literal["low", "medium", "high", "auto"] | NotGiven = NOT_GIVEN
    """Used only for `semantic_vad` mode. The eagerness of the model to respond. `low` will wait
    longer for the user to continue speaking, `high` will respond more quickly. `auto` is the
    default and is equivalent to `medium`.

    The server's default: `"auto"`.
    """

    interrupt_response: bool | NotGiven = NOT_GIVEN
    """Whether or not to automatically interrupt any ongoing response with output to the default
    conversation (i.e. `conversation` of `auto`) when a VAD start event occurs.
    """

    prefix_padding_ms: int | NotGiven = NOT_GIVEN
    """Used only for `server_vad` mode. Amount of audio to include before the VAD detected speech
    (in milliseconds). Defaults to 300ms.

    Constraints: >= 0.
    The server's default: `300`.
    """

    silence_duration_ms: int | NotGiven = NOT_GIVEN
    """Used only for `server_vad` mode. Duration of silence to detect speech stop (in
    milliseconds). Defaults to 500ms. With shorter values the model will respond more quickly,
    but may jump in on short pauses from the user.

    Constraints: >= 0.
    The server's default: `500`.
    """

    threshold: float | NotGiven = NOT_GIVEN
    """Used only for `server_vad` mode. Activation threshold for VAD (0.0 to 1.0), this defaults to
    0.5. A higher threshold will require louder audio to activate the model, and thus might
    perform better in noisy environments.

    Constraints: >= 0, <= 1.
    The server's default: `0.5`.
    """

    type: Literal["server_vad", "semantic_vad"] | NotGiven = NOT_GIVEN
    """Type of turn detection."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = {}
        if not isinstance(self.create_response, NotGiven):
            out["create_response"] = self.create_response
        if not isinstance(self.eagerness, NotGiven):
            out["eagerness"] = self.eagerness
        if not isinstance(self.interrupt_response, NotGiven):
            out["interrupt_response"] = self.interrupt_response
        if not isinstance(self.prefix_padding_ms, NotGiven):
            out["prefix_padding_ms"] = self.prefix_padding_ms
        if not isinstance(self.silence_duration_ms, NotGiven):
            out["silence_duration_ms"] = self.silence_duration_ms
        if not isinstance(self.threshold, NotGiven):
            out["threshold"] = self.threshold
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
            if "create_response" in data:
                self.create_response = v3 = data["create_response"]
                if type(v3) is not bool:
                    issues.append(
                        ValidationIssue(
                            path + "/create_response",
                            "type",
                            repr(v3) + " is not of type 'boolean'",
                        )
                    )
            else:
                self.create_response = NOT_GIVEN
            if "eagerness" in data:
                self.eagerness = v4 = data["eagerness"]
                if type(v4) is str or isinstance(v4, str):
                    if v4 not in _ENUM_1:
                        issues.append(
                            ValidationIssue(
                                path + "/eagerness",
                                "enum",
                                repr(v4) + " is not one of ['low', 'medium', 'high', 'auto']",
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue(
                            path + "/eagerness", "type", repr(v4) + " is not of type 'string'"
                        )
                    )
                    issues.append(
                        ValidationIssue(
                            path + "/eagerness",
                            "enum",
                            repr(v4) + " is not one of ['low', 'medium', 'high', 'auto']",
                        )
                    )
            else:
                self.eagerness = NOT_GIVEN
            if "interrupt_response" in data:
                self.interrupt_response = v5 = data["interrupt_response"]
                if type(v5) is not bool:
                    issues.append(
                        ValidationIssue(
                            path + "/interrupt_response",
                            "type",
                            repr(v5) + " is not of type 'boolean'",
                        )
                    )
            else:
                self.interrupt_response = NOT_GIVEN
            if "prefix_padding_ms" in data:
                self.prefix_padding_ms = v6 = data["prefix_padding_ms"]
                if (
                    type(v6) is int
                    or (isinstance(v6, int) and not isinstance(v6, bool))
                    or (isinstance(v6, float) and v6.is_integer())
                ):
                    if v6 < 0:
                        issues.append(
                            ValidationIssue(
                                path + "/prefix_padding_ms",
                                "minimum",
                                repr(v6) + " is less than the minimum of 0",
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue(
                            path + "/prefix_padding_ms",
                            "type",
                            repr(v6) + " is not of type 'integer'",
                        )
                    )
            else:
                self.prefix_padding_ms = NOT_GIVEN
            if "silence_duration_ms" in data:
                self.silence_duration_ms = v7 = data["silence_duration_ms"]
                if (
                    type(v7) is int
                    or (isinstance(v7, int) and not isinstance(v7, bool))
                    or (isinstance(v7, float) and v7.is_integer())
                ):
                    if v7 < 0:
                        issues.append(
                            ValidationIssue(
                                path + "/silence_duration_ms",
                                "minimum",
                                repr(v7) + " is less than the minimum of 0",
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue(
                            path + "/silence_duration_ms",
                            "type",
                            repr(v7) + " is not of type 'integer'",
                        )
                    )
            else:
                self.silence_duration_ms = NOT_GIVEN
            if "threshold" in data:
                self.threshold = v8 = data["threshold"]
                if (
                    type(v8) is float
                    or type(v8) is int
                    or (isinstance(v8, (int, float)) and not isinstance(v8, bool))
                ):
                    if v8 < 0:
                        issues.append(
                            ValidationIssue(
                                path + "/threshold",
                                "minimum",
                                repr(v8) + " is less than the minimum of 0",
                            )
                        )
                    if v8 > 1:
                        issues.append(
                            ValidationIssue(
                                path + "/threshold",
                                "maximum",
                                repr(v8) + " is greater than the maximum of 1",
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue(
                            path + "/threshold", "type", repr(v8) + " is not of type 'number'"
                        )
                    )
            else:
                self.threshold = NOT_GIVEN
            if "type" in data:
                self.type = v9 = data["type"]
                if type(v9) is str or isinstance(v9, str):
                    if v9 not in _ENUM_2:
                        issues.append(
                            ValidationIssue(
                                path + "/type",
                                "enum",
                                repr(v9) + " is not one of ['server_vad', 'semantic_vad']",
                            )
                        )
                else:
                    issues.append(
                        ValidationIssue(
                            path + "/type", "type", repr(v9) + " is not of type 'string'"
                        )
                    )
                    issues.append(
                        ValidationIssue(
                            path + "/type",
                            "enum",
                            repr(v9) + " is not one of ['server_vad', 'semantic_vad']",
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
                "SessionCreateParamsTurnDetection",
                cls._required,
                cls._wire_names,
                cls._refuse_unknown,
            )
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.create_response = data.get("create_response", NOT_GIVEN)
        self.eagerness = data.get("eagerness", NOT_GIVEN)
        self.interrupt_response = data.get("interrupt_response", NOT_GIVEN)
        self.prefix_padding_ms = data.get("prefix_padding_ms", NOT_GIVEN)
        self.silence_duration_ms = data.get("silence_duration_ms", NOT_GIVEN)
        self.threshold = data.get("threshold", NOT_GIVEN)
        self.type = data.get("type", NOT_GIVEN)
        return self
