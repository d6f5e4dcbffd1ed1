# Generated from spec/realtime_sessions.yaml by `make generate`; do not edit by hand.
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
from .session_create_response_client_secret import SessionCreateResponseClientSecret
from .session_create_response_input_audio_transcription import (
    SessionCreateResponseInputAudioTranscription,
)
from .session_create_response_tool import SessionCreateResponseTool
from .session_create_response_tracing_configuration import SessionCreateResponseTracingConfiguration
from .session_create_response_turn_detection import SessionCreateResponseTurnDetection

__all__ = ["SessionCreateResponse"]


@dataclass(kw_only=True, slots=True)
class SessionCreateResponse(Model):
    """A new Realtime session configuration, with an ephemeral key. Default TTL for keys is one
    minute.

    Schema: `#/components/schemas/SessionCreateResponse`.
    """

    _required: ClassVar[tuple[str, ...]] = ("client_secret",)
    _wire_names: ClassVar[frozenset[str]] = frozenset(
        (
            "client_secret",
            "input_audio_format",
            "input_audio_transcription",
            "instructions",
            "max_response_output_tokens",
            "modalities",
            "output_audio_format",
            "speed",
            "temperature",
            "tool_choice",
            "tools",
            "tracing",
            "turn_detection",
            "voice",
        )
    )
    _refuse_unknown: ClassVar[bool] = False

    client_secret: SessionCreateResponseClientSecret
    """Ephemeral key returned by the API."""

    input_audio_format: str | NotGiven = NOT_GIVEN
    """The format of input audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`."""

    input_audio_transcription: SessionCreateResponseInputAudioTranscription | NotGiven | None = (
        NOT_GIVEN
    )
    """Configuration for input audio transcription, defaults to off and can be set to `null` to
    turn off once on. Input audio transcription is not native to the model, since the model
    consumes audio directly. Transcription runs asynchronously and should be treated as rough
    guidance rather than the representation understood by the model.

    The server's default: `null`.
    """

    instructions: str | NotGiven = NOT_GIVEN
    """The default system instructions (i.e. system message) prepended to model calls. This field
    allows the client to guide the model on desired responses. The model can be instructed on
    response content and format, (e.g. "be extremely succinct", "act friendly", "here are
    examples of good responses") and on audio behavior (e.g. "talk quickly", "inject emotion
    into your voice", "laugh frequently"). The instructions are not guaranteed to be followed by
    the model, but they provide guidance to the model on the desired behavior.

    Note that the server sets default instructions which will be used if this field is not set
    and are visible in the `session.created` event at the start of the session.
    """

    max_response_output_tokens: int | Literal["inf"] | NotGiven = NOT_GIVEN
    """Maximum number of output tokens for a single assistant response, inclusive of tool calls.
    Provide an integer between 1 and 4096 to limit output tokens, or `inf` for the maximum
    available tokens for a given model. Defaults to `inf`.

    The server's default: `"inf"`.
    """

    modalities: list[Literal["text", "audio"] | str] | NotGiven = NOT_GIVEN
    """The set of modalities the model can respond with. To disable audio, set this to ["text"]."""

    output_audio_format: str | NotGiven = NOT_GIVEN
    """The format of output audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`."""

    speed: float | NotGiven = NOT_GIVEN
    """The speed of the model's spoken response. 1.0 is the default speed. 0.25 is the minimum
    speed. 1.5 is the maximum speed. This value can only be changed in between model turns, not
    while a response is in progress.

    Constraints: >= 0.25, <= 1.5.
    The server's default: `1.0`.
    """

    temperature: float | NotGiven = NOT_GIVEN
    """Sampling temperature for the model, limited to [0.6, 1.2]. Defaults to 0.8.

    Constraints: >= 0.6, <= 1.2.
    The server's default: `0.8`.
    """

    tool_choice: str | NotGiven = NOT_GIVEN
    """How the model chooses tools. Options are `auto`, `none`, `required`, or specify a function.
    """

    tools: list[SessionCreateResponseTool] | NotGiven = NOT_GIVEN
    """Tools (functions) available to the model."""

    tracing: Literal["auto"] | str | SessionCreateResponseTracingConfiguration | NotGiven | None = (
        NOT_GIVEN
    )
    """Configuration options for tracing. Set to null to disable tracing. Once tracing is enabled
    for a session, the configuration cannot be modified.

    `auto` will create a trace for the session with default values for the workflow name, group
    id, and metadata.
    """

    turn_detection: SessionCreateResponseTurnDetection | NotGiven | None = NOT_GIVEN
    """Configuration for turn detection. Can be set to `null` to turn off. Server VAD means that
    the model will detect the start and end of speech based on audio volume and respond at the
    end of user speech.
    """

    voice: (
        Literal["alloy", "ash", "ballad", "coral", "echo", "sage", "shimmer", "verse"]
        | str
        | NotGiven
    ) = NOT_GIVEN
    """The voice the model uses to respond. Voice cannot be changed during the session once the
    model has responded with audio at least once. Current voice options are `alloy`, `ash`,
    `ballad`, `coral`, `echo`, `sage`, `shimmer`, and `verse`.
    """

    extra_properties: dict[str, JsonValue] = field(default_factory=dict)
    """Properties the schema does not name, kept as received."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The JSON object of this value; fields never set are left out."""
        out: dict[str, JsonValue] = to_json_object(self.extra_properties)
        out["client_secret"] = to_json(self.client_secret)
        if not isinstance(self.input_audio_format, NotGiven):
            out["input_audio_format"] = self.input_audio_format
        if not isinstance(self.input_audio_transcription, NotGiven):
            out["input_audio_transcription"] = to_json(self.input_audio_transcription)
        if not isinstance(self.instructions, NotGiven):
            out["instructions"] = self.instructions
        if not isinstance(self.max_response_output_tokens, NotGiven):
            out["max_response_output_tokens"] = self.max_response_output_tokens
        if not isinstance(self.modalities, NotGiven):
            out["modalities"] = to_json(self.modalities)
        if not isinstance(self.output_audio_format, NotGiven):
            out["output_audio_format"] = self.output_audio_format
        if not isinstance(self.speed, NotGiven):
            out["speed"] = self.speed
        if not isinstance(self.temperature, NotGiven):
            out["temperature"] = self.temperature
        if not isinstance(self.tool_choice, NotGiven):
            out["tool_choice"] = self.tool_choice
        if not isinstance(self.tools, NotGiven):
            out["tools"] = to_json(self.tools)
        if not isinstance(self.tracing, NotGiven):
            out["tracing"] = to_json(self.tracing)
        if not isinstance(self.turn_detection, NotGiven):
            out["turn_detection"] = to_json(self.turn_detection)
        if not isinstance(self.voice, NotGiven):
            out["voice"] = self.voice
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object.

        Lenient: unknown properties are kept and unknown enum values pass.
        """
        return cls._decode(data)

    @classmethod
    def _decode(cls, data: Any) -> Self:
        if type(data) is not dict or "client_secret" not in data:
            check_object(
                data, "SessionCreateResponse", cls._required, cls._wire_names, cls._refuse_unknown
            )
        input_audio_transcription = data.get("input_audio_transcription", NOT_GIVEN)
        if isinstance(input_audio_transcription, dict):
            input_audio_transcription = SessionCreateResponseInputAudioTranscription._decode(
                input_audio_transcription
            )
        tools = data.get("tools", NOT_GIVEN)
        if not isinstance(tools, NotGiven):
            tools = [SessionCreateResponseTool._decode(item0) for item0 in tools]
        tracing = data.get("tracing", NOT_GIVEN)
        if isinstance(tracing, dict):
            tracing = SessionCreateResponseTracingConfiguration._decode(tracing)
        turn_detection = data.get("turn_detection", NOT_GIVEN)
        if isinstance(turn_detection, dict):
            turn_detection = SessionCreateResponseTurnDetection._decode(turn_detection)
        # No `__init__` (profiled: it was most of a small decode); every field is set below.
        self = object.__new__(cls)
        self.client_secret = SessionCreateResponseClientSecret._decode(data["client_secret"])
        self.input_audio_format = data.get("input_audio_format", NOT_GIVEN)
        self.input_audio_transcription = input_audio_transcription
        self.instructions = data.get("instructions", NOT_GIVEN)
        self.max_response_output_tokens = data.get("max_response_output_tokens", NOT_GIVEN)
        self.modalities = data.get("modalities", NOT_GIVEN)
        self.output_audio_format = data.get("output_audio_format", NOT_GIVEN)
        self.speed = data.get("speed", NOT_GIVEN)
        self.temperature = data.get("temperature", NOT_GIVEN)
        self.tool_choice = data.get("tool_choice", NOT_GIVEN)
        self.tools = tools
        self.tracing = tracing
        self.turn_detection = turn_detection
        self.voice = data.get("voice", NOT_GIVEN)
        self.extra_properties = (
            {}
            if cls._wire_names.issuperset(data)
            else {key: value for key, value in data.items() if key not in cls._wire_names}
        )
        return self
