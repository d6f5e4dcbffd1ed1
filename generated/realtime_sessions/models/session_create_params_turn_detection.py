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
from ..validators.session_create_params_turn_detection import (
    validate_session_create_params_turn_detection,
)

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
        parsed = cls._parse(data)
        if parsed is not None:
            return parsed
        issues = validate_session_create_params_turn_detection(data)
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
        if "create_response" in data:
            self.create_response = v10 = data["create_response"]
            if type(v10) is not bool:
                return None
        else:
            self.create_response = NOT_GIVEN
        if "eagerness" in data:
            self.eagerness = v11 = data["eagerness"]
            if not (type(v11) is str or isinstance(v11, str)):
                return None
            if v11 not in _ENUM_1:
                return None
        else:
            self.eagerness = NOT_GIVEN
        if "interrupt_response" in data:
            self.interrupt_response = v12 = data["interrupt_response"]
            if type(v12) is not bool:
                return None
        else:
            self.interrupt_response = NOT_GIVEN
        if "prefix_padding_ms" in data:
            self.prefix_padding_ms = v13 = data["prefix_padding_ms"]
            if not (
                type(v13) is int
                or (isinstance(v13, int) and not isinstance(v13, bool))
                or (isinstance(v13, float) and v13.is_integer())
            ):
                return None
            if v13 < 0:
                return None
        else:
            self.prefix_padding_ms = NOT_GIVEN
        if "silence_duration_ms" in data:
            self.silence_duration_ms = v14 = data["silence_duration_ms"]
            if not (
                type(v14) is int
                or (isinstance(v14, int) and not isinstance(v14, bool))
                or (isinstance(v14, float) and v14.is_integer())
            ):
                return None
            if v14 < 0:
                return None
        else:
            self.silence_duration_ms = NOT_GIVEN
        if "threshold" in data:
            self.threshold = v15 = data["threshold"]
            if not (
                type(v15) is float
                or type(v15) is int
                or (isinstance(v15, (int, float)) and not isinstance(v15, bool))
            ):
                return None
            if v15 < 0:
                return None
            if v15 > 1:
                return None
        else:
            self.threshold = NOT_GIVEN
        if "type" in data:
            self.type = v16 = data["type"]
            if not (type(v16) is str or isinstance(v16, str)):
                return None
            if v16 not in _ENUM_2:
                return None
        else:
            self.type = NOT_GIVEN
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
