# Generated from spec/realtime_sessions.yaml by `make generate`; do not edit by hand.
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

__all__ = ["SessionTurnDetection"]


@dataclass(kw_only=True, slots=True)
class SessionTurnDetection(Model):
    """Configuration for turn detection, ether Server VAD or Semantic VAD. This can be set to
    `null` to turn off, in which case the client must manually trigger model response. Server
    VAD means that the model will detect the start and end of speech based on audio volume and
    respond at the end of user speech. Semantic VAD is more advanced and uses a turn detection
    model (in conjunction with VAD) to semantically estimate whether the user has finished
    speaking, then dynamically sets a timeout based on this probability. For example, if user
    audio trails off with "uhhm", the model will score a low probability of turn end and wait
    longer for the user to continue speaking. This can be useful for more natural conversations,
    but may have a higher latency.

    Schema: `#/components/schemas/SessionTurnDetection`.
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
    _refuse_unknown: ClassVar[bool] = False

    create_response: bool | NotGiven = NOT_GIVEN
    """Whether or not to automatically generate a response when a VAD stop event occurs."""

    eagerness: Literal["low", "medium", "high", "auto"] | str | NotGiven = NOT_GIVEN
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

    type: Literal["server_vad", "semantic_vad"] | str | NotGiven = NOT_GIVEN
    """Type of turn detection."""

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
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

        Lenient: unknown properties are kept and unknown enum values pass.
        """
        return cls._decode(data)

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict:
            check_object(
                data, "SessionTurnDetection", cls._required, cls._wire_names, cls._refuse_unknown
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
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self
