# Generated from spec/realtime_sessions.yaml by `make generate`; do not edit by hand.
"""Typed models of the spec's schemas (the header above names the spec).

Optional fields default to `NOT_GIVEN` and are left out of `to_dict()`; `None` is only
accepted where the schema allows null, and is sent as JSON `null`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Self

from .._model import Model, check_object, to_json_object
from .._types import NOT_GIVEN, JsonValue, NotGiven

__all__ = ["SessionCreateResponseTurnDetection"]


@dataclass(kw_only=True, slots=True)
class SessionCreateResponseTurnDetection(Model):
    """Configuration for turn detection. Can be set to `null` to turn off. Server VAD means that
    the model will detect the start and end of speech based on audio volume and respond at the
    end of user speech.

    Schema: `#/components/schemas/SessionCreateResponseTurnDetection`.
    """

    _required: ClassVar[tuple[str, ...]] = ()
    _wire_names: ClassVar[frozenset[str]] = frozenset(
        ("prefix_padding_ms", "silence_duration_ms", "threshold", "type")
    )
    _refuse_unknown: ClassVar[bool] = False

    prefix_padding_ms: int | NotGiven = NOT_GIVEN
    """Amount of audio to include before the VAD detected speech (in milliseconds). Defaults to
    300ms.

    Constraints: >= 0.
    The server's default: `300`.
    """

    silence_duration_ms: int | NotGiven = NOT_GIVEN
    """Duration of silence to detect speech stop (in milliseconds). Defaults to 500ms. With shorter
    values the model will respond more quickly, but may jump in on short pauses from the user.

    Constraints: >= 0.
    The server's default: `500`.
    """

    threshold: float | NotGiven = NOT_GIVEN
    """Activation threshold for VAD (0.0 to 1.0), this defaults to 0.5. A higher threshold will
    require louder audio to activate the model, and thus might perform better in noisy
    environments.

    Constraints: >= 0, <= 1.
    The server's default: `0.5`.
    """

    type: str | NotGiven = NOT_GIVEN
    """Type of turn detection, only `server_vad` is currently supported."""

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
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

        Lenient: unknown properties are kept and unknown enum values pass.
        """
        return cls._decode(data)

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict:
            check_object(
                data,
                "SessionCreateResponseTurnDetection",
                cls._required,
                cls._wire_names,
                cls._refuse_unknown,
            )
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.prefix_padding_ms = data.get("prefix_padding_ms", NOT_GIVEN)
        self.silence_duration_ms = data.get("silence_duration_ms", NOT_GIVEN)
        self.threshold = data.get("threshold", NOT_GIVEN)
        self.type = data.get("type", NOT_GIVEN)
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self
